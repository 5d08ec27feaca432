import { describe, expect, it } from 'vitest';
import type { Effect } from '../../rules/plugin/types.js';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { builtInPlugins } from '../index.js';
import { Q1_2027, unit } from '../shared/fixtures.js';
import { context, zh } from '../shared/testing.js';
import { fixtures } from './fixtures.js';
import { fromHandover } from './from-handover.js';
import { halfBeforeRenovation } from './half-before-renovation.js';
import { vacancy } from './vacancy.js';

const ctx = context(Q1_2027);
const factorOf = (effects: Effect[]) => effects.map((e) => (e.kind === 'factor' ? { factor: e.factor.toString(), from: e.from, to: e.to, why: zh(e.why) } : e.kind));

describe('core.status.fromHandover', () => {
  it('starts billing at a handover inside the period', () => {
    const [effect] = fromHandover.plan({}, { unit: unit({ handoverDate: '2027-01-15' }) }, ctx);
    expect(effect).toMatchObject({ kind: 'coverage', from: '2027-01-15' });
    expect(zh(effect!.why)).toBe('自收房日 2027-01-15 起计费');
  });

  it('says nothing when the handover precedes the period', () => {
    expect(fromHandover.plan({}, { unit: unit({ handoverDate: '2027-01-01' }) }, ctx)).toEqual([]);
  });

  it('leaves no billable day without a handover date', () => {
    const [effect] = fromHandover.plan({}, { unit: unit({ handoverDate: null, occupancy: 'unsold' }) }, ctx);
    expect(effect).toMatchObject({ kind: 'coverage', from: '2027-04-01' });
    expect(effect && 'to' in effect).toBe(false);
    expect(zh(effect!.why)).toBe('未收房，不计费');
  });

  it('refuses a handover date that is not a date', () => {
    expect(() => fromHandover.plan({}, { unit: unit({ handoverDate: '2027-02-30' }) }, ctx)).toThrow('unit 1-1-201: handoverDate must be a date YYYY-MM-DD, got "2027-02-30"');
  });
});

describe('core.status.halfBeforeRenovation', () => {
  const plan = (overrides: Parameters<typeof unit>[0], params = {}) => factorOf(halfBeforeRenovation.plan(params, { unit: unit(overrides) }, ctx));

  it('halves from handover to the day before renovation, cut to the period', () => {
    expect(plan({ handoverDate: '2027-01-15', renovationDate: '2027-02-10', occupancy: 'renovating' })).toEqual([
      { factor: '0.5', from: '2027-01-15', to: '2027-02-09', why: '装修前半价 50%（2027-01-15 至 2027-02-09；2027-02-10 开始装修，起按全价）' },
    ]);
  });

  it('ends at move-in when there was no renovation, and at the earlier of the two otherwise', () => {
    expect(plan({ handoverDate: '2026-10-01', occupancyDate: '2027-03-01', occupancy: 'occupied' })[0]).toMatchObject({ from: '2027-01-01', to: '2027-02-28' });
    expect(plan({ handoverDate: '2026-10-01', renovationDate: '2027-03-05', occupancyDate: '2027-02-01', occupancy: 'occupied' })[0]).toMatchObject({ to: '2027-01-31' });
  });

  it('runs to the period end while neither has happened', () => {
    expect(plan({ handoverDate: '2026-10-01' })[0]).toMatchObject({ from: '2027-01-01', to: '2027-03-31' });
  });

  it('does nothing when the half-price days fall outside the period', () => {
    expect(plan({ handoverDate: '2026-10-01', renovationDate: '2027-01-01', occupancy: 'renovating' })).toEqual([]);
    expect(plan({ handoverDate: '2027-04-02' })).toEqual([]);
    expect(plan({ handoverDate: null, occupancy: 'unsold' })).toEqual([]);
  });

  it('renovation from the period end leaves the rest of the period at half price', () => {
    expect(plan({ handoverDate: '2026-10-01', renovationDate: '2027-03-31', occupancy: 'renovating' })[0]).toMatchObject({ to: '2027-03-30' });
  });

  it('names a factor other than one half plainly', () => {
    expect(plan({ handoverDate: '2026-10-01' }, { factor: '0.6' })[0]).toMatchObject({ factor: '0.6', why: '装修前按 60% 计收（2027-01-01 至 2027-03-31；尚未装修或入住）' });
  });

  it('refuses a status its dates cannot support', () => {
    expect(() => plan({ handoverDate: '2027-01-15', occupancy: 'occupied' })).toThrow('unit 1-1-201 is recorded as occupied but has no move-in date');
  });
});

describe('core.status.vacancy', () => {
  it('applies to vacant and unsold units for the whole period only', () => {
    for (const occupancy of ['vacant', 'unsold']) {
      expect(factorOf(vacancy.plan({ factor: '0.7' }, { unit: unit({ occupancy }) }, ctx))).toEqual([{ factor: '0.7', from: undefined, to: undefined, why: '空置房按 70% 计收' }]);
    }
    expect(vacancy.plan({ factor: '0.7' }, { unit: unit({ occupancy: 'occupied', occupancyDate: '2021-01-01' }) }, ctx)).toEqual([]);
  });
});

describe('core.status fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
