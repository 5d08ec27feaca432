// 房屋与业主: one row per unit, created or updated by 房号, with its current owner. The columns are the
// units' and owners' own field definitions (the forms use the same), so an import checks exactly what a form
// checks. For a unit that exists, a blank cell leaves its value as it is.
import type { FieldDef } from '../../../fields/types';
import { ownersSpec } from '../../owners/fields';
import { unitsSpec } from '../../units/fields';
import type { ImportColumn, ImportKind, RowIssue } from './types';

function fieldOf(fields: readonly FieldDef[], key: string): FieldDef {
  const def = fields.find((f) => f.key === key);
  if (!def) throw new Error(`no field ${key}`);
  return def;
}

// Only the room number is required in every row: a blank keeps an existing unit's value, and the server
// requires an area (and defaults usage and occupancy) for a new unit.
const unitColumn = (key: string, example: string, aliases?: readonly string[]): ImportColumn =>
  ({ wire: key, field: { ...fieldOf(unitsSpec.fields, key), required: key === 'room_no' }, example, ...(aliases ? { aliases } : {}) });

// An owner is optional on a unit row (an unsold unit has none), so the owner's name is not required here.
const ownerColumn = (key: string, example: string, aliases?: readonly string[]): ImportColumn =>
  ({ wire: `owner_${key}`, field: { ...fieldOf(ownersSpec.fields, key), required: false }, example, ...(aliases ? { aliases } : {}) });

const OWNER_DETAILS = ['owner_phone', 'owner_id_card_tail', 'owner_tags', 'owner_from'];

export const unitsOwnersImport: ImportKind = {
  id: 'units_owners',
  label: { 'zh-CN': '房屋与业主', en: 'Units and owners' },
  rpc: 'import_units_owners',
  roles: ['manager', 'hq_admin'],
  columns: [
    { wire: 'building_code', example: '1', aliases: ['楼栋', '楼号', 'Building'], field: { type: 'text', key: 'building_code', label: { 'zh-CN': '楼栋编号', en: 'Building code' }, required: true, maxLength: 32 } },
    unitColumn('room_no', '1-1-101'),
    unitColumn('floor', '1'),
    unitColumn('area', '89.50', ['建筑面积', '面积', '房屋面积']),
    unitColumn('usage', '住宅'),
    unitColumn('handover_date', '2024-06-30'),
    unitColumn('renovation_date', ''),
    unitColumn('occupancy_date', ''),
    unitColumn('occupancy', '已入住'),
    ownerColumn('name', '张三', ['业主', '姓名']),
    ownerColumn('phone', '13800138000', ['电话', '手机']),
    ownerColumn('id_card_tail', '123X'),
    ownerColumn('tags', '老年人', ['业主标签']),
    { wire: 'owner_from', example: '2024-06-30', aliases: ['产权日期'], field: { type: 'date', key: 'owner_from', label: { 'zh-CN': '产权起始日', en: 'Owner since' } } },
  ],
  key: ['room_no'],
  checkRow(row) {
    if (row['owner_name'] !== null && row['owner_name'] !== undefined) return [];
    const issues: RowIssue[] = [];
    for (const column of OWNER_DETAILS) {
      const value = row[column];
      if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
        issues.push({ row: row.row, column, issue: { code: 'ownerDetailsWithoutName' } });
      }
    }
    return issues;
  },
  notes: {
    'zh-CN': '每行一户，按房号新建或更新；已有房屋的空白单元格保持原值。楼栋编号须已存在。填写业主姓名时，与现业主不同（姓名+电话）即办理过户：原业主产权截止到产权起始日前一天（未填则为今天）。',
    en: 'One row per unit, created or updated by room number; for an existing unit a blank cell keeps its value. The building code must exist. An owner different from the current one (name + phone) becomes the owner from "Owner since" (today if blank); the previous ownership ends the day before.',
  },
};
