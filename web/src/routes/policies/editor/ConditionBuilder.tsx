// The condition builder: nested all / any / not groups of conditions "fact → path, operator, value" or
// references to the policy's shared conditions, with the facts' and operators' labels from the plugin registry
// and each value typed by the fact's schema.
import { DeleteOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Card, DatePicker, Input, InputNumber, Select, Space, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ENUMS } from '../../../domain/enums';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesWithin, toPointer, type Segment } from '../document/pointer';
import { isObj } from '../document/shape';
import { namesOffered } from '../document/shared';
import { policyRegistry } from '../registry';
import { usePolicyEditing } from './editor-context';
import { ELEMENT_OPERATORS, comparisonProblem, isFactRef, schemaAt, type FactRef } from '../../../../../rules';
import { comparableFields, emptyValue, factPaths, refTo, valueKindFor, type ValueKind } from './fact-paths';
import { IssueText } from './IssueText';

type GroupKind = 'all' | 'any' | 'not';
const DATE = 'YYYY-MM-DD';

const refKey = (ref: FactRef): string => JSON.stringify([ref.fact, ref.path ?? null]);

function schemaOfRef(ref: FactRef) {
  const fact = policyRegistry.fact(ref.fact);
  return fact ? schemaAt(fact.schema, ref.path) : undefined;
}

export const newLeaf = () => ({ fact: 'unit', path: '$.usage', operator: 'equal', value: 'residential' });

const groupKindOf = (node: Record<string, unknown>): GroupKind | undefined =>
  'all' in node ? 'all' : 'any' in node ? 'any' : 'not' in node ? 'not' : undefined;

function ValueInput({ kind, value, onChange, disabled, suggestions }: {
  readonly kind: ValueKind;
  readonly value: unknown;
  readonly onChange: (next: unknown) => void;
  readonly disabled: boolean;
  readonly suggestions: readonly { value: string; label: string }[];
}) {
  const { t, text } = useI18n();
  const style = { minWidth: 160 };
  switch (kind.kind) {
    case 'enum':
      return (
        <Select
          data-testid="condition-value"
          mode={kind.multiple ? 'multiple' : undefined}
          value={kind.multiple ? (Array.isArray(value) ? value : []) : (value as string | undefined)}
          disabled={disabled}
          placeholder={t('form.choose')}
          onChange={onChange}
          options={kind.options.map((o) => ({ value: o.value, label: o.label ? text(o.label) : o.value }))}
          style={style}
        />
      );
    case 'boolean':
      return (
        <Select
          data-testid="condition-value"
          value={typeof value === 'boolean' ? String(value) : undefined}
          disabled={disabled}
          onChange={(next: string) => onChange(next === 'true')}
          options={[{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }]}
          style={{ minWidth: 100 }}
        />
      );
    case 'date':
      return (
        <DatePicker
          data-testid="condition-value"
          format={DATE}
          value={typeof value === 'string' && dayjs(value, DATE, true).isValid() ? dayjs(value, DATE) : null}
          disabled={disabled}
          onChange={(next: Dayjs | null) => onChange(next ? next.format(DATE) : '')}
        />
      );
    case 'number':
      return (
        <InputNumber
          data-testid="condition-value"
          value={typeof value === 'number' ? value : null}
          disabled={disabled}
          onChange={(next) => onChange(typeof next === 'number' ? next : 0)}
          style={style}
        />
      );
    case 'text':
      if (kind.multiple) {
        return (
          <Select
            data-testid="condition-value"
            mode="tags"
            value={Array.isArray(value) ? value.map(String) : []}
            disabled={disabled}
            onChange={onChange}
            options={[...suggestions]}
            style={style}
          />
        );
      }
      return suggestions.length > 0 ? (
        <AutoComplete
          data-testid="condition-value"
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(next: string) => onChange(next)}
          options={[...suggestions]}
          style={style}
        />
      ) : (
        <Input data-testid="condition-value" value={typeof value === 'string' ? value : JSON.stringify(value ?? '')} disabled={disabled} onChange={(e) => onChange(e.target.value)} style={style} />
      );
  }
}

