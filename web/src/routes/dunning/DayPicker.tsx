// A business day picked from a calendar or typed, as 'YYYY-MM-DD' text (what the database and the pure modules use).
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const DAY = 'YYYY-MM-DD';

interface Props {
  readonly value: string | null;
  readonly onChange: (day: string | null) => void;
  readonly testId: string;
  readonly allowClear?: boolean;
  readonly placeholder?: string;
  /** The earliest day offered. */
  readonly from?: string;
}

export function DayPicker({ value, onChange, testId, allowClear = true, placeholder, from }: Props) {
  return (
    <DatePicker
      data-testid={testId}
      format={DAY}
      allowClear={allowClear}
      placeholder={placeholder}
      minDate={from ? dayjs(from, DAY) : undefined}
      value={value ? dayjs(value, DAY) : null}
      onChange={(next: Dayjs | null) => onChange(next ? next.format(DAY) : null)}
    />
  );
}

export const today = () => dayjs().format(DAY);
