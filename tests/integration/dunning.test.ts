// The dunning ladder on a simulated clock: a small project of this file's own, five owners with a quarter's
// management bill due 2045-04-10, and the dunning run executed for every day of the quarter. The standard
// procedure (DESIGN.md §1): reminder a week before the due date, first notice on the 20th, written notice 10
// days later, final notice 10 days after that, legal escalation 30 days on. One owner pays part of the bill,
// one promises to pay by 05-05, one keeps an installment plan for a month and then misses an instalment, one
// pays in full. Then the outbox is delivered through the log channel, with a failure and a retry.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { inject } from 'vitest';
import { serviceClient, signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';
import { standardPolicy } from '../../seed/generate/policy.js';
import { executeDunning } from '../../supabase/functions/dunning-run/execute.js';
import { deliverOutbox, logTransport } from '../../supabase/functions/outbox-deliver/execute.js';
import { addDays } from '../../rules/dates.js';

let db: pg.Client;
let service: SupabaseClient;
let projectId: string;
const owners = new Map<string, { id: string; bill: string }>();
/** Simulated day each action was first recorded on. */
const recordedOn = new Map<string, string>();

const OWNERS = [
  { key: 'never', name: '欠费甲', phone: '13900000001' },
  { key: 'partial', name: '部分乙', phone: '13900000002' },
  { key: 'promise', name: '承诺丙', phone: '13900000003' },
  { key: 'plan', name: '分期丁', phone: '13900000004' },
  { key: 'paid', name: '缴清戊', phone: null },
] as const;

async function pay(owner: string, amount: string, day: string): Promise<void> {
  const { id, bill } = owners.get(owner)!;
  const payment = (await db.query<{ id: string }>(
    `insert into payments (project_id, owner_id, amount, method, idempotency_key, paid_at)
     values ($1, $2, $3, 'cash', $4, ($5::date + time '10:00') at time zone 'Asia/Shanghai') returning id`,
    [projectId, id, amount, `dunning-test-${owner}-${day}`, day])).rows[0]!.id;
  await db.query(`insert into payment_allocations (project_id, payment_id, bill_id, amount) values ($1, $2, $3, $4)`, [projectId, payment, bill, amount]);
  await db.query(`update bills set paid = paid + $2 where id = $1`, [bill, amount]);
}

/** What the simulated days bring besides the run: payments, a promise, an installment plan. */
async function events(day: string): Promise<void> {
  if (day === '2045-04-15') await pay('paid', '900.00', day);
  if (day === '2045-04-25') await pay('partial', '300.00', day);
  if (day === '2045-04-21') {
    await db.query(`insert into contact_logs (project_id, owner_id, channel, summary, outcome, promise_date)
                    values ($1, $2, 'phone', '电话联系，业主承诺 5 月 5 日前缴清', 'promise', '2045-05-05')`, [projectId, owners.get('promise')!.id]);
  }
  if (day === '2045-04-22') {
    await db.query(`insert into installment_plans (project_id, owner_id, total, schedule, status, created_at)
                    values ($1, $2, 900, $3, 'active', ($4::date + time '09:00') at time zone 'Asia/Shanghai')`,
    [projectId, owners.get('plan')!.id, JSON.stringify([{ due: '2045-05-01', amount: '300.00' }, { due: '2045-06-01', amount: '300.00' }, { due: '2045-07-01', amount: '300.00' }]), day]);
  }
  if (day === '2045-04-28') await pay('plan', '300.00', day);
}

beforeAll(async () => {
  db = await superuser();
  service = serviceClient();
  const company = (await db.query<{ id: string }>(`select id from companies where code = 'huating'`)).rows[0]!.id;
  projectId = (await db.query<{ id: string }>(
    `insert into projects (company_id, code, name, office_phone) values ($1, 'dunq', '催缴测试苑', '0512-66668888') returning id`, [company])).rows[0]!.id;
  const building = (await db.query<{ id: string }>(`insert into buildings (project_id, code, name) values ($1, '1', '1栋') returning id`, [projectId])).rows[0]!.id;
  const fee = (await db.query<{ id: string }>(
    `insert into fee_items (project_id, code, name_zh, name_en, category, cycle) values ($1, 'mgmt', '物业管理费', 'Management fee', 'management', 'quarter') returning id`, [projectId])).rows[0]!.id;
  await db.query(`insert into policies (company_id, project_id, version, status, effective_from, document, note)
                  values ($1, $2, 1, 'published', '2045-01-01', $3, 'dunning test')`, [company, projectId, standardPolicy()]);
  for (const [i, o] of OWNERS.entries()) {
    const unit = (await db.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, $3, 100) returning id`,
      [projectId, building, `1-${101 + i}`])).rows[0]!.id;
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, $2, $3) returning id`, [projectId, o.name, o.phone])).rows[0]!.id;
    await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [projectId, unit, owner]);
    const bill = (await db.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $3, $4, '2045-04-01', '2045-06-30', 900, '2045-04-10', 'issued') returning id`, [projectId, unit, owner, fee])).rows[0]!.id;
    owners.set(o.key, { id: owner, bill });
  }

  // The clock: every day of the quarter, the day's events, then the day's run (twice on the 20th).
  for (let day = '2045-04-01'; day <= '2045-06-30'; day = addDays(day, 1)) {
    await events(day);
    const outcome = await executeDunning(service, projectId, day);
    expect(outcome.errors).toEqual([]);
    if (day === '2045-04-20') expect(await executeDunning(service, projectId, day)).toMatchObject({ actions: 0, messages: 0 });
    const fresh = await db.query<{ id: string }>(`select id from dunning_actions where project_id = $1 and not (id = any($2::uuid[]))`, [projectId, [...recordedOn.keys()]]);
    for (const { id } of fresh.rows) recordedOn.set(id, day);
  }
}, 120_000);

afterAll(async () => db.end());

/** An owner's ladder as it happened: day recorded, stage, stage date, channel, status. */
async function timeline(owner: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string; stage: string; channel: string; scheduled_on: string; status: string }>(
    `select id, stage, channel::text, scheduled_on::text, status::text from dunning_actions where bill_id = $1`, [owners.get(owner)!.bill]);
  return rows
    .map((r) => `${recordedOn.get(r.id)} ${r.stage}@${r.scheduled_on} ${r.channel}${r.status === 'scheduled' ? '' : ` ${r.status}`}`)
    .sort();
}

const LADDER = [
  '2045-04-03 reminder@2045-04-03 sms',
  '2045-04-20 first@2045-04-20 phone',
  '2045-04-20 first@2045-04-20 sms',
  '2045-04-30 second@2045-04-30 letter',
  '2045-05-10 final@2045-05-10 door',
  '2045-05-10 final@2045-05-10 letter',
  '2045-06-09 legal@2045-06-09 task',
];

describe('the ladder over a quarter, day by day', () => {
  test('an owner who never pays meets every stage on its day: reminder, the 20th, +10, +10, legal', async () => {
    expect(await timeline('never')).toEqual(LADDER);
  });

  test('a partial payment neither skips nor repeats a stage', async () => {
    expect(await timeline('partial')).toEqual(LADDER);
    expect((await db.query(`select balance::text from bills where id = $1`, [owners.get('partial')!.bill])).rows[0].balance).toBe('600.00');
  });

  test('a promise to pay pauses the ladder until its date; the missed stage follows the day after', async () => {
    expect(await timeline('promise')).toEqual([
      '2045-04-03 reminder@2045-04-03 sms',
      '2045-04-20 first@2045-04-20 phone',
      '2045-04-20 first@2045-04-20 sms',
      '2045-05-06 second@2045-04-30 letter',
      '2045-05-10 final@2045-05-10 door',
      '2045-05-10 final@2045-05-10 letter',
      '2045-06-09 legal@2045-06-09 task',
    ]);
  });

  test('a kept installment plan pauses it; a missed instalment breaks the plan and the ladder resumes at its current stage', async () => {
    expect(await timeline('plan')).toEqual([
      '2045-04-03 reminder@2045-04-03 sms',
      '2045-04-20 first@2045-04-20 phone',
      '2045-04-20 first@2045-04-20 sms',
      '2045-06-02 final@2045-05-10 door',
      '2045-06-02 final@2045-05-10 letter',
      '2045-06-02 second@2045-04-30 letter cancelled',
      '2045-06-09 legal@2045-06-09 task',
    ]);
    expect((await db.query(`select status::text from installment_plans where owner_id = $1`, [owners.get('plan')!.id])).rows[0].status).toBe('broken');
  });

  test('a bill paid in full leaves the ladder', async () => {
    expect(await timeline('paid')).toEqual(['2045-04-03 reminder@2045-04-03 sms']);
  });

  test('the bill shows the last stage it reached', async () => {
    const { rows } = await db.query(`select dunning_stage from bills where id = any($1) order by period_start`, [[owners.get('never')!.bill, owners.get('paid')!.bill]]);
    expect(rows.map((r) => r.dunning_stage).sort()).toEqual(['legal', 'reminder']);
  });
});

describe('the outbox', () => {
  test('one message per owner, stage, channel and day — SMS only to owners with a phone', async () => {
    const { rows } = await db.query<{ channel: string; n: number }>(
      `select channel::text, count(*)::int as n from outbox where project_id = $1 group by channel order by channel`, [projectId]);
    // SMS: reminders to 4 phones (the fifth owner has none) + first notices to 4; letters: second ×4 (one
    // superseded → cancelled, no letter) … counted from the timelines above.
    expect(rows).toEqual([{ channel: 'letter', n: 7 }, { channel: 'sms', n: 8 }, { channel: 'door', n: 4 }].sort((a, b) => a.channel.localeCompare(b.channel)));
    const sms = (await db.query(`select recipient, payload from outbox where project_id = $1 and channel = 'sms' and recipient = '13900000001' and payload->>'stage' = 'first'`, [projectId])).rows[0];
    expect(sms.payload).toMatchObject({ owner: '欠费甲', total: '900.00', bills: [{ feeItem: '物业管理费', room: '1-101', dueDate: '2045-04-10' }] });
  });

  test('delivery through the log channel: a failed message is retried after its backoff and never logged twice', async () => {
    const failing = logTransport(service);
    // The door channel's transport logs the notice, then fails (say, the answer was lost): a retry must not log it again.
    const flaky = async (...args: Parameters<typeof failing>) => {
      await failing(...args);
      if (args[0].channel === 'door') throw new Error('door visit not confirmed');
    };
    const first = await deliverOutbox(service, { transport: flaky, projectId });
    expect(first).toEqual({ claimed: 19, sent: 15, failed: 4 });
    const failed = await db.query(`select attempts, last_error, next_attempt_at > now() + interval '50 seconds' as later from outbox where project_id = $1 and status = 'failed'`, [projectId]);
    expect(failed.rows).toEqual(Array(4).fill({ attempts: 1, last_error: 'door visit not confirmed', later: true }));
    expect(await deliverOutbox(service, { projectId })).toEqual({ claimed: 0, sent: 0, failed: 0 });

    await db.query(`update outbox set next_attempt_at = now() where project_id = $1 and status = 'failed'`, [projectId]);
    expect(await deliverOutbox(service, { projectId })).toEqual({ claimed: 4, sent: 4, failed: 0 });
    const logged = await db.query(`select count(*)::int as n, count(distinct dedupe_key)::int as keys from channel_log where project_id = $1`, [projectId]);
    expect(logged.rows[0]).toEqual({ n: 19, keys: 19 });
    const letters = (await db.query<{ subject: string; body: string }>(
      `select subject, body from channel_log where project_id = $1 and channel = 'letter' and recipient like '%1-101%'`, [projectId])).rows;
    expect(letters.map((l) => l.subject).sort()).toEqual(['最后催款通知单', '第二次催款通知单'].sort());
    const final = letters.find((l) => l.subject === '最后催款通知单')!;
    expect(final.body).toContain('尊敬的欠费甲业主（1栋 1-101）');
    expect(final.body).toContain('合计 ¥900.00');
  });
});

describe('the functions', () => {
  const post = async (name: string, token: string, body: unknown) => {
    const res = await fetch(`${inject('stack').apiUrl}/functions/v1/${name}`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, apikey: inject('stack').anonKey, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    return { status: res.status, body: await res.json() };
  };
  const tokenOf = async (email: string) => (await (await signedIn(email)).auth.getSession()).data.session!.access_token;

  test('a manager runs dunning on demand for their project; a cashier may not; only the scheduler delivers the outbox', async () => {
    const jxhy = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
    const manager = await post('dunning-run', await tokenOf(LOGINS.manager), { projectId: jxhy, asOf: '2026-01-01' });
    expect(manager.status).toBe(200);
    expect(manager.body).toEqual([expect.objectContaining({ projectId: jxhy, asOf: '2026-01-01', errors: [] })]);
    const cashier = await post('dunning-run', await tokenOf(LOGINS.cashier), { projectId: jxhy });
    expect(cashier.status).toBe(403);
    expect((await post('outbox-deliver', await tokenOf(LOGINS.manager), {})).status).toBe(403);
    // With the scheduler's key (here for this file's project only: other files' bills must not be chased).
    const scheduled = await post('dunning-run', inject('stack').serviceRoleKey, { projectId, asOf: '2045-06-30' });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toEqual([expect.objectContaining({ projectId, actions: 0, messages: 0 })]);
    expect((await post('outbox-deliver', inject('stack').serviceRoleKey, { projectId })).body).toEqual({ claimed: 0, sent: 0, failed: 0 });
  });
});

describe('installment plans', () => {
  test('the database checks the schedule, starts plans as proposed and stamps who activated them', async () => {
    const agent = await signedIn(LOGINS.agent);
    const manager = await signedIn(LOGINS.manager);
    const jxhy = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
    const owner = (await db.query<{ id: string }>(`select id from owners where project_id = $1 order by name limit 1`, [jxhy])).rows[0]!.id;
    const plan = (schedule: unknown, extra: Record<string, unknown> = {}) =>
      agent.from('installment_plans').insert({ project_id: jxhy, owner_id: owner, total: '600.00', schedule, ...extra }).select('id, status, approved_by');
    expect((await plan([])).error?.message).toMatch(/at least one instalment/);
    expect((await plan([{ due: '2046-01-31', amount: '300.00' }, { due: '2046-02-30', amount: '300.00' }])).error?.message).toMatch(/needs a due date/);
    expect((await plan([{ due: '2046-01-31', amount: '300.00' }, { due: '2046-02-28', amount: '299.99' }])).error?.message)
      .toMatch(/add up to 599.99 but the plan's total is 600.00/);
    expect((await plan([{ due: '2046-01-31', amount: '600.00' }], { status: 'active' })).error?.message).toMatch(/new installment plan is proposed/);
    const managerId = (await manager.auth.getUser()).data.user!.id;
    const proposed = await plan([{ due: '2046-01-31', amount: '300.00' }, { due: '2046-02-28', amount: '300.00' }], { approved_by: managerId });
    expect(proposed.data).toEqual([{ id: expect.any(String), status: 'proposed', approved_by: null }]);
    const id = proposed.data![0]!.id as string;
    expect((await manager.from('installment_plans').update({ status: 'broken' }).eq('id', id)).error?.message).toMatch(/cannot go from proposed to broken/);
    const activated = await manager.from('installment_plans').update({ status: 'active' }).eq('id', id).select('status, approved_by');
    expect(activated.data).toEqual([{ status: 'active', approved_by: managerId }]);
    await db.query(`update installment_plans set status = 'cancelled' where id = $1`, [id]);
  });
});

describe('settling plans', () => {
  test('an active plan whose total the owner has paid since it began is completed by the next run', async () => {
    const owner = (await db.query<{ id: string }>(`insert into owners (project_id, name) values ($1, '分期已还清') returning id`, [projectId])).rows[0]!.id;
    const plan = (await db.query<{ id: string }>(
      `insert into installment_plans (project_id, owner_id, total, schedule, status) values ($1, $2, 200, $3, 'active') returning id`,
      [projectId, owner, JSON.stringify([{ due: '2045-07-15', amount: '120.00' }, { due: '2045-08-15', amount: '80.00' }])])).rows[0]!.id;
    const pay = (amount: string, key: string) => db.query(
      `insert into payments (project_id, owner_id, amount, method, idempotency_key) values ($1, $2, $3, 'cash', $4)`, [projectId, owner, amount, key]);
    await pay('120.00', 'settle-1');
    expect(await executeDunning(service, projectId, '2045-07-01')).toMatchObject({ completedPlans: 0 });
    await pay('80.00', 'settle-2');
    expect(await executeDunning(service, projectId, '2045-07-02')).toMatchObject({ completedPlans: 1 });
    expect((await db.query(`select status::text from installment_plans where id = $1`, [plan])).rows[0].status).toBe('completed');
  });
});
