// A billing period picked as offices name it: a month (2027-01), a quarter (2027-Q1) or a year. The value is
// any date inside the period ('YYYY-MM-DD'); the caller turns it into the period with periodContaining().
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodKind } from '../routes/policies/simulation/period';

const DATE = 'YYYY-MM-DD';
const PICKER_FORMAT: Record<PeriodKind, string> = { month: 'YYYY-MM', quarter: 'YYYY-[Q]Q', year: 'YYYY' };

export function PeriodPicker({ kind, anchor, onChange, testId }: { kind: PeriodKind; anchor: string; onChange: (date: string) => void; testId: string }) {
  return (
    <DatePicker
      data-testid={testId}
      picker={kind}
      format={PICKER_FORMAT[kind]}
      allowClear={false}
      value={dayjs(anchor, DATE)}
      onChange={(next: Dayjs | null) => next && onChange(next.format(DATE))}
    />
  );
}
