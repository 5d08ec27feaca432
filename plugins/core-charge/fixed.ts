// A fixed amount per unit and month (e.g. 垃圾清运费), prorated by day like any monthly charge.
import type { ActionDef, Effect } from '../../rules/plugin/types.js';
import { amountText } from '../shared/format.js';
import { decimalParam, parsedOnce } from '../shared/params.js';
import { decimal, params, text } from '../shared/schema.js';

const WHY = text('每户 ¥{{amount}}/月', '¥{{amount}} per unit per month');

const parse = parsedOnce((p) => {
  const amount = decimalParam(p, 'amountPerMonth');
  // The same params always plan the same effect: one shared, read-only list.
  const effects: Effect[] = [{ kind: 'monthly', amount, why: { t: WHY, v: { amount: amountText(amount) } } }];
  return { effects };
});

export const fixed: ActionDef = {
  name: 'fixed',
  phase: 'base',
  label: text('按户定额', 'Fixed per unit'),
  description: text('每户每月固定金额，按天折算', 'A fixed amount per unit and month, prorated by day'),
  paramsSchema: params({ amountPerMonth: decimal(text('金额（元/月）', 'Amount (¥ per month)'), { minimum: '0' }) }, ['amountPerMonth']),
  plan(params) {
    return parse(params).effects;
  },
};
