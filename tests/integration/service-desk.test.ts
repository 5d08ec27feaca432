// The service desk's database side against the real stack: the service-level clocks with a simulated clock
// (acceptance, dispatch, completion, callback; what will breach in the next 10 minutes), the emergency path,
// out-of-scope rejection, callbacks that close, reopen or escalate, a fee dispute pausing dunning, and who sees
// and does what (RLS through PostgREST). A company of this file's own (服务测试物业, project svca).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import { serviceClient, signedIn, superuser } from '../support/clients.js';
import { loadPeriodFacts } from '../../supabase/functions/_shared/engine-data.js';
import { deliverOutbox } from '../../supabase/functions/outbox-deliver/execute.js';
import { DEMO_PASSWORD, type AppRole, type DemoUser, type Department } from '../../seed/demo-users.js';
import { authAdminApi, createDemoUsers } from '../../seed/write/users.js';

const login = (name: string, role: AppRole, project: string, full_name: string, department?: Department): DemoUser =>
  ({ email: `${name}@svc.test`, password: DEMO_PASSWORD, full_name, phone: '13900002088', role, company: 'svcco', project, ...(department ? { department } : {}) });
const AGENT = login('agent', 'agent', 'svca', '吴客服');
const MANAGER = login('manager', 'manager', 'svca', '郑主管');
const PLUMBER = login('plumber', 'engineer', 'svca', '王师傅', 'engineering');
const CLEANER = login('cleaner', 'engineer', 'svca', '李阿姨', 'cleaning');
const OTHER = login('other', 'agent', 'svcb', '冯客服');

let db: pg.Client;
let project: string;
const users = new Map<string, string>();
const category = new Map<string, string>();
let owner: string;
let unit: string;
let plumber: SupabaseClient;
let cleaner: SupabaseClient;
let other: SupabaseClient;

/** Runs one RPC as a user at a simulated time, the way PostgREST runs it (role, JWT claims), in one transaction. */
async function at<T = Record<string, unknown>>(user: DemoUser, clock: string, sql: string, params: unknown[] = []): Promise<T> {
  await db.query('begin');
  try {
    await db.query(`select set_config('request.jwt.claims', $1, true), set_config('feegrid.clock', $2, true)`,
      [JSON.stringify({ sub: users.get(user.email), role: 'authenticated' }), clock]);
    await db.query('set local role authenticated');
    const { rows } = await db.query(sql, params);
    await db.query('commit');
    return rows[0] as T;
  } catch (e) {
    await db.query('rollback');
    throw e;
  }
}

const create = (user: DemoUser, clock: string, channel: string, code: string, extra: Record<string, unknown> = {}) =>
  at<{ r: { id: string; requestNo: number; status: string; emergency: boolean; acceptDue: string; dispatchDue: string | null } }>(user, clock,
    `select public.create_request(p_project_id => $1, p_channel => $2, p_category_id => $3, p_description => $4,
       p_owner_id => $5, p_unit_id => $6, p_contact_phone => '13800138000', p_bill_ids => $7) as r`,
    [project, channel, category.get(code), extra.description ?? '厨房水管漏水', owner, unit, extra.bills ?? []]).then((x) => x.r);

const request = async (id: string) => (await db.query(`select * from service_requests where id = $1`, [id])).rows[0];

