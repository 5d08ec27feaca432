// 空置房: a unit recorded as vacant or unsold is charged at `factor` for the whole period.
import type { ActionDef } from '../../rules/plugin/types.js';
import { unitOf } from '../shared/facts.js';
import { percentText } from '../shared/format.js';
import { decimalParam, parsedOnce } from '../shared/params.js';
import { decimal, params, text } from '../shared/schema.js';

const WHY = text('空置房按 {{percent}}% 计收', 'Vacant unit: charged at {{percent}}%');

const parse = parsedOnce((p) => {
  const factor = decimalParam(p, 'factor');
  return { factor, why: { t: WHY, v: { percent: percentText(factor) } } };
});

export const vacancy: ActionDef = {
  name: 'vacancy',
  phase: 'status',
  label: text('空置房系数', 'Vacancy factor'),
  description: text('房屋状态为空置或未售时，整期按系数计收', 'When the unit is recorded as vacant or unsold, the whole period is multiplied by the factor'),
  paramsSchema: params({ factor: decimal(text('系数（如 0.7 = 按七成收取）', 'Factor (e.g. 0.7 = 70 % charged)'), { minimum: '0', maximum: '1' }) }, ['factor']),
  plan(params, facts) {
    const { occupancy } = unitOf(facts);
    if (occupancy !== 'vacant' && occupancy !== 'unsold') return [];
    const { factor, why } = parse(params);
    return [{ kind: 'factor', factor, why }];
  },
};
