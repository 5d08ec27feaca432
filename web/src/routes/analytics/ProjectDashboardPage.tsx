// 项目看板: one project's collection for a period as of a day — the headline rates, its buildings and fee items
// against their targets, the trend, arrears aging by building, today's takings, the collectors, the dunning
// pipeline and the biggest debtors. A building's name leads to its units.
import { useQuery } from '@tanstack/react-query';
import { Result, Space, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { Navigate, useParams } from 'react-router';
import type { Project } from '../../domain/tenancy';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { AgingCard } from './AgingCard';
import type { NameOf } from './columns';
import { Crumbs } from './Crumbs';
import { DebtorsCard } from './DebtorsCard';
import { Definitions } from './Definitions';
import { Kpis } from './Kpis';
import { CollectorsCard, DunningCard, TodayCard } from './OfficeCards';
import { buildingPath, projectPath } from './paths';
import { agingWithTotal, collectionRates, feeItemNames, type Scope } from './queries';
import type { AgingRow, RateRow } from './rows';
import { RateCard } from './RateCard';
import { TrendCard } from './TrendCard';
import { useDashboardView, type ViewState } from './use-view';
import { ViewControls } from './ViewControls';

/** Route /analytics/project: the dashboard of the project the user works in. */
export function CurrentProjectDashboard() {
  const { project } = useProject();
  const { search } = useDashboardView();
  return <Navigate to={projectPath(project.id, search)} replace />;
}

/** Route /analytics/projects/:id */
export default function ProjectDashboardPage() {
  const { t } = useI18n();
  const { id } = useParams();
  const { projects } = useProject();
  const state = useDashboardView();
  const project = projects.find((p) => p.id === id);
  if (!project) return <Result status="404" subTitle={t('dashboard.noProject')} />;
  return <ProjectDashboard key={project.id} project={project} state={state} />;
}

function ProjectDashboard({ project, state }: { readonly project: Project; readonly state: ViewState }) {
  const { t, text } = useI18n();
  const { frame, search } = state;
  const scope = useMemo<Scope>(() => ({ projectId: project.id, buildingId: null }), [project.id]);
  const rates = (level: 'project' | 'building' | 'fee_item') => ({
    queryKey: ['analytics', 'rates', level, frame, scope],
    queryFn: () => collectionRates(level, frame, scope),
  });
  const whole = useQuery(rates('project'));
  const buildings = useQuery(rates('building'));
  const feeItems = useQuery(rates('fee_item'));
  const names = useQuery({ queryKey: ['analytics', 'fee-item-names', project.id], queryFn: () => feeItemNames(project.id) });
  const aging = useQuery({ queryKey: ['analytics', 'aging', 'building', frame.asOf, scope], queryFn: () => agingWithTotal('building', frame.asOf, scope) });
  const row = whole.data?.[0] ?? null;

  const buildingName = useCallback<NameOf<RateRow>>((r) => r.group_name, []);
  const feeItemName = useCallback<NameOf<RateRow>>((r) => {
    const item = names.data?.find((n) => n.id === r.group_id);
    return item ? text({ 'zh-CN': item.name_zh, en: item.name_en }) : r.group_name;
  }, [names.data, text]);
  const agingName = useCallback<NameOf<AgingRow>>((r) => (r.group_id === 'total' ? project.name : r.group_name), [project.name]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="project-dashboard">
      <Crumbs state={state} project={project} />
      <Typography.Title level={4} style={{ margin: 0 }}>{`${t('project_dashboard.project_dashboard')} · ${project.name}`}</Typography.Title>
      <ViewControls state={state} />
      <Kpis row={row} loading={whole.isLoading} />
      <RateCard title={t('dashboard.cards.buildings')} level="building" query={buildings} nameOf={buildingName} state={state}
        link={(r) => buildingPath(project.id, r.group_id, search)} testId="analytics-buildings" />
      <RateCard title={t('dashboard.cards.feeItems')} level="fee_item" query={feeItems} nameOf={feeItemName} state={state} testId="analytics-fee-items" />
      <TrendCard scope={scope} state={state} target={row?.target ?? null} testId="analytics-trend" />
      <AgingCard query={aging} nameTitle="dashboard.levels.building" nameOf={agingName} state={state}
        link={(r) => (r.group_id === 'total' ? null : buildingPath(project.id, r.group_id, search))} testId="analytics-aging" />
      <TodayCard projectId={project.id} />
      <CollectorsCard projectId={project.id} state={state} />
      <DunningCard projectId={project.id} />
      <DebtorsCard projectId={project.id} state={state} />
      <Definitions />
    </Space>
  );
}
