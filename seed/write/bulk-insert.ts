// Fast multi-row inserts: one `insert … select * from unnest($1::uuid[], $2::text[], …)` per chunk, so a chunk of
// thousands of rows costs one statement and one round trip. Column types come from the catalog, so a row whose
// keys do not match the table fails loudly before anything is sent.
import type pg from 'pg';

interface Column { name: string; type: string; isArray: boolean }

/** A Postgres array literal for one text[] value (unnest cannot take an array of arrays, so these travel as text). */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;
}

export class BulkInserter {
  private readonly columns = new Map<string, Map<string, Column>>();

  constructor(private readonly client: pg.ClientBase, private readonly chunkSize = 10_000) {}

  private async columnsOf(table: string): Promise<Map<string, Column>> {
    const known = this.columns.get(table);
    if (known) return known;
    const { rows } = await this.client.query<Column>(
      `select a.attname as name, format_type(a.atttypid, null) as type, t.typcategory = 'A' as "isArray"
         from pg_attribute a join pg_type t on t.oid = a.atttypid
        where a.attrelid = to_regclass($1) and a.attnum > 0 and not a.attisdropped`,
      [table],
    );
    if (rows.length === 0) throw new Error(`table ${table} does not exist: are the migrations applied?`);
    const byName = new Map(rows.map((c) => [c.name, c]));
    this.columns.set(table, byName);
    return byName;
  }

  /** Inserts rows (all with the same keys = column names) into `table` (schema-qualified). */
  async insert(table: string, rows: readonly object[]): Promise<void> {
    const first = rows[0];
    if (!first) return;
    const available = await this.columnsOf(table);
    const columns = Object.keys(first).map((name) => {
      const column = available.get(name);
      if (!column) throw new Error(`column ${name} is not in table ${table}: the seed and the migrations disagree`);
      return column;
    });
    const ident = (c: Column) => this.client.escapeIdentifier(c.name);
    const names = columns.map(ident).join(', ');
    const params = columns.map((c, i) => `$${i + 1}::${c.isArray ? 'text' : c.type}[]`).join(', ');
    const select = columns.map((c) => (c.isArray ? `u.${ident(c)}::${c.type}` : `u.${ident(c)}`)).join(', ');
    const sql = `insert into ${table} (${names}) select ${select} from unnest(${params}) as u(${names})`;

    for (let start = 0; start < rows.length; start += this.chunkSize) {
      const chunk = rows.slice(start, start + this.chunkSize) as readonly Record<string, unknown>[];
      const values = columns.map((c) =>
        chunk.map((row) => {
          const v = row[c.name];
          return c.isArray && Array.isArray(v) ? arrayLiteral(v as string[]) : (v ?? null);
        }),
      );
      await this.client.query(sql, values);
    }
  }
}
