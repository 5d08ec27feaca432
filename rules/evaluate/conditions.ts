// Compiles json-rules-engine conditions into plain synchronous predicates with the same answers: fact lookup,
// json-rules-engine's path semantics (an object is walked, anything else is returned as is), the same operators.
import type { Condition, LeafCondition } from '../policy/types.js';
import type { Facts } from '../plugin/types.js';
import type { PluginRegistry } from '../plugin/registry.js';

export type Predicate = (facts: Facts) => boolean;
export type Getter = (facts: Facts) => unknown;

export const PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export function pathKeys(path: string): string[] {
  return path.slice(2).split('.');
}

export function getter(fact: string, path: string | undefined): Getter {
  if (!path) return (facts) => facts[fact];
  const keys = pathKeys(path);
  return (facts) => {
    const value = facts[fact];
    if (value === null || typeof value !== 'object') return value;
    let current: unknown = value;
    for (const key of keys) {
      if (current === null || typeof current !== 'object') return undefined;
      current = (current as Record<string, unknown>)[key];
    }
    return current;
  };
}

export const isLeaf = (c: Condition): c is LeafCondition => 'fact' in c;

export const sawKey = (c: LeafCondition): string => (c.path ? `${c.fact}${c.path}` : c.fact);

export function compileCondition(c: Condition, registry: PluginRegistry): Predicate {
  // Plain loops: every()/some() with a closure allocate on each of the many calls.
  if ('all' in c) {
    const parts = c.all.map((x) => compileCondition(x, registry));
    if (parts.length === 1) return parts[0]!;
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileCondition(x, registry));
    if (parts.length === 1) return parts[0]!;
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, registry);
    return (facts) => !inner(facts);
  }
  const op = registry.operator(c.operator);
  if (!op) throw new Error(`unknown operator ${c.operator}`);
  const get = getter(c.fact, c.path);
  const value = c.value;
  return (facts) => op.evaluate(get(facts), value);
}

/** Every leaf of a condition tree, in document order. */
export function leaves(c: Condition): LeafCondition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}
