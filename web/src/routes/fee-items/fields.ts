import type { ResourceSpec } from '../../fields/resource-spec';

export const feeItemsSpec: ResourceSpec = {
  name: 'fee_items',
  scope: 'project',
  defaultSort: { field: 'sort', order: 'asc' },
  search: ['code', 'name_zh', 'name_en'],
  fields: [
    { type: 'text', key: 'code', label: { 'zh-CN': '编码', en: 'Code' }, required: true, maxLength: 32, sortable: true },
    { type: 'text', key: 'name_zh', label: { 'zh-CN': '中文名称', en: 'Chinese name' }, required: true, maxLength: 50, sortable: true },
    { type: 'text', key: 'name_en', label: { 'zh-CN': '英文名称', en: 'English name' }, required: true, maxLength: 100 },
    {
      type: 'enum',
      key: 'category',
      label: { 'zh-CN': '类别', en: 'Category' },
      enum: 'fee_category',
      required: true,
      filter: true,
    },
    {
      type: 'enum',
      key: 'cycle',
      label: { 'zh-CN': '收费周期', en: 'Cycle' },
      enum: 'fee_cycle',
      required: true,
      initial: 'month',
      filter: true,
    },
    {
      type: 'enum',
      key: 'ledger',
      label: { 'zh-CN': '账簿', en: 'Ledger' },
      enum: 'fee_ledger',
      required: true,
      initial: 'main',
      filter: true,
    },
    {
      // Empty: the default the analytics apply (100 % for parking, 95 % for everything else).
      type: 'decimal',
      key: 'collection_target',
      label: { 'zh-CN': '收缴率目标（%，空为默认）', en: 'Collection target (%, empty = default)' },
      scale: 2,
      min: '0',
      minExclusive: true,
      max: '100',
      unit: '%',
    },
    { type: 'boolean', key: 'active', label: { 'zh-CN': '启用', en: 'Active' }, initial: true, filter: true },
    { type: 'integer', key: 'sort', label: { 'zh-CN': '排序', en: 'Sort order' }, initial: 0, min: 0, max: 9999, sortable: true },
  ],
};
