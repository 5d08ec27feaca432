// core.facts: the facts a billing run loads per unit (bulk-loaded by the server handlers), with the shapes the
// console offers in the condition builder, plus the derived `status` and `period` facts.
import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { text } from '../shared/schema.js';
import { fixtures } from './fixtures.js';
import { arrearsSchema, billSchema, metersSchema, ownerSchema, parkingSchema, periodSchema, planSchema, prepaySchema, statusSchema, unitSchema } from './schemas.js';
import { deriveStatus } from './status.js';
import { derivePeriod } from './period.js';
import { decimalOperators } from './decimal-operators.js';

export const coreFacts: Plugin = {
  manifest: builtInManifest('core.facts', '基础数据', 'Core facts'),
  facts: [
    { id: 'unit', label: text('房屋', 'Unit'), schema: unitSchema },
    { id: 'owner', label: text('业主', 'Owner'), schema: ownerSchema },
    { id: 'parking', label: text('车位', 'Parking'), schema: parkingSchema },
    { id: 'meters', label: text('抄表读数', 'Meter readings'), schema: metersSchema },
    { id: 'arrears', label: text('往期欠费', 'Arrears'), schema: arrearsSchema },
    { id: 'plan', label: text('分期协议', 'Installment plan'), schema: planSchema },
    { id: 'prepay', label: text('预缴', 'Prepayment'), schema: prepaySchema },
    { id: 'bill', label: text('催缴账单', 'Bill being chased'), schema: billSchema },
    { id: 'status', label: text('房屋计费状态', 'Unit status'), schema: statusSchema, derive: deriveStatus },
    { id: 'period', label: text('计费期', 'Billing period'), schema: periodSchema, derive: derivePeriod },
  ],
  operators: decimalOperators,
  fixtures,
};
