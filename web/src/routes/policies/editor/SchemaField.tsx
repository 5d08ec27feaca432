// A form generated from a plugin's JSON Schema (the subset in rules/schema): decimal strings for money and
// rates (text boxes — never floats), dates, choices with their labels, integers, switches, and lists of
// objects (tiers, dunning stages) that can be added, removed and reordered.
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { JsonSchema } from '../../../../../rules/schema/types';
import { toHalfWidth } from '../../../fields/normalize';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, issuesWithin, toPointer, type Segment } from '../document/pointer';
import { usePolicyEditing } from './editor-context';
import { IssueText } from './IssueText';
import { defaultValue } from './schema-defaults';

type Obj = Record<string, unknown>;
const asObject = (value: unknown): Obj => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {});
const DATE = 'YYYY-MM-DD';

interface FieldProps {
  readonly schema: JsonSchema;
  readonly path: readonly Segment[];
  readonly value: unknown;
  readonly required?: boolean;
  /** Shown instead of the schema's title (e.g. "#2" for list items). */
  readonly label?: string;
}

function ScalarControl({ schema, path, value, required }: FieldProps) {
  const { set, readOnly } = usePolicyEditing();
  const { t, text } = useI18n();
  const update = (next: unknown) => set(path, next);
  const testId = `param-${toPointer(path)}`;
  switch (schema.type) {
    case 'boolean':
      return <Switch data-testid={testId} checked={value === true} disabled={readOnly} onChange={(checked) => update(checked)} />;
    case 'integer':
      return (
        <InputNumber
          data-testid={testId}
          precision={0}
          min={schema.minimum}
          max={schema.maximum}
          value={typeof value === 'number' ? value : null}
          disabled={readOnly}
          onChange={(next) => update(typeof next === 'number' ? next : undefined)}
          style={{ width: 160 }}
        />
      );
    case 'string':
      if (schema.enum) {
        return (
          <Select
            data-testid={testId}
            value={typeof value === 'string' ? value : undefined}
            disabled={readOnly}
            allowClear={!required}
            placeholder={t('form.choose')}
            onChange={(next?: string) => update(next)}
            options={schema.enum.map((option) => ({ value: option, label: schema.enumLabels?.[option] ? text(schema.enumLabels[option]) : option }))}
            style={{ minWidth: 180 }}
          />
        );
      }
      if (schema.format === 'date') {
        return (
          <DatePicker
            data-testid={testId}
            format={DATE}
            value={typeof value === 'string' && dayjs(value, DATE, true).isValid() ? dayjs(value, DATE) : null}
            disabled={readOnly}
            onChange={(next: Dayjs | null) => update(next ? next.format(DATE) : undefined)}
          />
        );
      }
      return (
        <Input
          data-testid={testId}
          value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
          disabled={readOnly}
          inputMode={schema.format === 'decimal' ? 'decimal' : undefined}
          placeholder={schema.format === 'decimal' ? t('policies.editor.decimalPlaceholder') : undefined}
          onChange={(event) => {
            const typed = schema.format === 'decimal' ? toHalfWidth(event.target.value).trim() : event.target.value;
            update(typed === '' ? undefined : typed);
          }}
          style={{ maxWidth: schema.format === 'decimal' ? 200 : 360 }}
        />
      );
    default:
      return null;
  }
}

