// How an adjustment's field and values read: the field by its bills-grid label, amounts as money, the due date
// as the date it is.
import { formatMoney } from '../../fields/money';
import type { LocalizedText } from '../../i18n/locales';
import { BILL_FIELDS, type BillField } from '../bills/fields';

/** The bill fields an adjustment changes (bill_adjustments' check constraint). */
export type AdjustmentField = Extract<BillField, 'principal' | 'discount' | 'surcharge' | 'late_fee' | 'due_date'>;

export const fieldLabel = (field: AdjustmentField): LocalizedText => BILL_FIELDS[field].label;

export function formatAdjustmentValue(field: AdjustmentField, value: string | null): string {
  if (value === null) return '—';
  return field === 'due_date' ? value : formatMoney(value);
}
