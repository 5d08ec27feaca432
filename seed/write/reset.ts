// Finding and removing previously seeded projects. Runs inside the seed's transaction with
// session_replication_role = replica, where foreign keys (and their cascades) are not enforced — so it deletes
// every row of those projects from every table with a project_id column itself, leaving nothing dangling.
import type pg from 'pg';

export interface ExistingProject { id: string; company: string; code: string }

/** Projects of the given companies; with `codes`, only those (company/code pairs). */
export async function findProjects(client: pg.ClientBase, companyCodes: readonly string[], codes?: readonly string[]): Promise<ExistingProject[]> {
  const { rows } = await client.query<ExistingProject>(
    `select p.id, c.code as company, p.code
       from public.projects p join public.companies c on c.id = p.company_id
      where c.code = any($1::text[]) and ($2::text[] is null or c.code || '/' || p.code = any($2::text[]))
      order by c.code, p.code`,
    [companyCodes, codes ?? null],
  );
  return rows;
}

/**
 * Deletes the projects and everything that belongs to them (memberships of those projects included).
 * audit_log keeps its rows: it is append-only by design, and its project_id is a plain column.
 */
export async function deleteProjects(client: pg.ClientBase, projectIds: readonly string[]): Promise<void> {
  if (projectIds.length === 0) return;
  const { rows: tables } = await client.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid and c.relkind in ('r', 'p')
       join pg_namespace n on n.oid = c.relnamespace
      where a.attname = 'project_id' and not a.attisdropped
        and n.nspname in ('public', 'private') and c.relname <> 'audit_log' and not c.relispartition`,
  );
  for (const { name } of tables) await client.query(`delete from ${name} where project_id = any($1::uuid[])`, [projectIds]);
  await client.query('delete from public.projects where id = any($1::uuid[])', [projectIds]);
}
