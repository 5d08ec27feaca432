/**
 * Closed value sets the console edits. Mirrors the Postgres enums of /tmp/spec/schema.md
 * (plus two text columns with CHECK-limited or conventional values: fee ledger, owner tags).
 * Labels live in the i18n dictionaries, which TypeScript forces to cover every value.
 */
export const ENUMS = {
  app_role: ['hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent', 'engineer'],
  /** Field staff's department (memberships.department, required exactly for engineers); requests are dispatched to one. */
  department: ['engineering', 'cleaning', 'security', 'greening', 'customer_service'],
  request_kind: ['repair', 'complaint', 'inquiry', 'suggestion', 'praise'],
  request_channel: ['phone', 'front_desk', 'wechat', 'app', 'web'],
  request_status: ['received', 'accepted', 'dispatched', 'on_site', 'done', 'called_back', 'closed', 'rejected'],
  request_urgency: ['normal', 'urgent', 'emergency'],
  unit_usage: ['residential', 'commercial', 'office', 'storage'],
  occupancy_status: ['unsold', 'vacant', 'occupied', 'renovating'],
  fee_category: [
    'management', 'parking', 'water', 'electricity', 'gas',
    'renovation', 'deposit', 'service', 'commercial', 'other',
  ],
  fee_cycle: ['month', 'quarter', 'year', 'once'],
  fee_ledger: ['main', 'deposit'],
  /** Well-known owner tags that drive relief rules; owners may also carry custom tags. */
  owner_tag: ['senior', 'disabled'],
  meter_kind: ['water', 'electricity', 'gas'],
  /** How an office takes money (projects.payment_methods); 'prepaid' is the database's own and never offered. */
  payment_method: ['cash', 'bank_card', 'wechat', 'alipay', 'bank_transfer', 'direct_debit', 'cheque'],
  /** What an adjustment may change on a reviewed bill (bill_adjustments.field). */
  adjustment_field: ['principal', 'discount', 'surcharge', 'late_fee', 'due_date'],
} as const;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<E extends EnumName> = (typeof ENUMS)[E][number];
export type AppRole = EnumValue<'app_role'>;
export type Department = EnumValue<'department'>;

export function isEnumValue<E extends EnumName>(name: E, value: unknown): value is EnumValue<E> {
  return typeof value === 'string' && (ENUMS[name] as readonly string[]).includes(value);
}
