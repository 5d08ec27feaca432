import { describe, expect, it } from 'vitest';
import type { FeeItemRow } from '../policies/queries';
import { allFeeItemCodes, startRunBody, type NewRunChoice } from './run-request';

const item = (code: string, cycle: FeeItemRow['cycle'], active = true): FeeItemRow => ({ code, name_zh: code, name_en: code, cycle, active });
const ITEMS = [item('mgmt', 'quarter'), item('parking', 'month'), item('old', 'month', false), item('reno_deposit', 'once')];
const ALL = allFeeItemCodes(ITEMS);
const choice: NewRunChoice = { kind: 'quarter', anchor: '2030-02-14', feeItems: ALL, buildingIds: [], asOf: '2029-12-20' };

describe('a new billing run', () => {
  it('means the active recurring fee items by "all"', () => {
    expect(ALL).toEqual(['mgmt', 'parking']);
  });

  it('bills the period containing the chosen day', () => {
    expect(startRunBody('p', choice, ALL)).toEqual({ projectId: 'p', periodStart: '2030-01-01', periodEnd: '2030-03-31', asOf: '2029-12-20' });
    expect(startRunBody('p', { ...choice, kind: 'month' }, ALL)).toMatchObject({ periodStart: '2030-02-01', periodEnd: '2030-02-28' });
    expect(startRunBody('p', { ...choice, kind: 'year' }, ALL)).toMatchObject({ periodStart: '2030-01-01', periodEnd: '2030-12-31' });
  });

  it('leaves "all fee items" to the policy and names a narrower choice', () => {
    expect(startRunBody('p', { ...choice, feeItems: ['parking', 'mgmt'] }, ALL)).not.toHaveProperty('feeItems');
    expect(startRunBody('p', { ...choice, feeItems: ['mgmt'] }, ALL).feeItems).toEqual(['mgmt']);
    expect(startRunBody('p', { ...choice, feeItems: [...ALL, 'reno_deposit'] }, ALL).feeItems).toEqual(['mgmt', 'parking', 'reno_deposit']);
  });

  it('sends buildings only when some are chosen', () => {
    expect(startRunBody('p', choice, ALL)).not.toHaveProperty('buildingIds');
    expect(startRunBody('p', { ...choice, buildingIds: ['b1'] }, ALL).buildingIds).toEqual(['b1']);
  });
});
