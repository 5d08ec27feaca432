import type { ResourceSpec } from '../../fields/resource-spec';

export const buildingsSpec: ResourceSpec = {
  name: 'buildings',
  scope: 'project',
  defaultSort: { field: 'code', order: 'asc' },
  search: ['code', 'name'],
  fields: [
    { type: 'text', key: 'code', label: { 'zh-CN': '楼栋编号', en: 'Code' }, required: true, maxLength: 16, sortable: true },
    { type: 'text', key: 'name', label: { 'zh-CN': '楼栋名称', en: 'Name' }, required: true, maxLength: 50, sortable: true },
    { type: 'integer', key: 'floors', label: { 'zh-CN': '层数', en: 'Floors' }, min: 1, max: 200, sortable: true },
  ],
};
