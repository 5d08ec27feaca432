import type { ResourceSpec } from '../../fields/resource-spec';

export const projectsSpec: ResourceSpec = {
  name: 'projects',
  scope: 'company',
  defaultSort: { field: 'code', order: 'asc' },
  search: ['code', 'name', 'address'],
  fields: [
    { type: 'text', key: 'code', label: { 'zh-CN': '项目编码', en: 'Code' }, required: true, maxLength: 32, sortable: true },
    { type: 'text', key: 'name', label: { 'zh-CN': '项目名称', en: 'Name' }, required: true, maxLength: 100, sortable: true },
    { type: 'text', key: 'address', label: { 'zh-CN': '地址', en: 'Address' }, maxLength: 200 },
    {
      type: 'text',
      key: 'timezone',
      label: { 'zh-CN': '时区', en: 'Time zone' },
      required: true,
      initial: 'Asia/Shanghai',
      pattern: { regex: /^[A-Za-z_]+(\/[A-Za-z_+-]+)+$/, example: 'Asia/Shanghai' },
    },
    {
      type: 'tags',
      key: 'payment_methods',
      label: { 'zh-CN': '收款方式', en: 'Payment methods' },
      known: 'payment_method',
      required: true,
      list: false,
      initial: ['cash', 'bank_card', 'wechat', 'alipay', 'bank_transfer', 'direct_debit', 'cheque'],
    },
    { type: 'boolean', key: 'active', label: { 'zh-CN': '启用', en: 'Active' }, initial: true, filter: true },
  ],
};
