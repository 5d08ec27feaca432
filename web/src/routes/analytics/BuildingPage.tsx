// A building's collection for the period: its headline rates, its trend, and every unit — what each owed and paid
// in the period and owes now. A room opens its bills.
import { useQuery } from '@tanstack/react-query';
import Decimal from 'decimal.js';
import { Input, Result, Space, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import type { Project } from '../../domain/tenancy';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { unitColumns, type NameOf } from './columns';
import { Crumbs } from './Crumbs';
import { Definitions } from './Definitions';
import { Kpis } from './Kpis';
import { buildingOf, collectionRates, unitCollection, type Scope } from './queries';
import type { UnitCollectionRow } from './rows';
import { TableCard } from './TableCard';
import { TrendCard } from './TrendCard';
import { UnitBillsDrawer } from './UnitBillsDrawer';
import { useDashboardView, type ViewState } from './use-view';
import { ViewControls } from './ViewControls';

/** Route /analytics/projects/:id/buildings/:buildingId */
export default function BuildingPage() {
  const { t } = useI18n();
  const { id, buildingId } = useParams();
  const { projects } = useProject();
  const state = useDashboardView();
  const project = projects.find((p) => p.id === id);
  const building = useQuery({ queryKey: ['analytics', 'building', buildingId], queryFn: () => buildingOf(buildingId ?? ''), enabled: !!buildingId });
  if (!project || building.data === null) return <Result status="404" subTitle={t(project ? 'dashboard.noBuilding' : 'dashboard.noProject')} />;
  return (
    <BuildingDashboard key={buildingId} project={project} building={{ id: buildingId ?? '', name: building.data?.name ?? '' }} state={state} />
  );
}

/** Units with something receivable in the period and not all of it paid. */
const unpaid = (row: UnitCollectionRow) => !row.paid_in_full && new Decimal(row.receivable).greaterThan(0);

interface Props {
  readonly project: Project;
  readonly building: { readonly id: string; readonly name: string };
  readonly state: ViewState;
}

function BuildingDashboard({ project, building, state }: Props) {
  const { t } = useI18n();
  const { frame } = state;
  const scope = useMemo<Scope>(() => ({ projectId: project.id, buildingId: building.id }), [project.id, building.id]);
  const whole = useQuery({ queryKey: ['analytics', 'rates', 'building', frame, scope], queryFn: () => collectionRates('building', frame, scope) });
  const units = useQuery({ queryKey: ['analytics', 'units', building.id, frame], queryFn: () => unitCollection(building.id, frame) });
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<UnitCollectionRow | null>(null);
  const paidName = useCallback<NameOf<UnitCollectionRow>>((r) => t(r.paid_in_full ? 'common.yes' : 'common.no'), [t]);
  const columns = useMemo(() => unitColumns(paidName), [paidName]);
  const term = search.trim();
  const rows = useMemo(() => units.data?.filter((r) => !term || r.room_no.includes(term) || (r.owner_name ?? '').includes(term)), [units.data, term]);
  const row = whole.data?.[0] ?? null;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="building-dashboard">
      <Crumbs state={state} project={project} building={building.name} />
      <Typography.Title level={4} style={{ margin: 0 }}>{`${project.name} · ${building.name}`}</Typography.Title>
      <ViewControls state={state} />
      <Kpis row={row} loading={whole.isLoading} />
      <TrendCard scope={scope} state={state} target={row?.target ?? null} testId="analytics-trend" />
      <TableCard title={t('dashboard.cards.units')} query={units} rows={rows} columns={columns} rowKey={(r) => r.unit_id} state={state}
        onOpen={setOpen} marked={unpaid} pageSize={100} testId="analytics-units"
        extra={<Input.Search allowClear size="small" style={{ width: 200 }} placeholder={t('dashboard.searchRoom')}
          onChange={(e) => setSearch(e.target.value)} data-testid="analytics-units-search" />} />
      <Definitions />
      {open && <UnitBillsDrawer unit={open} onClose={() => setOpen(null)} />}
    </Space>
  );
}
