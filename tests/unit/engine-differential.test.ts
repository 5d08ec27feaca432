// The fast path against json-rules-engine on thousands of generated policies and units (fast-check): every
// line — amounts, fired rules, what they saw, explanations, failures — must be identical. Plus the money
// invariants every line must keep, and an independent day-by-day check of proration.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { compilePolicy } from '../../rules/evaluate/compiled.js';
import { referencePolicy } from '../../rules/evaluate/reference.js';
import { Decimal, dec } from '../../rules/money.js';
import { addDays, daysInMonth, fromDay, toDay } from '../../rules/dates.js';
import { builtInPlugins } from '../../plugins/index.js';
import type { Condition, FeeItemPolicy, PolicyDocument, RuleDoc, TopCondition } from '../../rules/policy/types.js';
import { referencedNames, withSharedExpanded } from '../../rules/policy/shared-conditions.js';
import { factRefs, leaves } from '../../rules/evaluate/conditions.js';

const registry = new PluginRegistry(builtInPlugins);
const USAGES = ['residential', 'commercial', 'office', 'storage'];
const OCCUPANCY = ['unsold', 'vacant', 'occupied', 'renovating'];
// Usages among the tags, so that "the owner's tags contain the unit's usage" is sometimes true.
const TAGS = ['senior', 'disabled', 'developer', 'residential'];

const decimalText = (min: number, max: number, places: number) =>
  fc.integer({ min: min * 10 ** places, max: max * 10 ** places }).map((n) => new Decimal(n).dividedBy(10 ** places).toFixed(places));
