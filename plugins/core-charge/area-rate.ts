// 建筑面积 × 单价: the management fee of most projects.
import type { ActionDef } from '../../rules/plugin/types.js';
import { amountText } from '../shared/format.js';
import { unitOf } from '../shared/facts.js';
import { decimalParam, parsedOnce } from '../shared/params.js';
import { decimal, params, text } from '../shared/schema.js';
import { times } from '../../rules/money.js';

const WHY = text('建筑面积 {{area}} m² × ¥{{rate}}/m²·月', '{{area}} m² × ¥{{rate}}/m² per month');

const parse = parsedOnce((p) => {
  const rate = decimalParam(p, 'ratePerM2Month');
  return { rate, rateText: amountText(rate) };
});

export const areaRate: ActionDef = {
  name: 'areaRate',
  phase: 'base',
  label: text('按建筑面积计费', 'Area × rate'),
  description: text('每月 = 建筑面积 × 单价，按天折算到计费期', 'Per month = floor area × rate, prorated by day over the period'),
  paramsSchema: params({ ratePerM2Month: decimal(text('单价（元/m²·月）', 'Rate (¥ per m² per month)'), { minimum: '0' }) }, ['ratePerM2Month']),
  plan(params, facts) {
    const { rate, rateText } = parse(params);
    const unit = unitOf(facts);
    return [{ kind: 'monthly', amount: times(unit.area, rate), why: { t: WHY, v: { area: unit.areaText, rate: rateText } } }];
  },
};
