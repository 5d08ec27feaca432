// 装修前半价: from the handover date until the day before renovation starts — or, without renovation, before
// the owner moves in — the monthly charge is multiplied by `factor` (default 0.5); full price from then on.
import type { Localized } from '../../rules/localized.js';
import { addDays } from '../../rules/dates.js';
import type { ActionDef, Explain } from '../../rules/plugin/types.js';
import { unitOf, type UnitView } from '../shared/facts.js';
import { percentText } from '../shared/format.js';
import { decimalParam, parsedOnce } from '../shared/params.js';
import { decimal, params, text } from '../shared/schema.js';

type Reason = 'renovation' | 'occupancy' | 'open';

const templates = (zh: string, en: string): Record<Reason, Localized> => ({
  renovation: text(`${zh}（{{from}} 至 {{to}}；{{fullFrom}} 开始装修，起按全价）`, `${en} ({{from}} to {{to}}; renovation started {{fullFrom}}, full price from then)`),
  occupancy: text(`${zh}（{{from}} 至 {{to}}；{{fullFrom}} 入住未装修，起按全价）`, `${en} ({{from}} to {{to}}; moved in without renovation {{fullFrom}}, full price from then)`),
  open: text(`${zh}（{{from}} 至 {{to}}；尚未装修或入住）`, `${en} ({{from}} to {{to}}; not yet renovated or moved in)`),
});
const HALF = templates('装修前半价 {{percent}}%', 'Half price before renovation: {{percent}}%');
const OTHER = templates('装修前按 {{percent}}% 计收', 'Before renovation: charged at {{percent}}%');

const parse = parsedOnce((p) => {
  const factor = decimalParam(p, 'factor', '0.5');
  return { factor, percent: percentText(factor), t: factor.equals('0.5') ? HALF : OTHER };
});

/** The day before an ISO date: string arithmetic inside the month, calendar arithmetic only across months. */
function dayBefore(date: string): string {
  const day = Number(date.slice(8, 10));
  return day > 1 ? `${date.slice(0, 8)}${String(day - 1).padStart(2, '0')}` : addDays(date, -1);
}

/** The first day at full price and why, or null while neither renovation nor move-in has a date. */
function fullPriceFrom(unit: UnitView): { date: string; reason: Reason } | null {
  const { renovationDate: renovation, occupancyDate: occupancy } = unit;
  if (renovation !== null && (occupancy === null || renovation <= occupancy)) return { date: renovation, reason: 'renovation' };
  if (occupancy !== null) return { date: occupancy, reason: 'occupancy' };
  // Without dates the half-price period would never end: refuse a status that says otherwise.
  if (unit.occupancy === 'renovating' || unit.occupancy === 'occupied') {
    throw new Error(`${unit.name} is recorded as ${unit.occupancy} but has no ${unit.occupancy === 'renovating' ? 'renovation' : 'move-in'} date; record it so the half-price period can end`);
  }
  return null;
}

export const halfBeforeRenovation: ActionDef = {
  name: 'halfBeforeRenovation',
  phase: 'status',
  label: text('装修前减半', 'Half price before renovation'),
  description: text(
    '收房日至装修开始（未装修则入住）前一日按系数计收，之后全价；只作用于本期内的日子',
    'From handover to the day before renovation starts (or, without renovation, before move-in) the charge is multiplied by the factor; full price after',
  ),
  paramsSchema: params({ factor: decimal(text('系数（默认 0.5）', 'Factor (default 0.5)'), { minimum: '0', maximum: '1' }) }),
  plan(params, facts, ctx) {
    const unit = unitOf(facts);
    if (unit.handoverDate === null) return [];
    const full = fullPriceFrom(unit);
    const { start, end } = ctx.period;
    // Cut the half-price days to the period (ISO dates compare as strings); nothing to say if none remain.
    if (full !== null && full.date <= start) return [];
    const from = unit.handoverDate > start ? unit.handoverDate : start;
    const to = full !== null && full.date <= end ? dayBefore(full.date) : end;
    if (from > to) return [];
    const { factor, percent, t } = parse(params);
    const why: Explain = full === null ? { t: t.open, v: { percent, from, to } } : { t: t[full.reason], v: { percent, from, to, fullFrom: full.date } };
    return [{ kind: 'factor', factor, from, to, why }];
  },
};
