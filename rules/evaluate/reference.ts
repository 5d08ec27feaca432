// The reference evaluator: json-rules-engine decides which rules fire. Slower (promises, an almanac per run),
// kept as the yardstick the fast path must match exactly. One Engine per fee item, and never two runs on one
// Engine at once: concurrent run() calls on a shared Engine silently lose lower-priority rules.
import { Engine } from 'json-rules-engine';
import type { FactDef, Facts } from '../plugin/types.js';
import type { FeeItemPolicy, PolicyDocument } from '../policy/types.js';
import type { PluginRegistry, RegisteredAction } from '../plugin/registry.js';
import type { EvalInput, FiredRule, LineResult } from './types.js';
import { FactPaths } from './conditions.js';
import { byPrecedence, conditionFailed, derivedFactsFor, evalContext, priorityOf, runSteps, saw, sawSlots, slotSteps, withDerived, NO_PARAMS, type SawSlots, type Step } from './prepare.js';
import { assertValidPolicy } from '../policy/validate.js';
import { withSharedExpanded } from '../policy/shared-conditions.js';

/** What a rule's name stands for once json-rules-engine says it fired. */
interface RuleMeta { priority: number; step: Step; saw: SawSlots }

interface EngineItem {
  item: FeeItemPolicy;
  engine: Engine;
  paths: FactPaths;
  byName: Map<string, RuleMeta>;
  slots: Step[];
  derived: FactDef[];
  /** Serialises runs on this engine. */
  queue: Promise<unknown>;
}

export interface ReferencePolicy {
  evaluate(feeItem: string, facts: Facts, input: EvalInput): Promise<LineResult>;
}

/** json-rules-engine gets the rules as written and resolves their shared conditions itself. */
function engineFor(item: FeeItemPolicy, doc: PolicyDocument, registry: PluginRegistry): EngineItem {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of registry.allOperators()) if (!op.builtin) engine.addOperator(op.name, (a: unknown, b: unknown) => op.evaluate(a, b));
  for (const [name, conditions] of Object.entries(doc.sharedConditions ?? {})) engine.setCondition(name, conditions as never);
  const expanded = withSharedExpanded(item, doc);
  const paths = new FactPaths();
  const byName = new Map<string, RuleMeta>();
  for (const [i, r] of item.rules.entries()) {
    engine.addRule({ name: r.name, priority: priorityOf(r), conditions: r.conditions as never, event: { type: r.event.type, params: r.event.params ?? {} } });
    byName.set(r.name, { priority: priorityOf(r), step: { rule: r.name, action: registry.action(r.event.type) as RegisteredAction, params: r.event.params ?? NO_PARAMS }, saw: sawSlots(expanded.rules[i]!, paths) });
  }
  return { item: expanded, engine, paths, byName, slots: slotSteps(item, registry), derived: derivedFactsFor(expanded, registry), queue: Promise.resolve() };
}

export function referencePolicy(doc: unknown, registry: PluginRegistry): ReferencePolicy {
  const policy: PolicyDocument = assertValidPolicy(doc, registry);
  const items = new Map(policy.feeItems.map((i) => [i.code, engineFor(i, policy, registry)]));
  return {
    evaluate(feeItem, facts, input) {
      const e = items.get(feeItem);
      if (!e) return Promise.resolve({ ok: false, feeItem, error: { message: `the policy has no fee item ${feeItem}` } });
      const run = e.queue.then(async (): Promise<LineResult> => {
        const ctx = evalContext(policy, e.item, input);
        let all: Facts;
        try {
          all = withDerived(facts, e.derived, ctx);
        } catch (err) {
          return { ok: false, feeItem, error: { message: `derived fact failed: ${err instanceof Error ? err.message : String(err)}` } };
        }
        let results: Awaited<ReturnType<Engine['run']>>['results'];
        try {
          ({ results } = await e.engine.run({ ...all }));
        } catch (err) {
          return conditionFailed(feeItem, err);
        }
        const values = e.paths.read(all);
        const fired: FiredRule[] = results
          .filter((r) => r.result)
          .map((r) => {
            const meta = e.byName.get(String(r.name))!;
            return { name: String(r.name), priority: meta.priority, type: meta.step.action.type, saw: saw(meta.saw, values) };
          })
          .sort(byPrecedence);
        const steps = fired.map((f) => e.byName.get(f.name)!.step);
        return runSteps(feeItem, steps, e.slots, fired, all, ctx);
      });
      e.queue = run.catch(() => undefined);
      return run;
    },
  };
}
