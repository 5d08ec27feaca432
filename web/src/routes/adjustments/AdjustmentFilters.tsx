// Which adjustments the table shows: by status (待审批 first) and by the period of their bills.
import { Radio, Space } from 'antd';
import { PeriodPicker } from '../../components/PeriodPicker';
import { useI18n } from '../../i18n/use-i18n';
import { PERIOD_KINDS } from '../policies/simulation/period';
import type { FilterState } from './filters';

const STATUSES = ['proposed', 'approved', 'rejected'] as const;

export function AdjustmentFilters({ value, onChange }: { readonly value: FilterState; readonly onChange: (next: FilterState) => void }) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <Radio.Group
        optionType="button"
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value as FilterState['status'] })}
        options={[
          ...STATUSES.map((s) => ({ value: s, label: <span data-testid={`adjustments-status-${s}`}>{t(`adjustments.status.${s}`)}</span> })),
          { value: 'all', label: <span data-testid="adjustments-status-all">{t('adjustments.filters.allStatuses')}</span> },
        ]}
      />
      <Radio.Group
        optionType="button"
        value={value.kind}
        onChange={(e) => onChange({ ...value, kind: e.target.value as FilterState['kind'] })}
        options={[
          { value: 'all', label: <span data-testid="adjustments-kind-all">{t('adjustments.filters.allPeriods')}</span> },
          ...PERIOD_KINDS.map((k) => ({ value: k, label: <span data-testid={`adjustments-kind-${k}`}>{t(`billingRuns.form.kinds.${k}`)}</span> })),
        ]}
      />
      {value.kind !== 'all' && (
        <PeriodPicker kind={value.kind} anchor={value.anchor} onChange={(anchor) => onChange({ ...value, anchor })} testId="adjustments-period" />
      )}
    </Space>
  );
}
