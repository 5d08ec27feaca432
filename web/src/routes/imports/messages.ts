// Words for what an import found: a refused file, a row's problem (a field issue or one of the server's),
// and the counts of what it would do or did.
import type { FieldIssueCode } from '../../fields/types';
import { translate } from '../../i18n/dictionary';
import { fieldIssueText } from '../../i18n/messages';
import type { Locale } from '../../i18n/locales';
import { FIELD_ISSUE_CODES } from '../../fields/types';
import type { ImportKind, RowIssue, ServerIssueCode } from './kinds/types';
import type { ImportCounts } from './queries';
import type { ImportRefusal } from './sheet/refusal';

const isFieldIssue = (code: string): code is FieldIssueCode => (FIELD_ISSUE_CODES as readonly string[]).includes(code);

export function refusalText(locale: Locale, refusal: ImportRefusal): string {
  return translate(locale, `imports.refusals.${refusal.code}`, refusal.params);
}

export function issueText(locale: Locale, issue: RowIssue['issue']): string {
  if (isFieldIssue(issue.code)) return fieldIssueText(locale, { code: issue.code, ...(issue.params ? { params: issue.params } : {}) });
  const params = issue.params ?? {};
  // Optional params (a serial, a date) read as nothing when absent.
  return translate(locale, `imports.issues.${issue.code as ServerIssueCode}`, params).replace(/\s+([）)])/g, '$1').trim();
}

export function columnLabel(locale: Locale, kind: ImportKind, wire: string): string {
  return kind.columns.find((c) => c.wire === wire)?.field.label[locale] ?? wire;
}

export function countsText(locale: Locale, counts: ImportCounts): string {
  return Object.entries(counts)
    .map(([key, n]) => translate(locale, `imports.counts.${key as 'inserted'}`, { n }))
    .join(locale === 'zh-CN' ? '，' : ', ');
}
