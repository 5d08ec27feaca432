// The seed against a real, freshly migrated database on its own throw-away stack (the shared test stack holds
// the demo data other tests rely on, and these tests delete and rewrite projects).
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import type { WebSocketLikeConstructor } from '@supabase/realtime-js';
import { startStack, type Stack } from '../../stack/stack.js';
import { freePort } from '../../stack/ports.js';
import { generateSeed, resolveOptions, PROJECT_TABLES } from '../../seed/generate/index.js';
import { SeedConflictError, writeSeed } from '../../seed/write/write-seed.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-users.js';

const OPTIONS = resolveOptions({ seed: 11, projects: 5, unitsPerProject: 60 });
// supabase-js builds its realtime client eagerly and Node 20 has no WebSocket; nothing here opens one.
const NoWebSocket = function () {
  throw new Error('realtime is not used by the seed tests');
} as unknown as WebSocketLikeConstructor;
const clientOptions = { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }, realtime: { transport: NoWebSocket } };

let dataDir: string;
let stack: Stack;
let db: pg.Client;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'feegrid-seed-test-'));
  chmodSync(dataDir, 0o755); // run as root, Postgres runs as user postgres and must reach the cluster inside
  stack = await startStack({
    host: '127.0.0.1', apiPort: await freePort(), dbPort: await freePort(), restPort: await freePort(),
    jwtSecret: 'feegrid-seed-test-secret-0123456789-abcdef', dbPassword: 'seed-test', dataDir, durable: false,
  });
  db = new pg.Client(stack.dbUrl);
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`);
  return rows[0]?.n ?? -1;
}

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const t of ['companies', 'projects', ...PROJECT_TABLES]) counts[t] = await count(`public.${t}`);
  return counts;
}

/** Every foreign key of the public schema, checked row by row (the bulk load ran with FK triggers off). */
async function danglingReferences(): Promise<string[]> {
  const { rows: fks } = await db.query<{ name: string; child: string; parent: string; cols: string[]; refs: string[] }>(
    `select c.conname as name, c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent,
            array(select a.attname from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i)::text[] as cols,
            array(select a.attname from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i)::text[] as refs
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'`,
  );
  expect(fks.length).toBeGreaterThan(10);
  const broken: string[] = [];
  for (const fk of fks) {
    const notNull = fk.cols.map((c) => `x.${db.escapeIdentifier(c)} is not null`).join(' and ');
    const match = fk.cols.map((c, i) => `p.${db.escapeIdentifier(fk.refs[i] ?? '')} = x.${db.escapeIdentifier(c)}`).join(' and ');
    const n = await count(`${fk.child} x`, `${notNull} and not exists (select 1 from ${fk.parent} p where ${match})`);
    if (n > 0) broken.push(`${fk.name}: ${n}`);
  }
  return broken;
}

describe('seed writer', () => {
  test('writes exactly the generated rows, with every reference and constraint intact', async () => {
    const result = await writeSeed(db, OPTIONS);
    const expected = generateSeed(OPTIONS);
    const counts = await tableCounts();
    for (const [table, rows] of Object.entries(expected)) {
      expect(counts[table], table).toBe(rows.length);
      expect(result.rows[table], table).toBe(rows.length);
    }
    expect(await danglingReferences()).toEqual([]);
    // one current owner per unit, for every unit
    expect(await count('public.units u', 'not exists (select 1 from public.unit_ownerships o where o.unit_id = u.id and o.to_date is null)')).toBe(0);
    // the bulk load bypasses the audit triggers (see write-seed.ts)
    expect(await count('public.audit_log')).toBe(0);
  });

  test('strings survive the round trip unchanged: areas, dates, readings, tags', async () => {
    const expected = generateSeed(OPTIONS);
    const { rows: units } = await db.query(
      `select id::text, room_no, area::text, usage::text, handover_date::text, renovation_date::text, occupancy_date::text,
              occupancy::text from public.units order by id`,
    );
    const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(units).toEqual(sortById(expected.units).map((u) => ({
      id: u.id, room_no: u.room_no, area: u.area, usage: u.usage, handover_date: u.handover_date,
      renovation_date: u.renovation_date, occupancy_date: u.occupancy_date, occupancy: u.occupancy,
    })));
    const { rows: owners } = await db.query<{ id: string; tags: string[] }>('select id::text, tags from public.owners order by id');
    expect(owners).toEqual(sortById(expected.owners).map((o) => ({ id: o.id, tags: o.tags })));
    // numeric(14,3) pads the generator's tenths: '1234.5' comes back as '1234.500'
    const { rows: readings } = await db.query<{ reading: string }>('select reading::text from public.meter_readings order by id');
    expect(readings.map((r) => r.reading)).toEqual(sortById(expected.meter_readings).map((r) => `${r.reading}00`));
  });

  test('writing the same projects again is refused and changes nothing', async () => {
    const before = await tableCounts();
    const error = await writeSeed(db, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedConflictError);
    expect((error as SeedConflictError).existing).toEqual(expect.arrayContaining(['jinxiu/jxhy', 'huating/htya']));
    expect(await tableCounts()).toEqual(before);
  });

  test('creates the demo logins once; each signs in and sees its own scope', async () => {
    const admin = authAdminApi(stack.apiUrl, stack.serviceRoleKey);
    const first = await createDemoUsers(admin, db);
    expect(first.created.sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(first.skipped).toEqual([]);
    const again = await createDemoUsers(admin, db);
    expect([again.created, again.existing.length]).toEqual([[], DEMO_USERS.length]);
    expect(await count('public.staff')).toBe(DEMO_USERS.length);
    expect(await count('public.memberships')).toBe(DEMO_USERS.length);

    const client = createClient(stack.apiUrl, stack.anonKey, clientOptions);
    const { error } = await client.auth.signInWithPassword({ email: 'manager@jxhy.demo', password: DEMO_PASSWORD });
    expect(error).toBeNull();
    const { count: visible, error: readError } = await client.from('units').select('id', { count: 'exact', head: true });
    expect(readError).toBeNull();
    expect(visible).toBe(OPTIONS.unitsPerProject);
  });

  test('--reset replaces every demo project, keeps companies and logins, and leaves nothing dangling', async () => {
    const other = resolveOptions({ seed: 12, projects: 3, unitsPerProject: 40 });
    const result = await writeSeed(db, other, { reset: true });
    expect(result.removedProjects).toBe(OPTIONS.projects);
    const expected = generateSeed(other);
    const counts = await tableCounts();
    for (const table of ['projects', ...PROJECT_TABLES]) expect(counts[table], table).toBe(expected[table as keyof typeof expected].length);
    expect(counts.companies).toBe(2);
    expect(await danglingReferences()).toEqual([]);
    // project memberships went with their projects; company-wide ones stayed; running the users again restores them
    expect(await count('public.memberships')).toBe(DEMO_USERS.filter((u) => u.project === null).length);
    const restored = await createDemoUsers(authAdminApi(stack.apiUrl, stack.serviceRoleKey), db);
    expect(restored.skipped).toEqual([]);
    expect(await count('public.memberships')).toBe(DEMO_USERS.length);
    expect(await danglingReferences()).toEqual([]);
  });
});
