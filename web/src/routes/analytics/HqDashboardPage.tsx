// 总部看板: the company's collection for a period as of a day — the headline rates, every project ranked against
// its target, the rates by fee category, the trend, arrears aging and the biggest debtors, each table exportable.
// A project's name leads to its dashboard. Office staff are sent to their own project's.
import { useQuery } from '@tanstack/react-query';
import { Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { Navigate } from 'react-router';
import { canUse } from '../../domain/permissions';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { AgingCard } from './AgingCard';
import type { NameOf } from './columns';
import { DebtorsCard } from './DebtorsCard';
import { Definitions } from './Definitions';
import { Kpis } from './Kpis';
import { projectPath } from './paths';
import { agingWithTotal, collectionRates, COMPANY } from './queries';
import type { AgingRow, RateRow } from './rows';
import { RateCard } from './RateCard';
import { companyRow } from './rates';
import { TrendCard } from './TrendCard';
import { useDashboardView, type ViewState } from './use-view';
import { ViewControls } from './ViewControls';

/** Route /analytics */
export default function HqDashboardPage() {
  const { roles, project } = useProject();
  const state = useDashboardView();
  if (!canUse(roles, 'hq_dashboard', 'list')) return <Navigate to={projectPath(project.id, state.search)} replace />;
  return <HqDashboard state={state} />;
}

function HqDashboard({ state }: { readonly state: ViewState }) {
  const { t, enumLabel } = useI18n();
  const { frame, search } = state;
  const projects = useQuery({ queryKey: ['analytics', 'rates', 'project', frame, COMPANY], queryFn: () => collectionRates('project', frame, COMPANY) });
  const categories = useQuery({ queryKey: ['analytics', 'rates', 'category', frame, COMPANY], queryFn: () => collectionRates('category', frame, COMPANY) });
  const aging = useQuery({ queryKey: ['analytics', 'aging', 'project', frame.asOf, COMPANY], queryFn: () => agingWithTotal('project', frame.asOf, COMPANY) });
  const company = useMemo(() => projects.data && companyRow(projects.data, t('dashboard.levels.company')), [projects.data, t]);

  const projectName = useCallback<NameOf<RateRow>>((row) => row.group_name, []);
  const categoryName = useCallback<NameOf<RateRow>>((row) => enumLabel('fee_category', row.group_id), [enumLabel]);
  const agingName = useCallback<NameOf<AgingRow>>((row) => (row.project_id ? row.group_name : t('dashboard.levels.company')), [t]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="hq-dashboard">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('hq_dashboard.hq_dashboard')}</Typography.Title>
      <ViewControls state={state} />
      <Kpis row={company} loading={projects.isLoading} />
      <RateCard title={t('dashboard.cards.projects')} level="project" query={projects} nameOf={projectName} state={state}
        link={(row) => projectPath(row.group_id, search)} testId="analytics-projects" />
      <TrendCard scope={COMPANY} state={state} target={company?.target ?? null} testId="analytics-trend" />
      <RateCard title={t('dashboard.cards.categories')} level="category" query={categories} nameOf={categoryName} state={state}
        testId="analytics-categories" />
      <AgingCard query={aging} nameTitle="dashboard.levels.project" nameOf={agingName} state={state}
        link={(row) => row.project_id && projectPath(row.project_id, search)} testId="analytics-aging" />
      <DebtorsCard projectId={null} state={state} />
      <Definitions />
    </Space>
  );
}
