// The fast path: each fee item's rules compiled once into synchronous predicates, ordered by precedence, so
// one evaluation is a few closure calls and the Decimal arithmetic of the actions — no promises, no engine.
import type { EvalContext, FactDef, Facts } from '../plugin/types.js';
import type { FeeItemPolicy, PolicyDocument } from '../policy/types.js';
import type { PluginRegistry, RegisteredAction } from '../plugin/registry.js';
import type { EvalInput, FiredRule, LineResult } from './types.js';
import { FactPaths, compileCondition, type Predicate } from './conditions.js';
import { byPrecedence, conditionFailed, derivedFactsFor, evalContext, finishLine, planStep, priorityOf, saw, sawSlots, slotSteps, withDerived, NO_PARAMS, type SawSlots, type Step } from './prepare.js';
import type { Planned } from './apply.js';
import { assertValidPolicy } from '../policy/validate.js';
import { withSharedExpanded } from '../policy/shared-conditions.js';

interface CompiledRule {
  name: string;
  priority: number;
  test: Predicate;
  step: Step;
  saw: SawSlots;
}

interface CompiledItem {
  item: FeeItemPolicy;
  paths: FactPaths;
  rules: CompiledRule[];
  slots: Step[];
  derived: FactDef[];
  /** The last input's context: a run evaluates every unit with one input, so this skips two lookups a line. */
  last: { input: EvalInput; ctx: EvalContext } | null;
}

export interface CompiledPolicy {
  readonly doc: PolicyDocument;
  /** Plugin id → version, recorded on every bill the policy makes. */
  readonly pluginVersions: Readonly<Record<string, string>>;
  evaluate(feeItem: string, facts: Facts, input: EvalInput): LineResult;
}

function compileItem(item: FeeItemPolicy, registry: PluginRegistry): CompiledItem {
  const paths = new FactPaths();
  const rules = item.rules
    .map((r): CompiledRule => ({
      name: r.name,
      priority: priorityOf(r),
      test: compileCondition(r.conditions, registry, paths),
      step: { rule: r.name, action: registry.action(r.event.type) as RegisteredAction, params: r.event.params ?? NO_PARAMS },
      saw: sawSlots(r, paths),
    }))
    .sort(byPrecedence);
  return { item, paths, rules, slots: slotSteps(item, registry), derived: derivedFactsFor(item, registry), last: null };
}

/** Plugins used by a policy and their versions. */
export function pluginVersionsOf(doc: PolicyDocument, registry: PluginRegistry): Record<string, string> {
  const types = doc.feeItems.flatMap((i) => [...i.rules.map((r) => r.event.type), i.due?.type, i.lateFee?.type, i.dunning?.type]);
  const versions: Record<string, string> = {};
  for (const type of types) {
    const action = type ? registry.action(type) : undefined;
    if (action) versions[action.plugin.id] = action.plugin.version;
  }
  return versions;
}

/** Validates and compiles a policy once; evaluate() may then run for every unit. */
export function compilePolicy(doc: unknown, registry: PluginRegistry): CompiledPolicy {
  const policy = assertValidPolicy(doc, registry);
  const items = new Map(policy.feeItems.map((i) => [i.code, compileItem(withSharedExpanded(i, policy), registry)]));
  return {
    doc: policy,
    pluginVersions: pluginVersionsOf(policy, registry),
    evaluate(feeItem, facts, input) {
      const compiled = items.get(feeItem);
      if (!compiled) return { ok: false, feeItem, error: { message: `the policy has no fee item ${feeItem}` } };
      if (compiled.last?.input !== input) compiled.last = { input, ctx: evalContext(policy, compiled.item, input) };
      const { ctx } = compiled.last;
      let all: Facts;
      try {
        all = withDerived(facts, compiled.derived, ctx);
      } catch (e) {
        return { ok: false, feeItem, error: { message: `derived fact failed: ${e instanceof Error ? e.message : String(e)}` } };
      }
      const values = compiled.paths.read(all);
      const fired: FiredRule[] = [];
      const planned: Planned = { effects: [], rules: [] };
      // Rules in precedence order, each planned as it fires: the same effects, in the same order, as planning
      // the fired list afterwards.
      for (const rule of compiled.rules) {
        let holds: boolean;
        try {
          holds = rule.test(values);
        } catch (e) {
          return conditionFailed(feeItem, e);
        }
        if (!holds) continue;
        fired.push({ name: rule.name, priority: rule.priority, type: rule.step.action.type, saw: saw(rule.saw, values) });
        const failure = planStep(feeItem, rule.step, planned, all, ctx);
        if (failure) return failure;
      }
      return finishLine(feeItem, planned, compiled.slots, fired, all, ctx);
    },
  };
}
