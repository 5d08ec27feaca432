// What both evaluators share: the evaluation context, derived facts, rule ordering, the values a fired rule
// saw, and running plugin actions so that a plugin that throws fails only this evaluation.
import type { EvalInput, FiredRule, LineFailed, LineResult } from './types.js';
import type { EvalContext, FactDef, Facts } from '../plugin/types.js';
import type { FeeItemPolicy, PolicyDocument, RuleDoc, ActionRef } from '../policy/types.js';
import { OperatorFailed, type PluginRegistry, type RegisteredAction } from '../plugin/registry.js';
import { DEFAULT_ROUNDING, type Rounding } from '../money.js';
import { applyEffects, type Planned } from './apply.js';
import { factRefs, sawKey, type FactPaths } from './conditions.js';

// A run evaluates thousands of units with one input: build its context once per fee item and input.
const contexts = new WeakMap<FeeItemPolicy, WeakMap<EvalInput, EvalContext>>();

export function evalContext(doc: PolicyDocument, item: FeeItemPolicy, input: EvalInput): EvalContext {
  let byInput = contexts.get(item);
  if (!byInput) {
    byInput = new WeakMap();
    contexts.set(item, byInput);
  }
  let ctx = byInput.get(input);
  if (!ctx) {
    ctx = buildContext(doc, item, input);
    byInput.set(input, ctx);
  }
  return ctx;
}

/** The rounding of a fee item's amounts: its own, else the policy's, else to the fen, half up. */
const roundingOf = (doc: PolicyDocument, item: FeeItemPolicy): Rounding => item.rounding ?? doc.rounding ?? DEFAULT_ROUNDING;

function buildContext(doc: PolicyDocument, item: FeeItemPolicy, input: EvalInput): EvalContext {
  return {
    period: input.period,
    asOf: input.asOf,
    timezone: doc.timezone ?? 'Asia/Shanghai',
    rounding: roundingOf(doc, item),
    feeItem: { code: item.code, cycle: item.cycle },
  };
}

/** The context of one day's work outside a billing period (late fees to date, dunning): the period is that day. */
export const dayContext = (doc: PolicyDocument, item: FeeItemPolicy, asOf: string): EvalContext =>
  buildContext(doc, item, { period: { start: asOf, end: asOf }, asOf });

/** Derived facts the rules of a fee item refer to, computed once per evaluation. */
export function derivedFactsFor(item: FeeItemPolicy, registry: PluginRegistry): FactDef[] {
  const used = new Set(item.rules.flatMap((r) => factRefs(r.conditions).map((ref) => ref.fact)));
  return registry.derivedFacts().filter((f) => used.has(f.id));
}

// A unit's fee items are evaluated one after another with the same facts and period: derive once for them.
// One entry is enough for that and, unlike a WeakMap keyed by every unit, costs the garbage collector nothing.
let lastFacts: Facts | null = null;
let lastKey = '';
let lastAll: Facts | null = null;
// A context belongs to one fee item and input, so its key (the period and the derived facts) is fixed.
const derivedKeys = new WeakMap<EvalContext, string>();

/** `derived` is the list derivedFactsFor() gave for the fee item of `ctx`. */
export function withDerived(facts: Facts, derived: readonly FactDef[], ctx: EvalContext): Facts {
  if (derived.length === 0) return facts;
  let key = derivedKeys.get(ctx);
  if (key === undefined) {
    key = `${ctx.period.start}|${ctx.period.end}|${ctx.asOf}|${derived.map((f) => f.id).join()}`;
    derivedKeys.set(ctx, key);
  }
  if (lastFacts === facts && lastKey === key) return lastAll!;
  // Not a spread: V8 gives a spread copy the source's shape, and adding the derived facts to it is slow.
  const all: Record<string, unknown> = Object.assign({}, facts);
  for (const f of derived) all[f.id] = f.derive!(facts, ctx);
  lastFacts = facts;
  lastKey = key;
  lastAll = all;
  return all;
}

