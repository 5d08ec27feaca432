import { describe, expect, it } from 'vitest';
import { dbErrorText, enumLabel, fieldIssueText, formatContextFor, pageTitle, tableLabel } from './messages';

describe('enumLabel', () => {
  it('translates known values and keeps custom ones', () => {
    expect(enumLabel('zh-CN', 'owner_tag', 'senior')).toBe('老年人');
    expect(enumLabel('en', 'unit_usage', 'residential')).toBe('Residential');
    expect(enumLabel('zh-CN', 'owner_tag', 'VIP')).toBe('VIP');
  });
});

describe('formatContextFor', () => {
  it('names booleans in the chosen language', () => {
    expect(formatContextFor('zh-CN').booleanLabel(true)).toBe('是');
    expect(formatContextFor('en').booleanLabel(false)).toBe('No');
  });
});

describe('fieldIssueText', () => {
  it('fills the issue parameters', () => {
    expect(fieldIssueText('zh-CN', { code: 'tooManyDecimals', params: { scale: 2 } })).toBe('最多 2 位小数');
    expect(fieldIssueText('en', { code: 'notAboveMin', params: { min: '0' } })).toBe('Must be greater than 0');
  });
});

describe('dbErrorText', () => {
  const nameOf = (kind: 'column' | 'table', name: string) =>
    kind === 'column' ? ({ room_no: '房号' }[name] ?? name) : tableLabel('zh-CN', name);

  it('names the duplicate field', () => {
    expect(dbErrorText('zh-CN', { key: 'duplicate', status: 409, columns: ['room_no'] }, nameOf)).toBe(
      '已存在相同房号的记录',
    );
  });

  it('names the table still using a record', () => {
    expect(dbErrorText('zh-CN', { key: 'stillReferenced', status: 409, columns: [], table: 'units' }, nameOf)).toBe(
      '仍有房屋在使用此记录，无法删除',
    );
  });

  it('falls back to a generic subject when no column is known', () => {
    expect(
      dbErrorText('en', { key: 'checkFailed', status: 400, columns: [], constraint: 'paid_le_due' }, (_k, n) => n),
    ).toBe('A value breaks a data rule (paid_le_due)');
  });
});

describe('pageTitle', () => {
  it('uses the action title, then the resource name, then the app name', () => {
    expect(pageTitle('zh-CN', 'units', 'edit')).toBe('编辑房屋 | FeeGrid');
    expect(pageTitle('en', 'bills', 'list')).toBe('Bills | FeeGrid');
    expect(pageTitle('en', undefined, undefined)).toBe('FeeGrid');
  });
});
