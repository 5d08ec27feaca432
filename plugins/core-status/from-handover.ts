// 自收房日起计费: billable days start at the handover date; a unit not handed over is not charged at all.
import { addDays } from '../../rules/dates.js';
import type { ActionDef } from '../../rules/plugin/types.js';
import { unitOf } from '../shared/facts.js';
import { params, text } from '../shared/schema.js';

const FROM = text('自收房日 {{date}} 起计费', 'Charged from the handover date {{date}}');
const NOT_HANDED_OVER = { t: text('未收房，不计费', 'Not handed over: nothing charged') };

export const fromHandover: ActionDef = {
  name: 'fromHandover',
  phase: 'start',
  label: text('自收房日起计费', 'Charge from handover'),
  description: text(
    '计费天数从收房日开始；没有收房日期的房屋不计费（收房早于本期时不另作说明）',
    'Billable days start at the handover date; a unit without one is not charged (nothing to say when the handover precedes the period)',
  ),
  paramsSchema: params({}),
  plan(_params, facts, ctx) {
    const handover = unitOf(facts).handoverDate;
    // A coverage starting after the period's end leaves no billable day.
    if (handover === null) return [{ kind: 'coverage', from: addDays(ctx.period.end, 1), why: NOT_HANDED_OVER }];
    if (handover <= ctx.period.start) return [];
    return [{ kind: 'coverage', from: handover, why: { t: FROM, v: { date: handover } } }];
  },
};
