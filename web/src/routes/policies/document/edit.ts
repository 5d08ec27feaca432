// Immutable edits of a policy document at a path, used by the structured view: every change makes a new
// document, which the raw view then shows.
import type { Segment } from './pointer';

type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container => typeof value === 'object' && value !== null;

function child(container: unknown, key: Segment): unknown {
  return isContainer(container) ? (container as Record<string, unknown>)[key as string] : undefined;
}

function assign(container: unknown, key: Segment, value: unknown): Container {
  if (Array.isArray(container) && typeof key === 'number') {
    const copy = [...container];
    copy[key] = value;
    return copy;
  }
  const base = isContainer(container) && !Array.isArray(container) ? container : {};
  return { ...base, [key]: value };
}

/** The value at `path`, or undefined. */
export function getIn(doc: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, key) => child(node, key), doc);
}

/** A copy of `doc` with `value` at `path`; `undefined` removes an object key (arrays keep their length). */
export function setIn(doc: unknown, path: readonly Segment[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  const next = setIn(child(doc, head), rest, value);
  if (next === undefined && rest.length === 0 && !Array.isArray(doc) && isContainer(doc)) {
    const { [head as string]: _removed, ...others } = doc as Record<string, unknown>;
    return others;
  }
  return assign(doc, head, next);
}

/** A copy of `doc` without the array element at `path` (its last segment is the index). */
export function removeAt(doc: unknown, path: readonly Segment[]): unknown {
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1];
  const list = getIn(doc, parentPath);
  if (!Array.isArray(list) || typeof index !== 'number') return doc;
  return setIn(doc, parentPath, list.filter((_, i) => i !== index));
}

/** A copy of `doc` with `item` appended to the array at `path` (created when missing). */
export function appendAt(doc: unknown, path: readonly Segment[], item: unknown): unknown {
  const list = getIn(doc, path);
  return setIn(doc, path, [...(Array.isArray(list) ? list : []), item]);
}
