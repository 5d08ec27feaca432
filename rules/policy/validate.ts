// Validates a policy document on save and on load: its shape, every fact, path, operator and action it names,
// and each action's params against its plugin's schema. Each problem names its JSON pointer and what was
// expected; nothing half-valid is ever evaluated.
import type { PluginRegistry } from '../plugin/registry.js';
import type { Phase } from '../plugin/types.js';
import { isDecimalText, dec } from '../money.js';
import { kindOf, msg, pointerSegment as seg, validateSchema, type Issue } from '../schema/validate.js';
import type { Localized } from '../localized.js';
import type { JsonSchema } from '../schema/types.js';
import { PATH, isFactRef } from '../evaluate/conditions.js';
import { ORDER_OPERATORS, comparisonProblem, exactDecimalOperator, schemaAt } from './fact-types.js';
import type { PolicyDocument } from './types.js';

export type { Issue };

export class PolicyInvalid extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(`the policy is invalid:\n${issues.map((i) => `  ${i.pointer}: ${i.message.en}`).join('\n')}`);
    this.name = 'PolicyInvalid';
  }
}

const LIMITS = { feeItems: 50, rules: 200, depth: 8, leaves: 100, sharedConditions: 100 };
/** The longest name a shared condition may have (the console's name field says so as you type). */
export const SHARED_NAME_LIMIT = 40;
const CODE = /^[a-z0-9_-]{1,32}$/;
const CYCLES = ['month', 'quarter', 'year', 'once'];
const ROUNDING_MODES = ['half-up', 'half-even', 'down', 'up'];
/** Phases a rule's event may have; the others belong to the fee item's due / lateFee / dunning slots. */
const RULE_PHASES: readonly Phase[] = ['start', 'base', 'status', 'discount', 'surcharge', 'cap'];
const SLOTS = { due: 'due', lateFee: 'lateFee', dunning: 'dunning' } as const;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownKeys(o: Obj, allowed: readonly string[], at: string): Issue[] {
  return Object.keys(o).filter((k) => !allowed.includes(k))
    .map((k) => ({ pointer: at + seg(k), message: msg(`未知的键 "${k}"（可用：${allowed.join(', ')}）`, `unknown key "${k}" (expected ${allowed.join(', ')})`) }));
}

const expected = (zh: string, en: string, got: unknown): Localized => {
  const k = kindOf(got);
  return msg(`应为${zh}，实际为${k['zh-CN']}`, `expected ${en}, got ${k.en}`);
};

const isDecimal = (s: JsonSchema | undefined): boolean => s?.type === 'string' && s.format === 'decimal';

const isConditionValue = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))
  || (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x))));

const ACTION_SHAPE = msg('应为 { "type": "<插件动作>", "params": {...} }', 'expected { "type": "<plugin action>", "params": {...} }');

/** A reference to a shared condition, where it was written. */
interface NameUse { name: string; pointer: string }

class Validator {
  readonly issues: Issue[] = [];
  private leafCount = 0;
  /** The references met in the condition tree being validated. */
  private uses: NameUse[] = [];
  /** Whose tree is being validated, for messages. */
  private owner: 'rule' | 'shared' = 'rule';
  /** The policy's shared conditions: each one's leaves with its references expanded (undefined in a cycle). */
  private shared = new Map<string, number | undefined>();
  constructor(private readonly registry: PluginRegistry) {}

  private add(pointer: string, message: Localized): void {
    this.issues.push({ pointer, message });
  }