function LeafEditor({ path, node, onRemove }: { readonly path: readonly Segment[]; readonly node: Record<string, unknown>; readonly onRemove?: () => void }) {
  const { set, readOnly, issues } = usePolicyEditing();
  const { t, text, enumLabel } = useI18n();
  const factId = typeof node.fact === 'string' ? node.fact : undefined;
  const fact = factId ? policyRegistry.fact(factId) : undefined;
  const factPath = typeof node.path === 'string' ? node.path : undefined;
  const operator = typeof node.operator === 'string' ? node.operator : undefined;
  const schema = fact ? schemaAt(fact.schema, factPath) : undefined;
  const kind = valueKindFor(schema, operator);
  const ref = isFactRef(node.value) ? node.value : undefined;
  const fields = comparableFields(policyRegistry.allFacts(), operator, schema, { fact: factId, path: factPath });
  const paths = fact ? factPaths(fact) : [];
  const isArray = schema?.type === 'array';
  const operators = policyRegistry.allOperators().filter((op) =>
    !op.builtin || op.name === operator || (isArray ? ELEMENT_OPERATORS.includes(op.name) : !ELEMENT_OPERATORS.includes(op.name)));
  // Owner tags are free text with a few well-known ones.
  const suggestions = factId === 'owner' && factPath === '$.tags'
    ? ENUMS.owner_tag.map((tag) => ({ value: tag, label: `${enumLabel('owner_tag', tag)} (${tag})` }))
    : [];
  const update = (changes: Record<string, unknown>) => {
    const next = { ...node, ...changes };
    if (next.path === undefined) delete next.path;
    set(path, next);
  };
  const leafIssues = issuesWithin(issues, toPointer(path));
  // A new operator keeps the value when it still fits: the same kind of constant, or a field it can still compare with.
  const valueAfterOperator = (next: string): unknown => {
    const nextKind = valueKindFor(schema, next);
    if (ref) {
      const refSchema = schemaOfRef(ref);
      return schema && refSchema && comparisonProblem(next, schema, refSchema) === null ? ref : emptyValue(nextKind);
    }
    const sameShape = nextKind.kind === kind.kind && ('multiple' in nextKind && nextKind.multiple) === ('multiple' in kind && kind.multiple);
    return sameShape ? node.value : emptyValue(nextKind);
  };

  return (
    <div data-testid="condition-leaf" style={{ marginBottom: 8 }}>
      <Space wrap align="start">
        <Select
          data-testid="condition-fact"
          value={factId}
          disabled={readOnly}
          placeholder={t('policies.editor.fact')}
          onChange={(next: string) => {
            const first = factPaths(policyRegistry.fact(next)!)[0];
            update({ fact: next, path: first?.path, operator: 'equal', value: '' });
          }}
          options={policyRegistry.allFacts().map((f) => ({ value: f.id, label: text(f.label) }))}
          style={{ minWidth: 130 }}
        />
        <Select
          data-testid="condition-path"
          value={factPath ?? ''}
          disabled={readOnly || !fact}
          placeholder={t('policies.editor.path')}
          onChange={(next: string) => {
            const nextPath = next === '' ? undefined : next;
            update({ path: nextPath, value: emptyValue(valueKindFor(schemaAt(fact!.schema, nextPath), operator)) });
          }}
          options={paths.map((p) => ({ value: p.path ?? '', label: p.labels.length > 1 ? p.labels.slice(1).map(text).join(' › ') : t('policies.editor.wholeFact') }))}
          style={{ minWidth: 180 }}
        />
        <Select
          data-testid="condition-operator"
          value={operator}
          disabled={readOnly}
          placeholder={t('policies.editor.operator')}
          onChange={(next: string) => update({ operator: next, value: valueAfterOperator(next) })}
          options={operators.map((op) => ({ value: op.name, label: text(op.label) }))}
          style={{ minWidth: 120 }}
        />
        <Select
          data-testid="condition-value-source"
          value={ref ? 'fact' : 'constant'}
          disabled={readOnly}
          onChange={(next: string) => update({ value: next === 'fact' ? refTo(fields[0]!) : emptyValue(kind) })}
          options={[
            { value: 'constant', label: t('policies.editor.valueSource.constant') },
            { value: 'fact', label: t('policies.editor.valueSource.fact'), disabled: fields.length === 0 },
          ]}
          style={{ minWidth: 110 }}
        />
        {ref ? (
          <Select
            data-testid="condition-value-fact"
            value={refKey(ref)}
            disabled={readOnly}
            placeholder={t('policies.editor.otherFact')}
            onChange={(key: string) => update({ value: refTo(fields.find((f) => refKey(refTo(f)) === key)!) })}
            // A reference the builder would not offer (typed in the JSON view) stays visible, named as written.
            options={[
              ...(fields.some((f) => refKey(refTo(f)) === refKey(ref)) ? [] : [{ value: refKey(ref), label: `${ref.fact}${ref.path ?? ''}` }]),
              ...fields.map((f) => ({ value: refKey(refTo(f)), label: f.labels.map(text).join(' › ') })),
            ]}
            style={{ minWidth: 200 }}
          />
        ) : (
          <ValueInput kind={kind} value={node.value} onChange={(value) => update({ value })} disabled={readOnly} suggestions={suggestions} />
        )}
        {!readOnly && onRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('policies.editor.removeCondition')} />}
      </Space>
      <IssueText issues={leafIssues} />
    </div>
  );
}

