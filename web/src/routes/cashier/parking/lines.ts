// The lines of a parking handover as an attendant types or pastes them (车位号 ⇥ 金额, straight from Excel/WPS):
// each amount read like any money field, blank lines skipped, and the total exact (decimal.js).
import { fieldIssueText } from '../../../i18n/messages';
import type { Locale } from '../../../i18n/locales';
import { parseTsv } from '../../bills/grid/tsv';
import { AMOUNT_RULES, readAmount, sumAmounts } from '../amounts';

export interface HandoverLine {
  readonly spaceCode: string;
  readonly amount: string;
}

export interface LineProblem {
  /** 1-based, as the attendant counts the lines. */
  readonly line: number;
  readonly message: string;
}

/** Lines from pasted text; a line with a missing space or a bad amount is a problem named by its number. */
export function pastedLines(text: string, locale: Locale): { lines: HandoverLine[]; problems: LineProblem[] } {
  const lines: HandoverLine[] = [];
  const problems: LineProblem[] = [];
  parseTsv(text).forEach((cells, i) => {
    const [code = '', amountText = ''] = cells.map((c) => c.trim());
    if (code === '' && amountText === '') return;
    const amount = readAmount(amountText, AMOUNT_RULES.payment);
    if (code === '') problems.push({ line: i + 1, message: fieldIssueText(locale, { code: 'required' }) });
    else if (!amount.ok) problems.push({ line: i + 1, message: `${code}: ${fieldIssueText(locale, amount.issue)}` });
    else lines.push({ spaceCode: code, amount: amount.value.toFixed(2) });
  });
  return { lines, problems };
}

export const linesTotal = (lines: readonly HandoverLine[]): string => sumAmounts(lines.map((l) => l.amount));
