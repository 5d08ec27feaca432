// 催缴阶梯: dated dunning stages anchored on the bill's due date. Each stage has exactly one anchor:
//   offsetDays n        — the due date + n days (negative = before it, e.g. −7 for the friendly reminder);
//   dayOfMonth d        — the first day d strictly after the due date (d clamped to the month's length):
//                         due 01-10 and d 20 → 01-20; due 01-25 and d 20 → 02-20; d 31 in February → 02-28/29;
//   afterPreviousDays n — the previous stage's date + n days (not allowed on the first stage).
// Stage dates must strictly increase in the listed order, otherwise the ladder makes no sense and is refused.
// The due date is the chased bill's (fact bill.dueDate): the dunning run schedules stages per unpaid bill.
import { addDays, daysInMonth, fromDay, toDay } from '../../rules/dates.js';
import type { Localized } from '../../rules/localized.js';
import type { ActionDef, Effect, Explain } from '../../rules/plugin/types.js';
import { factRecord, optionalDate } from '../shared/facts.js';
import { labelParam, labelValues, parsedOnce, type Params } from '../shared/params.js';
import { array, choice, integer, labelSchema, object, params, string, text } from '../shared/schema.js';

const CHANNELS: Readonly<Record<string, Localized>> = {
  sms: text('短信', 'SMS'),
  phone: text('电话', 'phone'),
  letter: text('书面函件', 'letter'),
  door: text('上门', 'door visit'),
  app: text('App 推送', 'app notice'),
  email: text('邮件', 'email'),
  task: text('内部任务', 'staff task'),
};

const STAGE_LABELS: Readonly<Record<string, Localized>> = {
  reminder: text('缴费提醒', 'Reminder'),
  first: text('首次催缴', 'First notice'),
  second: text('书面催缴', 'Second (written) notice'),
  final: text('最后通知', 'Final notice'),
  legal: text('法律程序', 'Legal escalation'),
};

const WHY = {
  before: text('{{labelZh}}：{{on}}（到期日 {{due}} 前 {{days}} 天），{{channelsZh}}', '{{labelEn}}: {{on}} ({{days}} days before the due date {{due}}), by {{channelsEn}}'),
  after: text('{{labelZh}}：{{on}}（到期日 {{due}} 后 {{days}} 天），{{channelsZh}}', '{{labelEn}}: {{on}} ({{days}} days after the due date {{due}}), by {{channelsEn}}'),
  dayOfMonth: text('{{labelZh}}：{{on}}（到期日 {{due}} 后的 {{day}} 日），{{channelsZh}}', '{{labelEn}}: {{on}} (the first day {{day}} after the due date {{due}}), by {{channelsEn}}'),
  afterPrevious: text('{{labelZh}}：{{on}}（{{previousZh}}后 {{days}} 天），{{channelsZh}}', '{{labelEn}}: {{on}} ({{days}} days after the {{previousEn}}), by {{channelsEn}}'),
};

type Anchor = { kind: 'offset'; days: number } | { kind: 'dayOfMonth'; day: number } | { kind: 'afterPrevious'; days: number };

interface Stage {
  key: string;
  anchor: Anchor;
  channels: readonly string[];
  /** Explanation values that do not depend on the due date. */
  v: Readonly<Record<string, string>>;
  label: Localized;
}

function parseAnchor(raw: Params, index: number): Anchor {
  const anchors: Anchor[] = [];
  if (raw.offsetDays !== undefined) anchors.push({ kind: 'offset', days: raw.offsetDays as number });
  if (raw.dayOfMonth !== undefined) anchors.push({ kind: 'dayOfMonth', day: raw.dayOfMonth as number });
  if (raw.afterPreviousDays !== undefined) anchors.push({ kind: 'afterPrevious', days: raw.afterPreviousDays as number });
  const where = `stage ${index + 1} (${String(raw.key)})`;
  if (anchors.length !== 1) throw new Error(`${where} needs exactly one of offsetDays, dayOfMonth, afterPreviousDays; it has ${anchors.length}`);
  if (index === 0 && anchors[0]!.kind === 'afterPrevious') throw new Error(`${where}: the first stage has no previous stage to follow`);
  return anchors[0]!;
}

function parseStages(p: Params): Stage[] {
  const raw = p.stages as readonly Params[];
  const seen = new Set<string>();
  return raw.map((s, i) => {
    const key = s.key as string;
    if (seen.has(key)) throw new Error(`stage ${i + 1}: the key ${key} is used twice`);
    seen.add(key);
    const channels = s.channels as readonly string[];
    const label = labelParam(s, 'label', STAGE_LABELS[key] ?? text(key, key));
    const v = {
      ...labelValues(label),
      channelsZh: channels.map((c) => CHANNELS[c]!['zh-CN']).join('、'),
      channelsEn: channels.map((c) => CHANNELS[c]!.en).join(', '),
    };
    return { key, anchor: parseAnchor(s, i), channels, v, label };
  });
}

