// Every row a query matches, a page at a time (PostgREST answers at most 1,000 rows): keyset on id, so a page
// boundary never skips or repeats a row. The query is built per page; `after` is the last id seen.
import { rowsOf } from '../../providers/query-rows';

const PAGE = 1000;

interface KeysetQuery {
  gt(column: 'id', value: string): KeysetQuery;
  order(column: 'id'): KeysetQuery;
  limit(count: number): PromiseLike<{ data: unknown; error: { message: string } | null }>;
}

export async function everyRow<T extends { readonly id: string }>(query: () => KeysetQuery): Promise<T[]> {
  const rows: T[] = [];
  for (let after: string | null = null; ;) {
    const base = query();
    const page: T[] = await rowsOf<T[]>((after ? base.gt('id', after) : base).order('id').limit(PAGE));
    rows.push(...page);
    if (page.length < PAGE) return rows;
    after = page[page.length - 1]!.id;
  }
}
