// Renders explanation lines as text a clerk reads, in either language.
import type { Locale } from '../localized.js';
import type { ExplanationLine } from '../evaluate/types.js';

export function fill(template: string, values: Readonly<Record<string, string>> | undefined): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values?.[key] ?? `{{${key}}}`);
}

export function formatLine(line: ExplanationLine, locale: Locale = 'zh-CN'): string {
  const text = fill(line.t[locale], line.v);
  return line.amount !== undefined ? `${text} = ¥${line.amount}` : text;
}

/** The whole explanation, one line per effect, e.g. for a "why this amount" panel or a test. */
export function formatExplanation(lines: readonly ExplanationLine[], locale: Locale = 'zh-CN'): string {
  return lines.map((l) => formatLine(l, locale)).join('\n');
}
