// 停车费: billed spaces × rate per space and month. A unit with no parking fact has no billed spaces.
import type { ActionDef, Effect } from '../../rules/plugin/types.js';
import { amountText } from '../shared/format.js';
import { factRecord } from '../shared/facts.js';
import { decimalParam, parsedOnce } from '../shared/params.js';
import { decimal, params, text } from '../shared/schema.js';

const WHY = text('{{spaces}} 个车位 × ¥{{rate}}/个·月', '{{spaces}} space(s) × ¥{{rate}} per space per month');

const parse = parsedOnce((p) => {
  const rate = decimalParam(p, 'ratePerSpaceMonth');
  // Units have 0, 1, 2 … spaces: one shared, read-only effect list per count, so its amount is one Decimal.
  return { rate, rateText: amountText(rate), bySpaces: new Map<number, Effect[]>() };
});

export const perParkingSpace: ActionDef = {
  name: 'perParkingSpace',
  phase: 'base',
  label: text('按车位计费', 'Per parking space'),
  description: text('每月 = 计费车位数 × 单价，按天折算', 'Per month = billed spaces × rate, prorated by day'),
  paramsSchema: params({ ratePerSpaceMonth: decimal(text('单价（元/个·月）', 'Rate (¥ per space per month)'), { minimum: '0' }) }, ['ratePerSpaceMonth']),
  plan(params, facts) {
    const { rate, rateText, bySpaces } = parse(params);
    const spaces = factRecord(facts, 'parking')?.spaces ?? 0;
    if (typeof spaces !== 'number' || !Number.isInteger(spaces) || spaces < 0) {
      throw new Error(`parking.spaces must be a whole number of spaces ≥ 0, got ${JSON.stringify(spaces)}`);
    }
    let effects = bySpaces.get(spaces);
    if (!effects) {
      effects = [{ kind: 'monthly', amount: rate.times(spaces), why: { t: WHY, v: { spaces: String(spaces), rate: rateText } } }];
      bySpaces.set(spaces, effects);
    }
    return effects;
  },
};
