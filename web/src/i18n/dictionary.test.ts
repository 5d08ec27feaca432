import { describe, expect, it } from 'vitest';
import { ENUMS } from '../domain/enums';
import { FIELD_ISSUE_CODES } from '../fields/types';
import { DB_ERROR_KEYS } from '../providers/postgrest-errors';
import { DICTIONARIES, interpolate, lookup, translate } from './dictionary';
import { en } from './en';
import { zhCN } from './zh-CN';

/** Every dotted path to a message. */
function keysOf(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('use the same placeholders in both languages and leave no message empty', () => {
    for (const key of keysOf(zhCN)) {
      const zh = lookup(zhCN, key) ?? '';
      const english = lookup(en, key) ?? '';
      expect(placeholders(english), key).toEqual(placeholders(zh));
      expect(zh.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
    }
  });

  it('label every enum value, field issue and database error', () => {
    for (const dictionary of Object.values(DICTIONARIES)) {
      for (const [name, values] of Object.entries(ENUMS)) {
        for (const value of values) expect(lookup(dictionary, `enums.${name}.${value}`), value).toBeTruthy();
      }
      for (const code of FIELD_ISSUE_CODES) expect(lookup(dictionary, `fieldIssues.${code}`), code).toBeTruthy();
      for (const key of DB_ERROR_KEYS) expect(lookup(dictionary, `dbErrors.${key}`), key).toBeTruthy();
    }
  });
});

describe('translate', () => {
  it('looks up nested keys and fills placeholders', () => {
    expect(translate('zh-CN', 'list.total', { total: 42 })).toBe('共 42 条');
    expect(translate('en', 'list.total', { total: 42 })).toBe('42 in total');
    expect(lookup(zhCN, 'units.titles.edit')).toBe('编辑房屋');
  });

  it('reports missing keys and non-message nodes as absent', () => {
    expect(lookup(zhCN, 'units.nope')).toBeUndefined();
    expect(lookup(zhCN, 'units.titles')).toBeUndefined();
    expect(lookup(zhCN, 'toString')).toBeUndefined();
  });

  it('empties unknown placeholders', () => {
    expect(interpolate('{{a}}-{{ b }}', { a: 1 })).toBe('1-');
  });
});
