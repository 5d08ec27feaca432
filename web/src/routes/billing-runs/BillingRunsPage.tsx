// 计费批次: the current project's billing runs, followed live while one is billing, with each run's details and —
// for managers, finance and HQ admins — a button to start one.
import { PlusOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { staffNames } from '../policies/queries';
import { NewRunModal } from './NewRunModal';
import { mayStartRuns } from './permissions';
import { listRuns } from './queries';
import { isActive } from './run-stats';
import { RunDetailsDrawer } from './RunDetailsDrawer';
import { RunTable } from './RunTable';
import { useProjectScope } from './use-project-scope';

const FOLLOW_MS = 1000;

/** Route /billing/runs */
export default function BillingRunsPage() {
  const { project } = useProject();
  // Paging, the open run and the form belong to one project: switching project starts afresh.
  return <ProjectRuns key={project.id} />;
}

function ProjectRuns() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const scope = useProjectScope(project.id);
  const runs = useQuery({
    queryKey: ['billing-runs', project.id, paging],
    queryFn: () => listRuns(project.id, paging.page, paging.pageSize),
    // Progress moves while a run on this page bills; nothing to follow once all have finished.
    refetchInterval: (query) => (query.state.data?.rows.some((run) => isActive(run.status)) ? FOLLOW_MS : false),
  });
  const rows = runs.data?.rows ?? [];
  const requesters = [...new Set(rows.flatMap((run) => (run.requested_by ? [run.requested_by] : [])))].sort();
  const names = useQuery({ queryKey: ['staff-names', requesters], queryFn: () => staffNames(requesters), enabled: requesters.length > 0 });

  const started = () => {
    setCreating(false);
    message.success(t('billingRuns.form.started'));
    setPaging((current) => ({ ...current, page: 1 }));
    void queryClient.invalidateQueries({ queryKey: ['billing-runs', project.id] });
  };

  return (
    <List
      title={t('billing_runs.billing_runs')}
      headerButtons={() =>
        mayStartRuns(roles) && (
          <Button type="primary" data-testid="new-billing-run" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('billingRuns.newRun')}
          </Button>
        )
      }
    >
      <RunTable
        runs={rows}
        total={runs.data?.total ?? 0}
        page={paging.page}
        pageSize={paging.pageSize}
        loading={runs.isLoading}
        error={runs.isError ? runs.error.message : null}
        scope={scope}
        names={names.data ?? new Map()}
        onPage={(page, pageSize) => setPaging({ page, pageSize })}
        onDetails={(run) => setOpenId(run.id)}
      />
      <RunDetailsDrawer run={rows.find((run) => run.id === openId) ?? null} scope={scope} onClose={() => setOpenId(null)} />
      {creating && <NewRunModal projectId={project.id} scope={scope} onClose={() => setCreating(false)} onStarted={started} />}
    </List>
  );
}
