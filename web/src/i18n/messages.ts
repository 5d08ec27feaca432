import type { EnumName } from '../domain/enums';
import type { FieldIssue, FormatContext } from '../fields/types';
import type { DbErrorDescription } from '../providers/postgrest-errors';
import { DICTIONARIES, interpolate, lookup } from './dictionary';
import type { Locale } from './locales';

/** The label of an enum value; custom values (e.g. owner tags nobody translated) show as they are. */
export function enumLabel(locale: Locale, name: EnumName, value: string): string {
  const labels: Readonly<Record<string, string>> = DICTIONARIES[locale].enums[name];
  return Object.hasOwn(labels, value) ? (labels[value] ?? value) : value;
}

export function formatContextFor(locale: Locale): FormatContext {
  const common = DICTIONARIES[locale].common;
  return {
    locale,
    enumLabel: (name, value) => enumLabel(locale, name, value),
    booleanLabel: (value) => (value ? common.yes : common.no),
  };
}

export function fieldIssueText(locale: Locale, issue: FieldIssue): string {
  return interpolate(DICTIONARIES[locale].fieldIssues[issue.code], issue.params);
}

/** Human name of a column or table, e.g. room_no → 房号; falls back to the raw name. */
export type NameOf = (kind: 'column' | 'table', name: string) => string;

/** Default table naming: the resource's menu label when the dictionary has one. */
export function tableLabel(locale: Locale, table: string): string {
  return lookup(DICTIONARIES[locale], `${table}.${table}`) ?? table;
}

export function dbErrorText(locale: Locale, error: DbErrorDescription, nameOf: NameOf): string {
  const messages = DICTIONARIES[locale].dbErrors;
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const fields = error.columns.map((column) => nameOf('column', column)).join(separator) || messages.anyField;
  return interpolate(messages[error.key], {
    fields,
    table: error.table ? nameOf('table', error.table) : '',
    constraint: error.constraint,
    detail: error.detail,
  });
}

/** Browser tab title of a page, e.g. "编辑房屋 | FeeGrid"; the app name alone outside resources. */
export function pageTitle(locale: Locale, resource: string | undefined, action: string | undefined): string {
  const dictionary = DICTIONARIES[locale];
  const title = resource && (lookup(dictionary, `${resource}.titles.${action}`) ?? lookup(dictionary, `${resource}.${resource}`));
  return title ? `${title}${dictionary.documentTitle.suffix}` : dictionary.documentTitle.default;
}
