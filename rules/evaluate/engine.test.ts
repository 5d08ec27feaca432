// The engine on its own, with a tiny test plugin: exact proration, fixed phase order, deterministic ordering,
// plugin failures contained, validation pointers, and the fast path agreeing with json-rules-engine.
import { describe, expect, test } from 'vitest';
import { Decimal, dec } from '../money.js';
import { PluginRegistry, PluginRefused } from '../plugin/registry.js';
import type { Plugin } from '../plugin/types.js';
import { compilePolicy } from './compiled.js';
import { referencePolicy } from './reference.js';
import { validatePolicy, PolicyInvalid } from '../policy/validate.js';
import { formatExplanation } from '../explain/format.js';
import type { Condition, FeeItemPolicy, PolicyDocument, TopCondition } from '../policy/types.js';

const why = (zh: string) => ({ t: { 'zh-CN': zh, en: zh } });
const decimalParam = { type: 'string', format: 'decimal' } as const;

const testPlugin: Plugin = {
  manifest: { id: 'test', version: '0.1.0', apiVersion: 1, label: { 'zh-CN': '测试', en: 'Test' } },
  facts: [
    { id: 'unit', label: { 'zh-CN': '房屋', en: 'Unit' }, schema: { type: 'object', properties: { area: { type: 'string' }, usage: { type: 'string' }, handoverDate: { type: 'string', format: 'date' }, renovationDate: { type: 'string', format: 'date' }, floor: { type: 'integer' } } } },
    { id: 'owner', label: { 'zh-CN': '业主', en: 'Owner' }, schema: { type: 'object', properties: { tags: { type: 'array', items: { type: 'string' } } } } },
  ],
  operators: [{
    name: 'fussy', label: { 'zh-CN': '挑剔', en: 'Fussy' },
    evaluate: (fact) => {
      if (fact === 'boom') throw new Error('cannot compare boom');
      return fact === 'residential';
    },
  }],
  actions: [
    {
      name: 'areaRate', phase: 'base', label: { 'zh-CN': '面积单价', en: 'Area rate' },
      paramsSchema: { type: 'object', properties: { rate: decimalParam }, required: ['rate'], additionalProperties: false },
      plan: (p, facts) => [{ kind: 'monthly', amount: dec((facts.unit as { area: string }).area).times(dec(p.rate as string)), why: why('面积×单价') }],
    },
    {
      name: 'fromHandover', phase: 'start', label: { 'zh-CN': '收房起计', en: 'From handover' },
      paramsSchema: { type: 'object', properties: {} },
      plan: (_p, facts) => [{ kind: 'coverage', from: (facts.unit as { handoverDate: string }).handoverDate, why: why('收房起计') }],
    },
    {
      name: 'half', phase: 'status', label: { 'zh-CN': '装修前半价', en: 'Half before renovation' },
      paramsSchema: { type: 'object', properties: {} },
      plan: (_p, facts) => {
        const u = facts.unit as { handoverDate: string; renovationDate?: string };
        const to = u.renovationDate ? new Date(Date.parse(u.renovationDate) - 86_400_000).toISOString().slice(0, 10) : undefined;
        return [{ kind: 'factor', factor: new Decimal('0.5'), from: u.handoverDate, ...(to ? { to } : {}), why: why('× 50% 装修前半价') }];
      },
    },
    {
      name: 'percentOff', phase: 'discount', label: { 'zh-CN': '折扣', en: 'Discount' },
      paramsSchema: { type: 'object', properties: { percent: decimalParam }, required: ['percent'] },
      plan: (p) => [{ kind: 'discount', percent: dec(p.percent as string), why: why('减免') }],
    },
    {
      name: 'explode', phase: 'surcharge', label: { 'zh-CN': '出错', en: 'Explodes' },
      paramsSchema: { type: 'object', properties: {} },
      plan: () => { throw new Error('meter reading missing for this unit'); },
    },
  ],
};

const registry = new PluginRegistry([testPlugin]);
const all = (...conds: Condition[]): TopCondition => ({ all: conds.length ? conds : [{ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }] });
const mgmt = (rules: FeeItemPolicy['rules']): FeeItemPolicy => ({ code: 'mgmt', cycle: 'quarter', rules });
const base = { name: 'base', priority: 100, conditions: all(), event: { type: 'test.areaRate', params: { rate: '2.80' } } };
const unit = { area: '88.50', usage: 'residential', handoverDate: '2027-01-15' };
const Q1 = { period: { start: '2027-01-01', end: '2027-03-31' }, asOf: '2027-01-01' };

