// The bills grid's columns as field definitions: one parse/validate/format per column type, shared with the
// rest of the console (and with xlsx import/export). Amounts are numeric(14,2) ≥ 0 on the server.
import type { FieldDef } from '../../fields/types';

const money = (key: string, zh: string, en: string): FieldDef =>
  ({ type: 'decimal', key, label: { 'zh-CN': zh, en }, scale: 2, min: '0', display: 'money', required: true });

export const BILL_FIELDS = {
  room_no: { type: 'text', key: 'room_no', label: { 'zh-CN': '房号', en: 'Room' } },
  owner_name: { type: 'text', key: 'owner_name', label: { 'zh-CN': '业主姓名', en: 'Owner' } },
  area: { type: 'decimal', key: 'area', label: { 'zh-CN': '房屋面积', en: 'Area' }, scale: 2, unit: 'm²' },
  fee_code: { type: 'text', key: 'fee_code', label: { 'zh-CN': '收费项目', en: 'Fee item' } },
  period_start: { type: 'date', key: 'period_start', label: { 'zh-CN': '计费期', en: 'Period' } },
  principal: money('principal', '应收金额', 'Principal'),
  discount: money('discount', '减免', 'Discount'),
  surcharge: money('surcharge', '附加', 'Surcharge'),
  late_fee: money('late_fee', '滞纳金', 'Late fee'),
  arrears_carried: money('arrears_carried', '上期欠费', 'Prior arrears'),
  total_due: money('total_due', '本期应收', 'Total due'),
  paid: money('paid', '已收', 'Paid'),
  balance: money('balance', '欠费余额', 'Balance'),
  due_date: { type: 'date', key: 'due_date', label: { 'zh-CN': '缴费截止日', en: 'Due date' }, required: true },
  status: { type: 'text', key: 'status', label: { 'zh-CN': '状态', en: 'Status' } },
  review_comment: { type: 'text', key: 'review_comment', label: { 'zh-CN': '审核意见', en: 'Review comment' } },
} as const satisfies Record<string, FieldDef>;

export type BillField = keyof typeof BILL_FIELDS;

/** What the grid lets people type into (the batch save accepts exactly these). */
export const EDITABLE_FIELDS: readonly BillField[] = ['principal', 'discount', 'surcharge', 'late_fee', 'due_date'];
