// JSON pointers (RFC 6901) of validation issues, turned into where in a policy they point: the document, a fee
// item, one of its rules, or one of its due / late-fee / dunning slots.
import type { Issue } from '../../../../../rules';

export type Segment = string | number;
export const SLOTS = ['due', 'lateFee', 'dunning'] as const;
export type Slot = (typeof SLOTS)[number];

export type PointerTarget =
  | { readonly kind: 'document'; readonly rest: readonly string[] }
  | { readonly kind: 'feeItem'; readonly feeItem: number; readonly rest: readonly string[] }
  | { readonly kind: 'rule'; readonly feeItem: number; readonly rule: number; readonly rest: readonly string[] }
  | { readonly kind: 'slot'; readonly feeItem: number; readonly slot: Slot; readonly rest: readonly string[] };

const unescape = (segment: string): string => segment.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (segment: Segment): string => String(segment).replace(/~/g, '~0').replace(/\//g, '~1');

/** The segments of a pointer; "" and "/" (how the engine names the root) are the whole document. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map(unescape);
}

/** A pointer from a path into the document, e.g. ['feeItems', 0, 'rules'] → /feeItems/0/rules */
export function toPointer(path: readonly Segment[]): string {
  return path.map((segment) => `/${escape(segment)}`).join('');
}

const index = (segment: string | undefined): number | undefined =>
  segment !== undefined && /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : undefined;

export function locatePointer(pointer: string): PointerTarget {
  const segments = pointerSegments(pointer);
  const feeItem = segments[0] === 'feeItems' ? index(segments[1]) : undefined;
  if (feeItem === undefined) return { kind: 'document', rest: segments };
  const [, , key, next, ...rest] = segments;
  const rule = key === 'rules' ? index(next) : undefined;
  if (rule !== undefined) return { kind: 'rule', feeItem, rule, rest };
  if ((SLOTS as readonly (string | undefined)[]).includes(key)) {
    return { kind: 'slot', feeItem, slot: key as Slot, rest: segments.slice(3) };
  }
  return { kind: 'feeItem', feeItem, rest: segments.slice(2) };
}

/** Whether `pointer` is `prefix` or lies inside it. */
export function isWithin(pointer: string, prefix: string): boolean {
  const p = pointer === '/' ? '' : pointer;
  return p === prefix || p.startsWith(`${prefix}/`);
}

/** Issues inside a part of the document (a rule, a condition, a params object). */
export function issuesWithin(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.filter((issue) => isWithin(issue.pointer, prefix));
}

/** Issues exactly at a pointer (one form field). */
export function issuesAt(issues: readonly Issue[], pointer: string): Issue[] {
  return issues.filter((issue) => issue.pointer === pointer);
}

/** Number of issues per rule, keyed "feeItem/rule" — for marking the offending rules. */
export function issueCountsByRule(issues: readonly Issue[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const target = locatePointer(issue.pointer);
    if (target.kind !== 'rule') continue;
    const key = `${target.feeItem}/${target.rule}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