async function both(item: FeeItemPolicy, facts: Record<string, unknown>, input = Q1, doc: PolicyDocument = { feeItems: [item] }) {
  const fast = compilePolicy(doc, registry).evaluate(item.code, facts, input);
  const reference = await referencePolicy(doc, registry).evaluate(item.code, facts, input);
  expect(fast).toEqual(reference);
  return fast;
}

describe('amounts', () => {
  test('a partial first month prorates by day and rounds once: 88.50 m² × ¥2.80 × 17/31 天 × 50% = ¥67.95', async () => {
    const item = mgmt([
      base,
      { name: 'start', priority: 110, conditions: all(), event: { type: 'test.fromHandover' } },
      { name: 'half', priority: 90, conditions: all(), event: { type: 'test.half' } },
    ]);
    const line = await both(item, { unit: { ...unit, renovationDate: '2027-02-01' }, owner: { tags: [] } }, { period: { start: '2027-01-01', end: '2027-01-31' }, asOf: '2027-01-01' });
    expect(line.ok && line.principal).toBe('67.95');
    const text = line.ok ? formatExplanation(line.explanation) : '';
    expect(text).toContain('× 17/31 天（2027-01）');
    expect(text).toContain('× 50% 装修前半价');
  });

  test('a quarter sums its months exactly before rounding: no drift from rounding each month', async () => {
    // 33.33 m² × ¥1.11 = ¥36.9963 a month; × 3 = 110.9889 → ¥110.99 (rounding months first would give ¥111.00).
    const line = await both(mgmt([{ ...base, event: { type: 'test.areaRate', params: { rate: '1.11' } } }]), { unit: { ...unit, area: '33.33' } });
    expect(line.ok && line.principal).toBe('110.99');
  });

  test('half price until renovation, full price after, within one quarter', async () => {
    // Jan 15–31: 17/31 × ½; Feb 1–28: ½ (renovation 2027-03-01); Mar: full.
    // 247.80 × (17/31 × ½ + ½ + 1) = 247.80 × 110/62 = 439.6451… → ¥439.65
    const item = mgmt([base, { name: 'start', conditions: all(), event: { type: 'test.fromHandover' } }, { name: 'half', conditions: all(), event: { type: 'test.half' } }]);
    const line = await both(item, { unit: { ...unit, renovationDate: '2027-03-01' } });
    expect(line.ok && line.principal).toBe('439.65');
  });

  test('discounts apply after the base whatever the rule priorities, and never exceed the charge', async () => {
    const item = mgmt([
      { name: 'relief', priority: 500, conditions: all(), event: { type: 'test.percentOff', params: { percent: '10' } } },
      base,
      { name: 'more', priority: 500, conditions: all(), event: { type: 'test.percentOff', params: { percent: '95' } } },
    ]);
    const line = await both(item, { unit });
    expect(line.ok && [line.principal, line.discount, line.total]).toEqual(['743.40', '743.40', '0.00']);
    expect(line.ok && line.fired.map((f) => f.name)).toEqual(['more', 'relief', 'base']);
  });

  test('rules fire only when their conditions hold, and the line records what they saw', async () => {
    const senior = { name: 'senior', priority: 50, conditions: { any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }] }, event: { type: 'test.percentOff', params: { percent: '10' } } };
    const withTag = await both(mgmt([base, senior]), { unit, owner: { tags: ['senior'] } });
    expect(withTag.ok && withTag.discount).toBe('74.34');
    expect(withTag.ok && withTag.fired[1]).toEqual({ name: 'senior', priority: 50, type: 'test.percentOff', saw: { 'owner$.tags': ['senior'] } });
    const without = await both(mgmt([base, senior]), { unit, owner: { tags: [] } });
    expect(without.ok && without.discount).toBe('0.00');
  });

  test('a fee item may round its own way: to the jiao here, to the fen in the policy', async () => {
    // 33.33 m² × ¥1.11 × 3 = 110.9889: ¥110.99 to the fen; ¥111.0 to the jiao half up; ¥110.9 down.
    const rate = { ...base, event: { type: 'test.areaRate', params: { rate: '1.11' } } };
    const jiao = { ...mgmt([rate]), code: 'water', rounding: { step: '0.1', mode: 'half-up' as const } };
    const down = { ...mgmt([rate]), code: 'down', rounding: { step: '0.1', mode: 'down' as const } };
    const doc: PolicyDocument = { rounding: { step: '0.01', mode: 'half-up' }, feeItems: [mgmt([rate]), jiao, down] };
    const facts = { unit: { ...unit, area: '33.33' } };
    const [fen, tenth, floor] = await Promise.all([mgmt([rate]), jiao, down].map((item) => both(item, facts, Q1, doc)));
    expect([fen, tenth, floor].map((l) => l!.ok && l!.principal)).toEqual(['110.99', '111.00', '110.90']);
    expect(validatePolicy({ feeItems: [{ ...jiao, rounding: { step: '0', mode: 'sideways' } }] }, registry).map((i) => i.pointer))
      .toEqual(['/feeItems/0/rounding/step', '/feeItems/0/rounding/mode']);
  });

  test('no handover inside the period means nothing to charge', async () => {
    const item = mgmt([base, { name: 'start', conditions: all(), event: { type: 'test.fromHandover' } }]);
    const line = await both(item, { unit: { ...unit, handoverDate: '2027-05-01' } });
    expect(line.ok && line.principal).toBe('0.00');
  });
});

