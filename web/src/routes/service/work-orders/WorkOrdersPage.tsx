// 我的派工单: the open work orders of the user's department (field staff) or of a department the office picks; each
// with its deadline clock, where and whom to call; 到场 and 完成 (with what was done) report on the request.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useState } from 'react';
import { ENUMS, type Department } from '../../../domain/enums';
import { departmentsForProject } from '../../../domain/tenancy';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { ClockCell, FlagsCell, StatusTag } from '../cells';
import { REFRESH_MS } from '../desk/DeskPage';
import { may } from '../permissions';
import { RequestDrawer } from '../request/RequestDrawer';
import { StepDialog } from '../request/StepDialog';
import { myDepartments, openOrders, type OrderRow } from './queries';

/** Route /service/work-orders */
export default function WorkOrdersPage() {
  const { t, locale, enumLabel } = useI18n();
  const { message } = App.useApp();
  const { project, roles, identity } = useProject();
  const queryClient = useQueryClient();
  const office = may(roles, 'work');
  const [department, setDepartment] = useState<Department | null>(null);
  const [step, setStep] = useState<{ step: 'on_site' | 'done'; order: OrderRow } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const mine = useQuery({ queryKey: ['service', 'my-departments', identity.id], queryFn: () => myDepartments(identity.id) });
  const rows = useQuery({
    queryKey: ['service', project.id, 'work-orders', department],
    queryFn: () => openOrders(project.id, department),
    refetchInterval: REFRESH_MS,
  });
  const departments = departmentsForProject((mine.data ?? []).map((m) => ({ ...m, role: 'engineer' as const })), project);
  const now = Date.now();

  return (
    <List
      title={t('service_work_orders.service_work_orders')}
      headerButtons={() => (
        <Space>
          {departments.length > 0 && (
            <Typography.Text data-testid="service-my-departments">
              {departments.map((d) => enumLabel('department', d)).join(t('serviceDesk.listSeparator'))}
            </Typography.Text>
          )}
          {office && (
            <Select allowClear style={{ width: 160 }} placeholder={t('serviceDesk.workOrders.allDepartments')} value={department}
              onChange={(value: Department | undefined) => setDepartment(value ?? null)}
              options={ENUMS.department.map((d) => ({ value: d, label: enumLabel('department', d) }))} />
          )}
          <Button onClick={() => void rows.refetch()}>{t('serviceDesk.desk.reload')}</Button>
        </Space>
      )}
    >
      <Table<OrderRow>
        data-testid="service-work-orders"
        rowKey="id"
        size="middle"
        loading={rows.isLoading}
        dataSource={rows.data ?? []}
        locale={{ emptyText: rows.error?.message ?? t('serviceDesk.workOrders.empty') }}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(row) => ({ 'data-testid': 'service-order', 'data-request-no': String(row.request.request_no) }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('serviceDesk.columns.no'), key: 'no', render: (_, row) => <strong>{row.request.request_no}</strong> },
          { title: t('serviceDesk.columns.flags'), key: 'flags', render: (_, row) => <FlagsCell row={{ ...row.request, disputing: false, escalated: false, reopened: 0 }} /> },
          {
            title: t('serviceDesk.columns.category'),
            key: 'category',
            render: (_, row) => `${enumLabel('department', row.department)} · ${row.request.category ? (locale === 'zh-CN' ? row.request.category.name_zh : row.request.category.name_en) : ''}`,
          },
          {
            title: t('serviceDesk.fields.location'),
            key: 'where',
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <span>{[row.request.unit?.room_no, row.request.location].filter(Boolean).join(' ') || '—'}</span>
                <span>{row.contact ?? ''}</span>
              </Space>
            ),
          },
          {
            title: t('serviceDesk.workOrders.what'),
            key: 'what',
            width: 320,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <strong>{row.instructions}</strong>
                <Typography.Text type="secondary">{row.request.description}</Typography.Text>
              </Space>
            ),
          },
          { title: t('serviceDesk.columns.status'), key: 'status', render: (_, row) => <StatusTag status={row.request.status} /> },
          {
            title: t('serviceDesk.columns.clock'),
            key: 'clock',
            render: (_, row) => <ClockCell row={{ clock: 'complete', due: row.deadline, minutes_left: Math.floor((Date.parse(row.deadline) - now) / 60_000) }} />,
          },
          {
            title: t('serviceDesk.columns.actions'),
            key: 'actions',
            render: (_, row) => (
              <Space>
                {row.request.status === 'dispatched' && (
                  <Button size="small" onClick={() => setStep({ step: 'on_site', order: row })} data-testid="service-order-on-site">{t('serviceDesk.steps.on_site')}</Button>
                )}
                <Button size="small" type="primary" onClick={() => setStep({ step: 'done', order: row })} data-testid="service-order-done">{t('serviceDesk.steps.done')}</Button>
                <Button size="small" onClick={() => setOpen(row.request.id)} data-testid="service-order-open">{t('serviceDesk.desk.open')}</Button>
              </Space>
            ),
          },
        ]}
      />
      {step && (
        <StepDialog step={step.step} request={step.order.request} onClose={() => setStep(null)}
          onDone={() => { setStep(null); message.success(t('serviceDesk.request.saved')); void queryClient.invalidateQueries({ queryKey: ['service'] }); }} />
      )}
      {open && <RequestDrawer requestId={open} onClose={() => setOpen(null)} />}
    </List>
  );
}