beforeAll(async () => {
  db = await superuser();
  const company = (await db.query<{ id: string }>(`insert into companies (code, name) values ('svcco', '服务测试物业') returning id`)).rows[0]!.id;
  project = (await db.query<{ id: string }>(`insert into projects (company_id, code, name) values ($1, 'svca', '服务苑') returning id`, [company])).rows[0]!.id;
  await db.query(`insert into projects (company_id, code, name) values ($1, 'svcb', '服务园')`, [company]);
  const building = (await db.query<{ id: string }>(`insert into buildings (project_id, code, name) values ($1, '1', '1栋') returning id`, [project])).rows[0]!.id;
  unit = (await db.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) values ($1, $2, '1-101', 90) returning id`, [project, building])).rows[0]!.id;
  owner = (await db.query<{ id: string }>(`insert into owners (project_id, name, phone) values ($1, '陈业主', '13800138000') returning id`, [project])).rows[0]!.id;
  await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [project, unit, owner]);
  for (const { id, code } of (await db.query<{ id: string; code: string }>(`select id, code from service_categories where project_id = $1`, [project])).rows) category.set(code, id);
  const { apiUrl, serviceRoleKey } = inject('stack');
  await createDemoUsers(authAdminApi(apiUrl, serviceRoleKey), db, [AGENT, MANAGER, PLUMBER, CLEANER, OTHER]);
  for (const u of [AGENT, MANAGER, PLUMBER, CLEANER, OTHER]) {
    users.set(u.email, (await db.query<{ id: string }>(`select id from auth.users where email = $1`, [u.email])).rows[0]!.id);
  }
  [plumber, cleaner, other] = await Promise.all([signedIn(PLUMBER.email), signedIn(CLEANER.email), signedIn(OTHER.email)]);
});

afterAll(async () => db.end());

describe('service-level clocks on a simulated clock', () => {
  test('an online repair: accepted in time, dispatched late, completed in time, called back late', async () => {
    const r = await create(AGENT, '2041-03-01 09:00+08', 'wechat', 'repair.plumbing');
    expect(r).toMatchObject({ status: 'received', emergency: false, dispatchDue: null });
    expect(new Date(r.acceptDue).toISOString()).toBe('2041-03-01T01:05:00.000Z');

    // what will breach in the next 10 minutes, four minutes in: acceptance, due in one minute
    const watch = await at<{ w: Array<{ id: string; clock: string; minutes_left: number }> }>(AGENT, '2041-03-01 09:04+08',
      `select coalesce(json_agg(w), '[]') as w from public.sla_watch($1) w`, [project]);
    expect(watch.w.filter((w) => w.id === r.id)).toMatchObject([{ clock: 'accept', minutes_left: 1 }]);
    const none = await at<{ n: number }>(AGENT, '2041-03-01 09:04+08', `select count(*)::int as n from public.sla_watch($1, 0) w where w.id = $2`, [project, r.id]);
    expect(none.n).toBe(0);

    await at(AGENT, '2041-03-01 09:03+08', `select public.accept_request($1)`, [r.id]);
    await at(AGENT, '2041-03-01 09:10+08', `select public.dispatch_request($1, '更换厨房进水软管', p_assignee_id => $2)`, [r.id, users.get(PLUMBER.email)]);
    await at(PLUMBER, '2041-03-01 10:00+08', `select public.work_progress($1, 'on_site')`, [r.id]);
    await at(PLUMBER, '2041-03-02 08:00+08', `select public.work_progress($1, 'done', '已更换软管，试水无渗漏')`, [r.id]);
    const done = await request(r.id);
    expect(done).toMatchObject({ status: 'done', resolution: '已更换软管，试水无渗漏' });
    expect(done.callback_due.toISOString()).toBe('2041-03-03T00:00:00.000Z');
    const callback = await at<{ r: object }>(AGENT, '2041-03-03 09:00+08', `select public.record_callback($1, true, 5::smallint, '很满意') as r`, [r.id]);
    expect(callback.r).toEqual({ status: 'closed', outcome: 'satisfied' });

    const stats = await at<{ s: Record<string, unknown> }>(MANAGER, '2041-03-31 12:00+08',
      `select row_to_json(s) as s from public.service_stats($1, '2041-03-01', '2041-03-01', 'category') s`, [project]);
    expect(stats.s).toMatchObject({
      requests: 1, accepted: 1, accepted_in_time: 1, dispatched: 1, dispatched_in_time: 0, completed: 1, completed_in_time: 1,
      avg_work_minutes: 1370, callbacks_due: 1, called_back: 1, called_back_in_time: 0, rated: 1, satisfied: 1,
      callback_rate: '100.00', satisfaction_rate: '100.00',
    });
    const events = (await db.query<{ status: string; for_owner: boolean }>(
      `select status::text, for_owner from request_events where request_id = $1 and kind = 'status' order by at`, [r.id])).rows;
    expect(events.map((e) => e.status)).toEqual(['received', 'accepted', 'dispatched', 'on_site', 'done']);
  });

  test('an emergency by phone is accepted as it is taken, flagged, and first on the worklist', async () => {
    const normal = await create(AGENT, '2041-04-01 08:00+08', 'phone', 'complaint.noise', { description: '楼上装修噪音' });
    const lift = await create(AGENT, '2041-04-01 08:01+08', 'phone', 'repair.lift', { description: '3号电梯困人' });
    expect(lift).toMatchObject({ status: 'accepted', emergency: true });
    expect(new Date(lift.dispatchDue!).toISOString()).toBe('2041-04-01T00:06:00.000Z');
    expect((await request(lift.id)).urgency).toBe('emergency');
    const escalated = await db.query(`select 1 from request_events where request_id = $1 and kind = 'escalation'`, [lift.id]);
    expect(escalated.rowCount).toBe(1);
    // the supervisor (the project's manager) is told by SMS
    const told = await db.query<{ recipient: string; title: string }>(`select recipient, payload->>'title' as title from outbox where request_id = $1 and dedupe_key like 'escalation:%'`, [lift.id]);
    expect(told.rows).toEqual([{ recipient: MANAGER.phone, title: `紧急服务单 ${lift.requestNo}` }]);
    const first = await at<{ ids: string[] }>(AGENT, '2041-04-01 08:02+08',
      `select array_agg(w.id order by w.emergency desc, w.due) as ids from public.service_worklist w where w.id = any($1)`, [[normal.id, lift.id]]);
    expect(first.ids).toEqual([lift.id, normal.id]);
    // the lift is dispatched with a 30-minute completion clock
    const d = await at<{ r: { completeDue: string } }>(MANAGER, '2041-04-01 08:03+08', `select public.dispatch_request($1, '立即救援') as r`, [lift.id]);
    expect(new Date(d.r.completeDue).toISOString()).toBe('2041-04-01T00:33:00.000Z');
  });
});

describe('triage and callbacks', () => {
  test('out of scope: rejected with the reason and a referral; without a reason nothing changes', async () => {
    const r = await create(AGENT, '2041-05-01 10:00+08', 'web', 'inquiry', { description: '小区外道路积水' });
    await expect(at(AGENT, '2041-05-01 10:01+08', `select public.reject_request($1, ' ')`, [r.id])).rejects.toThrow(/reason/);
    expect((await request(r.id)).status).toBe('received');
    await at(AGENT, '2041-05-01 10:02+08', `select public.reject_request($1, '市政道路不属物业管理范围', '市政热线 12345')`, [r.id]);
    expect(await request(r.id)).toMatchObject({ status: 'rejected', out_of_scope_reason: '市政道路不属物业管理范围', referral: '市政热线 12345' });
  });

  test('an unsatisfied owner reopens the request; unreached is recorded and the callback stays due; escalation goes to the supervisor', async () => {
    const r = await create(AGENT, '2041-06-01 09:00+08', 'phone', 'complaint.cleaning', { description: '楼道垃圾未清' });
    await at(AGENT, '2041-06-01 09:02+08', `select public.dispatch_request($1, '清理2单元楼道')`, [r.id]);
    await at(CLEANER, '2041-06-01 11:00+08', `select public.work_progress($1, 'done', '已清理')`, [r.id]);
    const unreached = await at<{ r: object }>(AGENT, '2041-06-01 15:00+08', `select public.record_callback($1, false) as r`, [r.id]);
    expect(unreached.r).toEqual({ status: 'done', outcome: 'unreached' });
    const reopened = await at<{ r: object }>(AGENT, '2041-06-01 16:00+08', `select public.record_callback($1, true, 2::smallint, '还有异味', 'reopen') as r`, [r.id]);
    expect(reopened.r).toEqual({ status: 'accepted', outcome: 'reopen' });
    expect(await request(r.id)).toMatchObject({ reopened: 1, satisfaction: 2, done_at: null });
    await at(AGENT, '2041-06-01 16:03+08', `select public.dispatch_request($1, '消毒除味')`, [r.id]);
    await at(CLEANER, '2041-06-01 17:00+08', `select public.work_progress($1, 'done', '已消毒')`, [r.id]);
    const escalated = await at<{ r: object }>(AGENT, '2041-06-02 09:00+08', `select public.record_callback($1, true, 3::smallint, '仍不满意', 'escalate') as r`, [r.id]);
    expect(escalated.r).toEqual({ status: 'called_back', outcome: 'escalate' });
    await expect(at(AGENT, '2041-06-02 09:30+08', `select public.close_request($1, '主管上门沟通')`, [r.id])).rejects.toThrow(/may handle/);
    await at(MANAGER, '2041-06-02 10:00+08', `select public.close_request($1, '主管上门沟通，每日加扫一次')`, [r.id]);
    expect(await request(r.id)).toMatchObject({ status: 'closed', escalated: true, resolution: '主管上门沟通，每日加扫一次' });
    expect((await db.query(`select outcome from callbacks where request_id = $1 order by at`, [r.id])).rows.map((c) => c.outcome))
      .toEqual(['unreached', 'reopen', 'escalate']);
  });
});

describe('fee disputes', () => {
  test('while a fee complaint is open its bills get no dunning stage and the late-fee rule sees the dispute; closing it records the resolution', async () => {
    const fee = (await db.query<{ id: string }>(
      `insert into fee_items (project_id, code, name_zh, name_en, category, cycle) values ($1, 'mgmt', '物业管理费', 'Management fee', 'management', 'quarter') returning id`, [project])).rows[0]!.id;
    const bill = (await db.query<{ id: string }>(
      `insert into bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $3, $4, '2041-01-01', '2041-03-31', 900, '2041-01-10', 'approved') returning id`, [project, unit, owner, fee])).rows[0]!.id;
    const candidates = async () => (await db.query(`select bill_id from public.dunning_candidates($1, '2041-07-01')`, [project])).rows.map((r) => r.bill_id);
    expect(await candidates()).toEqual([bill]);
    const r = await create(AGENT, '2041-07-01 09:00+08', 'front_desk', 'complaint.fee', { description: '面积计算有误，多收管理费', bills: [bill] });
    expect(await candidates()).toEqual([]);
    // what billing gives the late-fee rule: the dispute as days, open
    const disputes = async () => (await loadPeriodFacts(serviceClient(), project, { start: '2041-10-01', end: '2041-12-31' }, [unit])).get(unit)?.arrears?.[0]?.disputes;
    expect(await disputes()).toEqual([{ from: '2041-07-01', to: null }]);
    await at(MANAGER, '2041-07-05 10:00+08', `select public.close_request($1, '复核面积无误，已向业主解释')`, [r.id]);
    expect(await disputes()).toEqual([{ from: '2041-07-01', to: '2041-07-05' }]);
    expect((await db.query(`select resolution from bill_disputes where request_id = $1`, [r.id])).rows).toEqual([{ resolution: '复核面积无误，已向业主解释' }]);
    expect(await candidates()).toEqual([bill]);
  });
});

describe('telling owners', () => {
  test('an announcement reaches each current owner of the building once per channel, worded by the channel plugin, with its delivery status', async () => {
    // a second owner in the building without a phone gets nothing; the first gets SMS and app
    const silent = (await db.query<{ id: string }>(`insert into owners (project_id, name) values ($1, '无电话业主') returning id`, [project])).rows[0]!.id;
    const room = (await db.query<{ id: string }>(`insert into units (project_id, building_id, room_no, area) select project_id, building_id, '1-102', 80 from units where id = $1 returning id`, [unit])).rows[0]!.id;
    await db.query(`insert into unit_ownerships (project_id, unit_id, owner_id, from_date) values ($1, $2, $3, '2040-01-01')`, [project, room, silent]);
    const building = (await db.query<{ id: string }>(`select building_id as id from units where id = $1`, [unit])).rows[0]!.id;
    const sent = await at<{ r: { id: string; messages: number } }>(AGENT, '2041-09-01 08:00+08',
      `select public.send_announcement($1, '停水通知', '9月2日9:00–15:00检修水泵，1栋停水。', '{sms,app}', $2) as r`, [project, building]);
    expect(sent.r.messages).toBe(2);
    const delivered = await deliverOutbox(serviceClient(), { projectId: project });
    expect(delivered.failed).toBe(0);
    const log = (await db.query<{ channel: string; body: string }>(
      `select l.channel::text, l.body from channel_log l join outbox m on m.dedupe_key = l.dedupe_key where m.announcement_id = $1 order by 1`, [sent.r.id])).rows;
    expect(log).toEqual([
      { channel: 'app', body: expect.stringContaining('停水通知') },
      { channel: 'sms', body: '【服务苑】陈业主您好：停水通知：9月2日9:00–15:00检修水泵，1栋停水。详询物业管理处。' },
    ]);
    const status = await at<{ r: { recipients: number; sent: number; queued: number } }>(AGENT, '2041-09-01 09:00+08',
      `select row_to_json(d) as r from public.announcement_delivery d where d.id = $1`, [sent.r.id]);
    expect(status.r).toMatchObject({ recipients: 2, sent: 2, queued: 0 });
    await expect(at(PLUMBER, '2041-09-01 08:00+08', `select public.send_announcement($1, '通知', '内容')`, [project])).rejects.toThrow(/may not send/);
  });

  test('steps the owner should hear about go to the request\'s contact phone by SMS; internal notes do not', async () => {
    const r = await create(AGENT, '2041-09-02 09:00+08', 'wechat', 'repair.common', { description: '单元门禁损坏' });
    await at(AGENT, '2041-09-02 09:01+08', `select public.accept_request($1)`, [r.id]);
    await at(AGENT, '2041-09-02 09:02+08', `select public.add_request_note($1, '门禁厂家明日到场', false)`, [r.id]);
    await at(AGENT, '2041-09-02 09:03+08', `select public.add_request_note($1, '维修师傅明天上午到场，请留意来电', true)`, [r.id]);
    const messages = (await db.query<{ recipient: string; title: string; body: string }>(
      `select recipient, payload->>'title' as title, payload->>'body' as body from outbox where request_id = $1 order by created_at, dedupe_key`, [r.id])).rows;
    expect(messages).toEqual([
      { recipient: '13800138000', title: `服务单 ${r.requestNo} 已受理`, body: '您的服务单状态已更新。' },
      { recipient: '13800138000', title: `服务单 ${r.requestNo} 已受理`, body: '维修师傅明天上午到场，请留意来电' },
    ]);
  });
});

describe('who sees and does what', () => {
  test('field staff see their department\'s requests and nothing of the office\'s money or records; another project sees nothing', async () => {
    const leak = await create(AGENT, '2041-08-01 09:00+08', 'phone', 'repair.leak', { description: '卫生间漏水' });
    const litter = await create(AGENT, '2041-08-01 09:05+08', 'phone', 'complaint.cleaning', { description: '草坪垃圾' });
    const seen = async (client: SupabaseClient) =>
      ((await client.from('service_requests').select('id').in('id', [leak.id, litter.id])).data ?? []).map((r) => r.id);
    expect(await seen(plumber)).toEqual([leak.id]);
    expect(await seen(cleaner)).toEqual([litter.id]);
    expect(await seen(other)).toEqual([]);
    expect((await plumber.from('bills').select('id').eq('project_id', project)).data).toEqual([]);
    expect((await plumber.from('owners').select('id').eq('project_id', project)).data).toEqual([]);
    // their project, for the console's project switcher
    expect((await plumber.from('projects').select('code')).data).toEqual([{ code: 'svca' }]);
    // the office sees who works in a department when it dispatches; field staff and other projects do not
    const staff = await signedIn(AGENT.email);
    expect((await staff.rpc('department_staff', { p_project_id: project, p_department: 'engineering' })).data).toEqual([
      { user_id: users.get(PLUMBER.email), full_name: '王师傅', phone: '13900002088' },
    ]);
    expect((await plumber.rpc('department_staff', { p_project_id: project, p_department: 'engineering' })).data).toEqual([]);
    expect((await other.rpc('department_staff', { p_project_id: project, p_department: 'cleaning' })).data).toEqual([]);

    // the plumber cannot dispatch or accept, nor report work on the cleaners' request
    expect((await plumber.rpc('dispatch_request', { p_request_id: leak.id, p_instructions: '自派' })).error?.code).toBe('42501');
    expect((await plumber.rpc('work_progress', { p_request_id: litter.id, p_step: 'done', p_note: '已处理' })).error?.code).toBe('42501');
    expect((await other.rpc('create_request', { p_project_id: project, p_channel: 'web', p_category_id: category.get('inquiry'), p_description: 'x' })).error?.code).toBe('42501');
    // nobody writes the tables directly
    const direct = await plumber.from('service_requests').update({ status: 'closed' }).eq('id', leak.id).select('id');
    expect(direct.error?.code).toBe('42501');
    expect((await request(leak.id)).status).toBe('accepted');
  });
});

describe('photos', () => {
  // A 1×1 PNG, and the same bytes declared as something they are not.
  const PNG = '\\x89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf00000301010018dd8db40000000049454e44ae426082';
  const photo = (requestId: string, extra: Record<string, unknown> = {}) => ({ project_id: project, request_id: requestId, content_type: 'image/png', bytes: PNG, ...extra });
  const count = async (requestId: string) => Number((await db.query(`select count(*) from service_photos where request_id = $1`, [requestId])).rows[0].count);

  test('the office and the department’s field staff add photos to a request, which whoever reads the request sees, as sent', async () => {
    const leak = await create(AGENT, '2041-09-01 09:00+08', 'wechat', 'repair.leak', { description: '天花板渗水' });
    const agent = await signedIn(AGENT.email);
    const sent = await agent.from('service_photos').insert(photo(leak.id, { caption: '业主发来的照片' })).select('id, size_bytes, taken_by').single();
    expect(sent.error).toBeNull();
    expect(sent.data).toMatchObject({ size_bytes: (PNG.length - 2) / 2, taken_by: users.get(AGENT.email) });
    const onSite = await plumber.from('service_photos').insert(photo(leak.id, { caption: '现场' })).select('taken_by').single();
    expect(onSite.data).toEqual({ taken_by: users.get(PLUMBER.email) });

    const seen = async (client: SupabaseClient) => ((await client.from('service_photos').select('caption, bytes').eq('request_id', leak.id).order('taken_at')).data ?? []);
    expect(await seen(plumber)).toEqual([{ caption: '业主发来的照片', bytes: PNG }, { caption: '现场', bytes: PNG }]);
    expect(await seen(cleaner)).toEqual([]);
    expect(await seen(other)).toEqual([]);
    // field staff of another department and another project add nothing to it
    expect((await cleaner.from('service_photos').insert(photo(leak.id))).error?.code).toBe('42501');
    expect((await other.from('service_photos').insert(photo(leak.id))).error?.code).toBe('42501');
    // and nobody changes or removes one
    const removed = await agent.from('service_photos').delete().eq('request_id', leak.id).select('id');
    expect(removed.error?.code).toBe('42501');
    expect(await count(leak.id)).toBe(2);
    await expect(db.query(`delete from service_photos where request_id = $1`, [leak.id])).rejects.toThrow(/never deleted/);
  });

  test('a file that is not the image it claims, an empty or oversized one, or a tenth photo is refused with the reason', async () => {
    const leak = await create(AGENT, '2041-09-02 09:00+08', 'phone', 'repair.leak', { description: '阳台漏水' });
    const agent = await signedIn(AGENT.email);
    const asJpeg = await agent.from('service_photos').insert(photo(leak.id, { content_type: 'image/jpeg' }));
    expect(asJpeg.error?.message).toMatch(/service_photos_type/);
    const text = await agent.from('service_photos').insert(photo(leak.id, { bytes: '\\x3c68746d6c3e' }));
    expect(text.error?.message).toMatch(/service_photos_type/);
    const empty = await agent.from('service_photos').insert(photo(leak.id, { bytes: '\\x' }));
    expect(empty.error?.message).toMatch(/service_photos_size/);
    const huge = await agent.from('service_photos').insert(photo(leak.id, { bytes: `${PNG}${'00'.repeat(1_048_576)}` }));
    expect(huge.error?.message).toMatch(/service_photos_size/);
    expect(await count(leak.id)).toBe(0);

    for (let i = 0; i < 9; i++) expect((await agent.from('service_photos').insert(photo(leak.id))).error).toBeNull();
    const tenth = await agent.from('service_photos').insert(photo(leak.id));
    expect(tenth.error?.message).toMatch(/already has 9 photos/);
    expect(await count(leak.id)).toBe(9);
  });
});
