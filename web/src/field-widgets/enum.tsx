import { Select } from 'antd';
import { ENUMS } from '../domain/enums';
import type { EnumFieldDef } from '../fields/types';
import { useI18n } from '../i18n/use-i18n';
import type { FilterWidget } from './types';

interface EnumSelectProps {
  readonly def: EnumFieldDef;
  readonly value?: string | null;
  readonly onChange?: (value: string | null) => void;
  readonly allowClear?: boolean;
}

function EnumSelect({ def, value, onChange, allowClear }: EnumSelectProps) {
  const { t, enumLabel } = useI18n();
  const options = ENUMS[def.enum].map((option: string) => ({ value: option, label: enumLabel(def.enum, option) }));
  return (
    <Select
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      allowClear={allowClear}
      placeholder={t('form.choose')}
      style={{ minWidth: 140 }}
    />
  );
}

export const enumWidget: FilterWidget<EnumFieldDef> = {
  input: (def) => <EnumSelect def={def} allowClear={!def.required} />,
  filter: (def) => <EnumSelect def={def} allowClear />,
};
