// The categories as the settings page shows them: each top-level category with its sub-categories beneath it,
// both in the office's order (sort, then code).
import type { Category } from '../queries';

export interface CategoryNode extends Category {
  readonly children?: CategoryNode[];
}

const byOrder = (a: Category, b: Category) => a.sort - b.sort || a.code.localeCompare(b.code);

export function categoryTree(rows: readonly Category[]): CategoryNode[] {
  const children = new Map<string, Category[]>();
  for (const row of rows) {
    if (row.parent_id !== null) children.set(row.parent_id, [...(children.get(row.parent_id) ?? []), row]);
  }
  const known = new Set(rows.map((r) => r.id));
  // A sub-category whose parent is not among the rows stands on its own rather than disappearing.
  return rows
    .filter((r) => r.parent_id === null || !known.has(r.parent_id))
    .sort(byOrder)
    .map((r) => {
      const kids = [...(children.get(r.id) ?? [])].sort(byOrder);
      return kids.length > 0 ? { ...r, children: kids } : { ...r };
    });
}

/** A code for a new sub-category: the parent's code, a dot and the first free number (repair.1, repair.2, …). */
export function nextChildCode(parent: Category, rows: readonly Category[]): string {
  const taken = new Set(rows.map((r) => r.code));
  let n = 1;
  while (taken.has(`${parent.code}.${n}`)) n += 1;
  return `${parent.code}.${n}`;
}
