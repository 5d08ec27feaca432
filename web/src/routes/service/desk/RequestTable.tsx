// Requests as the desk and the callback list show them: 单号, flags, category, who and where, status, the running
// clock; a row opens the request.
import { Button, Space, Table } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n';
import { ownerStoryPath } from '../../owners/story/path';
import { ClockCell, FlagsCell, StatusTag } from '../cells';
import type { WorklistRow } from '../queries';

interface Props {
  readonly rows: readonly WorklistRow[] | undefined;
  readonly loading: boolean;
  readonly error: string | null;
  readonly onOpen: (row: WorklistRow) => void;
  /** A button of the page's own beside 详情 (回访 on the callback list). */
  readonly action?: (row: WorklistRow) => ReactNode;
  readonly testId: string;
}

export function RequestTable({ rows, loading, error, onOpen, action, testId }: Props) {
  const { t, locale, enumLabel } = useI18n();
  return (
    <Table<WorklistRow>
      data-testid={testId}
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows ? [...rows] : []}
      locale={{ emptyText: error ?? t('serviceDesk.desk.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      // data-* attributes let the browser test find a request's row; antd's row props type does not list them.
      onRow={(row) => ({ 'data-testid': 'service-row', 'data-request-no': String(row.request_no) }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('serviceDesk.columns.no'), key: 'no', render: (_, row) => <strong>{row.request_no}</strong> },
        { title: t('serviceDesk.columns.flags'), key: 'flags', render: (_, row) => <FlagsCell row={row} /> },
        {
          title: t('serviceDesk.columns.category'),
          key: 'category',
          render: (_, row) => `${enumLabel('request_kind', row.kind)} · ${locale === 'zh-CN' ? row.category_zh : row.category_en}`,
        },
        {
          title: t('serviceDesk.columns.who'),
          key: 'who',
          render: (_, row) => (
            <Space direction="vertical" size={0}>
              <span>
                {row.room_no ?? row.location ?? '—'}{' '}
                {row.owner_id && row.owner_name ? <Link to={ownerStoryPath(row.owner_id)}>{row.owner_name}</Link> : null}
              </span>
              <span>{[row.contact_name, row.contact_phone].filter(Boolean).join(' ')}</span>
            </Space>
          ),
        },
        { title: t('serviceDesk.columns.description'), key: 'description', ellipsis: true, width: 260, render: (_, row) => row.description },
        { title: t('serviceDesk.columns.status'), key: 'status', render: (_, row) => <StatusTag status={row.status} /> },
        { title: t('serviceDesk.columns.clock'), key: 'clock', render: (_, row) => <ClockCell row={row} /> },
        {
          title: t('serviceDesk.columns.actions'),
          key: 'actions',
          render: (_, row) => (
            <Space>
              {action?.(row)}
              <Button size="small" onClick={() => onOpen(row)} data-testid="service-open">{t('serviceDesk.desk.open')}</Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