/** A reference to a shared condition: which one, chosen by name. */
function SharedRefEditor({ path, node, onRemove }: { readonly path: readonly Segment[]; readonly node: Record<string, unknown>; readonly onRemove?: () => void }) {
  const { set, readOnly, issues, sharedNames, sharedReach } = usePolicyEditing();
  const { t } = useI18n();
  const name = typeof node.condition === 'string' ? node.condition : undefined;
  const offered = namesOffered(path, sharedNames, sharedReach);
  return (
    <div data-testid="condition-shared-ref" style={{ marginBottom: 8 }}>
      <Space wrap align="start">
        <Tag icon={<LinkOutlined />} color="blue">{t('policies.editor.shared.ref')}</Tag>
        <Select
          data-testid="condition-shared"
          value={name}
          disabled={readOnly}
          placeholder={t('form.choose')}
          onChange={(next: string) => set(path, { condition: next })}
          // A name typed in the JSON view that no shared condition has stays visible (validation says why).
          options={[...(name === undefined || offered.includes(name) ? [] : [name]), ...offered].map((n) => ({ value: n, label: n }))}
          style={{ minWidth: 200 }}
        />
        {!readOnly && onRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('policies.editor.removeCondition')} />}
      </Space>
      <IssueText issues={issuesWithin(issues, toPointer(path))} />
    </div>
  );
}

/** One condition: a group (all / any / not), a leaf, or a shared condition's name. A top condition is always a group. */
export function ConditionNode({ path, value, top = false, onRemove }: {
  readonly path: readonly Segment[];
  readonly value: unknown;
  readonly top?: boolean;
  readonly onRemove?: () => void;
}) {
  const { set, remove, append, readOnly, issues, sharedNames, sharedReach } = usePolicyEditing();
  const { t } = useI18n();
  const node = isObj(value) ? value : {};
  const kind = groupKindOf(node);
  const offered = namesOffered(path, sharedNames, sharedReach);
  if (!kind && !top && 'condition' in node) return <SharedRefEditor path={path} node={node} onRemove={onRemove} />;
  if (!kind && !top) return <LeafEditor path={path} node={node} onRemove={onRemove} />;

  const groupKind = kind ?? 'all';
  const children = groupKind === 'not' ? [node.not] : Array.isArray(node[groupKind]) ? (node[groupKind] as unknown[]) : [];
  const switchKind = (next: GroupKind) => {
    if (next === groupKind) return;
    if (next === 'not') set(path, { not: children[0] ?? newLeaf() });
    else set(path, { [next]: groupKind === 'not' ? [node.not ?? newLeaf()] : children });
  };
  const ownIssues = issuesWithin(issues, toPointer(path)).filter((i) => i.pointer === toPointer(path) || i.pointer === toPointer([...path, groupKind]));

  return (
    <Card
      size="small"
      data-testid="condition-group"
      style={{ marginBottom: 8, background: top ? undefined : 'rgba(0,0,0,0.02)' }}
      title={
        <Select
          data-testid="condition-group-kind"
          size="small"
          value={groupKind}
          disabled={readOnly}
          onChange={switchKind}
          options={(['all', 'any', 'not'] as const).map((k) => ({ value: k, label: t(`policies.editor.group.${k}`) }))}
          style={{ minWidth: 160 }}
        />
      }
      extra={!readOnly && onRemove && <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('policies.editor.removeCondition')} />}
    >
      <IssueText issues={ownIssues} />
      {groupKind === 'not' ? (
        <ConditionNode path={[...path, 'not']} value={node.not} />
      ) : (
        children.map((child, i) => (
          <ConditionNode key={i} path={[...path, groupKind, i]} value={child} onRemove={() => remove([...path, groupKind, i])} />
        ))
      )}
      {!readOnly && groupKind !== 'not' && (
        <Space>
          <Button size="small" icon={<PlusOutlined />} data-testid="add-condition" onClick={() => append([...path, groupKind], newLeaf())}>
            {t('policies.editor.addCondition')}
          </Button>
          <Button size="small" icon={<PlusOutlined />} onClick={() => append([...path, groupKind], { any: [newLeaf()] })}>
            {t('policies.editor.addGroup')}
          </Button>
          {offered.length > 0 && (
            <Button size="small" icon={<LinkOutlined />} data-testid="add-shared-ref" onClick={() => append([...path, groupKind], { condition: offered[0] })}>
              {t('policies.editor.shared.addRef')}
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
