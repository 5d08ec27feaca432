// 按比例减免 (e.g. 老年人减免 10%): who qualifies is the rule's condition (e.g. owner.tags contains "senior").
import type { ActionDef, Effect } from '../../rules/plugin/types.js';
import { decimalParam, labelParam, labelValues, parsedOnce } from '../shared/params.js';
import { decimal, labelSchema, params, text } from '../shared/schema.js';

const WHY = text('{{labelZh}} {{percent}}%', '{{labelEn}} {{percent}}%');

const parse = parsedOnce((p) => {
  const percent = decimalParam(p, 'percent');
  // The same params always plan the same effect: one shared, read-only list.
  const effects: Effect[] = [{ kind: 'discount', percent, why: { t: WHY, v: { ...labelValues(labelParam(p, 'label')), percent: percent.toString() } } }];
  return { effects };
});

export const percentRelief: ActionDef = {
  name: 'percent',
  phase: 'discount',
  label: text('按比例减免', 'Percentage relief'),
  description: text('减免 = 本金（已取整）× 比例', 'Relief = rounded principal × percent'),
  paramsSchema: params({
    percent: decimal(text('减免比例（%）', 'Relief (%)'), { minimum: '0', maximum: '100' }),
    label: labelSchema(text('减免名称（如 老年人减免）', 'Name (e.g. Senior relief)')),
  }, ['percent', 'label']),
  plan(params) {
    return parse(params).effects;
  },
};
