// Some weeks of a project's service desk for the demo: requests from every channel, each taken through the real
// RPCs by the project's own logins on a simulated clock (feegrid.clock) — accepted, dispatched, worked on site,
// completed, called back — so the worklist, the clocks, the callbacks and 服务看板 show what an office's month
// looks like: mostly on time, some late, a few unsatisfied owners, and the last days' requests still open.
import type pg from 'pg';
import { Rng } from '../generate/rng.js';

export interface ServiceHistoryOptions {
  readonly projectId: string;
  /** The first and last day of requests ('YYYY-MM-DD', China time). */
  readonly from: string;
  readonly to: string;
  readonly seed: number;
  /** Requests on the last `openDays` days stop at some step, as open work. Default 2. */
  readonly openDays?: number;
  /** No request is received after this moment (epoch ms): the demo's last day ends now. */
  readonly until?: number;
}

/** What was written, to compare with what the dashboard reports. */
export interface ServiceHistoryTally {
  requests: number;
  emergencies: number;
  closed: number;
  /** Callbacks that reached the owner and took a score. */
  rated: number;
  /** … of which 4 or 5 stars. */
  satisfied: number;
  seconds: number;
}

interface Category { id: string; code: string; kind: string; department: string; emergency: boolean }
interface Household { owner_id: string; unit_id: string; name: string; phone: string | null }

const MINUTE = 60_000;
const CHANNELS = [['phone', 40], ['wechat', 28], ['front_desk', 15], ['app', 10], ['web', 7]] as const;
const KINDS = [['repair', 55], ['complaint', 15], ['inquiry', 18], ['suggestion', 6], ['praise', 6]] as const;
const SCORES = [[5, 62], [4, 24], [3, 7], [2, 5], [1, 2]] as const;

const WHAT: Readonly<Record<string, readonly string[]>> = {
  repair: ['厨房水龙头漏水', '卫生间下水道堵塞', '客厅灯不亮', '入户门锁打不开', '空调冷凝水管滴水', '阳台晾衣架坏了', '楼道感应灯不亮'],
  complaint: ['楼上装修噪音太大', '楼道有杂物堆放', '垃圾桶未及时清运', '夜间车辆乱停放', '宠物粪便无人清理'],
  inquiry: ['物业费怎么交', '月租车位价格', '装修要办哪些手续', '门禁卡补办', '快递柜怎么用'],
  suggestion: ['建议增加电动车充电桩', '建议儿童游乐区加装遮阳棚', '建议延长会所开放时间'],
  praise: ['保安师傅帮忙搬运重物', '保洁阿姨认真负责', '维修师傅上门及时'],
};
const DONE: Readonly<Record<string, readonly string[]>> = {
  repair: ['已更换配件，试用正常', '已疏通，排水正常', '已维修完毕，业主确认', '已更换灯具'],
  complaint: ['已上门沟通，问题已解决', '已清理完毕', '已张贴提示并加强巡查'],
  inquiry: ['已电话答复业主'],
  suggestion: ['已记录并转交物业经理'],
  praise: ['已转达表扬，感谢业主'],
};

