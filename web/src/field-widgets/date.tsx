import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { DateFieldDef } from '../fields/types';
import type { FieldWidget } from './types';

const WIRE_FORMAT = 'YYYY-MM-DD';

export const dateWidget: FieldWidget<DateFieldDef> = {
  input: () => <DatePicker format={WIRE_FORMAT} style={{ width: '100%', maxWidth: 240 }} />,
  formItem: () => ({
    getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value, WIRE_FORMAT) : null }),
    normalize: (value: Dayjs | null) => (value ? value.format(WIRE_FORMAT) : null),
  }),
};
