// 缴费期: owners pay on days fromDay–toDay of the period's first (or last) month; the due date is the window's
// last day, clamped to the month's length (toDay 31 in February is the 28th or 29th).
import { daysInMonth } from '../../rules/dates.js';
import type { ActionDef, Effect } from '../../rules/plugin/types.js';
import { integerParam, parsedOnce } from '../shared/params.js';
import { choice, integer, params, text } from '../shared/schema.js';

const WHY = text('缴费期 {{year}} 年 {{month}} 月 {{fromDay}}–{{toDay}} 日，截止 {{date}}', 'Pay on days {{fromDay}}–{{toDay}} of {{ym}}; due {{date}}');

const parse = parsedOnce((p) => {
  const fromDay = integerParam(p, 'fromDay');
  const toDay = integerParam(p, 'toDay');
  if (fromDay > toDay) throw new Error(`the payment window starts (day ${fromDay}) after it ends (day ${toDay})`);
  // Every unit of a run shares the period: compute each month's due date once.
  return { first: p.month === 'first-of-period', fromDay, toDay, byMonth: new Map<string, Effect[]>(), last: null as Last | null };
});

/** The last period asked about (by identity: a run passes one period object) and its due date. */
interface Last { period: unknown; due: Effect[] }

export const dueWindow: ActionDef = {
  name: 'window',
  phase: 'due',
  label: text('缴费期', 'Payment window'),
  description: text('截止日 = 计费期首月（或末月）缴费期的最后一天', "Due date = the last day of the payment window in the period's first (or last) month"),
  paramsSchema: params({
    month: choice(text('缴费月份', 'Month'), { 'first-of-period': text('计费期首月', "Period's first month"), 'last-of-period': text('计费期末月', "Period's last month") }),
    fromDay: integer(text('缴费期起始日', 'Window opens on day'), { minimum: 1, maximum: 31 }),
    toDay: integer(text('缴费期截止日', 'Window closes on day'), { minimum: 1, maximum: 31 }),
  }, ['month', 'fromDay', 'toDay']),
  plan(params, _facts, ctx) {
    const p = parse(params);
    if (p.last?.period === ctx.period) return p.last.due;
    const ym = (p.first ? ctx.period.start : ctx.period.end).slice(0, 7);
    let due = p.byMonth.get(ym);
    if (!due) {
      const year = Number(ym.slice(0, 4));
      const month = Number(ym.slice(5, 7));
      const last = daysInMonth(year, month);
      const toDay = Math.min(p.toDay, last);
      const date = `${ym}-${String(toDay).padStart(2, '0')}`;
      // One shared, read-only list per month: every unit of the period has the same due date.
      due = [{ kind: 'due', date, why: { t: WHY, v: { year: String(year), month: String(month), ym, fromDay: String(Math.min(p.fromDay, last)), toDay: String(toDay), date } } }];
      p.byMonth.set(ym, due);
    }
    p.last = { period: ctx.period, due };
    return due;
  },
};