describe('conditions comparing two facts', () => {
  test('a rule fires as one fact path compares with another, and records both values it saw', async () => {
    // Half price only for units handed over before their renovation started.
    const half = { name: 'half', priority: 90, conditions: all({ fact: 'unit', path: '$.handoverDate', operator: 'lessThan', value: { fact: 'unit', path: '$.renovationDate' } }), event: { type: 'test.half' } };
    const item = mgmt([base, half]);
    const before = await both(item, { unit: { ...unit, renovationDate: '2027-03-01' } });
    expect(before.ok && before.fired.map((f) => f.name)).toEqual(['base', 'half']);
    expect(before.ok && before.fired[1]!.saw).toEqual({ 'unit$.handoverDate': '2027-01-15', 'unit$.renovationDate': '2027-03-01' });
    const after = await both(item, { unit: { ...unit, renovationDate: '2027-01-01' } });
    expect(after.ok && after.fired.map((f) => f.name)).toEqual(['base']);
    // No renovation date recorded: nothing to order against, so lessThan is false.
    const unrecorded = await both(item, { unit });
    expect(unrecorded.ok && unrecorded.fired.map((f) => f.name)).toEqual(['base']);
  });

  test('contains compares a list with another fact\'s value', async () => {
    const tagged = { name: 'tagged', priority: 50, conditions: all({ fact: 'owner', path: '$.tags', operator: 'contains', value: { fact: 'unit', path: '$.usage' } }), event: { type: 'test.percentOff', params: { percent: '10' } } };
    const yes = await both(mgmt([base, tagged]), { unit, owner: { tags: ['residential'] } });
    expect(yes.ok && yes.discount).toBe('74.34');
    const no = await both(mgmt([base, tagged]), { unit, owner: { tags: ['commercial'] } });
    expect(no.ok && no.discount).toBe('0.00');
  });

  test('a value naming another fact is checked like the fact it compares with', () => {
    const issuesOf = (leaf: Record<string, unknown>) => validatePolicy({ feeItems: [{ code: 'mgmt', cycle: 'month', rules: [
      { name: 'r', conditions: { all: [leaf] }, event: { type: 'test.half' } },
    ] }] }, registry).map((i) => [i.pointer.replace('/feeItems/0/rules/0/conditions/all/0', ''), i.message.en]);
    const dates = { fact: 'unit', path: '$.handoverDate', operator: 'lessThan' };
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: '$.renovationDate' } })).toEqual([]);
    expect(issuesOf({ ...dates, value: { fact: 'meter' } })).toEqual([['/value/fact', 'unknown fact "meter" (known: unit, owner)']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: '$.nope' } })).toEqual([['/value/path', 'fact unit has no $.nope']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: 'renovationDate' } })).toEqual([['/value/path', 'expected a path such as "$.usage" or "$.a.b"']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: '$.renovationDate', params: {} } })).toEqual([['/value/params', 'unknown key "params" (expected fact, path)']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: '$.toString' } })).toEqual([['/value/path', 'fact unit has no $.toString']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit', path: '$.floor' } })).toEqual([['/value', 'the two sides hold different types: a date and an integer']]);
    expect(issuesOf({ ...dates, value: { fact: 'unit' } })).toEqual([['/value', 'expected fields of the facts on both sides, not whole records']]);
    // Order means something for dates and integers only; text has none.
    expect(issuesOf({ fact: 'unit', path: '$.usage', operator: 'lessThan', value: { fact: 'unit', path: '$.area' } })).toEqual([['/value', 'text has no order to compare']]);
    // A list that may be missing (no owner recorded) would fail the line under in: contains, with the list on the left.
    expect(issuesOf({ fact: 'unit', path: '$.usage', operator: 'in', value: { fact: 'owner', path: '$.tags' } }))
      .toEqual([['/value', 'with another field, use contains / doesNotContain with the list on the left, not in']]);
    expect(issuesOf({ fact: 'owner', path: '$.tags', operator: 'contains', value: { fact: 'unit', path: '$.usage' } })).toEqual([]);
    expect(issuesOf({ fact: 'owner', path: '$.tags', operator: 'equal', value: { fact: 'owner', path: '$.tags' } }))
      .toEqual([['/value', 'a list compares with another field only through contains / doesNotContain']]);
  });
});