  document(doc: unknown): void {
    if (!isObj(doc)) return this.add('/', expected('收费政策对象', 'a policy object', doc));
    this.issues.push(...unknownKeys(doc, ['rounding', 'timezone', 'sharedConditions', 'feeItems'], ''));
    if (doc.rounding !== undefined) this.rounding(doc.rounding, '/rounding');
    if (doc.timezone !== undefined) this.timezone(doc.timezone);
    if (doc.sharedConditions !== undefined) this.sharedConditions(doc.sharedConditions);
    if (!Array.isArray(doc.feeItems) || doc.feeItems.length === 0) return this.add('/feeItems', msg('至少需要一个收费项目', 'expected at least one fee item'));
    if (doc.feeItems.length > LIMITS.feeItems) return this.add('/feeItems', msg(`最多 ${LIMITS.feeItems} 个收费项目`, `at most ${LIMITS.feeItems} fee items`));
    const codes = new Set<string>();
    doc.feeItems.forEach((item, i) => this.feeItem(item, `/feeItems/${i}`, codes));
  }

  private rounding(r: unknown, at: string): void {
    if (!isObj(r)) return this.add(at, msg('应为 { step, mode }', 'expected { step, mode }'));
    this.issues.push(...unknownKeys(r, ['step', 'mode'], at));
    if (!isDecimalText(r.step) || !dec(r.step).greaterThan(0)) this.add(`${at}/step`, msg('应为正的小数文字，例如 "0.01"', 'expected a positive decimal string such as "0.01"'));
    if (!ROUNDING_MODES.includes(r.mode as string)) this.add(`${at}/mode`, msg(`应为以下之一：${ROUNDING_MODES.join('、')}`, `expected one of ${ROUNDING_MODES.join(', ')}`));
  }

