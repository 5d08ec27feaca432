// The policy's shared conditions in a document being edited (which may not be valid yet): their names, how
// often each is used, and renaming one together with every reference to it, so a rename never breaks a rule.
import { referencedNames } from '../../../../../rules';
import type { Segment } from './pointer';
import { isObj } from './shape';

type Obj = Record<string, unknown>;

export function sharedNamesOf(doc: unknown): string[] {
  return isObj(doc) && isObj(doc.sharedConditions) ? Object.keys(doc.sharedConditions) : [];
}

/** A condition tree with every reference to `from` naming `to` instead. */
function renamedIn(node: unknown, from: string, to: string): unknown {
  if (!isObj(node)) return node;
  if (node.condition === from) return { ...node, condition: to };
  const out: Obj = { ...node };
  for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) out[key] = (node[key] as unknown[]).map((c) => renamedIn(c, from, to));
  if ('not' in node) out.not = renamedIn(node.not, from, to);
  return out;
}

/** Every condition tree of the document: each rule's, then each shared condition's. */
function trees(doc: Obj): unknown[] {
  const rules = Array.isArray(doc.feeItems)
    ? doc.feeItems.flatMap((item) => (isObj(item) && Array.isArray(item.rules) ? item.rules.map((r) => (isObj(r) ? r.conditions : undefined)) : []))
    : [];
  return [...rules, ...(isObj(doc.sharedConditions) ? Object.values(doc.sharedConditions) : [])];
}

/** How many references each shared condition has, from rules and from other shared conditions. */
export function sharedUses(doc: unknown): Map<string, number> {
  const uses = new Map<string, number>();
  if (!isObj(doc)) return uses;
  for (const name of trees(doc).flatMap(referencedNames)) uses.set(name, (uses.get(name) ?? 0) + 1);
  return uses;
}

/** A fee item's rule by name in a document (possibly invalid), or undefined. */
export function ruleOf(doc: unknown, feeItem: string, rule: string): Obj | undefined {
  const item = isObj(doc) && Array.isArray(doc.feeItems) ? doc.feeItems.find((i) => isObj(i) && i.code === feeItem) : undefined;
  const found = isObj(item) && Array.isArray(item.rules) ? item.rules.find((r) => isObj(r) && r.name === rule) : undefined;
  return isObj(found) ? found : undefined;
}

/** The shared conditions a condition tree names directly, once each (for "why this amount"). */
export const sharedNamedIn = (conditions: unknown): string[] => [...new Set(referencedNames(conditions))];

/** For each shared condition, every shared condition it uses, directly or through others. */
export function sharedReach(doc: unknown): Map<string, Set<string>> {
  const shared = isObj(doc) && isObj(doc.sharedConditions) ? doc.sharedConditions : {};
  const reach = new Map<string, Set<string>>();
  for (const name of Object.keys(shared)) {
    const seen = new Set<string>();
    const next = referencedNames(shared[name]);
    while (next.length > 0) {
      const n = next.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      if (Object.prototype.hasOwnProperty.call(shared, n)) next.push(...referencedNames(shared[n]));
    }
    reach.set(name, seen);
  }
  return reach;
}

/**
 * The shared conditions a condition at `path` may name: all of them in a rule; inside shared condition X, none
 * that is X or uses X (that would be a cycle).
 */
export function namesOffered(path: readonly Segment[], names: readonly string[], reach: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  if (path[0] !== 'sharedConditions') return [...names];
  const own = String(path[1]);
  return names.filter((n) => n !== own && !reach.get(n)?.has(own));
}

/**
 * The document with shared condition `from` called `to` and every reference following; unchanged when `to` is
 * taken (two conditions would become one).
 */
export function renameShared(doc: unknown, from: string, to: string): unknown {
  if (!isObj(doc) || !isObj(doc.sharedConditions) || from === to || Object.prototype.hasOwnProperty.call(doc.sharedConditions, to)) return doc;
  const follow = (tree: unknown) => renamedIn(tree, from, to);
  const shared = Object.fromEntries(Object.entries(doc.sharedConditions).map(([name, tree]) => [name === from ? to : name, follow(tree)]));
  const feeItems = Array.isArray(doc.feeItems)
    ? doc.feeItems.map((item) => (isObj(item) && Array.isArray(item.rules)
      ? { ...item, rules: item.rules.map((r) => (isObj(r) ? { ...r, conditions: follow(r.conditions) } : r)) }
      : item))
    : doc.feeItems;
  return { ...doc, sharedConditions: shared, feeItems };
}

/** A name not taken yet: "<base> 1", "<base> 2", … */
export function freeName(taken: readonly string[], base: string): string {
  let n = taken.length + 1;
  while (taken.includes(`${base} ${n}`)) n += 1;
  return `${base} ${n}`;
}