/** json-rules-engine's order of precedence (higher priority first), with the rule name breaking ties. */
export function byPrecedence(a: { name: string; priority: number }, b: { name: string; priority: number }): number {
  return b.priority - a.priority || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

export const priorityOf = (r: RuleDoc): number => r.priority ?? 1;

/** Each fact path's key (`fact` or `fact$.path`) and, at the same index, where its value is read (see FactPaths). */
export interface SawSlots {
  keys: string[];
  slots: number[];
}

export function sawSlots(rule: RuleDoc, paths: FactPaths): SawSlots {
  const refs = factRefs(rule.conditions);
  return { keys: refs.map(sawKey), slots: refs.map((ref) => paths.slot(ref)) };
}

/** The fact values a fired rule's conditions looked at, from its fee item's paths as read for this evaluation. */
export function saw({ keys, slots }: SawSlots, values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = values[slots[i]!];
  return out;
}

export interface Step {
  rule?: string;
  action: RegisteredAction;
  params: NonNullable<ActionRef['params']>;
}

/** One shared empty params object, so plugins' per-params caches hit for rules without params. */
export const NO_PARAMS: NonNullable<ActionRef['params']> = Object.freeze({});

function failed(feeItem: string, step: Step, e: unknown): LineFailed {
  const message = e instanceof Error ? e.message : String(e);
  return {
    ok: false,
    feeItem,
    error: { message, ...(step.rule ? { rule: step.rule } : {}), action: step.action.type, plugin: step.action.plugin.id },
  };
}

/**
 * A condition whose plugin operator threw fails the line. Both evaluators say the same, naming the operator and
 * plugin but not the rule: json-rules-engine does not say which rule's condition threw.
 */
export function conditionFailed(feeItem: string, e: unknown): LineFailed {
  if (!(e instanceof OperatorFailed)) throw e;
  return { ok: false, feeItem, error: { message: e.message, plugin: e.plugin } };
}

/** Plans one step's effects into `planned`; an action that throws fails the line. */
export function planStep(feeItem: string, step: Step, planned: Planned, facts: Facts, ctx: EvalContext): LineFailed | null {
  try {
    const effects = step.action.plan(step.params, facts, ctx);
    // Indexed: no iterator object for the few effects of every line.
    for (let j = 0; j < effects.length; j++) {
      planned.effects.push(effects[j]!);
      planned.rules.push(step.rule);
    }
    return null;
  } catch (e) {
    return failed(feeItem, step, e);
  }
}

/** With the fired rules' steps planned: the fee item's slots (late fee, due date), then the effects applied. */
export function finishLine(feeItem: string, planned: Planned, slots: readonly Step[], fired: FiredRule[], facts: Facts, ctx: EvalContext): LineResult {
  for (let i = 0; i < slots.length; i++) {
    const failure = planStep(feeItem, slots[i]!, planned, facts, ctx);
    if (failure) return failure;
  }
  try {
    return applyEffects(feeItem, planned, fired, ctx);
  } catch (e) {
    // An effect the engine cannot apply (e.g. a malformed date from a plugin) fails this line alone.
    return { ok: false, feeItem, error: { message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Runs the fired rules' actions, then the fee item's slots (due date, late fee), then applies the effects. */
export function runSteps(feeItem: string, steps: readonly Step[], slots: readonly Step[], fired: FiredRule[], facts: Facts, ctx: EvalContext): LineResult {
  const planned: Planned = { effects: [], rules: [] };
  for (const step of steps) {
    const failure = planStep(feeItem, step, planned, facts, ctx);
    if (failure) return failure;
  }
  return finishLine(feeItem, planned, slots, fired, facts, ctx);
}

export function slotSteps(item: FeeItemPolicy, registry: PluginRegistry): Step[] {
  return (['lateFee', 'due'] as const).flatMap((slot) => {
    const ref = item[slot];
    const action = ref && registry.action(ref.type);
    return ref && action ? [{ action, params: ref.params ?? NO_PARAMS }] : [];
  });
}
