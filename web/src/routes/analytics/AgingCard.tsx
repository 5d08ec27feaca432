// Open balances by how long they are overdue, as of the view's date: one stacked bar per row (the whole, then
// each project or building) beside the table of amounts.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CHART_COLORS } from '../../components/charts/palette';
import { StackedBars } from '../../components/charts/StackedBars';
import type { TranslationKey } from '../../i18n/dictionary';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { agingColumns, type NameOf } from './columns';
import { AGING_BUCKETS, type AgingRow } from './rows';
import { TableCard } from './TableCard';
import { useDrill } from './use-drill';
import type { ViewState } from './use-view';

interface Props {
  readonly query: UseQueryResult<AgingRow[]>;
  /** The header of the name column (项目, 楼栋). */
  readonly nameTitle: TranslationKey;
  readonly nameOf: NameOf<AgingRow>;
  readonly link?: (row: AgingRow) => string | null;
  readonly state: ViewState;
  readonly testId: string;
}

export function AgingCard({ query, nameTitle, nameOf, link, state, testId }: Props) {
  const { t } = useI18n();
  const rows = query.data;
  const columns = useMemo(() => agingColumns(nameTitle, nameOf), [nameTitle, nameOf]);
  const select = useDrill(rows, (r) => r.group_id, link);
  const parts = AGING_BUCKETS.map((bucket, i) => ({ key: bucket, label: t(`dashboard.columns.${bucket}`), color: CHART_COLORS.aging[i] ?? CHART_COLORS.axis }));
  const chart = (
    <StackedBars testId={`${testId}-chart`} label={t('dashboard.cards.aging')} parts={parts} onSelect={select}
      rows={(rows ?? []).map((row) => ({
        key: row.group_id,
        label: nameOf(row),
        amounts: AGING_BUCKETS.map((bucket) => row[bucket]),
        texts: AGING_BUCKETS.map((bucket) => formatMoney(row[bucket])),
        caption: `${t('dashboard.columns.overdue')} ${formatMoney(row.overdue)}`,
      }))} />
  );
  return (
    <TableCard title={t('dashboard.cards.aging')} query={query} rows={rows} columns={columns} rowKey={(r) => r.group_id} chart={chart}
      state={state} link={link} testId={testId} />
  );
}
