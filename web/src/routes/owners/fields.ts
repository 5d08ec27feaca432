import type { ResourceSpec } from '../../fields/resource-spec';

export const ownersSpec: ResourceSpec = {
  name: 'owners',
  scope: 'project',
  defaultSort: { field: 'name', order: 'asc' },
  search: ['name', 'phone'],
  fields: [
    {
      type: 'text',
      key: 'name',
      label: { 'zh-CN': '业主姓名', en: 'Name' },
      required: true,
      maxLength: 50,
      sortable: true,
      filter: true,
    },
    {
      type: 'text',
      key: 'phone',
      label: { 'zh-CN': '联系电话', en: 'Phone' },
      maxLength: 20,
      pattern: { regex: /^\+?[0-9][0-9 -]{4,19}$/, example: '13800138000' },
      filter: true,
    },
    {
      type: 'text',
      key: 'id_card_tail',
      label: { 'zh-CN': '身份证后四位', en: 'ID card (last 4)' },
      maxLength: 4,
      // Only the last four characters are ever stored; the last one may be the check letter X.
      pattern: { regex: /^\d{3}[\dXx]$/, example: '123X' },
    },
    { type: 'tags', key: 'tags', label: { 'zh-CN': '标签', en: 'Tags' }, known: 'owner_tag', filter: true },
    { type: 'text', key: 'note', label: { 'zh-CN': '备注', en: 'Note' }, maxLength: 500, multiline: true, list: false },
  ],
};
