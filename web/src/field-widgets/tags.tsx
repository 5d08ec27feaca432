import { Select, Space, Tag } from 'antd';
import { ENUMS } from '../domain/enums';
import type { TagsFieldDef } from '../fields/types';
import { useI18n } from '../i18n/use-i18n';
import type { FilterWidget } from './types';

interface TagsSelectProps {
  readonly def: TagsFieldDef;
  readonly value?: readonly string[] | null;
  readonly onChange?: (value: string[]) => void;
}

/** Well-known tags to pick from, plus free tags typed in. */
function TagsSelect({ def, value, onChange }: TagsSelectProps) {
  const { t, enumLabel } = useI18n();
  const options = ENUMS[def.known].map((tag: string) => ({ value: tag, label: enumLabel(def.known, tag) }));
  return (
    <Select
      mode="tags"
      value={value ? [...value] : []}
      onChange={(next: string[]) => onChange?.(next)}
      options={options}
      placeholder={t('form.tagsPlaceholder')}
      tokenSeparators={[',', '，', '、']}
      style={{ minWidth: 180 }}
    />
  );
}

function TagList({ def, value }: { readonly def: TagsFieldDef; readonly value: unknown }) {
  const { enumLabel } = useI18n();
  const tags = Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
  const known: readonly string[] = ENUMS[def.known];
  return (
    <Space size={[0, 4]} wrap>
      {tags.map((tag) => (
        <Tag key={tag} color={known.includes(tag) ? 'gold' : undefined}>
          {enumLabel(def.known, tag)}
        </Tag>
      ))}
    </Space>
  );
}

export const tagsWidget: FilterWidget<TagsFieldDef> = {
  input: (def) => <TagsSelect def={def} />,
  // Several tags in the filter: owners carrying all of them.
  filter: (def) => <TagsSelect def={def} />,
  cell: (def, record) => <TagList def={def} value={record[def.key]} />,
};
