// The policy's shared conditions in a document being edited (which may not be valid yet): their names, how
// often each is used, and renaming one together with every reference to it, so a rename never breaks a rule.
import { isObj } from './shape';

type Obj = Record<string, unknown>;

export function sharedNamesOf(doc: unknown): string[] {
  return isObj(doc) && isObj(doc.sharedConditions) ? Object.keys(doc.sharedConditions) : [];
}

/** Rebuilds a condition tree, giving each node to `visit` first: what it returns replaces the node. */
function mapTree(node: unknown, visit: (node: Obj) => Obj | undefined): unknown {
  if (!isObj(node)) return node;
  const replaced = visit(node);
  if (replaced) return replaced;
  const out: Obj = { ...node };
  for (const key of ['all', 'any'] as const) if (Array.isArray(node[key])) out[key] = (node[key] as unknown[]).map((c) => mapTree(c, visit));
  if ('not' in node) out.not = mapTree(node.not, visit);
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
  for (const tree of trees(doc)) {
    mapTree(tree, (node) => {
      if (typeof node.condition === 'string') uses.set(node.condition, (uses.get(node.condition) ?? 0) + 1);
      return undefined;
    });
  }
  return uses;
}

/** The document with shared condition `from` called `to`, in the same place, and every reference following. */
export function renameShared(doc: unknown, from: string, to: string): unknown {
  if (!isObj(doc) || !isObj(doc.sharedConditions) || from === to) return doc;
  const follow = (tree: unknown) => mapTree(tree, (node) => (node.condition === from ? { ...node, condition: to } : undefined));
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