/** Writes the requests; the project needs an agent and a manager login (field staff by department optional). */
export async function writeServiceHistory(db: pg.Client, options: ServiceHistoryOptions): Promise<ServiceHistoryTally> {
  const started = Date.now();
  const rng = new Rng(`${options.seed}/service/${options.projectId}`);
  const { projectId } = options;
  await db.query('select private.add_default_service_categories($1)', [projectId]);
  const categories = (await db.query<Category>(
    `select c.id, c.code, c.kind::text, c.department::text, c.emergency from service_categories c
      where c.project_id = $1 and c.active and not exists (select 1 from service_categories x where x.project_id = c.project_id and x.parent_id = c.id)
      order by c.code`, [projectId])).rows;
  const households = (await db.query<Household>(
    `select w.owner_id, w.unit_id, o.name, o.phone from unit_ownerships w join owners o on o.project_id = w.project_id and o.id = w.owner_id
      where w.project_id = $1 and w.to_date is null order by w.unit_id limit 2000`, [projectId])).rows;
  const staff = (await db.query<{ user_id: string; role: string; department: string | null }>(
    `select m.user_id, m.role::text, m.department::text from memberships m
      where m.project_id = $1 and m.role in ('agent', 'manager', 'engineer') order by m.role, m.user_id`, [projectId])).rows;
  const agent = staff.find((s) => s.role === 'agent')?.user_id;
  const manager = staff.find((s) => s.role === 'manager')?.user_id;
  if (!agent || !manager || categories.length === 0 || households.length === 0) {
    throw new Error('service history needs the project\'s categories, households, an agent and a manager');
  }
  const fieldStaff = (department: string) => staff.find((s) => s.role === 'engineer' && s.department === department)?.user_id ?? null;

  /** One step as `user` at `at`, the way PostgREST runs it, in a transaction of its own. */
  const step = async <T>(user: string, at: number, sql: string, params: unknown[]): Promise<T> => {
    await db.query('begin');
    try {
      await db.query(`select set_config('request.jwt.claims', $1, true), set_config('feegrid.clock', $2, true), set_config('role', 'authenticated', true)`,
        [JSON.stringify({ sub: user, role: 'authenticated' }), new Date(at).toISOString()]);
      const { rows } = await db.query(sql, params);
      await db.query('commit');
      return rows[0]?.r as T;
    } catch (e) {
      await db.query('rollback');
      throw e;
    }
  };

  const tally: ServiceHistoryTally = { requests: 0, emergencies: 0, closed: 0, rated: 0, satisfied: 0, seconds: 0 };
  const openFrom = dayNumber(options.to) - (options.openDays ?? 2) + 1;
  for (let day = dayNumber(options.from); day <= dayNumber(options.to); day++) {
    const count = rng.int(3, 7);
    // Received between 8:00 and 20:00 China time, in order.
    const times = Array.from({ length: count }, () => day * 1440 * MINUTE + (rng.int(8 * 60, 20 * 60) - 8 * 60) * MINUTE).sort((a, b) => a - b);
    for (const received of times) {
      if (options.until !== undefined && received > options.until) break;
      const emergency = rng.chance(0.03);
      const kind = rng.weighted(KINDS);
      const pool = categories.filter((c) => c.emergency === emergency && (emergency || c.kind === kind));
      const category = rng.pick(pool.length > 0 ? pool : categories);
      const home = rng.pick(households);
      const channel = rng.weighted(CHANNELS);
      const made = await step<{ id: string; status: string }>(agent, received,
        `select public.create_request(p_project_id => $1, p_channel => $2, p_category_id => $3, p_description => $4,
           p_owner_id => $5, p_unit_id => $6, p_contact_name => $7, p_contact_phone => $8) as r`,
        [projectId, channel, category.id, rng.pick(WHAT[category.kind] ?? WHAT.repair!), home.owner_id, home.unit_id, home.name, home.phone]);
      tally.requests += 1;
      if (category.emergency) tally.emergencies += 1;
      // Open work: the last days' requests stop somewhere along the way.
      const stopAfter = day >= openFrom ? rng.int(0, 4) : 5;
      let t = received;
      if (made.status === 'received') {
        if (stopAfter < 1) continue;
        t += rng.int(1, 8) * MINUTE; // online requests: accepted within 5 minutes, mostly
        await step(agent, t, 'select public.accept_request($1) as r', [made.id]);
      }
      const office = ['inquiry', 'suggestion', 'praise'].includes(category.kind);
      const worker = office ? agent : fieldStaff(category.department) ?? agent;
      if (!office) {
        if (stopAfter < 2) continue;
        t += rng.int(1, 9) * MINUTE;
        await step(agent, t, `select public.dispatch_request($1, $2, p_assignee_id => $3) as r`,
          [made.id, `上门处理：${rng.pick(WHAT[category.kind] ?? WHAT.repair!)}`, worker === agent ? null : worker]);
        if (stopAfter < 3) continue;
        t += rng.int(10, 90) * MINUTE;
        await step(worker, t, `select public.work_progress($1, 'on_site') as r`, [made.id]);
      }
      if (stopAfter < 4) continue;
      t += (office ? rng.int(5, 60) : rng.int(20, category.emergency ? 120 : 600)) * MINUTE;
      await step(worker, t, `select public.work_progress($1, 'done', $2) as r`, [made.id, rng.pick(DONE[category.kind] ?? DONE.repair!)]);
      if (stopAfter < 5) continue;
      // 回访: most within the day, some late; an owner now and then not reached, then reached the next day.
      t += rng.int(1, 30) * 60 * MINUTE;
      if (rng.chance(0.06)) {
        await step(agent, t, `select public.record_callback($1, false) as r`, [made.id]);
        t += rng.int(18, 30) * 60 * MINUTE;
      }
      const score = rng.weighted(SCORES);
      const answer = await step<{ status: string }>(agent, t, `select public.record_callback($1, true, $2::smallint, $3, 'escalate') as r`,
        [made.id, score, score >= 4 ? '满意' : '处理不够及时']);
      tally.rated += 1;
      if (score >= 4) tally.satisfied += 1;
      if (answer.status === 'called_back') {
        t += rng.int(2, 24) * 60 * MINUTE;
        await step(manager, t, `select public.close_request($1, '主管回访致歉并复查，业主认可') as r`, [made.id]);
      }
      tally.closed += 1;
    }
  }
  tally.seconds = (Date.now() - started) / 1000;
  return tally;
}

/** Days since 1970-01-01 of 'YYYY-MM-DD'. A China time of m minutes past midnight that day is day × 1440 + m − 480 minutes UTC. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / (1440 * MINUTE);
}
