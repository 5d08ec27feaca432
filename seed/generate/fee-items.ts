// The fee items every project starts with (收费项目). Rates live in policies, not here.
import type { Rng } from './rng.js';
import type { FeeCategory, FeeCycle, FeeItemRow } from './rows.js';

const ITEMS: readonly { code: string; name_zh: string; name_en: string; category: FeeCategory; cycle: FeeCycle; ledger: 'main' | 'deposit' }[] = [
  { code: 'mgmt', name_zh: '物业管理费', name_en: 'Management fee', category: 'management', cycle: 'quarter', ledger: 'main' },
  { code: 'parking', name_zh: '停车费', name_en: 'Parking fee', category: 'parking', cycle: 'month', ledger: 'main' },
  { code: 'water', name_zh: '水费', name_en: 'Water', category: 'water', cycle: 'month', ledger: 'main' },
  { code: 'electricity', name_zh: '电费', name_en: 'Electricity', category: 'electricity', cycle: 'month', ledger: 'main' },
  { code: 'reno_deposit', name_zh: '装修押金', name_en: 'Renovation deposit', category: 'deposit', cycle: 'once', ledger: 'deposit' },
];

export function generateFeeItems(ids: Rng, projectId: string): FeeItemRow[] {
  return ITEMS.map((item, i) => ({ id: ids.uuid(), project_id: projectId, ...item, active: true, sort: (i + 1) * 10 }));
}
