// The policy's shared conditions: named condition groups written once (住宅, 优惠对象 …) that any rule of any
// fee item uses by name. Renaming one carries every reference along; one still in use cannot be removed.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { SHARED_NAME_LIMIT } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesWithin, toPointer } from '../document/pointer';
import { isObj } from '../document/shape';
import { freeName, renameShared, sharedUses } from '../document/shared';
import { ConditionNode, newLeaf } from './ConditionBuilder';
import { ConditionSummary } from './ConditionSummary';
import { usePolicyEditing } from './editor-context';
import { CardIssues, invalidCardProps } from './IssueText';

function SharedConditionCard({ name, tree, uses }: { readonly name: string; readonly tree: unknown; readonly uses: number }) {
  const { set, update, readOnly, issues, sharedNames } = usePolicyEditing();
  const { t } = useI18n();
  // The name is committed when the field is left: every keystroke would otherwise rename (and re-key) the card.
  const [draft, setDraft] = useState(name);
  const trimmed = draft.trim();
  const problem = trimmed === '' ? t('policies.editor.shared.nameEmpty')
    : trimmed !== name && sharedNames.includes(trimmed) ? t('policies.editor.shared.nameTaken')
      : trimmed.length > SHARED_NAME_LIMIT ? t('policies.editor.shared.nameTooLong', { n: SHARED_NAME_LIMIT }) : null;
  const commit = () => {
    if (problem === null && trimmed !== name) update((doc) => renameShared(doc, name, trimmed));
  };
  const all = issuesWithin(issues, toPointer(['sharedConditions', name]));

  return (
    <Card
      size="small"
      data-testid="shared-condition"
      data-name={name}
      {...invalidCardProps(all, 8)}
      title={
        <Space>
          <Form.Item style={{ margin: 0 }} validateStatus={problem ? 'error' : undefined} help={problem}>
            <Input
              data-testid="shared-condition-name"
              value={draft}
              disabled={readOnly}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={commit}
              onPressEnter={commit}
              aria-label={t('policies.editor.shared.name')}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Tag data-testid="shared-condition-uses">{t('policies.editor.shared.uses', { n: uses })}</Tag>
        </Space>
      }
      extra={!readOnly && (uses > 0 ? (
        <Tooltip title={t('policies.editor.shared.inUse', { n: uses })}>
          <Button type="text" danger disabled icon={<DeleteOutlined />} aria-label={t('policies.editor.shared.remove')} />
        </Tooltip>
      ) : (
        <Popconfirm title={t('policies.editor.shared.removeConfirm')} onConfirm={() => set(['sharedConditions', name], undefined)}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('policies.editor.shared.remove')} data-testid="shared-condition-remove" />
        </Popconfirm>
      ))}
    >
      <CardIssues issues={all} />
      <ConditionSummary conditions={tree} />
      <ConditionNode path={['sharedConditions', name]} value={tree} top />
    </Card>
  );
}

export function SharedConditions({ doc }: { readonly doc: Record<string, unknown> }) {
  const { set, readOnly, sharedNames } = usePolicyEditing();
  const { t } = useI18n();
  const shared = isObj(doc.sharedConditions) ? doc.sharedConditions : {};
  const uses = sharedUses(doc);
  return (
    <Card
      size="small"
      data-testid="shared-conditions"
      title={t('policies.editor.shared.title')}
      style={{ marginBottom: 16 }}
      extra={!readOnly && (
        <Button size="small" icon={<PlusOutlined />} data-testid="add-shared-condition"
          onClick={() => set(['sharedConditions', freeName(sharedNames, t('policies.editor.shared.base'))], { all: [newLeaf()] })}>
          {t('policies.editor.shared.add')}
        </Button>
      )}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: sharedNames.length ? 12 : 0 }}>{t('policies.editor.shared.hint')}</Typography.Paragraph>
      {Object.entries(shared).map(([name, tree]) => (
        <SharedConditionCard key={name} name={name} tree={tree} uses={uses.get(name) ?? 0} />
      ))}
    </Card>
  );
}
