import { Input } from 'antd';
import { decimalField } from '../fields/decimal';
import type { DecimalFieldDef } from '../fields/types';
import type { FieldWidget } from './types';

export const decimalWidget: FieldWidget<DecimalFieldDef> = {
  // A text box, not InputNumber: the value stays a decimal string and never becomes a float.
  input: (def) => <Input inputMode="decimal" suffix={def.unit} style={{ maxWidth: 240 }} />,
  formItem: (def) => ({
    // Loaded rows carry JSON numbers (89.5); show them at the column's scale ("89.50").
    getValueProps: (value: unknown) => {
      if (typeof value !== 'number') return { value: value ?? '' };
      const parsed = decimalField.parse(value, def);
      return { value: parsed.ok ? decimalField.toWire(parsed.value, def) : String(value) };
    },
  }),
};
