import { Select, Switch, Tag } from 'antd';
import type { BooleanFieldDef } from '../fields/types';
import { useI18n } from '../i18n/use-i18n';
import type { FilterWidget } from './types';

interface BooleanSelectProps {
  readonly value?: boolean | null;
  readonly onChange?: (value: boolean | null) => void;
}

function BooleanSelect({ value, onChange }: BooleanSelectProps) {
  const { format } = useI18n();
  return (
    <Select
      value={value ?? undefined}
      onChange={(next?: boolean) => onChange?.(next ?? null)}
      options={[true, false].map((option) => ({ value: option, label: format.booleanLabel(option) }))}
      allowClear
      style={{ minWidth: 100 }}
    />
  );
}

function BooleanTag({ value }: { readonly value: unknown }) {
  const { format } = useI18n();
  if (typeof value !== 'boolean') return null;
  return <Tag color={value ? 'green' : 'default'}>{format.booleanLabel(value)}</Tag>;
}

export const booleanWidget: FilterWidget<BooleanFieldDef> = {
  input: () => <Switch />,
  formItem: () => ({ valuePropName: 'checked' }),
  filter: () => <BooleanSelect />,
  cell: (def, record) => <BooleanTag value={record[def.key]} />,
};
