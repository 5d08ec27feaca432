// The structured view of a policy: document settings, then each fee item with its rules as cards. It edits
// the same document as the raw JSON view; a document it cannot draw is sent back to the raw view.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Col, Collapse, Dropdown, Form, Input, Popconfirm, Row, Space } from 'antd';
import { memo } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { issuesAt, issuesWithin, toPointer } from '../document/pointer';
import { isEditable, isObj } from '../document/shape';
import { feeItemSkeleton, type FeeItemLike } from '../document/starter';
import { usePolicyEditing } from './editor-context';
import { FeeItemPanel } from './FeeItemPanel';
import { IssueText } from './IssueText';
import { RoundingFields } from './RoundingFields';
import { SharedConditions } from './SharedConditions';

function DocumentSettings({ doc }: { readonly doc: Record<string, unknown> }) {
  const { set, readOnly, issues } = usePolicyEditing();
  const { t } = useI18n();
  const timezoneIssues = issuesAt(issues, '/timezone');
  return (
    <Row gutter={16}>
      <RoundingFields path={['rounding']} value={doc.rounding} />
      <Col xs={24} md={8}>
        <Form.Item label={t('policies.editor.timezone')} validateStatus={timezoneIssues.length ? 'error' : undefined} help={<IssueText issues={timezoneIssues} />}>
          <Input value={typeof doc.timezone === 'string' ? doc.timezone : ''} placeholder="Asia/Shanghai" disabled={readOnly}
            onChange={(e) => set(['timezone'], e.target.value === '' ? undefined : e.target.value)} style={{ maxWidth: 220 }} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** Memoised: the editor re-renders for many reasons (saving, simulating) that do not change the form. */
export const StructuredView = memo(function StructuredView({ doc, projectFeeItems }: { readonly doc: unknown; readonly projectFeeItems: readonly FeeItemLike[] }) {
  const { append, remove, readOnly, issues } = usePolicyEditing();
  const { t, text, locale } = useI18n();
  if (!isEditable(doc)) {
    return <Alert type="warning" showIcon message={t('policies.editor.notEditable')} />;
  }
  const present = new Set(doc.feeItems.map((item) => item.code));
  const addable = projectFeeItems.filter((item) => !present.has(item.code));
  // Shared conditions' issues are shown in their own cards, unless the whole list is malformed.
  const documentIssues = issuesWithin(issues, '').filter((i) => !i.pointer.startsWith('/feeItems/') && !i.pointer.startsWith('/rounding') && i.pointer !== '/timezone'
    && !i.pointer.startsWith('/sharedConditions/'));

  return (
    <Form layout="vertical" component="div">
      <DocumentSettings doc={doc} />
      <IssueText issues={documentIssues} withPointer />
      <SharedConditions doc={doc} />
      <Collapse
        defaultActiveKey={doc.feeItems.length <= 2 ? doc.feeItems.map((_, i) => String(i)) : ['0']}
        items={doc.feeItems.map((item, i) => {
          const count = issuesWithin(issues, toPointer(['feeItems', i])).length;
          const name = isObj(item.name) && typeof item.name[locale] === 'string' ? (item.name[locale] as string) : '';
          return {
            key: String(i),
            label: (
              <Space data-testid="fee-item-header">
                <span>{name || String(item.code ?? '')}</span>
                <code>{String(item.code ?? '')}</code>
                {t('policies.editor.ruleCount', { n: item.rules.length })}
                {count > 0 && <Badge count={count} />}
              </Space>
            ),
            extra: !readOnly && (
              <Popconfirm title={t('policies.editor.removeFeeItemConfirm')} onConfirm={() => remove(['feeItems', i])}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={(e) => e.stopPropagation()} aria-label={t('policies.editor.removeFeeItem')} />
              </Popconfirm>
            ),
            children: <FeeItemPanel path={['feeItems', i]} item={item} />,
          };
        })}
      />
      {!readOnly && (
        <Dropdown
          menu={{
            items: [
              ...addable.map((item) => ({ key: item.code, label: `${text({ 'zh-CN': item.name_zh, en: item.name_en })} (${item.code})` })),
              { key: '', label: t('policies.editor.blankFeeItem') },
            ],
            onClick: ({ key }) => {
              const item = addable.find((candidate) => candidate.code === key);
              append(['feeItems'], item ? feeItemSkeleton(item) : { code: '', cycle: 'month', rules: [] });
            },
          }}
        >
          <Button icon={<PlusOutlined />} style={{ marginTop: 12 }}>{t('policies.editor.addFeeItem')}</Button>
        </Dropdown>
      )}
    </Form>
  );
});
