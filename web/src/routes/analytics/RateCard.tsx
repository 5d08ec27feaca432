// Collection rates of one level (projects, buildings, fee categories or fee items), ranked: bars of each current
// rate against its own target beside the table of every figure, below-target rows in red. Names lead down a level.
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { RateBars } from '../../components/charts/RateBars';
import { useI18n } from '../../i18n/use-i18n';
import { rateColumns, type NameOf } from './columns';
import type { RateLevel, RateRow } from './rows';
import { isBelow, percentText, ranked } from './rates';
import { TableCard } from './TableCard';
import { useDrill } from './use-drill';
import type { ViewState } from './use-view';

interface Props {
  readonly title: string;
  readonly level: RateLevel;
  readonly query: UseQueryResult<RateRow[]>;
  readonly nameOf: NameOf<RateRow>;
  /** Where a row leads (the next level of the drill-down). */
  readonly link?: (row: RateRow) => string;
  readonly state: ViewState;
  readonly testId: string;
}

const below = (row: RateRow) => isBelow(row.current_rate, row.target);

export function RateCard({ title, level, query, nameOf, link, state, testId }: Props) {
  const { t } = useI18n();
  const rows = useMemo(() => query.data && ranked(query.data), [query.data]);
  const columns = useMemo(() => rateColumns(level, nameOf), [level, nameOf]);
  const select = useDrill(rows, (r) => r.group_id, link);
  const chart = (
    <RateBars
      testId={`${testId}-chart`}
      onSelect={select}
      label={title}
      labels={{ rate: t('dashboard.chart.rate'), below: t('dashboard.chart.below'), target: t('dashboard.chart.target') }}
      bars={(rows ?? []).map((row) => ({
        key: row.group_id, label: nameOf(row), rate: row.current_rate, target: row.target, below: below(row), text: percentText(row.current_rate),
      }))}
    />
  );
  return (
    <TableCard title={title} query={query} rows={rows} columns={columns} rowKey={(r) => r.group_id} chart={chart} state={state}
      link={link} marked={below} testId={testId} />
  );
}