describe('shared conditions', () => {
  // 优惠对象: a senior owner or a ground-floor home, written once; 住宅 is shared by it and by a rule of its own.
  const sharedConditions: Record<string, TopCondition> = {
    住宅: all({ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' }),
    优惠对象: { all: [{ condition: '住宅' }, { any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: 'senior' }, { fact: 'unit', path: '$.floor', operator: 'lessThanInclusive', value: 1 }] }] },
  };
  const relief = { name: 'relief', priority: 50, conditions: all({ condition: '优惠对象' }), event: { type: 'test.percentOff', params: { percent: '10' } } };
  const notRelief = { name: 'surcharge-free', priority: 40, conditions: { not: { condition: '优惠对象' } }, event: { type: 'test.percentOff', params: { percent: '1' } } };
  const item = mgmt([{ ...base, conditions: all({ condition: '住宅' }) }, relief, notRelief]);
  const doc: PolicyDocument = { sharedConditions, feeItems: [item, { ...item, code: 'parking' }] };

  test('a rule using a shared condition fires as if it were written in place, in every fee item, through both evaluators', async () => {
    for (const code of ['mgmt', 'parking']) {
      const senior = await both({ ...item, code }, { unit: { ...unit, floor: 5 }, owner: { tags: ['senior'] } }, Q1, doc);
      expect(senior.ok && senior.fired.map((f) => f.name)).toEqual(['base', 'relief']);
      // What the rule saw includes the facts its shared conditions read.
      expect(senior.ok && senior.fired[1]!.saw).toEqual({ 'unit$.usage': 'residential', 'owner$.tags': ['senior'], 'unit$.floor': 5 });
      const ground = await both({ ...item, code }, { unit: { ...unit, floor: 1 }, owner: { tags: [] } }, Q1, doc);
      expect(ground.ok && ground.fired.map((f) => f.name)).toEqual(['base', 'relief']);
      const neither = await both({ ...item, code }, { unit: { ...unit, floor: 5 }, owner: { tags: [] } }, Q1, doc);
      expect(neither.ok && neither.fired.map((f) => f.name)).toEqual(['base', 'surcharge-free']);
      const shop = await both({ ...item, code }, { unit: { ...unit, usage: 'commercial', floor: 1 }, owner: { tags: ['senior'] } }, Q1, doc);
      expect(shop.ok && shop.fired.map((f) => f.name)).toEqual(['surcharge-free']);
    }
  });

  test('validation refuses references to nothing, cycles, bad names and oversized expansions, naming each pointer', () => {
    const issuesOf = (shared: unknown, conditions: unknown = all({ condition: '住宅' })) => validatePolicy({ sharedConditions: shared, feeItems: [{ code: 'mgmt', cycle: 'month', rules: [
      { name: 'r', conditions, event: { type: 'test.half' } },
    ] }] }, registry).map((i) => [i.pointer, i.message.en]);
    const usage = { fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' };
    const residential = all(usage);
    expect(issuesOf({ 住宅: residential })).toEqual([]);
    expect(issuesOf({ 住宅: residential }, all({ condition: '商铺' }))).toEqual([['/feeItems/0/rules/0/conditions/all/0/condition', 'no shared condition named "商铺" (known: "住宅")']]);
    expect(issuesOf(undefined)).toEqual([['/feeItems/0/rules/0/conditions/all/0/condition', 'no shared condition named "住宅" (known: —)']]);
    expect(issuesOf({ 住宅: all({ condition: '住宅' }) })).toEqual([['/sharedConditions/住宅/all/0/condition', 'a shared condition cannot refer to itself (住宅 → 住宅)']]);
    expect(issuesOf({ 住宅: all({ condition: 'a' }), a: { not: { condition: '住宅' } } }))
      .toEqual([['/sharedConditions/a/not/condition', 'a shared condition cannot refer to itself (住宅 → a → 住宅)']]);
    expect(issuesOf({ 住宅: all({ condition: 'nowhere' }) })).toEqual([['/sharedConditions/住宅/all/0/condition', 'no shared condition named "nowhere" (known: "住宅")']]);
    expect(issuesOf({ 住宅: residential, ' ': residential, '住宅 ': residential })).toEqual([
      ['/sharedConditions/ ', "a shared condition's name has 1–40 characters, without spaces at either end"],
      ['/sharedConditions/住宅 ', "a shared condition's name has 1–40 characters, without spaces at either end"],
    ]);
    expect(issuesOf({ 住宅: { fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' } }))
      .toEqual([['/sharedConditions/住宅', 'expected { "all": [...] }, { "any": [...] } or { "not": {...} }']]);
    expect(issuesOf({ 住宅: residential }, all({ condition: '住宅', operator: 'equal' } as never)))
      .toEqual([['/feeItems/0/rules/0/conditions/all/0/operator', 'unknown key "operator" (expected condition)']]);
    expect(issuesOf({ 住宅: residential }, all({ condition: 3 } as never))).toEqual([['/feeItems/0/rules/0/conditions/all/0/condition', "expected a shared condition's name"]]);
    // 60 leaves, used twice by one rule: 120 conditions once expanded.
    const big = { all: Array.from({ length: 60 }, () => usage) };
    expect(issuesOf({ 住宅: big }, all({ condition: '住宅' }, { condition: '住宅' })))
      .toEqual([['/feeItems/0/rules/0/conditions', 'more than 100 conditions in one rule, counting the shared conditions it uses']]);
    expect(issuesOf({ 住宅: big })).toEqual([]);
    expect(issuesOf({ 住宅: { all: [...big.all, ...big.all.slice(0, 41)] } })).toEqual([
      ['/sharedConditions/住宅/all/100', 'more than 100 conditions in one shared condition'],
      ['/feeItems/0/rules/0/conditions', 'more than 100 conditions in one rule, counting the shared conditions it uses'],
    ]);
    // Too many shared conditions: the names are still known to the rules using them.
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [i === 0 ? '住宅' : `c${i}`, residential]));
    expect(issuesOf(many)).toEqual([['/sharedConditions', 'at most 100 shared conditions']]);
    // The shared condition's own comparisons are checked where they are written.
    expect(issuesOf({ 住宅: all({ fact: 'unit', path: '$.nope', operator: 'equal', value: 'x' }) })).toEqual([['/sharedConditions/住宅/all/0/path', 'fact unit has no $.nope']]);
  });
});

describe('failures', () => {
  test('a plugin that throws fails that one evaluation, naming the rule, action and plugin', async () => {
    const item = mgmt([base, { name: 'broken', conditions: all({ fact: 'unit', path: '$.floor', operator: 'greaterThan', value: 10 }), event: { type: 'test.explode' } }]);
    const bad = await both(item, { unit: { ...unit, floor: 12 } });
    expect(bad).toEqual({ ok: false, feeItem: 'mgmt', error: { message: 'meter reading missing for this unit', rule: 'broken', action: 'test.explode', plugin: 'test' } });
    const good = await both(item, { unit: { ...unit, floor: 3 } });
    expect(good.ok).toBe(true);
  });

  test('an operator that throws fails that one evaluation, naming the operator and plugin', async () => {
    const item = mgmt([{ ...base, conditions: all({ fact: 'unit', path: '$.usage', operator: 'fussy', value: '' }) }]);
    const bad = await both(item, { unit: { ...unit, usage: 'boom' } });
    expect(bad).toEqual({ ok: false, feeItem: 'mgmt', error: { message: 'operator fussy (plugin test) failed: cannot compare boom', plugin: 'test' } });
    const good = await both(item, { unit });
    expect(good.ok && good.principal).toBe('743.40');
    // Even where an earlier condition already decides the group: json-rules-engine evaluates them all.
    const decided = { fact: 'unit', path: '$.floor', operator: 'greaterThan', value: 10 };
    const fussy = { fact: 'unit', path: '$.usage', operator: 'fussy', value: '' };
    for (const conditions of [{ all: [decided, fussy] }, { any: [{ not: decided }, { all: [fussy] }] }] as TopCondition[]) {
      const late = await both(mgmt([{ ...base, conditions }]), { unit: { ...unit, usage: 'boom', floor: 3 } });
      expect(late).toEqual({ ok: false, feeItem: 'mgmt', error: { message: 'operator fussy (plugin test) failed: cannot compare boom', plugin: 'test' } });
    }
  });

  test('validation names the JSON pointer and what was expected', () => {
    const issues = validatePolicy({
      feeItems: [{
        code: 'mgmt', cycle: 'quarterly', rules: [
          { name: 'base', conditions: all(), event: { type: 'test.areaRate', params: { rate: 2.8 } } },
          { name: 'x', conditions: { all: [{ fact: 'unit', path: '$.areaa', operator: 'equal', value: '1' }] }, event: { type: 'test.nope' } },
          { name: 'y', conditions: { all: [{ fact: 'meter', operator: 'like', value: null }] }, event: { type: 'test.half' }, extra: 1 },
        ],
      }],
    }, registry);
    expect(issues).toEqual(expect.arrayContaining([
      { pointer: '/feeItems/0/cycle', message: expect.objectContaining({ en: 'expected one of month, quarter, year, once' }) },
      { pointer: '/feeItems/0/rules/0/event/params/rate', message: expect.objectContaining({ en: 'expected a decimal string such as "2.80", got a number' }) },
      { pointer: '/feeItems/0/rules/1/conditions/all/0/path', message: expect.objectContaining({ en: 'fact unit has no $.areaa' }) },
      { pointer: '/feeItems/0/rules/1/event/type', message: expect.objectContaining({ en: 'unknown action "test.nope"' }) },
      { pointer: '/feeItems/0/rules/2/conditions/all/0/fact', message: expect.objectContaining({ en: 'unknown fact "meter" (known: unit, owner)' }) },
      expect.objectContaining({ pointer: '/feeItems/0/rules/2/conditions/all/0/operator' }),
      expect.objectContaining({ pointer: '/feeItems/0/rules/2/conditions/all/0/value' }),
      expect.objectContaining({ pointer: '/feeItems/0/rules/2/extra' }),
    ]));
    expect(issues).toContainEqual({ pointer: '/feeItems/0/rules/0/event/params/rate', message: { 'zh-CN': '应为小数文字，例如 "2.80"，实际为数字', en: 'expected a decimal string such as "2.80", got a number' } });
    expect(() => compilePolicy({ feeItems: [] }, registry)).toThrow(PolicyInvalid);
  });

  test('an action in the wrong place is refused', () => {
    const issues = validatePolicy({ feeItems: [{ code: 'mgmt', cycle: 'month', rules: [], due: { type: 'test.areaRate', params: { rate: '1' } } }] }, registry);
    expect(issues).toEqual([{ pointer: '/feeItems/0/due/type', message: expect.objectContaining({ en: 'test.areaRate is a base action; here expected due' }) }]);
  });

  test('the registry refuses plugins that would cut utilities, collide, or target another engine API', () => {
    const cutter: Plugin = {
      manifest: { id: 'acme.cutoff', version: '1.0.0', apiVersion: 1, label: { 'zh-CN': '停水', en: 'Cut-off' } },
      actions: [{ name: 'stopWater', phase: 'surcharge', label: { 'zh-CN': '停水', en: 'Stop water' }, cuts: ['water'], paramsSchema: { type: 'object', properties: {} }, plan: () => [] }],
    };
    expect(() => new PluginRegistry([cutter])).toThrow(/民法典 §944/);
    expect(() => new PluginRegistry([testPlugin, testPlugin])).toThrow(PluginRefused);
    expect(() => new PluginRegistry([{ ...testPlugin, manifest: { ...testPlugin.manifest, apiVersion: 2 } }])).toThrow(/engine API 2/);
  });
});
