// Builders for fixtures: a typical unit and fee item of the demo project (锦绣花园), so each fixture states only
// what it is about. Everything stays plain data.
import type { Fixture } from '../../rules/plugin/types.js';
import type { FeeItemPolicy, Json, RuleDoc, TopCondition } from '../../rules/policy/types.js';

export const Q1_2027 = { start: '2027-01-01', end: '2027-03-31' };
export const Q2_2027 = { start: '2027-04-01', end: '2027-06-30' };

/**
 * Room 1-1-201: 88.50 m², handed over long ago, no renovation or move-in recorded unless overridden. An override
 * of null leaves the field out, as a loader does for a date the office has not recorded.
 */
export function unit(overrides: Record<string, Json> = {}): Record<string, Json> {
  const fields: Record<string, Json> = { id: 'u-1-1-201', roomNo: '1-1-201', buildingCode: '1', area: '88.50', usage: 'residential', handoverDate: '2020-05-01', occupancy: 'vacant', ...overrides };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}

const RESIDENTIAL: TopCondition = { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] };
export const HANDED_OVER: TopCondition = { all: [{ fact: 'status', path: '$.handedOver', operator: 'equal', value: true }] };

export function rule(name: string, priority: number, type: string, params: Record<string, Json> = {}, conditions: TopCondition = RESIDENTIAL): RuleDoc {
  return { name, priority, conditions, event: { type, params } };
}

/** The management fee at ¥2.80/m²·月 (88.50 m² → ¥247.80 a month), quarterly, plus the rules given. */
export function mgmt(rules: RuleDoc[] = [], slots: Partial<Pick<FeeItemPolicy, 'due' | 'lateFee'>> = {}): FeeItemPolicy {
  return {
    code: 'mgmt',
    name: { 'zh-CN': '物业管理费', en: 'Management fee' },
    cycle: 'quarter',
    rules: [rule('base', 100, 'core.charge.areaRate', { ratePerM2Month: '2.80' }), ...rules],
    ...slots,
  };
}
