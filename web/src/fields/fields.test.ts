import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { checkField, formatField, initialValues, serializeRecord } from './index';
import { embedSelect, referenceLabel } from './reference';
import { testFormatContext } from './test-support';
import type {
  BooleanFieldDef,
  DateFieldDef,
  DecimalFieldDef,
  EnumFieldDef,
  FieldDef,
  IntegerFieldDef,
  ReferenceFieldDef,
  TagsFieldDef,
  TextFieldDef,
} from './types';

const label = { 'zh-CN': '字段', en: 'Field' };
const area: DecimalFieldDef = { type: 'decimal', key: 'area', label, scale: 2, min: '0', minExclusive: true, required: true };
const floors: IntegerFieldDef = { type: 'integer', key: 'floors', label, min: 1, max: 200 };
const handover: DateFieldDef = { type: 'date', key: 'handover_date', label };
const usage: EnumFieldDef = { type: 'enum', key: 'usage', label, enum: 'unit_usage', required: true };
const tags: TagsFieldDef = { type: 'tags', key: 'tags', label, known: 'owner_tag', maxTagLength: 8 };
const building: ReferenceFieldDef = {
  type: 'reference', key: 'building_id', label, required: true,
  reference: { resource: 'buildings', labelFields: ['code', 'name'] },
};
const active: BooleanFieldDef = { type: 'boolean', key: 'active', label };
const tail: TextFieldDef = {
  type: 'text', key: 'id_card_tail', label, maxLength: 4,
  pattern: { regex: /^\d{3}[\dXx]$/, example: '123X' },
};

const value = (def: FieldDef, raw: unknown) => {
  const result = checkField(def, raw);
  if (!result.ok) throw new Error(`unexpected issue ${result.issue.code}`);
  return result.value;
};
const issue = (def: FieldDef, raw: unknown) => {
  const result = checkField(def, raw);
  return result.ok ? null : result.issue;
};

describe('decimal fields', () => {
  it('reads JSON numbers and pasted text without binary rounding', () => {
    expect(String(value(area, 89.5))).toBe('89.5');
    expect(String(value(area, '１，２３４．５０'))).toBe('1234.5');
    expect(String(value(area, ' 89.50 m² '))).toBe('89.5');
    expect(String(value(area, '0.1'))).toBe('0.1');
  });

  it('rejects non-numbers, extra decimals and values outside the range', () => {
    expect(issue(area, 'abc')).toEqual({ code: 'invalidNumber' });
    expect(issue(area, '1.2.3')).toEqual({ code: 'invalidNumber' });
    expect(issue(area, '89.505')).toEqual({ code: 'tooManyDecimals', params: { scale: 2 } });
    expect(issue(area, '0')).toEqual({ code: 'notAboveMin', params: { min: '0' } });
    expect(issue(area, '')).toEqual({ code: 'required' });
  });

  it('sends a fixed-scale string and displays two decimals', () => {
    expect(serializeRecord([area], { area: '89.5' })).toEqual({ ok: true, record: { area: '89.50' } });
    expect(formatField(area, 1234.5, testFormatContext)).toBe('1,234.50');
    expect(formatField({ ...area, display: 'money' }, '1234.5', testFormatContext)).toBe('¥1,234.50');
  });

  it('keeps Decimal values as they are', () => {
    expect(value(area, new Decimal('12.34'))).toEqual(new Decimal('12.34'));
  });
});

describe('integer fields', () => {
  it('accepts whole numbers within bounds', () => {
    expect(value(floors, '３２')).toBe(32);
    expect(value(floors, 18)).toBe(18);
    expect(value(floors, null)).toBeNull();
  });

  it('rejects fractions and out-of-range values', () => {
    expect(issue(floors, '3.5')).toEqual({ code: 'notInteger' });
    expect(issue(floors, 2.5)).toEqual({ code: 'notInteger' });
    expect(issue(floors, '0')).toEqual({ code: 'belowMin', params: { min: 1 } });
    expect(issue(floors, 201)).toEqual({ code: 'aboveMax', params: { max: 200 } });
  });
});

describe('date fields', () => {
  it('normalises common Chinese spellings to YYYY-MM-DD', () => {
    expect(value(handover, '2026-03-05')).toBe('2026-03-05');
    expect(value(handover, '2026/3/5')).toBe('2026-03-05');
    expect(value(handover, '2026年3月5日')).toBe('2026-03-05');
    expect(value(handover, '2024.2.29')).toBe('2024-02-29');
  });

  it('rejects impossible dates and other text', () => {
    expect(issue(handover, '2025-02-29')).toEqual({ code: 'invalidDate' });
    expect(issue(handover, '2026-13-01')).toEqual({ code: 'invalidDate' });
    expect(issue(handover, 'yesterday')).toEqual({ code: 'invalidDate' });
  });
});

