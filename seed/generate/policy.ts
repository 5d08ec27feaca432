// The demo companies' standard fee policy, written with the built-in plugins exactly as an office would:
// management fee by usage and area from the handover date, half price before renovation, relief for seniors
// and disabled owners, a quarterly payment window, late fees and the dunning ladder of DESIGN.md §1; parking
// per space; water and electricity by tiered meter readings (阶梯价). Fee item codes match the seeded fee_items.
import type { ActionRef, PolicyDocument, RuleDoc, TopCondition } from '../../rules/policy/types.js';
import { STANDARD_LADDER } from '../../plugins/core-dunning/procedure.js';

const usageIs = (usage: string): TopCondition => ({ all: [{ fact: 'unit', path: '$.usage', operator: 'equal', value: usage }] });
const everyUnit: TopCondition = { all: [{ fact: 'unit', path: '$.usage', operator: 'in', value: ['residential', 'commercial', 'office', 'storage'] }] };
const tagged = (tag: string): TopCondition => ({ any: [{ fact: 'owner', path: '$.tags', operator: 'contains', value: tag }] });
const shopOrOffice = { fact: 'unit', path: '$.usage', operator: 'in', value: ['commercial', 'office'] };
const vacant = { fact: 'status', path: '$.vacant', operator: 'equal', value: true };

const areaRate = (usage: string, rate: string): RuleDoc => ({
  name: `${usage}-rate`, priority: 100, conditions: usageIs(usage), event: { type: 'core.charge.areaRate', params: { ratePerM2Month: rate } },
});

const window: ActionRef = { type: 'core.due.window', params: { month: 'first-of-period', fromDay: 1, toDay: 10 } };
const lateFee: ActionRef = { type: 'core.lateFee.daily', params: { rate: '0.0003', graceDays: 0, capRatio: '1' } };
const ladder: ActionRef = { type: 'core.dunning.ladder', params: STANDARD_LADDER };

export function standardPolicy(): PolicyDocument {
  return {
    rounding: { step: '0.01', mode: 'half-up' },
    timezone: 'Asia/Shanghai',
    feeItems: [
      {
        code: 'mgmt', name: { 'zh-CN': '物业管理费', en: 'Management fee' }, cycle: 'quarter',
        rules: [
          { name: 'from-handover', priority: 200, conditions: everyUnit, event: { type: 'core.status.fromHandover', params: {} } },
          areaRate('residential', '2.80'),
          areaRate('commercial', '4.50'),
          areaRate('office', '3.80'),
          areaRate('storage', '1.00'),
          { name: 'half-before-renovation', priority: 90, conditions: usageIs('residential'), event: { type: 'core.status.halfBeforeRenovation', params: { factor: '0.5' } } },
          {
            name: 'vacant-shop', priority: 80,
            conditions: { all: [shopOrOffice, vacant] },
            event: { type: 'core.status.vacancy', params: { factor: '0.7' } },
          },
          { name: 'senior-relief', priority: 50, conditions: tagged('senior'), event: { type: 'core.relief.percent', params: { percent: '10', label: { 'zh-CN': '老年人减免', en: 'Senior relief' } } } },
          { name: 'disabled-relief', priority: 50, conditions: tagged('disabled'), event: { type: 'core.relief.percent', params: { percent: '20', label: { 'zh-CN': '残疾人减免', en: 'Disability relief' } } } },
        ],
        due: window, lateFee, dunning: ladder,
      },
      {
        code: 'parking', name: { 'zh-CN': '停车费', en: 'Parking fee' }, cycle: 'month',
        rules: [{ name: 'per-space', priority: 100, conditions: { all: [{ fact: 'parking', path: '$.spaces', operator: 'greaterThan', value: 0 }] }, event: { type: 'core.charge.perParkingSpace', params: { ratePerSpaceMonth: '150.00' } } }],
        due: window, lateFee,
      },
      {
        code: 'water', name: { 'zh-CN': '水费', en: 'Water' }, cycle: 'month',
        rules: [{
          name: 'tiered-water', priority: 100, conditions: { all: [{ fact: 'status', path: '$.occupied', operator: 'equal', value: true }] },
          event: { type: 'core.charge.metered', params: { meter: 'water', tiers: [{ upTo: '15', price: '3.50' }, { upTo: '30', price: '4.80' }, { price: '6.50' }] } },
        }],
        due: window,
      },
      {
        code: 'electricity', name: { 'zh-CN': '电费', en: 'Electricity' }, cycle: 'month',
        rules: [{
          name: 'tiered-electricity', priority: 100, conditions: { all: [{ fact: 'status', path: '$.occupied', operator: 'equal', value: true }] },
          event: { type: 'core.charge.metered', params: { meter: 'electricity', tiers: [{ upTo: '200', price: '0.56' }, { upTo: '400', price: '0.61' }, { price: '0.86' }] } },
        }],
        due: window,
      },
    ],
  };
}

/**
 * Each company's HQ template (集团模板): the standard policy as an office would write it with shared conditions
 * — 住宅 and 商铺与写字楼 written once — and water rounded to the jiao. It charges what the standard policy
 * charges, water aside.
 */
export function templatePolicy(): PolicyDocument {
  const doc = standardPolicy();
  const written: Record<string, TopCondition> = {
    'residential-rate': { all: [{ condition: '住宅' }] },
    'half-before-renovation': { all: [{ condition: '住宅' }] },
    'vacant-shop': { all: [{ condition: '商铺与写字楼' }, vacant] },
  };
  return {
    ...doc,
    sharedConditions: { 住宅: usageIs('residential'), 商铺与写字楼: { all: [shopOrOffice] } },
    feeItems: doc.feeItems.map((item) => ({
      ...item,
      ...(item.code === 'water' ? { rounding: { step: '0.1', mode: 'half-up' as const } } : {}),
      rules: item.rules.map((r) => (written[r.name] ? { ...r, conditions: written[r.name]! } : r)),
    })),
  };
}
