// Compiles json-rules-engine conditions into plain synchronous predicates with the same answers: fact lookup,
// json-rules-engine's path semantics (an object is walked, anything else is returned as is), the same operators.
import type { Condition, FactRef, LeafCondition } from '../policy/types.js';
import type { Facts } from '../plugin/types.js';
import type { PluginRegistry } from '../plugin/registry.js';
import { isConditionRef } from '../policy/shared-conditions.js';

type Getter = (facts: Facts) => unknown;
/** A condition over the values of its fee item's fact paths (see FactPaths). */
export type Predicate = (values: readonly unknown[]) => boolean;

export const PATH = /^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/;

export function pathKeys(path: string): string[] {
  return path.slice(2).split('.');
}

// Inherited members (`$.toString`) are never read: validation accepts only properties a fact's schema declares
// as its own (jsonpath-plus, json-rules-engine's resolver, follows own properties only).
function getter(fact: string, path: string | undefined): Getter {
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

/** json-rules-engine reads a condition value that is an object with its own `fact` key from that fact. */
export const isFactRef = (value: unknown): value is FactRef =>
  typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, 'fact');

export const sawKey = (ref: FactRef): string => (ref.path ? `${ref.fact}${ref.path}` : ref.fact);

/**
 * The distinct fact paths a fee item's rules read, each read once per evaluation: the rules asking about
 * unit.usage read it once, and conditions and the values fired rules saw share what was read.
 */
export class FactPaths {
  private readonly getters: Getter[] = [];
  private readonly slots = new Map<string, number>();

  /** Where read() puts the value of this fact path. */
  slot(ref: FactRef): number {
    const key = sawKey(ref);
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.getters.length;
      this.getters.push(getter(ref.fact, ref.path));
      this.slots.set(key, slot);
    }
    return slot;
  }

  read(facts: Facts): unknown[] {
    const values = new Array<unknown>(this.getters.length);
    for (let i = 0; i < values.length; i++) values[i] = this.getters[i]!(facts);
    return values;
  }
}

/**
 * Whether a tree uses a plugin's operator, which may throw. json-rules-engine evaluates every condition of a
 * group whose conditions share a priority (ours always do) before combining them, so a throw anywhere in the
 * tree fails the line even where the answer was already known; the fast path then must not stop early either.
 */
function mayThrow(c: Condition, registry: PluginRegistry): boolean {
  return leaves(c).some((l) => registry.operator(l.operator)?.builtin === false);
}

export function compileCondition(c: Condition, registry: PluginRegistry, paths: FactPaths): Predicate {
  // Plain loops: every()/some() with a closure allocate on each of the many calls.
  if ('all' in c || 'any' in c) {
    const every = 'all' in c;
    const parts = (every ? c.all : c.any).map((x) => compileCondition(x, registry, paths));
    if (parts.length === 1) return parts[0]!;
    if (mayThrow(c, registry)) {
      return (values) => {
        let holds = every;
        for (const p of parts) if (p(values) !== every) holds = !every;
        return holds;
      };
    }
    return every
      ? (values) => {
        for (const p of parts) if (!p(values)) return false;
        return true;
      }
      : (values) => {
        for (const p of parts) if (p(values)) return true;
        return false;
      };
  }
  if ('not' in c) {
    const inner = compileCondition(c.not, registry, paths);
    return (values) => !inner(values);
  }
  if (isConditionRef(c)) throw unexpanded(c.condition);
  const op = registry.operator(c.operator);
  if (!op) throw new Error(`unknown operator ${c.operator}`);
  const slot = paths.slot(c);
  const value = c.value;
  if (isFactRef(value)) {
    const other = paths.slot(value);
    return (values) => op.evaluate(values[slot], values[other]);
  }
  return (values) => op.evaluate(values[slot], value);
}

const unexpanded = (name: string): Error => new Error(`shared condition "${name}" was not expanded (see withSharedExpanded)`);

/** Every leaf of a condition tree (its shared conditions expanded), in document order. */
export function leaves(c: Condition): LeafCondition[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  if (isConditionRef(c)) throw unexpanded(c.condition);
  return [c];
}

/** Every fact path a condition tree reads, in document order: each leaf's own, then the one its value names. */
export const factRefs = (c: Condition): FactRef[] => leaves(c).flatMap((l) => (isFactRef(l.value) ? [l, l.value] : [l]));
