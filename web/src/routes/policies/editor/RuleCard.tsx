// One rule of a fee item as a card: its name and priority, its conditions, and the action it runs. A rule
// with validation issues is marked red and lists them.
import { DeleteOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Form, Input, InputNumber, Popconfirm, Row, Tag } from 'antd';
import type { Phase } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, issuesWithin, toPointer, type Segment } from '../document/pointer';
import type { EditableRule } from '../document/shape';
import { policyRegistry } from '../registry';
import { ActionEditor } from './ActionEditor';
import { ConditionNode } from './ConditionBuilder';
import { ConditionSummary } from './ConditionSummary';
import { usePolicyEditing } from './editor-context';
import { CardIssues, IssueText, invalidCardProps } from './IssueText';

/** Phases a rule's event may have (the others belong to the fee item's slots). */
export const RULE_PHASES: readonly Phase[] = ['start', 'base', 'status', 'discount', 'surcharge', 'cap'];

export function RuleCard({ path, rule, index }: { readonly path: readonly Segment[]; readonly rule: EditableRule; readonly index: number }) {
  const { set, remove, readOnly, issues } = usePolicyEditing();
  const { t, text } = useI18n();
  const pointer = toPointer(path);
  const all = issuesWithin(issues, pointer);
  const name = typeof rule.name === 'string' ? rule.name : '';
  const type = typeof (rule.event as { type?: unknown } | undefined)?.type === 'string' ? (rule.event as { type: string }).type : undefined;
  const action = type ? policyRegistry.action(type) : undefined;
  const nameIssues = issuesAt(issues, `${pointer}/name`);
  const priorityIssues = issuesAt(issues, `${pointer}/priority`);

  return (
    <Card
      size="small"
      data-testid="rule-card"
      data-rule={name}
      {...invalidCardProps(all, 12)}
      title={
        <span>
          {all.length > 0 && <ExclamationCircleOutlined style={{ color: '#ff4d4f', marginRight: 6 }} />}
          {t('policies.editor.ruleTitle', { n: index + 1, name: name || '—' })}
          {action && <Tag style={{ marginLeft: 8 }}>{text(action.label)}</Tag>}
          {all.length > 0 && <Badge count={all.length} style={{ marginLeft: 8 }} />}
        </span>
      }
      extra={!readOnly && (
        <Popconfirm title={t('policies.editor.removeRuleConfirm')} onConfirm={() => remove(path)}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('policies.editor.removeRule')} />
        </Popconfirm>
      )}
    >
      <CardIssues issues={all} />
      <ConditionSummary conditions={rule.conditions} />
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item label={t('policies.editor.ruleName')} required validateStatus={nameIssues.length ? 'error' : undefined} help={<IssueText issues={nameIssues} />}>
            <Input data-testid="rule-name" value={name} disabled={readOnly} onChange={(e) => set([...path, 'name'], e.target.value)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('policies.editor.priority')} tooltip={t('policies.editor.priorityHint')} validateStatus={priorityIssues.length ? 'error' : undefined} help={<IssueText issues={priorityIssues} />}>
            <InputNumber
              data-testid="rule-priority"
              precision={0}
              min={1}
              value={typeof rule.priority === 'number' ? rule.priority : null}
              disabled={readOnly}
              onChange={(next) => set([...path, 'priority'], typeof next === 'number' ? next : undefined)}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('policies.editor.conditions')}>
        <ConditionNode path={[...path, 'conditions']} value={rule.conditions} top />
      </Form.Item>
      <ActionEditor path={[...path, 'event']} value={rule.event} phases={RULE_PHASES} label={t('policies.editor.action')} />
    </Card>
  );
}
