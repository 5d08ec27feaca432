// The collection rate period by period up to the view's period: as it stood at each period's end, and as it
// stands now (late payments raise the second line), against the target.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Radio, Spin } from 'antd';
import { useState } from 'react';
import { LineChart } from '../../components/charts/LineChart';
import { CHART_COLORS } from '../../components/charts/palette';
import { useI18n } from '../../i18n/use-i18n';
import { periodName, trendKindFor, trendRange, TREND_KINDS, type TrendKind } from './period';
import { collectionTrend, type Scope } from './queries';
import { percentText } from './rates';
import type { ViewState } from './use-view';

interface Props {
  readonly scope: Scope;
  readonly state: ViewState;
  /** The scope's target, drawn as a dashed line. */
  readonly target: string | null;
  readonly testId: string;
}

export function TrendCard({ scope, state, target, testId }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState<TrendKind>(() => trendKindFor(state.view.kind));
  const range = trendRange(kind, state.view);
  const trend = useQuery({ queryKey: ['analytics', 'trend', kind, range, scope], queryFn: () => collectionTrend(kind, range, scope) });
  const rows = trend.data ?? [];
  return (
    <Card size="small" title={t('dashboard.cards.trend')} data-testid={testId}
      extra={<Radio.Group size="small" optionType="button" value={kind} onChange={(e) => setKind(e.target.value as TrendKind)}
        options={TREND_KINDS.map((k) => ({ value: k, label: t(`dashboard.trend.${k}`) }))} />}>
      {trend.error && <Alert type="error" showIcon message={trend.error.message} />}
      <Spin spinning={trend.isLoading}>
        <LineChart
          testId={`${testId}-chart`}
          label={t('dashboard.cards.trend')}
          periods={rows.map((r) => periodName(kind, r.period_start))}
          series={[
            { key: 'rate_at_end', label: t('dashboard.trend.rateAtEnd'), color: CHART_COLORS.primary, values: rows.map((r) => r.rate_at_end) },
            { key: 'rate_now', label: t('dashboard.trend.rateNow'), color: CHART_COLORS.secondary, values: rows.map((r) => r.rate_now) },
          ]}
          target={target === null ? null : { label: t('dashboard.trend.target', { target: percentText(target) }), rate: target }}
        />
      </Spin>
    </Card>
  );
}
