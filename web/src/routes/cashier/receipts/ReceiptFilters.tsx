// Which receipts the list shows: those issued on a span of business days (the project's time zone), of a status.
import { DatePicker, Radio, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/use-i18n';
import type { ReceiptStatus } from '../receipt/queries';

export interface ReceiptFilterState {
  /** Business days, 'YYYY-MM-DD', both included. */
  readonly from: string;
  readonly to: string;
  readonly status: ReceiptStatus | 'all';
}

const DAY = 'YYYY-MM-DD';
const STATUSES = ['all', 'issued', 'void'] as const;

export function ReceiptFilters({ value, onChange }: { readonly value: ReceiptFilterState; readonly onChange: (next: ReceiptFilterState) => void }) {
  const { t } = useI18n();
  return (
    <Space wrap>
      <DatePicker.RangePicker
        data-testid="receipts-days"
        allowClear={false}
        value={[dayjs(value.from), dayjs(value.to)]}
        onChange={(days: [Dayjs | null, Dayjs | null] | null) => {
          const [from, to] = days ?? [];
          if (from && to) onChange({ ...value, from: from.format(DAY), to: to.format(DAY) });
        }}
      />
      <Radio.Group
        optionType="button"
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value as ReceiptFilterState['status'] })}
        options={STATUSES.map((s) => ({ value: s, label: <span data-testid={`receipts-status-${s}`}>{t(`cashierDesk.receipts.filters.${s}`)}</span> }))}
      />
    </Space>
  );
}
