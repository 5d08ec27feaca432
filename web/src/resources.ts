import {
  AccountBookOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BarChartOutlined,
  BellOutlined,
  CalculatorOutlined,
  CarOutlined,
  ClockCircleOutlined,
  CustomerServiceOutlined,
  FormOutlined,
  PieChartOutlined,
  ToolOutlined,
  UnorderedListOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  DollarOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  HomeOutlined,
  IdcardOutlined,
  ImportOutlined,
  MailOutlined,
  NotificationOutlined,
  PhoneOutlined,
  PhoneFilled,
  PrinterOutlined,
  SettingOutlined,
  TableOutlined,
  TagsOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ResourceProps } from '@refinedev/core';
import { createElement, type ComponentType } from 'react';
import type { CrudResourceName } from './routes/specs';

/**
 * Every refine resource and the console's navigation. Menu labels and page titles come from the
 * i18n dictionaries ("<name>.<name>", "<name>.titles.<action>"), not from here.
 */

type CrudGroup = 'records' | 'policy';

const CRUD_NAV: Readonly<Record<CrudResourceName, { readonly group: CrudGroup; readonly icon: ComponentType }>> = {
  projects: { group: 'records', icon: ApartmentOutlined },
  buildings: { group: 'records', icon: BankOutlined },
  units: { group: 'records', icon: HomeOutlined },
  owners: { group: 'records', icon: TeamOutlined },
  fee_items: { group: 'policy', icon: TagsOutlined },
};

/** Route paths of a list/create/edit resource: fee_items → /fee-items, /fee-items/create, … */
export function crudPaths(name: string): { list: string; create: string; edit: string } {
  const base = `/${name.replace(/_/g, '-')}`;
  return { list: base, create: `${base}/create`, edit: `${base}/edit/:id` };
}

const group = (name: string, icon: ComponentType): ResourceProps => ({ name, meta: { icon: createElement(icon) } });

const crudResources = (parent: CrudGroup): ResourceProps[] =>
  (Object.keys(CRUD_NAV) as CrudResourceName[])
    .filter((name) => CRUD_NAV[name].group === parent)
    .map((name) => ({
      name,
      ...crudPaths(name),
      meta: { parent, icon: createElement(CRUD_NAV[name].icon), canDelete: name !== 'projects' },
    }));

export const resources: ResourceProps[] = [
  group('records', DatabaseOutlined),
  ...crudResources('records'),
  // xlsx imports (readings, units and owners, bill adjustments) have their own page: routes/imports.
  { name: 'imports', list: '/imports', meta: { parent: 'records', icon: createElement(ImportOutlined) } },
  // 人员与岗位: who holds which post in the project; the manager staffs it (routes/team).
  { name: 'team', list: '/team', meta: { parent: 'records', icon: createElement(IdcardOutlined) } },
  group('policy', SettingOutlined),
  ...crudResources('policy'),
  // Fee policies have their own pages (versions, editor, simulation): routes/policies.
  { name: 'policies', list: '/policies', edit: '/policies/edit/:id', meta: { parent: 'policy', icon: createElement(FileProtectOutlined) } },
  group('billing', AccountBookOutlined),
  // The bills grid: spreadsheet-style review and bulk editing, routes/bills.
  { name: 'bills', list: '/billing/bills', meta: { parent: 'billing', icon: createElement(TableOutlined) } },
  // Billing runs have their own page (live progress, details, starting a run): routes/billing-runs.
  { name: 'billing_runs', list: '/billing/runs', meta: { parent: 'billing', icon: createElement(ThunderboltOutlined) } },
  // 应收明细表, read-only with its xlsx export: routes/statement.
  { name: 'receivable_statement', list: '/billing/statement', meta: { parent: 'billing', icon: createElement(ProfileOutlined) } },
  // Finance decides proposed adjustments of reviewed bills: routes/adjustments.
  { name: 'bill_adjustments', list: '/billing/adjustments', meta: { parent: 'billing', icon: createElement(AuditOutlined) } },
  // 缴费通知单, printable one per A4 page: routes/notices.
  { name: 'payment_notices', list: '/billing/notices', meta: { parent: 'billing', icon: createElement(PrinterOutlined) } },
  group('cashier', WalletOutlined),
  // 收银台, 收据, 日结 and 停车交班 have their own pages: routes/cashier.
  { name: 'cashier_desk', list: '/cashier/desk', meta: { parent: 'cashier', icon: createElement(DollarOutlined) } },
  { name: 'receipts', list: '/cashier/receipts', meta: { parent: 'cashier', icon: createElement(FileTextOutlined) } },
  { name: 'daily_closes', list: '/cashier/daily-close', meta: { parent: 'cashier', icon: createElement(CalculatorOutlined) } },
  { name: 'parking_handovers', list: '/cashier/parking-handover', meta: { parent: 'cashier', icon: createElement(CarOutlined) } },
  group('dunning', BellOutlined),
  // 催缴工作台, 分期协议, 法律升级 and 催款通知单 have their own pages: routes/dunning.
  { name: 'dunning_actions', list: '/dunning/actions', meta: { parent: 'dunning', icon: createElement(PhoneOutlined) } },
  { name: 'installment_plans', list: '/dunning/plans', meta: { parent: 'dunning', icon: createElement(ScheduleOutlined) } },
  { name: 'dunning_legal', list: '/dunning/legal', meta: { parent: 'dunning', icon: createElement(SafetyCertificateOutlined) } },
  { name: 'dunning_letters', list: '/dunning/letters', meta: { parent: 'dunning', icon: createElement(MailOutlined) } },
  group('analytics', BarChartOutlined),
  // 总部看板 (HQ roles) and 项目看板 (the current project; HQ drills into any of theirs): routes/analytics.
  { name: 'hq_dashboard', list: '/analytics', meta: { parent: 'analytics', icon: createElement(FundOutlined) } },
  {
    name: 'project_dashboard',
    list: '/analytics/project',
    show: '/analytics/projects/:id',
    meta: { parent: 'analytics', icon: createElement(DashboardOutlined) },
  },
  group('service', CustomerServiceOutlined),
  // 服务台, 受理登记, 回访, 我的派工单 (field staff see only this), 服务看板, 公告通知 and 服务类别与时限: routes/service.
  { name: 'service_desk', list: '/service/desk', meta: { parent: 'service', icon: createElement(UnorderedListOutlined) } },
  { name: 'service_intake', list: '/service/intake', meta: { parent: 'service', icon: createElement(FormOutlined) } },
  { name: 'service_callbacks', list: '/service/callbacks', meta: { parent: 'service', icon: createElement(PhoneFilled) } },
  { name: 'service_work_orders', list: '/service/work-orders', meta: { parent: 'service', icon: createElement(ToolOutlined) } },
  { name: 'service_stats', list: '/service/stats', meta: { parent: 'service', icon: createElement(PieChartOutlined) } },
  // 公告通知: notices to a building's or the project's owners through the channel plugins, with delivery status.
  { name: 'service_announcements', list: '/service/announcements', meta: { parent: 'service', icon: createElement(NotificationOutlined) } },
  // 服务类别与时限: the categories and the service levels their clocks run on (managers change them).
  { name: 'service_categories', list: '/service/categories', meta: { parent: 'service', icon: createElement(ClockCircleOutlined) } },
];
