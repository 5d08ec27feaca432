import { useSelect } from '@refinedev/antd';
import type { BaseRecord } from '@refinedev/core';
import { Select } from 'antd';
import { embedAlias, referenceLabel } from '../fields/reference';
import type { ReferenceFieldDef } from '../fields/types';
import { useI18n } from '../i18n/use-i18n';
import { useProject } from '../session/project-context';
import type { FilterWidget } from './types';

interface ReferenceSelectProps {
  readonly def: ReferenceFieldDef;
  readonly value?: string | null;
  readonly onChange?: (value: string | null) => void;
  readonly allowClear?: boolean;
}

/** Searchable choice among the current project's rows of the referenced table. */
function ReferenceSelect({ def, value, onChange, allowClear }: ReferenceSelectProps) {
  const { t } = useI18n();
  const { project } = useProject();
  const { labelFields, resource } = def.reference;
  const searchColumn = labelFields[0] ?? 'id';
  const { selectProps } = useSelect<BaseRecord>({
    resource,
    optionValue: (row) => String(row.id),
    optionLabel: (row) => referenceLabel(def, row),
    // Every referenced table is a tenant table of the same project.
    filters: [{ field: 'project_id', operator: 'eq', value: project.id }],
    sorters: [{ field: searchColumn, order: 'asc' }],
    onSearch: (text) => [{ field: searchColumn, operator: 'contains', value: text }],
    defaultValue: value ?? undefined,
    pagination: { pageSize: 50 },
    meta: { select: ['id', ...labelFields].join(',') },
  });
  return (
    <Select
      options={selectProps.options}
      onSearch={selectProps.onSearch}
      loading={selectProps.loading}
      showSearch
      filterOption={false}
      value={value ?? undefined}
      onChange={(next: unknown) => onChange?.(typeof next === 'string' ? next : null)}
      allowClear={allowClear}
      placeholder={t('form.choose')}
      style={{ minWidth: 160 }}
    />
  );
}

export const referenceWidget: FilterWidget<ReferenceFieldDef> = {
  input: (def) => <ReferenceSelect def={def} allowClear={!def.required} />,
  filter: (def) => <ReferenceSelect def={def} allowClear />,
  // List queries embed the referenced row (see embedSelect), so no extra request per cell.
  cell: (def, record) => referenceLabel(def, record[embedAlias(def)]),
};
