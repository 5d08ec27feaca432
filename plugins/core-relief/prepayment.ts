// 预缴优惠: an owner who prepays at least `minMonths` gets `percent` off — but on at most `maxMonths` months.
// The quote's line covers the prepaid months, so the discount is principal × percent% × counted / months,
// where counted = min(months, maxMonths): prepaying 18 months at 5 % capped at 12 gives 5 % × 12/18 of the
// principal, i.e. the full 5 % on twelve months' worth and nothing on the other six.
import type { ActionDef } from '../../rules/plugin/types.js';
import { factRecord } from '../shared/facts.js';
import { decimalParam, integerParam, parsedOnce } from '../shared/params.js';
import { decimal, integer, params, text } from '../shared/schema.js';

const ALL_MONTHS = text(
  '预缴 {{months}} 个月优惠 {{percent}}%（满 {{minMonths}} 个月可享）',
  'Prepaying {{months}} months: {{percent}}% off (from {{minMonths}} months)',
);
const CAPPED = text(
  '预缴 {{months}} 个月优惠 {{percent}}% × {{counted}}/{{months}}（满 {{minMonths}} 个月可享，最多按 {{counted}} 个月优惠）',
  'Prepaying {{months}} months: {{percent}}% × {{counted}}/{{months}} off (from {{minMonths}} months, at most {{counted}} months discounted)',
);

const parse = parsedOnce((p) => {
  const minMonths = integerParam(p, 'minMonths');
  const maxMonths = integerParam(p, 'maxMonths');
  if (maxMonths < minMonths) throw new Error(`maxMonths (${maxMonths}) must not be below minMonths (${minMonths})`);
  const percent = decimalParam(p, 'percent');
  return { minMonths, maxMonths, percent, percentText: percent.toString() };
});

export const prepayment: ActionDef = {
  name: 'prepayment',
  phase: 'discount',
  label: text('预缴优惠', 'Prepayment discount'),
  description: text(
    '预缴满 minMonths 个月享受 percent% 优惠，最多按 maxMonths 个月计：减免 = 本金 × percent% × min(预缴月数, maxMonths) / 预缴月数',
    'Prepaying at least minMonths months earns percent% off, on at most maxMonths months: discount = principal × percent% × min(months, maxMonths) / months',
  ),
  paramsSchema: params({
    minMonths: integer(text('起享月数', 'Minimum months'), { minimum: 1 }),
    maxMonths: integer(text('最多优惠月数', 'Most months discounted'), { minimum: 1 }),
    percent: decimal(text('优惠比例（%）', 'Discount (%)'), { minimum: '0', maximum: '100' }),
  }, ['minMonths', 'maxMonths', 'percent']),
  plan(params, facts) {
    const months = factRecord(facts, 'prepay')?.months ?? 0;
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 0) {
      throw new Error(`prepay.months must be a whole number of months ≥ 0, got ${JSON.stringify(months)}`);
    }
    const p = parse(params);
    if (months < p.minMonths) return [];
    const v = { months: String(months), percent: p.percentText, minMonths: String(p.minMonths), counted: String(p.maxMonths) };
    if (months <= p.maxMonths) return [{ kind: 'discount', percent: p.percent, why: { t: ALL_MONTHS, v } }];
    return [{ kind: 'discount', percent: p.percent.times(p.maxMonths).dividedBy(months), why: { t: CAPPED, v } }];
  },
};
