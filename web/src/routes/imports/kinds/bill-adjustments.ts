// 账单调整: proposed changes to reviewed (approved or issued) bills, each with its reason, for finance to
// approve on the adjustments screen. Drafts are edited in the bills grid instead.
import { checkField } from '../../../fields';
import { BILL_FIELDS } from '../../bills/fields';
import type { ImportKind } from './types';

export const billAdjustmentsImport: ImportKind = {
  id: 'bill_adjustments',
  label: { 'zh-CN': '账单调整', en: 'Bill adjustments' },
  rpc: 'import_bill_adjustments',
  roles: ['manager', 'finance', 'hq_admin'],
  columns: [
    { wire: 'room_no', example: '1-1-101', field: { ...BILL_FIELDS.room_no, required: true } },
    { wire: 'fee_item', example: '物业管理费', aliases: ['收费项目编号', '费项', 'Fee item code'], field: { type: 'text', key: 'fee_item', label: { 'zh-CN': '收费项目', en: 'Fee item' }, required: true, maxLength: 64 } },
    { wire: 'period_start', example: '2026-01-01', aliases: ['计费期起', '账期'], field: { ...BILL_FIELDS.period_start, required: true } },
    { wire: 'field', example: '减免', aliases: ['调整项', '调整字段'], field: { type: 'enum', key: 'field', label: { 'zh-CN': '调整项目', en: 'Field' }, enum: 'adjustment_field', required: true } },
    { wire: 'new_value', example: '50.00', aliases: ['调整后', '新值'], field: { type: 'text', key: 'new_value', label: { 'zh-CN': '调整后金额/日期', en: 'New value' }, required: true, maxLength: 32 } },
    { wire: 'reason', example: '业主长期外出，经主管同意减免', aliases: ['原因', '理由'], field: { type: 'text', key: 'reason', label: { 'zh-CN': '调整原因', en: 'Reason' }, required: true, maxLength: 500 } },
  ],
  key: ['room_no', 'fee_item', 'period_start', 'field'],
  // The new value is an amount or a date, as the adjusted field is: checked by that bill column's definition.
  checkRow(row) {
    const field = row['field'];
    if (typeof field !== 'string' || !(field in BILL_FIELDS)) return [];
    const checked = checkField(BILL_FIELDS[field as keyof typeof BILL_FIELDS], row['new_value']);
    return checked.ok ? [] : [{ row: row.row, column: 'new_value', issue: checked.issue }];
  },
  notes: {
    'zh-CN': '只调整已审核或已开具的账单（草稿请在账单表格中直接修改）。每行一个账单的一个调整项；调整项填“应收金额”“减免”“附加”“滞纳金”或“缴费截止日”；导入后成为待审批的调整，由财务审批后生效。',
    en: 'Only for approved or issued bills (edit drafts in the bills grid). One row per bill and field; Field is Principal, Discount, Surcharge, Late fee or Due date. Imported rows become proposed adjustments that take effect once finance approves them.',
  },
};
