// One run in detail: its scope and policy, the failure of a failed run, the fee items it left out, and the units it
// could not bill with the reasons (room, fee item, period, the rule and plugin that failed).
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Space, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { runDetails } from './queries';
import { isActive, type RunError, type RunSummary } from './run-stats';
import { RunStatusTag } from './RunStatusTag';
import type { ProjectScope } from './use-project-scope';

interface Props {
  /** The run shown, as the list last read it; null: closed. */
  readonly run: RunSummary | null;
  readonly scope: ProjectScope;
  readonly onClose: () => void;
}

export function RunDetailsDrawer({ run, scope, onClose }: Props) {
  const { t } = useI18n();
  const details = useQuery({
    queryKey: ['billing-run-details', run?.id],
    queryFn: () => runDetails(run!.id),
    enabled: run !== null,
    // A running run's errors grow chunk by chunk.
    refetchInterval: run && isActive(run.status) ? 1000 : false,
  });
  const errors = details.data?.errors ?? [];
  const errorCount = run?.counts.errorCount ?? 0;

  return (
    <Drawer
      open={run !== null}
      width={960}
      onClose={onClose}
      title={run ? t('billingRuns.details.title', { start: run.period_start, end: run.period_end }) : ''}
      extra={run && <RunStatusTag status={run.status} />}
    >
      {run && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="run-drawer" data-run-id={run.id}>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('billingRuns.columns.scope')}>
              {scope.feeItemsText(run.fee_items)} · {scope.buildingsText(run.building_ids)}
            </Descriptions.Item>
            <Descriptions.Item label={t('billingRuns.details.policy')}>
              {run.policy_version === null ? '—' : t('billingRuns.details.policyVersion', { version: run.policy_version })}
            </Descriptions.Item>
            <Descriptions.Item label={t('billingRuns.columns.progress')}>
              {t('billingRuns.units', { done: run.units_done, total: run.units_total })}
            </Descriptions.Item>
            <Descriptions.Item label={t('billingRuns.columns.receivable')}>{formatMoney(run.receivable)}</Descriptions.Item>
          </Descriptions>
          {details.isError && <Alert type="error" showIcon message={details.error.message} />}
          {details.data?.failure && (
            <Alert type="error" showIcon data-testid="run-failure" message={t('billingRuns.details.failed')} description={details.data.failure} />
          )}
          {(details.data?.notBilled.length ?? 0) > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="run-not-billed"
              message={t('billingRuns.details.notBilled')}
              description={<ul style={{ margin: 0, paddingLeft: 18 }}>{details.data?.notBilled.map((note) => <li key={note}>{note}</li>)}</ul>}
            />
          )}
          <div>
            <Typography.Title level={5}>{t('billingRuns.details.errors', { count: errorCount })}</Typography.Title>
            {errors.length < errorCount && <Typography.Paragraph type="secondary">{t('billingRuns.details.errorsKept', { kept: errors.length })}</Typography.Paragraph>}
            <Table<RunError & { key: number }>
              data-testid="run-errors"
              size="small"
              rowKey="key"
              loading={details.isLoading}
              dataSource={errors.map((error, key) => ({ ...error, key }))}
              locale={{ emptyText: t('billingRuns.details.noErrors') }}
              pagination={{ defaultPageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              onRow={() => ({ 'data-testid': 'run-error-row' }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('billingRuns.details.room'), dataIndex: 'roomNo', width: 100 },
                { title: t('billingRuns.details.feeItem'), dataIndex: 'feeItem', render: (code: string) => scope.feeItemLabel(code), width: 100 },
                { title: t('billingRuns.details.periodStart'), dataIndex: 'periodStart', width: 110 },
                { title: t('billingRuns.details.message'), dataIndex: 'message' },
                { title: t('billingRuns.details.rule'), dataIndex: 'rule', render: (rule?: string) => rule ?? '—' },
                { title: t('billingRuns.details.plugin'), dataIndex: 'plugin', render: (plugin?: string) => plugin ?? '—' },
              ]}
            />
          </div>
        </Space>
      )}
    </Drawer>
  );
}
