// One-off fees (装修管理费, 特约服务): the amount once for the period, never prorated.
import type { ActionDef } from '../../rules/plugin/types.js';
import { decimalParam, labelParam, labelValues, parsedOnce } from '../shared/params.js';
import { decimal, labelSchema, params, text } from '../shared/schema.js';

const WHY = text('{{labelZh}}（一次性）', '{{labelEn}} (one-off)');
const DEFAULT_LABEL = text('一次性费用', 'One-off fee');

const parse = parsedOnce((p) => ({
  amount: decimalParam(p, 'amount'),
  why: { t: WHY, v: labelValues(labelParam(p, 'label', DEFAULT_LABEL)) },
}));

export const oneOff: ActionDef = {
  name: 'oneOff',
  phase: 'base',
  label: text('一次性收费', 'One-off fee'),
  description: text('本期一次性收取，不按天折算、不打折扣系数', 'Charged once for the period: not prorated, no status factor'),
  paramsSchema: params({
    amount: decimal(text('金额（元）', 'Amount (¥)'), { minimum: '0' }),
    label: labelSchema(text('名称', 'Name')),
  }, ['amount']),
  plan(params) {
    const { amount, why } = parse(params);
    return [{ kind: 'lump', amount, why }];
  },
};
