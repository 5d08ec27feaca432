// 分期协议: the current project's installment plans by status. Agents, managers and HQ admins propose a plan for an
// owner; managers, finance and HQ admins approve (proposed → active) or cancel one. The dunning run pauses an
// owner while their active plan is kept and marks it broken when an instalment is missed.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Radio, Space } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { may } from '../permissions';
import { decidePlan, listPlans, PLAN_STATUSES, type PlanDecision, type PlanRow, type PlanStatus } from '../plan-queries';
import { PlanModal } from './PlanModal';
import { PlanTable } from './PlanTable';

/** Route /dunning/plans */
export default function PlansPage() {
  const { project } = useProject();
  return <Plans key={project.id} projectId={project.id} />;
}

function Plans({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useProject();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<PlanStatus | 'all'>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useQuery({
    queryKey: ['dunning', projectId, 'plans', status, paging],
    queryFn: () => listPlans(projectId, status === 'all' ? null : status, paging.page, paging.pageSize),
  });
  const reload = () => queryClient.invalidateQueries({ queryKey: ['dunning', projectId] });
  const decide = async (plan: PlanRow, decision: PlanDecision) => {
    try {
      const done = await decidePlan(plan.id, decision);
      if (done) message.success(t(decision === 'approve' ? 'dunningDesk.plans.approved' : 'dunningDesk.plans.cancelled'));
      else message.warning(t('dunningDesk.plans.changedMeanwhile'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
    void reload();
  };

  return (
    <List
      title={t('installment_plans.installment_plans')}
      headerButtons={() => (
        <Space>
          {may(roles, 'proposePlans') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="dunning-plan-create">{t('dunningDesk.plans.create')}</Button>
          )}
          <Button onClick={() => void reload()}>{t('dunningDesk.reload')}</Button>
        </Space>
      )}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('dunningDesk.plans.rolesHint')} />
        <Radio.Group optionType="button" value={status} onChange={(e) => { setStatus(e.target.value as PlanStatus | 'all'); setPaging({ ...paging, page: 1 }); }}
          options={[
            { value: 'all', label: t('dunningDesk.plans.allStatuses') },
            ...PLAN_STATUSES.map((s) => ({ value: s, label: <span data-testid={`dunning-plans-status-${s}`}>{t(`dunningDesk.plans.status.${s}`)}</span> })),
          ]} />
        <PlanTable
          rows={list.data?.rows ?? []}
          total={list.data?.total ?? 0}
          page={paging.page}
          pageSize={paging.pageSize}
          loading={list.isLoading}
          error={list.error?.message ?? null}
          onDecide={may(roles, 'decidePlans') ? (plan, decision) => void decide(plan, decision) : null}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Space>
      {creating && (
        <PlanModal projectId={projectId} onClose={() => setCreating(false)}
          onCreated={() => { setCreating(false); message.success(t('dunningDesk.plans.form.created')); void reload(); }} />
      )}
    </List>
  );
}
