// The project's billing runs, newest first: period, scope, status and progress, what each run did to the bills,
// the receivable it computed, and who started it when.
import { Button, Progress, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { isActive, percentDone, type RunCounts, type RunSummary } from './run-stats';
import { RunStatusTag } from './RunStatusTag';
import type { ProjectScope } from './use-project-scope';

interface Props {
  readonly runs: readonly RunSummary[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly loading: boolean;
  readonly error: string | null;
  readonly scope: ProjectScope;
  /** Staff names by user id. */
  readonly names: ReadonlyMap<string, string>;
  readonly onPage: (page: number, pageSize: number) => void;
  readonly onDetails: (run: RunSummary) => void;
}

const COUNTS = ['created', 'updated', 'unchanged', 'proposed'] as const satisfies readonly (keyof RunCounts)[];

export function RunTable({ runs, total, page, pageSize, loading, error, scope, names, onPage, onDetails }: Props) {
  const { t, locale } = useI18n();
  const time = (at: string | null) => (at ? new Date(at).toLocaleString(locale) : '—');
  const count = (key: (typeof COUNTS)[number]) => ({
    title: t(`billingRuns.columns.${key}`),
    key,
    align: 'right' as const,
    render: (_: unknown, run: RunSummary) => <span data-testid={`run-${key}`}>{run.counts[key]}</span>,
  });

  return (
    <Table<RunSummary>
      data-testid="billing-run-table"
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={[...runs]}
      locale={{ emptyText: error ?? t('billingRuns.empty') }}
      scroll={{ x: 'max-content' }}
      pagination={{ current: page, pageSize, total, hideOnSinglePage: true, onChange: onPage }}
      // data-* attributes let the browser test find a run's row; antd's row props type does not list them.
      onRow={(run) => ({ 'data-testid': 'billing-run-row', 'data-run-id': run.id, 'data-period-start': run.period_start }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('billingRuns.columns.period'), key: 'period', render: (_, run) => `${run.period_start} ~ ${run.period_end}` },
        {
          title: t('billingRuns.columns.scope'),
          key: 'scope',
          render: (_, run) => (
            <div data-testid="run-scope">
              <div>{scope.feeItemsText(run.fee_items)}</div>
              <Typography.Text type="secondary">{scope.buildingsText(run.building_ids)}</Typography.Text>
            </div>
          ),
        },
        { title: t('billingRuns.columns.status'), dataIndex: 'status', render: (_, run) => <RunStatusTag status={run.status} /> },
        {
          title: t('billingRuns.columns.progress'),
          key: 'progress',
          render: (_, run) => (
            <div data-testid="run-progress" style={{ minWidth: 140 }}>
              {isActive(run.status) && <Progress size="small" status="active" percent={percentDone(run.units_done, run.units_total)} />}
              <Typography.Text type="secondary">{t('billingRuns.units', { done: run.units_done, total: run.units_total })}</Typography.Text>
            </div>
          ),
        },
        ...COUNTS.map(count),
        {
          title: t('billingRuns.columns.receivable'),
          key: 'receivable',
          align: 'right',
          render: (_, run) => <span data-testid="run-receivable">{formatMoney(run.receivable)}</span>,
        },
        {
          title: t('billingRuns.columns.errorCount'),
          key: 'errorCount',
          align: 'right',
          render: (_, run) => (
            <Typography.Text data-testid="run-error-count" type={run.counts.errorCount > 0 ? 'danger' : undefined}>{run.counts.errorCount}</Typography.Text>
          ),
        },
        { title: t('billingRuns.columns.requestedBy'), dataIndex: 'requested_by', render: (id: string | null) => (id ? names.get(id) ?? '…' : '—') },
        { title: t('billingRuns.columns.startedAt'), dataIndex: 'started_at', render: time },
        { title: t('billingRuns.columns.finishedAt'), dataIndex: 'finished_at', render: time },
        {
          title: t('list.actions'),
          key: 'actions',
          fixed: 'right',
          render: (_, run) => (
            <Button type="link" size="small" data-testid="run-details" onClick={() => onDetails(run)}>{t('billingRuns.details.open')}</Button>
          ),
        },
      ]}
    />
  );
}