const dateIn = (from: string, to: string) => fc.integer({ min: toDay(from), max: toDay(to) }).map(fromDay);
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ fact: fc.constant('unit'), path: fc.constant('$.usage'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom(...USAGES) }),
  fc.record({ fact: fc.constant('unit'), path: fc.constant('$.usage'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(USAGES) }),
  fc.record({ fact: fc.constant('unit'), path: fc.constant('$.occupancy'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(OCCUPANCY) }),
  fc.record({ fact: fc.constant('owner'), path: fc.constant('$.tags'), operator: fc.constantFrom('contains', 'doesNotContain'), value: fc.constantFrom(...TAGS) }),
  fc.record({ fact: fc.constant('status'), path: fc.constantFrom('$.handedOver', '$.renovated', '$.occupied', '$.vacant'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.boolean() }),
  fc.record({ fact: fc.constant('parking'), path: fc.constant('$.spaces'), operator: fc.constantFrom('greaterThan', 'lessThanInclusive', 'equal'), value: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ fact: fc.constant('unit'), path: fc.constantFrom('$.handoverDate', '$.renovationDate'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive'), value: dateIn('2025-06-01', '2028-06-01') }),
  fc.record({ fact: fc.constant('unit'), path: fc.constant('$.area'), operator: fc.constantFrom('decimalLessThan', 'decimalGreaterThanInclusive'), value: decimalText(40, 200, 2) }),
  // Two facts compared: dates that may be unrecorded, counts, flags, an element against a list.
  fc.record({ fact: fc.constant('unit'), path: fc.constantFrom('$.handoverDate', '$.renovationDate', '$.occupancyDate'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive', 'equal', 'notEqual'), value: fc.constantFrom('$.handoverDate', '$.renovationDate', '$.occupancyDate').map((path) => ({ fact: 'unit', path })) }),
  fc.record({ fact: fc.constant('parking'), path: fc.constant('$.spaces'), operator: fc.constantFrom('greaterThan', 'lessThanInclusive', 'equal'), value: fc.constant({ fact: 'prepay', path: '$.months' }) }),
  fc.record({ fact: fc.constant('status'), path: fc.constantFrom('$.handedOver', '$.renovated', '$.occupied', '$.vacant'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom('$.handedOver', '$.renovated', '$.occupied', '$.vacant').map((path) => ({ fact: 'status', path })) }),
  fc.record({ fact: fc.constant('owner'), path: fc.constant('$.tags'), operator: fc.constantFrom('contains', 'doesNotContain'), value: fc.constant({ fact: 'unit', path: '$.usage' }) }),
  fc.record({ fact: fc.constant('unit'), path: fc.constant('$.area'), operator: fc.constantFrom('decimalLessThan', 'decimalGreaterThanInclusive'), value: fc.constant({ fact: 'meters', path: '$.water.current' }) }),
  fc.record({ fact: fc.constant('status'), path: fc.constant('$.monthsSinceHandover'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive', 'equal'), value: fc.integer({ min: 0, max: 36 }) }),
  // The billing period: its days and calendar position, alone and against a unit's dates.
  fc.record({ fact: fc.constant('period'), path: fc.constantFrom('$.start', '$.end', '$.asOf'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive'), value: dateIn('2026-01-01', '2028-12-31') }),
  fc.record({ fact: fc.constant('period'), path: fc.constantFrom('$.month', '$.quarter', '$.year'), operator: fc.constantFrom('equal', 'greaterThan', 'lessThanInclusive'), value: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ fact: fc.constant('unit'), path: fc.constantFrom('$.handoverDate', '$.renovationDate'), operator: fc.constantFrom('lessThan', 'greaterThanInclusive'), value: fc.constantFrom('$.start', '$.end', '$.asOf').map((path) => ({ fact: 'period', path })) }),
);

/** Condition trees whose leaves may also name one of `shared` (the policy's shared conditions). */
const conditionUsing = (shared: readonly string[]): fc.Arbitrary<Condition> => fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    ...(shared.length > 0 ? [fc.constantFrom(...shared).map((condition): Condition => ({ condition }))] : []),
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

// A rule's (or shared) top condition must be a group.
const asGroup = (c: Condition): TopCondition => ('all' in c || 'any' in c || 'not' in c ? c : { all: [c] });

// Three shared conditions, each free to use the ones before it (so never a cycle); rules may use any of them.
const SHARED = ['s0', 's1', 's2'];
const sharedConditions = fc.tuple(conditionUsing([]), conditionUsing(['s0']), conditionUsing(['s0', 's1']))
  .map((trees) => Object.fromEntries(trees.map((t, i) => [SHARED[i]!, asGroup(t)])));
const condition = conditionUsing(SHARED);

const label = fc.constant({ 'zh-CN': '减免', en: 'Relief' });
const event = fc.oneof(
  fc.record({ type: fc.constant('core.charge.areaRate'), params: fc.record({ ratePerM2Month: decimalText(0, 9, 2) }) }),
  fc.record({ type: fc.constant('core.charge.fixed'), params: fc.record({ amountPerMonth: decimalText(0, 300, 2) }) }),
  fc.record({ type: fc.constant('core.charge.perParkingSpace'), params: fc.record({ ratePerSpaceMonth: decimalText(0, 300, 2) }) }),
  fc.record({ type: fc.constant('core.charge.oneOff'), params: fc.record({ amount: decimalText(0, 999, 2) }) }),
  fc.record({ type: fc.constant('core.status.fromHandover'), params: fc.constant({}) }),
  fc.record({ type: fc.constant('core.status.halfBeforeRenovation'), params: fc.record({ factor: fc.constantFrom('0.5', '0.6', '0.75') }) }),
  fc.record({ type: fc.constant('core.status.vacancy'), params: fc.record({ factor: decimalText(0, 1, 2) }) }),
  fc.record({ type: fc.constant('core.relief.percent'), params: fc.record({ percent: decimalText(0, 100, 1), label }) }),
  fc.record({ type: fc.constant('core.relief.fixedAmount'), params: fc.record({ amount: decimalText(0, 200, 2), label }) }),
);

const rules: fc.Arbitrary<RuleDoc[]> = fc.array(
  fc.record({ priority: fc.integer({ min: 1, max: 4 }), conditions: condition, event }),
  { minLength: 1, maxLength: 8 },
).map((list) => list.map((r, i) => ({
  name: `r${i}`,
  priority: r.priority,
  conditions: asGroup(r.conditions),
  event: r.event,
})));

const feeItem: fc.Arbitrary<FeeItemPolicy> = fc.record({
  cycle: fc.constantFrom('month', 'quarter') as fc.Arbitrary<'month' | 'quarter'>,
  rules,
  lateFee: fc.boolean(),
  due: fc.boolean(),
}).map(({ cycle, rules: r, lateFee, due }) => ({
  code: 'item', cycle, rules: r,
  ...(due ? { due: { type: 'core.due.window', params: { month: 'first-of-period', fromDay: 1, toDay: 10 } } } : {}),
  ...(lateFee ? { lateFee: { type: 'core.lateFee.daily', params: { rate: '0.0005', graceDays: 3, capRatio: '0.5', feeItems: ['item'] } } } : {}),
}));

const unitFacts = fc.record({
  area: decimalText(20, 300, 2),
  usage: fc.constantFrom(...USAGES),
  occupancy: fc.constantFrom(...OCCUPANCY),
  handoverDate: optional(dateIn('2025-01-01', '2028-12-31')),
  renovationDate: optional(dateIn('2025-01-01', '2028-12-31')),
  occupancyDate: optional(dateIn('2025-01-01', '2028-12-31')),
  tags: fc.subarray(TAGS),
  spaces: fc.integer({ min: 0, max: 3 }),
  arrears: fc.array(fc.record({ balance: decimalText(0, 2000, 2), dueDate: dateIn('2025-01-01', '2027-12-31') }), { maxLength: 2 }),
  plan: fc.boolean(),
  prepaid: optional(fc.integer({ min: 0, max: 3 })),
  owned: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  water: optional(decimalText(0, 300, 1)),
}).map((u) => ({
  unit: {
    id: 'u', roomNo: '1-1-101', buildingCode: '1', area: u.area, usage: u.usage, occupancy: u.occupancy,
    ...(u.handoverDate ? { handoverDate: u.handoverDate } : {}),
    ...(u.renovationDate ? { renovationDate: u.renovationDate } : {}),
    ...(u.occupancyDate ? { occupancyDate: u.occupancyDate } : {}),
  },
  // Some units have no owner recorded (unsold): conditions on the owner's tags see nothing.
  ...(u.owned ? { owner: { id: 'o', name: '王芳', tags: u.tags } } : {}),
  parking: { spaces: u.spaces },
  arrears: u.arrears.map((a, i) => ({ billId: `b${i}`, feeItem: 'item', ...a })),
  plan: { current: u.plan },
  ...(u.prepaid === undefined ? {} : { prepay: { months: u.prepaid } }),
  ...(u.water === undefined ? {} : { meters: { water: { previous: '0', current: u.water } } }),
}));

const periodFor = (cycle: FeeItemPolicy['cycle'], start: string) => {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = cycle === 'month' ? 1 : 3; // the generator makes monthly and quarterly items only
  const endMonth = m + months - 1;
  const end = `${y}-${String(endMonth).padStart(2, '0')}-${String(daysInMonth(y, endMonth)).padStart(2, '0')}`;
  return { start, end };
};
const periodStart = fc.record({ year: fc.integer({ min: 2026, max: 2028 }), quarter: fc.integer({ min: 0, max: 3 }) })
  .map(({ year, quarter }) => `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`);

describe('fast path ≡ json-rules-engine', () => {
  test('identical lines for generated policies and units', { timeout: 120_000 }, async () => {
    let lines = 0;
    let firedComparingFacts = 0;
    let firedUsingShared = 0;
    await fc.assert(
      fc.asyncProperty(feeItem, sharedConditions, fc.array(unitFacts, { minLength: 10, maxLength: 10 }), periodStart, fc.integer({ min: 0, max: 120 }), async (item, shared, units, start, asOfOffset) => {
        const doc: PolicyDocument = { sharedConditions: shared, feeItems: [item] };
        const period = periodFor(item.cycle, start);
        const input = { period, asOf: addDays(start, asOfOffset) };
        const fast = compilePolicy(doc, registry);
        const reference = referencePolicy(doc, registry);
        const expanded = withSharedExpanded(item, doc).rules;
        const comparingFacts = new Set(expanded.filter((r) => factRefs(r.conditions).length > leaves(r.conditions).length).map((r) => r.name));
        const usingShared = new Set(item.rules.filter((r) => referencedNames(r.conditions).length > 0).map((r) => r.name));
        for (const facts of units) {
          const a = fast.evaluate('item', facts, input);
          const b = await reference.evaluate('item', facts, input);
          expect(a).toEqual(b);
          lines += 1;
          if (a.ok && a.fired.some((f) => comparingFacts.has(f.name))) firedComparingFacts += 1;
          if (a.ok && a.fired.some((f) => usingShared.has(f.name))) firedUsingShared += 1;
          if (a.ok) {
            // Money invariants of every line.
            const [p, d, s, l, t] = [a.principal, a.discount, a.surcharge, a.lateFee, a.total].map(dec) as [Decimal, Decimal, Decimal, Decimal, Decimal];
            expect(t.equals(p.minus(d).plus(s).plus(l))).toBe(true);
            expect(p.isNegative() || d.isNegative() || s.isNegative() || l.isNegative() || t.isNegative()).toBe(false);
            expect(d.lessThanOrEqualTo(p.plus(s))).toBe(true);
            for (const x of [a.principal, a.discount, a.surcharge, a.lateFee, a.total]) expect(x).toMatch(/^\d+\.\d{2}$/);
          }
        }
      }),
      { numRuns: 400, seed: 20261122 },
    );
    expect(lines).toBe(4000);
    // Rules comparing two facts did fire on a share of the lines, so both evaluators were tested on them.
    expect(firedComparingFacts).toBeGreaterThan(200);
    // So did rules using shared conditions (json-rules-engine resolving them itself, the fast path expanded).
    expect(firedUsingShared).toBeGreaterThan(200);
    console.log(`lines ${lines}: fired comparing facts ${firedComparingFacts}, fired using shared conditions ${firedUsingShared}`);
  });
});

describe('proration', () => {
  test('a quarter charged from any handover day equals the day-by-day sum, rounded once', () => {
    const item: FeeItemPolicy = {
      code: 'mgmt', cycle: 'quarter',
      rules: [
        { name: 'start', priority: 2, conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] }, event: { type: 'core.status.fromHandover', params: {} } },
        { name: 'rate', priority: 1, conditions: { all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] }, event: { type: 'core.charge.areaRate', params: { ratePerM2Month: '2.83' } } },
      ],
    };
    const fast = compilePolicy({ feeItems: [item] }, registry);
    fc.assert(fc.property(decimalText(20, 300, 2), dateIn('2026-12-01', '2027-04-15'), (area, handover) => {
      const line = fast.evaluate('mgmt', { unit: { id: 'u', roomNo: 'x', area, usage: 'residential', occupancy: 'occupied', handoverDate: handover } }, { period: { start: '2027-01-01', end: '2027-03-31' }, asOf: '2027-01-01' });
      // Independently: every billable day earns monthly/daysInMonth of that day's month.
      const monthly = dec(area).times('2.83');
      let exact = new Decimal(0);
      for (let day = toDay('2027-01-01'); day <= toDay('2027-03-31'); day++) {
        if (day < toDay(handover)) continue;
        const date = fromDay(day);
        exact = exact.plus(monthly.dividedBy(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))));
      }
      // 40-digit divisions leave an error far below 1e-20; snapping there first keeps exact half-fen ties ties.
      expect(line.ok && line.principal).toBe(exact.toDecimalPlaces(20).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    }), { numRuns: 500, seed: 7 });
  });
});
