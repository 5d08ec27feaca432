// The office's side of a project dashboard: today's takings by payment method, what each collector took in during
// the period, and where the open bills stand on the dunning ladder.
import { useQuery } from '@tanstack/react-query';
import Decimal from 'decimal.js';
import { useCallback, useMemo } from 'react';
import { CHART_COLORS } from '../../components/charts/palette';
import { StackedBars } from '../../components/charts/StackedBars';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { todayIn } from '../cashier/business-day';
import { useCashierProject } from '../cashier/project';
import { byLadder, stageLabel } from '../dunning/stages';
import { AmountBars } from './AmountBars';
import { collectorColumns, pipelineColumns, takingsColumns, type NameOf } from './columns';
import { collectionsOnDay, collectorTotals, dunningPipeline } from './queries';
import type { CollectorRow, MethodTakings, PipelineRow } from './rows';
import { TableCard } from './TableCard';
import type { ViewState } from './use-view';

/** Payments taken today, the project's today (its time zone), by method. */
export function TodayCard({ projectId }: { readonly projectId: string }) {
  const { t, enumLabel } = useI18n();
  const timezone = useCashierProject(projectId).data?.timezone;
  const day = timezone && todayIn(timezone);
  const takings = useQuery({
    queryKey: ['analytics', 'day', projectId, day],
    queryFn: () => collectionsOnDay(projectId, day as string),
    enabled: !!day,
  });
  const methodName = useCallback<NameOf<MethodTakings>>((r) => enumLabel('payment_method', r.method), [enumLabel]);
  const columns = useMemo(() => takingsColumns(methodName), [methodName]);
  const rows = takings.data ?? [];
  const total = rows.reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
  return (
    <TableCard title={t('dashboard.cards.today', { day: day ?? '' })} extra={`${t('dashboard.columns.total')} ${formatMoney(total)}`}
      query={takings} rows={takings.data} columns={columns} rowKey={(r) => r.method} testId="analytics-today"
      chart={<AmountBars rows={rows} keyOf={(r) => r.method} nameOf={methodName} amountOf={(r) => r.amount}
        label={t('dashboard.columns.amount')} testId="analytics-today-chart" />} />
  );
}

const COLLECTOR_PARTS = ['current_collected', 'arrears_collected', 'ahead_collected'] as const;

/** What each collector took in during the period (up to the as-of day): toward its bills, arrears, later bills. */
export function CollectorsCard({ projectId, state }: { readonly projectId: string; readonly state: ViewState }) {
  const { t } = useI18n();
  const collectors = useQuery({ queryKey: ['analytics', 'collectors', projectId, state.frame], queryFn: () => collectorTotals(projectId, state.frame) });
  const nameOf = useCallback<NameOf<CollectorRow>>((r) => r.collector_name ?? t('dashboard.nobody'), [t]);
  const columns = useMemo(() => collectorColumns(nameOf), [nameOf]);
  const keyOf = (r: CollectorRow) => r.collector_id ?? 'nobody';
  const chart = (
    <StackedBars testId="analytics-collectors-chart" label={t('dashboard.cards.collectors')}
      parts={COLLECTOR_PARTS.map((part, i) => ({ key: part, label: t(`dashboard.columns.${part}`), color: CHART_COLORS.parts[i] ?? CHART_COLORS.axis }))}
      rows={(collectors.data ?? []).map((r) => ({
        key: keyOf(r),
        label: nameOf(r),
        amounts: COLLECTOR_PARTS.map((p) => r[p]),
        texts: COLLECTOR_PARTS.map((p) => formatMoney(r[p])),
        caption: formatMoney(r.total),
      }))} />
  );
  return (
    <TableCard title={t('dashboard.cards.collectors')} query={collectors} rows={collectors.data} columns={columns} rowKey={keyOf}
      chart={chart} state={state} testId="analytics-collectors" />
  );
}

/** Bills no stage has reached yet, then the ladder's order. */
const untouchedFirst = (a: PipelineRow, b: PipelineRow) => (a.stage === 'none' ? -1 : b.stage === 'none' ? 1 : byLadder(a.stage, b.stage));

/** Open reviewed bills by the dunning stage they reached, untouched ones first. */
export function DunningCard({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const pipeline = useQuery({ queryKey: ['analytics', 'dunning', projectId], queryFn: () => dunningPipeline(projectId) });
  const stageName = useCallback<NameOf<PipelineRow>>((r) => (r.stage === 'none' ? t('dashboard.stageNone') : stageLabel(t, r.stage)), [t]);
  const columns = useMemo(() => pipelineColumns(stageName), [stageName]);
  const rows = useMemo(() => pipeline.data && [...pipeline.data].sort(untouchedFirst), [pipeline.data]);
  return (
    <TableCard title={t('dashboard.cards.dunning')} query={pipeline} rows={rows} columns={columns} rowKey={(r) => r.stage} testId="analytics-dunning"
      chart={<AmountBars rows={rows ?? []} keyOf={(r) => r.stage} nameOf={stageName} amountOf={(r) => r.amount}
        label={t('dashboard.columns.open_balance')} testId="analytics-dunning-chart" />} />
  );
}