/** The first date strictly after `due` whose day of the month is `day` (clamped to the month's length). */
function nextDayOfMonth(due: string, day: number): string {
  let year = Number(due.slice(0, 4));
  let month = Number(due.slice(5, 7));
  if (Math.min(day, daysInMonth(year, month)) <= Number(due.slice(8, 10))) {
    month += 1;
    if (month === 13) { month = 1; year += 1; }
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, daysInMonth(year, month))).padStart(2, '0')}`;
}

function schedule(stages: readonly Stage[], due: string): Effect[] {
  const effects: Effect[] = [];
  let previous: { on: string; stage: Stage } | null = null;
  for (const stage of stages) {
    const { anchor } = stage;
    let on: string;
    let why: Explain;
    if (anchor.kind === 'offset') {
      on = addDays(due, anchor.days);
      why = { t: anchor.days < 0 ? WHY.before : WHY.after, v: { ...stage.v, on, due, days: String(Math.abs(anchor.days)) } };
    } else if (anchor.kind === 'dayOfMonth') {
      on = nextDayOfMonth(due, anchor.day);
      why = { t: WHY.dayOfMonth, v: { ...stage.v, on, due, day: String(anchor.day) } };
    } else {
      // parseAnchor guarantees a previous stage here.
      on = fromDay(toDay(previous!.on) + anchor.days);
      why = { t: WHY.afterPrevious, v: { ...stage.v, on, days: String(anchor.days), previousZh: previous!.stage.label['zh-CN'], previousEn: previous!.stage.label.en } };
    }
    if (previous && on <= previous.on) {
      throw new Error(`dunning stage ${stage.key} (${on}) does not come after stage ${previous.stage.key} (${previous.on}) for the due date ${due}; reorder the stages or change their days`);
    }
    effects.push({ kind: 'dunningStage', stage: stage.key, on, channels: stage.channels, why });
    previous = { on, stage };
  }
  return effects;
}

// Bills of one run share a handful of due dates: schedule each once per ladder.
const parse = parsedOnce((p) => ({ stages: parseStages(p), byDue: new Map<string, readonly Effect[]>() }));

export const ladder: ActionDef = {
  name: 'ladder',
  phase: 'dunning',
  label: text('催缴阶梯', 'Dunning ladder'),
  description: text(
    '按到期日排定催缴步骤：offsetDays = 到期日前后天数；dayOfMonth = 到期日之后第一个该日（超出月末取月末）；afterPreviousDays = 上一步之后天数。日期须依次递增',
    'Dated steps from the due date: offsetDays = days from the due date; dayOfMonth = the first such day after the due date (clamped to month end); afterPreviousDays = days after the previous step. Dates must increase',
  ),
  paramsSchema: params({
    stages: array(text('催缴步骤', 'Stages'), object(text('步骤', 'Stage'), {
      key: string(text('步骤代码（如 reminder、first、second、final、legal）', 'Stage key (e.g. reminder, first, second, final, legal)'), { pattern: '^[a-z][a-z0-9_-]*$', maxLength: 40 }),
      label: labelSchema(text('步骤名称', 'Stage name')),
      offsetDays: integer(text('相对到期日天数（负数 = 之前）', 'Days from the due date (negative = before)'), { minimum: -366, maximum: 366 }),
      dayOfMonth: integer(text('到期日之后的每月几日', 'Day of month after the due date'), { minimum: 1, maximum: 31 }),
      afterPreviousDays: integer(text('上一步之后天数', 'Days after the previous stage'), { minimum: 1, maximum: 366 }),
      channels: array(text('渠道', 'Channels'), choice(text('渠道', 'Channel'), CHANNELS), { minItems: 1 }),
    }, ['key', 'channels']), { minItems: 1 }),
  }, ['stages']),
  plan(params, facts) {
    const bill = factRecord(facts, 'bill');
    const due = bill && optionalDate(bill, 'dueDate', 'bill');
    if (!due) throw new Error('the dunning ladder needs the due date of the bill being chased (fact bill.dueDate)');
    const p = parse(params);
    let effects = p.byDue.get(due);
    if (!effects) {
      effects = schedule(p.stages, due);
      p.byDue.set(due, effects);
    }
    return effects.map((e) => ({ ...e }));
  },
};
