// The period a dashboard shows (month, quarter or year, and which one) and the day it is read as of: today, or
// the period's end.
import { Radio, Space, Typography } from 'antd';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useI18n } from '../../i18n/use-i18n';
import { PERIOD_KINDS, type PeriodKind } from '../policies/simulation/period';
import { AS_OF_CHOICES, viewOf, type AsOfChoice } from './period';
import type { ViewState } from './use-view';

export function ViewControls({ state }: { readonly state: ViewState }) {
  const { t } = useI18n();
  const { view, frame, today, update } = state;
  return (
    <Space wrap>
      <Radio.Group optionType="button" value={view.kind} onChange={(e) => update(() => viewOf(e.target.value as PeriodKind, today, today))}
        options={PERIOD_KINDS.map((k) => ({ value: k, label: <span data-testid={`analytics-kind-${k}`}>{t(`billingRuns.form.kinds.${k}`)}</span> }))} />
      <PeriodPicker kind={view.kind} anchor={view.start} onChange={(day) => update((current) => viewOf(current.kind, day, today))} testId="analytics-period" />
      <span>{t('dashboard.controls.asOf')}</span>
      <Radio.Group optionType="button" value={view.asOf} onChange={(e) => update((current) => ({ ...current, asOf: e.target.value as AsOfChoice }))}
        options={AS_OF_CHOICES.map((choice) => ({ value: choice, label: <span data-testid={`analytics-as-of-${choice}`}>{t(`dashboard.controls.${choice}`)}</span> }))} />
      <Typography.Text type="secondary" data-testid="analytics-view-text">
        {t('dashboard.controls.summary', { start: view.start, end: view.end, asOf: frame.asOf })}
      </Typography.Text>
    </Space>
  );
}
