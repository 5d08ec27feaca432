// 定额减免: a fixed amount off the line (the engine never lets discounts exceed the charge).
import type { ActionDef } from '../../rules/plugin/types.js';
import { amountText } from '../shared/format.js';
import { decimalParam, labelParam, labelValues, parsedOnce } from '../shared/params.js';
import { decimal, labelSchema, params, text } from '../shared/schema.js';

const WHY = text('{{labelZh}} ¥{{amount}}', '{{labelEn}} ¥{{amount}}');

const parse = parsedOnce((p) => {
  const amount = decimalParam(p, 'amount');
  return { amount, why: { t: WHY, v: { ...labelValues(labelParam(p, 'label')), amount: amountText(amount) } } };
});

export const fixedAmountRelief: ActionDef = {
  name: 'fixedAmount',
  phase: 'discount',
  label: text('定额减免', 'Fixed-amount relief'),
  description: text('本期减免固定金额，最多减至零', 'A fixed amount off this line, never below zero'),
  paramsSchema: params({
    amount: decimal(text('减免金额（元）', 'Amount (¥)'), { minimum: '0' }),
    label: labelSchema(text('减免名称', 'Name')),
  }, ['amount', 'label']),
  plan(params) {
    const { amount, why } = parse(params);
    return [{ kind: 'discount', amount, why }];
  },
};