describe('enum fields', () => {
  it('accepts members and labels resolved by the import context', () => {
    expect(value(usage, 'office')).toBe('office');
    const ctx = { enumLookup: (_name: string, text: string) => (text === '住宅' ? 'residential' : undefined) };
    expect(checkField(usage, '住宅', ctx)).toEqual({ ok: true, value: 'residential' });
  });

  it('rejects values outside the enum and shows labels', () => {
    expect(issue(usage, 'castle')).toEqual({ code: 'invalidOption' });
    expect(formatField(usage, 'office', testFormatContext)).toBe('unit_usage:office');
  });
});

describe('tags fields', () => {
  it('splits typed text on Chinese and Latin separators and drops duplicates', () => {
    expect(value(tags, 'senior，disabled、senior')).toEqual(['senior', 'disabled']);
    expect(value(tags, ['vip', ' ', 'vip'])).toEqual(['vip']);
  });

  it('maps known labels, limits tag length and sends an empty list for none', () => {
    const ctx = { enumLookup: (_name: string, text: string) => (text === '老年人' ? 'senior' : undefined) };
    expect(checkField(tags, '老年人', ctx)).toEqual({ ok: true, value: ['senior'] });
    expect(issue(tags, 'averylongtag')).toEqual({ code: 'tagTooLong', params: { tag: 'averylongtag', max: 8 } });
    expect(serializeRecord([tags], { tags: '' })).toEqual({ ok: true, record: { tags: [] } });
    expect(formatField(tags, ['senior', 'vip'], testFormatContext)).toBe('owner_tag:senior、owner_tag:vip');
  });
});

describe('reference fields', () => {
  const id = '0b9c5f3e-1f0a-4c7e-9a55-3f1c2d4e5a6b';

  it('accepts row ids and human keys resolved by the import context', () => {
    expect(value(building, id.toUpperCase())).toBe(id);
    const ctx = { referenceLookup: (_resource: string, text: string) => (text === '3' ? id : undefined) };
    expect(checkField(building, '3', ctx)).toEqual({ ok: true, value: id });
    expect(issue(building, '3')).toEqual({ code: 'invalidReference' });
    expect(issue(building, undefined)).toEqual({ code: 'required' });
  });

  it('embeds and labels the referenced row', () => {
    expect(embedSelect(building)).toBe('building:buildings(code,name)');
    expect(referenceLabel(building, { code: '3', name: '3栋' })).toBe('3 3栋');
    expect(referenceLabel(building, null)).toBe('');
  });
});

describe('boolean fields', () => {
  it('understands Chinese and English yes/no words', () => {
    expect(value(active, '是')).toBe(true);
    expect(value(active, 'No')).toBe(false);
    expect(value(active, false)).toBe(false);
    expect(issue(active, 'maybe')).toEqual({ code: 'invalidBoolean' });
    expect(formatField(active, true, testFormatContext)).toBe('Y');
  });
});

describe('text fields', () => {
  it('trims, stringifies spreadsheet numbers and checks length and pattern', () => {
    expect(value(tail, ' 123X ')).toBe('123X');
    expect(value({ ...tail, pattern: undefined }, 1502)).toBe('1502');
    expect(issue(tail, '12345')).toEqual({ code: 'tooLong', params: { max: 4 } });
    expect(issue(tail, '12AB')).toEqual({ code: 'pattern', params: { example: '123X' } });
  });
});

describe('serializeRecord', () => {
  it('reports every bad field at once and sends nothing', () => {
    const result = serializeRecord([area, usage, floors], { area: '-1', usage: 'castle', floors: 3 });
    expect(result).toEqual({
      ok: false,
      issues: [
        { key: 'area', issue: { code: 'notAboveMin', params: { min: '0' } } },
        { key: 'usage', issue: { code: 'invalidOption' } },
      ],
    });
  });

  it('sends null for cleared optional fields', () => {
    expect(serializeRecord([handover, floors], { handover_date: '', floors: undefined })).toEqual({
      ok: true,
      record: { handover_date: null, floors: null },
    });
  });
});

describe('initialValues', () => {
  it('collects the initial wire values of a create form', () => {
    expect(initialValues([area, { ...usage, initial: 'residential' }, { ...active, initial: true }])).toEqual({
      usage: 'residential',
      active: true,
    });
  });
});
