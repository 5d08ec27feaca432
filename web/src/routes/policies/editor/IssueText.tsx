import { Typography } from 'antd';
import type { Issue } from '../../../../../rules';
import { useI18n } from '../../../i18n/use-i18n';

/** The issues at one place, under a field or at the top of a card. */
export function IssueText({ issues, withPointer = false }: { readonly issues: readonly Issue[]; readonly withPointer?: boolean }) {
  const { text } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div data-testid="field-issues">
      {issues.map((issue, i) => (
        <Typography.Text key={i} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {withPointer && <code style={{ marginRight: 6 }}>{issue.pointer}</code>}
          {text(issue.message)}
        </Typography.Text>
      ))}
    </div>
  );
}

/** How a card with issues inside it shows that: marked for tests and outlined red. */
export const invalidCardProps = (issues: readonly Issue[], marginBottom: number) => ({
  'data-invalid': issues.length > 0 ? 'true' : 'false',
  style: { marginBottom, borderColor: issues.length > 0 ? '#ff4d4f' : undefined },
});

/** Every issue inside a card, listed at its top with its pointer: some have no field to sit under. */
export function CardIssues({ issues }: { readonly issues: readonly Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <div style={{ marginBottom: 12 }}>
      <IssueText issues={issues} withPointer />
    </div>
  );
}
