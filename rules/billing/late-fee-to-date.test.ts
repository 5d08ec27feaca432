import { describe, expect, it } from 'vitest';
import { PluginRegistry } from '../plugin/registry.js';
import { builtInPlugins } from '../../plugins/index.js';
import { standardPolicy } from '../../seed/generate/policy.js';
import { lateFeesToDate } from './late-fee-to-date.js';

const registry = new PluginRegistry(builtInPlugins);
const doc = standardPolicy();
const bills = [
  { billId: 'M', feeItem: 'mgmt', dueDate: '2027-04-10', balance: '900.00' },
  { billId: 'P', feeItem: 'parking', dueDate: '2027-04-10', balance: '333.33' },
  { billId: 'W', feeItem: 'water', dueDate: '2027-04-25', balance: '80.00' },
  { billId: 'X', feeItem: 'mgmt', dueDate: null, balance: '10.00' },
];

describe('late fees to date', () => {
  it('charges each overdue bill its own rule’s daily rate from the day after the due date, rounded to the fen', () => {
    // 900 × 0.0003 × 10 days = 2.70; 333.33 × 0.0003 × 10 = 0.99999 → 1.00; water is not overdue yet.
    expect(Object.fromEntries(lateFeesToDate(doc, registry, bills, '2027-04-20', false))).toEqual({ M: '2.70', P: '1.00' });
  });

  it('rounds each bill as its fee item rounds', () => {
    // Parking rounded down to the jiao: 0.99999 → 0.90; management keeps the policy's fen.
    const jiao = { ...doc, feeItems: doc.feeItems.map((i) => (i.code === 'parking' ? { ...i, rounding: { step: '0.1', mode: 'down' as const } } : i)) };
    expect(Object.fromEntries(lateFeesToDate(jiao, registry, bills, '2027-04-20', false))).toEqual({ M: '2.70', P: '0.90' });
  });

  it('caps at the balance, and waives everything while an installment plan is kept', () => {
    expect(lateFeesToDate(doc, registry, [bills[0]!], '2037-04-10', false).get('M')).toBe('900.00');
    expect(lateFeesToDate(doc, registry, bills, '2027-04-20', true).size).toBe(0);
  });
});
