// 调整审批: the current project's adjustments of reviewed bills — proposed ones by default — with what each
// changes and why. Finance and HQ admins approve or reject a selection (all-or-nothing); others read.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { useProjectScope } from '../billing-runs/use-project-scope';
import { AdjustmentFilters } from './AdjustmentFilters';
import { AdjustmentTable } from './AdjustmentTable';
import { DecisionModal } from './DecisionModal';
import { toFilter, type FilterState } from './filters';
import { mayDecideAdjustments } from './permissions';
import { listAdjustments, type AdjustmentRow, type Decision } from './queries';

/** Route /billing/adjustments */
export default function AdjustmentsPage() {
  const { project } = useProject();
  // Filters, paging and the selection belong to one project: switching project starts afresh.
  return <ProjectAdjustments key={project.id} />;
}

function ProjectAdjustments() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const scope = useProjectScope(project.id);
  const [filters, setFilters] = useState<FilterState>(() => ({ status: 'proposed', kind: 'all', anchor: dayjs().format('YYYY-MM-DD') }));
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<readonly AdjustmentRow[]>([]);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const mayDecide = mayDecideAdjustments(roles);
  const list = useQuery({
    queryKey: ['adjustments', project.id, filters, paging],
    queryFn: () => listAdjustments(project.id, toFilter(filters), paging.page, paging.pageSize),
  });
  // A selection is of the rows on screen: a new page or filter clears it.
  const show = (next: { filters?: FilterState; paging?: typeof paging }) => {
    setSelected([]);
    if (next.filters) setFilters(next.filters);
    setPaging(next.paging ?? { ...paging, page: 1 });
  };
  const reload = () => {
    setSelected([]);
    return queryClient.invalidateQueries({ queryKey: ['adjustments', project.id] });
  };
  const decided = (decision: Decision, count: number) => {
    setDeciding(null);
    message.success(t(`adjustments.done.${decision}`, { count }));
    void reload();
  };

  return (
    <List title={t('bill_adjustments.bill_adjustments')} headerButtons={() => <Button onClick={() => void reload()} data-testid="adjustments-reload">{t('adjustments.actions.reload')}</Button>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <AdjustmentFilters value={filters} onChange={(next) => show({ filters: next })} />
        {mayDecide ? (
          <Space>
            {(['approve', 'reject'] as const).map((decision) => (
              <Button key={decision} type={decision === 'approve' ? 'primary' : 'default'} danger={decision === 'reject'} disabled={selected.length === 0}
                onClick={() => setDeciding(decision)} data-testid={`adjustments-${decision}`}>
                {t(`adjustments.actions.${decision}`)}
              </Button>
            ))}
            <Typography.Text type="secondary" data-testid="adjustments-selected">{t('adjustments.selected', { count: selected.length })}</Typography.Text>
          </Space>
        ) : (
          <Alert type="info" showIcon message={t('adjustments.readOnly')} data-testid="adjustments-read-only" />
        )}
        <AdjustmentTable
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={list.isLoading}
          error={list.isError ? list.error.message : null}
          feeItemLabel={scope.feeItemLabel}
          selection={mayDecide ? { selected, onChange: setSelected } : null}
          onPage={(page, pageSize) => show({ paging: { page, pageSize } })}
        />
      </Space>
      {deciding && (
        <DecisionModal decision={deciding} adjustments={selected} feeItemLabel={scope.feeItemLabel}
          onClose={() => setDeciding(null)} onDecided={(count) => decided(deciding, count)} />
      )}
    </List>
  );
}
