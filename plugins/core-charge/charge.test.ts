import { describe, expect, it } from 'vitest';
import type { Json } from '../../rules/policy/types.js';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { builtInPlugins } from '../index.js';
import { Q1_2027, unit } from '../shared/fixtures.js';
import { context, en, zh } from '../shared/testing.js';
import { areaRate } from './area-rate.js';
import { fixed } from './fixed.js';
import { fixtures } from './fixtures.js';
import { metered } from './metered.js';
import { oneOff } from './one-off.js';
import { perParkingSpace } from './per-parking-space.js';

const ctx = context(Q1_2027);

describe('core.charge.areaRate', () => {
  it('charges area × rate per month and explains it with the recorded area', () => {
    const [effect] = areaRate.plan({ ratePerM2Month: '2.8' }, { unit: unit() }, ctx);
    expect(effect?.kind).toBe('monthly');
    if (effect?.kind !== 'monthly') return;
    expect(effect.amount.toString()).toBe('247.8');
    expect(zh(effect.why)).toBe('建筑面积 88.50 m² × ¥2.80/m²·月');
    expect(en(effect.why)).toBe('88.50 m² × ¥2.80/m² per month');
  });

  it('keeps every digit of an odd area', () => {
    const [effect] = areaRate.plan({ ratePerM2Month: '2.85' }, { unit: unit({ area: '88.55' }) }, ctx);
    expect(effect?.kind === 'monthly' && effect.amount.toString()).toBe('252.3675');
  });

  it('refuses an area that is not a decimal string, naming the unit', () => {
    expect(() => areaRate.plan({ ratePerM2Month: '2.80' }, { unit: unit({ area: 88.5 }) }, ctx)).toThrow(/unit 1-1-201: area must be a decimal string/);
    expect(() => areaRate.plan({ ratePerM2Month: '2.80' }, {}, ctx)).toThrow(/unit fact is missing/);
  });
});

describe('core.charge.fixed and perParkingSpace', () => {
  it('charges a fixed monthly amount', () => {
    const [effect] = fixed.plan({ amountPerMonth: '15' }, {}, ctx);
    expect(effect?.kind === 'monthly' && effect.amount.toString()).toBe('15');
    expect(zh(effect!.why)).toBe('每户 ¥15.00/月');
  });

  it('charges billed spaces × rate, nothing without a parking fact, and refuses a fractional count', () => {
    const [two] = perParkingSpace.plan({ ratePerSpaceMonth: '150' }, { parking: { spaces: 2 } }, ctx);
    expect(two?.kind === 'monthly' && two.amount.toString()).toBe('300');
    const [none] = perParkingSpace.plan({ ratePerSpaceMonth: '150' }, {}, ctx);
    expect(none?.kind === 'monthly' && none.amount.isZero()).toBe(true);
    expect(zh(none!.why)).toBe('0 个车位 × ¥150.00/个·月');
    expect(() => perParkingSpace.plan({ ratePerSpaceMonth: '150' }, { parking: { spaces: 1.5 } }, ctx)).toThrow(/whole number of spaces/);
  });
});

describe('core.charge.metered', () => {
  const tiers: Json = [{ upTo: '20', price: '3.50' }, { upTo: '30', price: '4.55' }, { price: '7.00' }];
  const water = (previous: string, current: string, multiplier?: string) =>
    metered.plan({ meter: 'water', tiers }, { unit: unit(), meters: { water: { previous, current, ...(multiplier ? { multiplier } : {}) } } }, ctx);

  it('prices usage tier by tier as a lump', () => {
    const [effect] = water('1200.0', '1235.5');
    expect(effect?.kind === 'lump' && effect.amount.toString()).toBe('154');
    expect(zh(effect!.why)).toBe('水表 1235.5 − 1200.0 = 35.5 吨：20 × ¥3.50 + 10 × ¥4.55 + 5.5 × ¥7.00');
  });

  it('stays in the first tier for small usage and charges nothing for none', () => {
    const [small] = water('100', '112');
    expect(small?.kind === 'lump' && small.amount.toString()).toBe('42');
    const [zero] = water('100', '100');
    expect(zero?.kind === 'lump' && zero.amount.isZero()).toBe(true);
    expect(zh(zero!.why)).toContain('：0');
  });

  it('uses exactly the tier bound as the last unit of a tier', () => {
    const [effect] = water('0', '20');
    expect(effect?.kind === 'lump' && effect.amount.toString()).toBe('70');
  });

  it('applies the multiplier', () => {
    const [effect] = water('10', '11.5', '10');
    // 15 t: 15 × 3.50 = 52.50
    expect(effect?.kind === 'lump' && effect.amount.toString()).toBe('52.5');
    expect(zh(effect!.why)).toContain('(11.5 − 10) × 10 = 15 吨');
  });

  it('prices a usage too long to pack exactly, and alike with or without trailing zeros', () => {
    // 70,000,005 digits is beyond the packed key: the Decimal path words the same usage.
    const [long] = water('0', '7000000.5');
    expect(zh(long!.why)).toBe('水表 7000000.5 − 0 = 7000000.5 吨：20 × ¥3.50 + 10 × ¥4.55 + 6999970.5 × ¥7.00');
    expect(long?.kind === 'lump' && long.amount.toString()).toBe('48999909');
    const [a] = water('10.50', '23.00');
    const [b] = water('10.5', '23');
    expect(zh(a!.why)).toBe('水表 23.00 − 10.50 = 12.5 吨：12.5 × ¥3.50');
    expect(zh(b!.why)).toBe('水表 23 − 10.5 = 12.5 吨：12.5 × ¥3.50');
  });

  it('refuses readings that go backwards, naming both readings', () => {
    expect(() => water('1235.5', '1200.0')).toThrow('unit 1-1-201 water meter: the current reading 1200.0 is below the previous reading 1235.5');
  });

  it('refuses a missing reading and malformed tiers', () => {
    expect(() => metered.plan({ meter: 'gas', tiers }, { unit: unit(), meters: {} }, ctx)).toThrow('unit 1-1-201 gas meter: no readings for this period');
    expect(() => metered.plan({ meter: 'water', tiers: [{ upTo: '20', price: '3' }] }, { meters: { water: { previous: '0', current: '1' } } }, ctx)).toThrow(/last tier must be open/);
    expect(() => metered.plan({ meter: 'water', tiers: [{ price: '3' }, { price: '4' }] }, { meters: { water: { previous: '0', current: '1' } } }, ctx)).toThrow(/every tier but the last needs upTo/);
    expect(() => metered.plan({ meter: 'water', tiers: [{ upTo: '20', price: '3' }, { upTo: '10', price: '4' }, { price: '5' }] }, { meters: { water: { previous: '0', current: '1' } } }, ctx)).toThrow(/must be above the previous bound 20/);
  });
});

describe('core.charge.oneOff', () => {
  it('is a lump with the office label, or a generic one', () => {
    const [labelled] = oneOff.plan({ amount: '300', label: { 'zh-CN': '装修管理费' } }, {}, ctx);
    expect(labelled?.kind === 'lump' && labelled.amount.toString()).toBe('300');
    expect(en(labelled!.why)).toBe('装修管理费 (one-off)');
    const [plain] = oneOff.plan({ amount: '80' }, {}, ctx);
    expect(zh(plain!.why)).toBe('一次性费用（一次性）');
  });
});

describe('core.charge fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