function ListField({ schema, path, value, label }: FieldProps & { readonly schema: Extract<JsonSchema, { type: 'array' }> }) {
  const { set, remove, append, readOnly, issues } = usePolicyEditing();
  const { t, text } = useI18n();
  const items = Array.isArray(value) ? value : [];
  const itemSchema = schema.items;
  const here = issuesAt(issues, toPointer(path));
  const title = label ?? (schema.title ? text(schema.title) : String(path[path.length - 1]));

  // A list of plain choices or words is one multi-select.
  if (itemSchema.type === 'string' && !itemSchema.format) {
    const itemIssues = items.flatMap((_, i) => issuesWithin(issues, toPointer([...path, i])));
    return (
      <Form.Item label={title} validateStatus={here.length + itemIssues.length ? 'error' : undefined} help={<IssueText issues={[...here, ...itemIssues]} />}>
        <Select
          data-testid={`param-${toPointer(path)}`}
          mode={itemSchema.enum ? 'multiple' : 'tags'}
          value={items.filter((item): item is string => typeof item === 'string')}
          disabled={readOnly}
          onChange={(next: string[]) => set(path, next.length > 0 ? next : undefined)}
          options={itemSchema.enum?.map((option) => ({ value: option, label: itemSchema.enumLabels?.[option] ? text(itemSchema.enumLabels[option]) : option }))}
          placeholder={t('form.choose')}
          style={{ minWidth: 240 }}
        />
      </Form.Item>
    );
  }

  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved);
    set(path, next);
  };
  return (
    <Form.Item label={title} validateStatus={here.length ? 'error' : undefined} help={<IssueText issues={here} />}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {items.map((item, i) => (
          <Card
            key={i}
            size="small"
            title={`#${i + 1}`}
            extra={!readOnly && (
              <Space size={0}>
                <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={t('policies.editor.moveUp')} />
                <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={i === items.length - 1} onClick={() => move(i, i + 1)} aria-label={t('policies.editor.moveDown')} />
                <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => remove([...path, i])} aria-label={t('policies.editor.removeItem')} />
              </Space>
            )}
          >
            <SchemaField schema={itemSchema} path={[...path, i]} value={item} label={itemSchema.type === 'object' ? '' : `#${i + 1}`} />
          </Card>
        ))}
        {!readOnly && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => append(path, defaultValue(itemSchema) ?? null)}>
            {t('policies.editor.addItem')}
          </Button>
        )}
      </Space>
    </Form.Item>
  );
}

function ObjectFields({ schema, path, value, label }: FieldProps & { readonly schema: Extract<JsonSchema, { type: 'object' }> }) {
  const { issues } = usePolicyEditing();
  const { text } = useI18n();
  const record = asObject(value);
  const pointer = toPointer(path);
  const known = new Set(Object.keys(schema.properties));
  // Problems no field shows: the object itself, or keys the schema does not know.
  const stray = issuesWithin(issues, pointer).filter((issue) => {
    const rest = issue.pointer.slice(pointer.length).split('/');
    return issue.pointer === pointer || (rest.length === 2 && !known.has(rest[1] ?? ''));
  });
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties);
  const body = (
    <>
      <IssueText issues={stray} withPointer />
      <Row gutter={16}>
        {entries.map(([key, sub]) => (
          // Scalars share a row; lists and nested objects take a row of their own.
          <Col key={key} xs={24} md={sub.type === 'array' || sub.type === 'object' ? 24 : 12} xl={sub.type === 'array' || sub.type === 'object' ? 24 : 8}>
            <SchemaField schema={sub} path={[...path, key]} value={record[key]} required={required.has(key)} />
          </Col>
        ))}
      </Row>
    </>
  );
  const title = label ?? (schema.title ? text(schema.title) : undefined);
  return title ? <Form.Item label={title}>{body}</Form.Item> : body;
}

/** One value of a params object, edited in place in the policy document. */
export function SchemaField(props: FieldProps) {
  const { issues, warnings } = usePolicyEditing();
  const { text } = useI18n();
  const { schema, path, required, label } = props;
  if (schema.type === 'object') return <ObjectFields {...props} schema={schema} />;
  if (schema.type === 'array') return <ListField {...props} schema={schema} />;
  const here = issuesAt(issues, toPointer(path));
  const cautions = warnings.filter((w) => w.pointer === toPointer(path));
  return (
    <Form.Item
      label={label ?? (schema.title ? text(schema.title) : String(path[path.length - 1]))}
      required={required}
      tooltip={schema.description ? text(schema.description) : undefined}
      validateStatus={here.length > 0 ? 'error' : cautions.length > 0 ? 'warning' : undefined}
      help={here.length > 0 ? <IssueText issues={here} /> : cautions.length > 0 ? cautions.map((w) => text(w.message)).join('；') : undefined}
    >
      <ScalarControl {...props} />
    </Form.Item>
  );
}
