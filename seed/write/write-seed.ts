// Writes a generated seed into Postgres in one transaction, project by project (so memory stays flat).
//
// Why session_replication_role = replica is safe here: it switches off user triggers (the audit_log triggers, the
// row_version/updated_at bumps) and foreign-key checks (also triggers) for this transaction only, which is what
// makes a 100,000-unit load take seconds instead of minutes. Nothing is lost: the generator builds every reference
// from rows it emits in the same run, in foreign-key order, and the integration test checks every foreign key
// afterwards; CHECK, NOT NULL and UNIQUE constraints and generated columns stay enforced. It is meant for local
// and demo databases only (it needs a superuser, or a role granted SET on that parameter, as on Supabase).
import type pg from 'pg';
import { PROJECT_TABLES, generateProjectRecords, planSeed, type SeedOptions } from '../generate/index.js';
import { BulkInserter } from './bulk-insert.js';
import { deleteProjects, findProjects } from './reset.js';
import { standardPolicy, templatePolicy } from '../generate/policy.js';

export interface WriteSeedOptions {
  /** Delete every project of the seeded companies first (default: refuse if any planned project exists). */
  reset?: boolean;
  chunkSize?: number;
  onProgress?: (line: string) => void;
}

export interface WriteSeedResult {
  /** Rows inserted per table. */
  rows: Record<string, number>;
  removedProjects: number;
  elapsedMs: number;
}

/** The planned projects exist already and reset was not asked for. */
export class SeedConflictError extends Error {
  constructor(readonly existing: readonly string[]) {
    super(
      `These demo projects exist already: ${existing.join(', ')}. ` +
        'Run with --reset to delete every project of the demo companies (and all their data) and seed again.',
    );
    this.name = 'SeedConflictError';
  }
}

export async function writeSeed(client: pg.ClientBase, options: SeedOptions, write: WriteSeedOptions = {}): Promise<WriteSeedResult> {
  const started = performance.now();
  const log = write.onProgress ?? (() => undefined);
  const plan = planSeed(options);
  const companyCodes = plan.companies.map((c) => c.code);
  const rows: Record<string, number> = { companies: 0, projects: 0 };
  let removedProjects = 0;

  await client.query('begin');
  try {
    await client.query('set local session_replication_role = replica');
    if (write.reset) {
      const old = await findProjects(client, companyCodes);
      await deleteProjects(client, old.map((p) => p.id));
      removedProjects = old.length;
      if (old.length) log(`removed ${old.length} earlier demo project(s) and their data`);
    } else {
      const clash = await findProjects(client, companyCodes, plan.projects.map((p) => `${p.company.code}/${p.row.code}`));
      if (clash.length) throw new SeedConflictError(clash.map((p) => `${p.company}/${p.code}`));
    }

    // Companies may exist already (staff and company-wide memberships hang off them): keep them, use their ids.
    const companyId = new Map<string, string>();
    for (const c of plan.companies) {
      const inserted = await client.query('insert into public.companies (id, code, name) values ($1, $2, $3) on conflict (code) do nothing', [
        c.id, c.code, c.name,
      ]);
      rows.companies = (rows.companies ?? 0) + (inserted.rowCount ?? 0);
      const { rows: found } = await client.query<{ id: string }>('select id from public.companies where code = $1', [c.code]);
      if (!found[0]) throw new Error(`company ${c.code} vanished`);
      companyId.set(c.id, found[0].id);
      // A new company gets HQ's template, which offices copy into drafts (a kept company keeps its own templates).
      if (inserted.rowCount === 1) {
        await client.query(
          `insert into public.policies (company_id, project_id, version, status, effective_from, document, note, published_at)
           values ($1, null, 1, 'published', '2026-01-01', $2, '集团模板：共享条件与水费取整到角（演示数据）', now())`,
          [found[0].id, JSON.stringify(templatePolicy())],
        );
        rows.policies = (rows.policies ?? 0) + 1;
      }
    }

    const inserter = new BulkInserter(client, write.chunkSize);
    await inserter.insert('public.projects', plan.projects.map((p) => ({ ...p.row, company_id: companyId.get(p.row.company_id) ?? p.row.company_id })));
    rows.projects = plan.projects.length;

    for (const [i, planned] of plan.projects.entries()) {
      const t0 = performance.now();
      const records = generateProjectRecords(planned, options);
      let count = 0;
      for (const table of PROJECT_TABLES) {
        await inserter.insert(`public.${table}`, records[table]);
        rows[table] = (rows[table] ?? 0) + records[table].length;
        count += records[table].length;
      }
      // Every demo project starts with the company's standard policy published, so there is something to bill,
      // simulate against and copy.
      await client.query(
        `insert into public.policies (company_id, project_id, version, status, effective_from, document, note, published_at)
         values ($1, $2, 1, 'published', '2026-01-01', $3, '标准收费政策（演示数据）', now())`,
        [companyId.get(planned.row.company_id) ?? planned.row.company_id, planned.row.id, JSON.stringify(standardPolicy())],
      );
      rows.policies = (rows.policies ?? 0) + 1;
      // The projects trigger that gives a new project the standard service categories is off in this transaction.
      await client.query('select private.add_default_service_categories($1)', [planned.row.id]);
      const secs = ((performance.now() - t0) / 1000).toFixed(1);
      log(`[${i + 1}/${plan.projects.length}] ${planned.company.code}/${planned.row.code} ${planned.row.name}: ` +
        `${records.units.length} units, ${count} rows (${secs} s)`);
    }
    await client.query('commit');
  } catch (e) {
    await client.query('rollback');
    throw e;
  }
  // Fresh statistics, so the console's first queries on a large seed get sensible plans.
  await client.query(`analyze ${['projects', ...PROJECT_TABLES].map((t) => `public.${t}`).join(', ')}`);
  return { rows, removedProjects, elapsedMs: performance.now() - started };
}
