// A condition tree in words under a rule's or shared condition's title (see condition-summary.ts).
import { Typography } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { policyRegistry } from '../registry';
import { conditionSummary, type SummaryWords } from './condition-summary';

/** "当 …" under a rule's (or shared condition's) title, in the console's language. */
export function ConditionSummary({ conditions, compact = false }: { readonly conditions: unknown; readonly compact?: boolean }) {
  const { t, text } = useI18n();
  const words: SummaryWords = {
    text,
    and: t('policies.editor.summary.and'),
    or: t('policies.editor.summary.or'),
    not: (inner) => t('policies.editor.summary.not', { inner }),
    shared: (name) => t('policies.editor.summary.shared', { name }),
    yes: t('common.yes'),
    no: t('common.no'),
    group: (inner) => t('policies.editor.summary.group', { inner }),
  };
  const summary = conditionSummary(conditions, policyRegistry, words);
  if (!summary) return null;
  return (
    <Typography.Paragraph type="secondary" data-testid="condition-summary" style={compact ? { margin: '0 0 4px', fontSize: 12 } : { marginBottom: 12 }}>
      {t('policies.editor.summary.when', { summary })}
    </Typography.Paragraph>
  );
}