  private timezone(tz: unknown): void {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz as string });
      if (typeof tz !== 'string') throw new Error();
    } catch {
      this.add('/timezone', msg('应为 IANA 时区，例如 "Asia/Shanghai"', 'expected an IANA time zone such as "Asia/Shanghai"'));
    }
  }

  /**
   * Each shared condition is validated like a rule's conditions; then references to nothing and cycles
   * (json-rules-engine would follow one forever) are refused, and each one's expanded size is known for the
   * rules that use it.
   */
  private sharedConditions(shared: unknown): void {
    if (!isObj(shared)) return this.add('/sharedConditions', msg('应为 { "<名称>": { "all": [...] }, … }', 'expected { "<name>": { "all": [...] }, … }'));
    const names = Object.keys(shared);
    // Known before any tree is read, so a reference to a misspelt name can list the real ones.
    for (const name of names) this.shared.set(name, undefined);
    if (names.length > LIMITS.sharedConditions) return this.add('/sharedConditions', msg(`最多 ${LIMITS.sharedConditions} 个共享条件`, `at most ${LIMITS.sharedConditions} shared conditions`));
    const own = new Map<string, { leaves: number; uses: NameUse[] }>();
    for (const name of names) {
      const at = `/sharedConditions${seg(name)}`;
      if (name.trim() !== name || name === '' || name.length > SHARED_NAME_LIMIT) {
        this.add(at, msg(`共享条件的名称应为 1–${SHARED_NAME_LIMIT} 个字符，首尾不留空格`, `a shared condition's name has 1–${SHARED_NAME_LIMIT} characters, without spaces at either end`));
      }
      this.topCondition(shared[name], at, 'shared');
      own.set(name, { leaves: this.leafCount, uses: this.uses });
      for (const use of this.uses) if (!this.shared.has(use.name)) this.unknownShared(use);
    }
    // Depth-first over the references: a name met again on the current chain closes a cycle.
    const size = new Map<string, number | undefined>();
    const visit = (name: string, chain: readonly string[]): number | undefined => {
      if (size.has(name)) return size.get(name);
      const { leaves, uses } = own.get(name)!;
      const path = [...chain, name];
      let total: number | undefined = leaves;
      for (const use of uses) {
        if (!own.has(use.name)) continue;
        if (path.includes(use.name)) {
          const cycle = [...path.slice(path.indexOf(use.name)), use.name].join(' → ');
          this.add(`${use.pointer}/condition`, msg(`共享条件不能引用自身（${cycle}）`, `a shared condition cannot refer to itself (${cycle})`));
          total = undefined;
          continue;
        }
        const inner = visit(use.name, path);
        total = total === undefined || inner === undefined ? undefined : total + inner;
      }
      size.set(name, total);
      return total;
    };
    for (const name of names) this.shared.set(name, visit(name, []));
  }

  /** A reference to no shared condition, naming the ones there are. */
  private unknownShared(use: NameUse): void {
    const known = [...this.shared.keys()].map((n) => JSON.stringify(n)).join(', ') || '—';
    this.add(`${use.pointer}/condition`, msg(`没有名为 ${JSON.stringify(use.name)} 的共享条件（可用：${known}）`, `no shared condition named ${JSON.stringify(use.name)} (known: ${known})`));
  }

  private feeItem(item: unknown, at: string, codes: Set<string>): void {
    if (!isObj(item)) return this.add(at, expected('收费项目对象', 'a fee item object', item));
    this.issues.push(...unknownKeys(item, ['code', 'name', 'cycle', 'rounding', 'rules', 'due', 'lateFee', 'dunning'], at));
    if (item.rounding !== undefined) this.rounding(item.rounding, `${at}/rounding`);
    if (typeof item.code !== 'string' || !CODE.test(item.code)) this.add(`${at}/code`, msg('代码应由小写字母、数字、- 或 _ 组成（1–32 位）', 'expected a code of lower-case letters, digits, - or _ (1–32)'));
    else if (codes.has(item.code)) this.add(`${at}/code`, msg(`收费项目 ${item.code} 重复出现`, `fee item ${item.code} appears twice`));
    else codes.add(item.code);
    if (!CYCLES.includes(item.cycle as string)) this.add(`${at}/cycle`, msg(`应为以下之一：${CYCLES.join('、')}`, `expected one of ${CYCLES.join(', ')}`));
    if (item.name !== undefined && !(isObj(item.name) && typeof item.name['zh-CN'] === 'string' && typeof item.name.en === 'string')) {
      this.add(`${at}/name`, msg('应为 { "zh-CN": …, "en": … }', 'expected { "zh-CN": …, "en": … }'));
    }
    if (!Array.isArray(item.rules)) return this.add(`${at}/rules`, msg('应为规则数组', 'expected an array of rules'));
    if (item.rules.length > LIMITS.rules) return this.add(`${at}/rules`, msg(`每个收费项目最多 ${LIMITS.rules} 条规则`, `at most ${LIMITS.rules} rules per fee item`));
    const names = new Set<string>();
    item.rules.forEach((rule, i) => this.rule(rule, `${at}/rules/${i}`, names));
    for (const [slot, phase] of Object.entries(SLOTS)) {
      if (item[slot] !== undefined) this.action(item[slot], `${at}/${slot}`, [phase]);
    }
  }

  private rule(rule: unknown, at: string, names: Set<string>): void {
    if (!isObj(rule)) return this.add(at, expected('规则对象', 'a rule object', rule));
    this.issues.push(...unknownKeys(rule, ['name', 'priority', 'conditions', 'event'], at));
    if (typeof rule.name !== 'string' || rule.name.trim() === '') this.add(`${at}/name`, msg('规则名称不能为空', 'expected a non-empty rule name'));
    else if (names.has(rule.name)) this.add(`${at}/name`, msg(`规则名称 "${rule.name}" 在本收费项目中重复`, `rule name "${rule.name}" appears twice in this fee item`));
    else names.add(rule.name);
    if (rule.priority !== undefined && !(Number.isInteger(rule.priority) && (rule.priority as number) >= 1)) {
      this.add(`${at}/priority`, msg('优先级应为 ≥ 1 的整数（越大越先执行）', 'expected an integer ≥ 1 (higher runs first)'));
    }
    this.topCondition(rule.conditions, `${at}/conditions`, 'rule');
    for (const use of this.uses) {
      if (!this.shared.has(use.name)) this.unknownShared(use);
    }
    // Counted expanded: a shared condition used in many places is as costly in each.
    const shared = this.uses.map((u) => this.shared.get(u.name) ?? 0).reduce((a, b) => a + b, 0);
    if (this.leafCount <= LIMITS.leaves && this.leafCount + shared > LIMITS.leaves) {
      this.add(`${at}/conditions`, msg(`连同所用的共享条件，一条规则中的条件超过 ${LIMITS.leaves} 个`, `more than ${LIMITS.leaves} conditions in one rule, counting the shared conditions it uses`));
    }
    if (!isObj(rule.event)) return this.add(`${at}/event`, ACTION_SHAPE);
    this.action(rule.event, `${at}/event`, RULE_PHASES);
  }

  /** A rule's or a shared condition's tree: a group at the top; counts its leaves and collects its references. */
  private topCondition(c: unknown, at: string, owner: 'rule' | 'shared'): void {
    this.leafCount = 0;
    this.uses = [];
    this.owner = owner;
    if (!isObj(c) || !['all', 'any', 'not'].some((k) => k in c)) {
      this.add(at, msg('条件应为 { "all": [...] }、{ "any": [...] } 或 { "not": {...} }', 'expected { "all": [...] }, { "any": [...] } or { "not": {...} }'));
    } else {
      this.condition(c, at, 1);
    }
  }

  private condition(c: unknown, at: string, depth: number): void {
    if (depth > LIMITS.depth) return this.add(at, msg(`条件嵌套超过 ${LIMITS.depth} 层`, `conditions nest deeper than ${LIMITS.depth} levels`));
    if (!isObj(c)) return this.add(at, expected('条件对象', 'a condition object', c));
    const groups = ['all', 'any', 'not', 'condition'].filter((k) => k in c);
    if (groups.length > 1) return this.add(at, msg('一个条件只能有 all、any、not、condition 之一', 'a condition has exactly one of all, any, not, condition'));
    if (groups[0] === 'condition') {
      this.issues.push(...unknownKeys(c, ['condition'], at));
      if (typeof c.condition !== 'string') return this.add(`${at}/condition`, msg('应为共享条件的名称', "expected a shared condition's name"));
      this.uses.push({ name: c.condition, pointer: at });
      return;
    }
    if (groups[0] === 'all' || groups[0] === 'any') {
      const key = groups[0];
      this.issues.push(...unknownKeys(c, [key], at));
      const list = c[key];
      if (!Array.isArray(list) || list.length === 0) return this.add(`${at}/${key}`, msg('应为非空的条件数组', 'expected a non-empty array of conditions'));
      list.forEach((x, i) => this.condition(x, `${at}/${key}/${i}`, depth + 1));
      return;
    }
    if (groups[0] === 'not') {
      this.issues.push(...unknownKeys(c, ['not'], at));
      return this.condition(c.not, `${at}/not`, depth + 1);
    }
    this.leaf(c, at);
  }

  private leaf(c: Obj, at: string): void {
    this.leafCount += 1;
    if (this.leafCount > LIMITS.leaves) {
      return this.add(at, this.owner === 'rule'
        ? msg(`一条规则中的条件超过 ${LIMITS.leaves} 个`, `more than ${LIMITS.leaves} conditions in one rule`)
        : msg(`一个共享条件中的条件超过 ${LIMITS.leaves} 个`, `more than ${LIMITS.leaves} conditions in one shared condition`));
    }
    this.issues.push(...unknownKeys(c, ['fact', 'path', 'operator', 'value'], at));
    const left = this.factPath(c, at);
    const op = typeof c.operator === 'string' ? this.registry.operator(c.operator) : undefined;
    if (!op) {
      const known = this.registry.allOperators().map((o) => o.name).join(', ');
      this.add(`${at}/operator`, msg(`未知的比较方式 ${JSON.stringify(c.operator)}（可用：${known}）`, `unknown operator ${JSON.stringify(c.operator)} (known: ${known})`));
    }
    const right = this.factRef(c.value, `${at}/value`);
    if (isFactRef(c.value)) {
      // A reference to nothing has its issue from factRef already.
      const problem = op && left && right ? comparisonProblem(op.name, left, right) : null;
      if (problem) this.add(`${at}/value`, problem);
      return;
    }
    if (op && ORDER_OPERATORS.includes(op.name) && isDecimal(left)) {
      const exact = exactDecimalOperator(op.name);
      this.add(`${at}/operator`, msg(`${op.name} 会把 ${String(c.path)} 当作文字或浮点数比较；请改用 ${exact}，比较值写成小数文字`, `${op.name} compares ${String(c.path)} as text or as a float; use ${exact} with a decimal string value`));
    }
    if (!('value' in c) || !isConditionValue(c.value)) {
      this.add(`${at}/value`, msg('比较值应为文字、数字、真/假，它们的数组，或另一数据项 { "fact": …, "path": … }', 'expected a string, number, boolean, an array of them, or another fact { "fact": …, "path": … }'));
    } else if (op && ['in', 'notIn'].includes(op.name) && !Array.isArray(c.value)) {
      this.add(`${at}/value`, msg(`${op.name} 需要一组值（数组）`, `operator ${op.name} expects an array of values`));
    }
  }

  /** For a condition value naming another fact path, the schema it holds; undefined for a constant or (with an issue) a path to nothing. */
  private factRef(value: unknown, at: string): JsonSchema | undefined {
    if (!isObj(value) || !isFactRef(value)) return undefined;
    this.issues.push(...unknownKeys(value, ['fact', 'path'], at));
    return this.factPath(value, at);
  }

  /** The schema at `fact` + `path` of a leaf or a fact reference; undefined (with an issue) when they name nothing. */
  private factPath(o: Obj, at: string): JsonSchema | undefined {
    const fact = typeof o.fact === 'string' ? this.registry.fact(o.fact) : undefined;
    if (!fact) {
      const known = this.registry.allFacts().map((f) => f.id).join(', ');
      this.add(`${at}/fact`, msg(`未知的数据项 ${JSON.stringify(o.fact)}（可用：${known}）`, `unknown fact ${JSON.stringify(o.fact)} (known: ${known})`));
      return undefined;
    }
    if (o.path === undefined) return fact.schema;
    if (typeof o.path !== 'string' || !PATH.test(o.path)) {
      this.add(`${at}/path`, msg('路径应形如 "$.usage" 或 "$.a.b"', 'expected a path such as "$.usage" or "$.a.b"'));
      return undefined;
    }
    const schema = schemaAt(fact.schema, o.path);
    if (!schema) this.add(`${at}/path`, msg(`数据项 ${fact.id} 没有 ${o.path}`, `fact ${fact.id} has no ${o.path}`));
    return schema;
  }

  private action(ref: unknown, at: string, phases: readonly Phase[]): void {
    if (!isObj(ref)) return this.add(at, ACTION_SHAPE);
    this.issues.push(...unknownKeys(ref, ['type', 'params'], at));
    const action = typeof ref.type === 'string' ? this.registry.action(ref.type) : undefined;
    if (!action) return this.add(`${at}/type`, msg(`未知的计费动作 ${JSON.stringify(ref.type)}`, `unknown action ${JSON.stringify(ref.type)}`));
    if (!phases.includes(action.phase)) {
      return this.add(`${at}/type`, msg(`${action.type} 属于 ${action.phase} 阶段，此处应为 ${phases.join(' / ')}`, `${action.type} is a ${action.phase} action; here expected ${phases.join(' / ')}`));
    }
    this.issues.push(...validateSchema(action.paramsSchema, ref.params ?? {}, `${at}/params`));
  }
}

export function validatePolicy(doc: unknown, registry: PluginRegistry): Issue[] {
  const v = new Validator(registry);
  v.document(doc);
  return v.issues;
}

export function assertValidPolicy(doc: unknown, registry: PluginRegistry): PolicyDocument {
  const issues = validatePolicy(doc, registry);
  if (issues.length > 0) throw new PolicyInvalid(issues);
  return doc as PolicyDocument;
}
