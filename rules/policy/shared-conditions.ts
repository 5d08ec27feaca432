// Named conditions a policy shares between its rules (json-rules-engine's condition sharing): a rule's
// `{ "condition": "老年业主" }` stands for the policy's `sharedConditions["老年业主"]`, written once and used
// by any rule of any fee item. json-rules-engine resolves them as it runs; the fast path and everything that
// reads a rule's facts (derived facts, what a fired rule saw) work on the rule with its references expanded.
import type { Condition, ConditionRef, FeeItemPolicy, PolicyDocument, TopCondition } from './types.js';

type SharedConditions = Readonly<Record<string, TopCondition>>;

/** json-rules-engine's test for a reference: an own `condition` key. */
export const isConditionRef = (c: unknown): c is ConditionRef =>
  typeof c === 'object' && c !== null && Object.prototype.hasOwnProperty.call(c, 'condition');

/**
 * The names a condition tree refers to, in document order (not following them). Any value is read as far as it
 * is shaped like conditions, so the console can ask of a document still being typed.
 */
export function referencedNames(c: unknown): string[] {
  if (typeof c !== 'object' || c === null) return [];
  if (isConditionRef(c)) return typeof c.condition === 'string' ? [c.condition] : [];
  const node = c as { all?: unknown; any?: unknown; not?: unknown };
  const list = Array.isArray(node.all) ? node.all : Array.isArray(node.any) ? node.any : 'not' in node ? [node.not] : [];
  return list.flatMap(referencedNames);
}

/** The tree with every reference replaced by the condition it names (validation has refused cycles). */
function expandShared(c: Condition, shared: SharedConditions): Condition {
  if (isConditionRef(c)) {
    const named = Object.prototype.hasOwnProperty.call(shared, c.condition) ? shared[c.condition] : undefined;
    if (!named) throw new Error(`the policy has no shared condition "${c.condition}"`);
    return expandShared(named, shared);
  }
  if ('all' in c) return { all: c.all.map((x) => expandShared(x, shared)) };
  if ('any' in c) return { any: c.any.map((x) => expandShared(x, shared)) };
  if ('not' in c) return { not: expandShared(c.not, shared) };
  return c;
}

/** A fee item whose rules have their shared conditions expanded (the item itself when the policy shares none). */
export function withSharedExpanded(item: FeeItemPolicy, doc: PolicyDocument): FeeItemPolicy {
  const shared = doc.sharedConditions;
  if (!shared || Object.keys(shared).length === 0) return item;
  // A group expands to a group of the same kind: still a rule's top condition.
  return { ...item, rules: item.rules.map((r) => ({ ...r, conditions: expandShared(r.conditions, shared) as TopCondition })) };
}
