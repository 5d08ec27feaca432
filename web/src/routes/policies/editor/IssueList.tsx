// Every validation issue with its JSON pointer, where it is (fee item, rule), and the engine's message;
// clicking one selects the offending text in the raw view.
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, List, Tag, Typography } from 'antd';
import type { Issue, LintFinding } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';
import { issuePlace } from './issue-location';

interface Props {
  readonly issues: readonly Issue[];
  readonly warnings?: readonly LintFinding[];
  readonly doc: unknown;
  readonly onSelect?: (at: Pick<Issue, 'pointer'>) => void;
}

/** Compliance warnings: the document is valid, but a court would likely cut or refuse part of it. */
function WarningList({ warnings, onSelect }: { readonly warnings: readonly LintFinding[]; readonly onSelect?: Props['onSelect'] }) {
  const { t, text } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <List
      data-testid="policy-warnings"
      size="small"
      bordered
      style={{ marginTop: 12 }}
      header={<Typography.Text type="warning" strong><WarningOutlined /> {t('policies.editor.warningCount', { n: warnings.length })}</Typography.Text>}
      dataSource={[...warnings]}
      renderItem={(warning) => (
        <List.Item style={{ cursor: onSelect ? 'pointer' : undefined }} onClick={() => onSelect?.(warning)}>
          <div>
            <Typography.Text code>{warning.pointer}</Typography.Text>
            <div><Typography.Text type="warning">{text(warning.message)}</Typography.Text></div>
          </div>
        </List.Item>
      )}
    />
  );
}

export function IssueList({ issues, warnings = [], doc, onSelect }: Props) {
  const { t, text } = useI18n();
  if (issues.length === 0) {
    return (
      <>
        <Alert data-testid="policy-valid" type="success" showIcon icon={<CheckCircleOutlined />} message={t('policies.editor.valid')} />
        <WarningList warnings={warnings} onSelect={onSelect} />
      </>
    );
  }
  return (
    <List
      data-testid="policy-issues"
      size="small"
      bordered
      header={<Typography.Text type="danger" strong>{t('policies.editor.issueCount', { n: issues.length })}</Typography.Text>}
      dataSource={[...issues]}
      renderItem={(issue) => {
        const place = issuePlace(doc, issue.pointer);
        return (
          <List.Item
            data-testid="policy-issue"
            style={{ cursor: onSelect ? 'pointer' : undefined }}
            onClick={() => onSelect?.(issue)}
          >
            <div>
              <div>
                {place.feeItem && <Tag>{place.feeItem}</Tag>}
                {place.rule && <Tag color="red">{t('policies.editor.ruleTitle', { n: place.rule.index + 1, name: place.rule.name || '—' })}</Tag>}
                {place.slot && <Tag color="orange">{t(`policies.editor.slots.${place.slot as 'due' | 'lateFee' | 'dunning'}`)}</Tag>}
                <Typography.Text code>{issue.pointer}</Typography.Text>
              </div>
              <Typography.Text type="danger">{text(issue.message)}</Typography.Text>
            </div>
          </List.Item>
        );
      }}
    />
  );
}
