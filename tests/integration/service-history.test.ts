// The demo's service history against the real stack, in a company of this file's own (历史测试物业): every request
// goes through the real RPCs on a simulated clock, so 服务看板 (service_stats) must count exactly what the writer
// says it wrote; the days before the last two are all closed, and the last two leave open work for the worklist.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type pg from 'pg';
import { superuser } from '../support/clients.js';
import { DEMO_PASSWORD, type AppRole, type DemoUser, type Department } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';
import { writeServiceHistory, type ServiceHistoryTally } from '../../seed/service/write-service-history.js';

const login = (name: string, role: AppRole, full_name: string, department?: Department): DemoUser =>
  ({ email: `${name}@svh.test`, password: DEMO_PASSWORD, full_name, phone: '13900003088', role, company: 'svhco', project: 'svh', ...(department ? { department } : {}) });
const MANAGER = login('manager', 'manager', '钱主管');

let db: pg.Client;
let project: string;
let tally: ServiceHistoryTally;

beforeAll(async () => {
  db = await superuser();
  const company = (await db.query<{ id: string }>(`insert into companies (code, name) values ('svhco', '历史测试物业') returning id`)).rows[0]!.id;
  project = (await db.query<{ id: string }>(`insert into projects (company_id, code, name) values ($1, 'svh', '历史苑') returning id`, [company])).rows[0]!.id;
  const building = (await db.query<{ id: string }>(`insert into buildings (project_id, code, name) values ($1, '1', '1栋') returning id`, [project])).rows[0]!.id;
  for (let i = 1; i <= 30; i++) {
    const unit = (await db.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 88) returning id`, [project, building, `1-${100 + i}`])).rows[0]!.id;
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, $2, $3) returning id`, [project, `业主${i}`, `1380000${String(1000 + i)}`])).rows[0]!.id;
    await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2020-01-01')`, [project, unit, owner]);
  }
  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [
    login('agent', 'agent', '孙客服'), MANAGER, login('plumber', 'engineer', '周师傅', 'engineering'),
  ]);
  tally = await writeServiceHistory(db, { projectId: project, from: '2042-03-01', to: '2042-03-10', seed: 7 });
}, 180_000);

afterAll(async () => db?.end());

async function stats(from: string, to: string): Promise<Record<string, number>> {
  const manager = (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [MANAGER.email])).rows[0]!.id;
  await db.query('begin');
  try {
    await db.query(`select set_config('request.jwt.claims', $1, true), set_config('feegrid.clock', '2042-03-31 12:00+08', true)`,
      [JSON.stringify({ sub: manager, role: 'authenticated' })]);
    await db.query('set local role authenticated');
    const { rows } = await db.query(
      `select sum(requests)::int as requests, sum(emergencies)::int as emergencies, sum(rated)::int as rated, sum(satisfied)::int as satisfied,
              sum(called_back)::int as called_back
         from public.service_stats($1, $2, $3, 'category')`, [project, from, to]);
    return rows[0];
  } finally {
    await db.query('rollback');
  }
}

describe('the demo’s service history', () => {
  test('服务看板 counts exactly the requests, emergencies and scores written', async () => {
    expect(tally.requests).toBeGreaterThanOrEqual(30);
    expect(tally.rated).toBeGreaterThan(0);
    expect(await stats('2042-03-01', '2042-03-10')).toMatchObject({
      requests: tally.requests, emergencies: tally.emergencies, rated: tally.rated, satisfied: tally.satisfied,
    });
    const total = (await db.query(`select count(*)::int as n from service_requests where project_id = $1`, [project])).rows[0].n;
    expect(total).toBe(tally.requests);
  });

  test('requests before the last two days are closed, each with its full trail; the last two days leave open work', async () => {
    const { rows } = await db.query<{ open: boolean; early: boolean; n: number }>(
      `select status <> 'closed' as open, received_at < '2042-03-09 00:00+08' as early, count(*)::int as n
         from service_requests where project_id = $1 group by 1, 2 order by 1, 2`, [project]);
    expect(rows.filter((r) => r.early && r.open)).toEqual([]);
    expect(rows.find((r) => !r.early && r.open)?.n ?? 0).toBeGreaterThan(0);
    expect(tally.closed).toBe(rows.filter((r) => !r.open).reduce((n, r) => n + r.n, 0));
    // every closed repair went received/accepted → dispatched → on site → done, in time order
    const broken = await db.query(
      `select r.request_no from service_requests r
        where r.project_id = $1 and r.status = 'closed' and r.kind = 'repair'
          and not (r.accepted_at <= r.dispatched_at and r.dispatched_at <= r.on_site_at and r.on_site_at <= r.done_at and r.done_at <= r.closed_at)`, [project]);
    expect(broken.rows).toEqual([]);
  });
});
