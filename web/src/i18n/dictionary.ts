import { en } from './en';
import type { Locale } from './locales';
import { zhCN } from './zh-CN';

/** Every dictionary has exactly the Chinese one's keys (en.ts is typed with this). */
export type Dictionary = typeof zhCN;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Dotted path of a message, e.g. "header.project"; typos fail to compile. */
export type TranslationKey = Leaves<Dictionary>;

export type MessageParams = Readonly<Record<string, string | number | undefined>>;

export const DICTIONARIES: Readonly<Record<Locale, Dictionary>> = { 'zh-CN': zhCN, en };

/** Replaces {{name}} placeholders; unknown placeholders become empty. */
export function interpolate(template: string, params?: MessageParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
}

/** Looks up a dotted key of any shape (refine builds keys at run time); undefined when absent. */
export function lookup(dictionary: Dictionary, key: string, params?: MessageParams): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? interpolate(node, params) : undefined;
}

export function translate(locale: Locale, key: TranslationKey, params?: MessageParams): string {
  return lookup(DICTIONARIES[locale], key, params) ?? key;
}
