// Picks the plugin action a rule (or a fee item's due / late-fee / dunning slot) runs, and edits its params
// with a form generated from the action's paramsSchema.
import { Form, Select, Typography } from 'antd';
import type { Phase } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, toPointer, type Segment } from '../document/pointer';
import { isObj } from '../document/shape';
import { policyRegistry } from '../registry';
import { usePolicyEditing } from './editor-context';
import { IssueText } from './IssueText';
import { SchemaField } from './SchemaField';
import { defaultParams } from './schema-defaults';

interface Props {
  readonly path: readonly Segment[];
  readonly value: unknown;
  readonly phases: readonly Phase[];
  readonly label: string;
}

export function ActionEditor({ path, value, phases, label }: Props) {
  const { set, readOnly, issues } = usePolicyEditing();
  const { t, text } = useI18n();
  const ref = isObj(value) ? value : {};
  const type = typeof ref.type === 'string' ? ref.type : undefined;
  const action = type ? policyRegistry.action(type) : undefined;
  const actions = policyRegistry.allActions().filter((a) => phases.includes(a.phase));
  const byPlugin = new Map<string, typeof actions>();
  for (const a of actions) byPlugin.set(a.plugin.id, [...(byPlugin.get(a.plugin.id) ?? []), a]);
  const typeIssues = issuesAt(issues, toPointer([...path, 'type']));
  const options = [...byPlugin.values()].map((group) => ({
    label: text(group[0]!.plugin.label),
    options: group.map((a) => ({ value: a.type, label: `${text(a.label)} · ${a.type}` })),
  }));
  // An unknown type stays visible (and is reported) rather than silently dropped.
  if (type && !action) options.push({ label: t('policies.editor.unknownAction'), options: [{ value: type, label: type }] });

  return (
    <div data-testid={`action-${toPointer(path)}`}>
      <Form.Item label={label} required validateStatus={typeIssues.length ? 'error' : undefined} help={<IssueText issues={typeIssues} />}>
        <Select
          data-testid="action-type"
          showSearch
          optionFilterProp="label"
          value={type}
          disabled={readOnly}
          placeholder={t('policies.editor.chooseAction')}
          onChange={(next: string) => {
            const chosen = policyRegistry.action(next);
            set(path, { type: next, params: chosen ? defaultParams(chosen.paramsSchema) : {} });
          }}
          options={options}
          style={{ width: '100%', maxWidth: 520 }}
        />
      </Form.Item>
      {action?.description && <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{text(action.description)}</Typography.Paragraph>}
      {action && <SchemaField schema={action.paramsSchema} path={[...path, 'params']} value={ref.params ?? {}} label="" />}
    </div>
  );
}
