import { describe, expect, test } from 'vitest';
import { parseTsv, writeTsv } from './tsv';

describe('parseTsv', () => {
  test('reads an Excel block: CRLF rows, tab fields, the last line break ending the last row', () => {
    expect(parseTsv('1502\t1234.50\t2026-03-05\r\n1503\t88.00\t2026-03-06\r\n')).toEqual([
      ['1502', '1234.50', '2026-03-05'],
      ['1503', '88.00', '2026-03-06'],
    ]);
  });

  test('reads LF rows and text without a final line break alike', () => {
    expect(parseTsv('a\tb\nc\td\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('a\tb\nc\td')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  test('unquotes fields holding tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"a\tb"\t"line1\nline2"\t"say ""hi"""\r\nplain\t"x\r\ny"\t\r\n')).toEqual([
      ['a\tb', 'line1\nline2', 'say "hi"'],
      ['plain', 'x\r\ny', ''],
    ]);
  });

  test('keeps empty cells and empty rows', () => {
    expect(parseTsv('\r\n')).toEqual([['']]);
    expect(parseTsv('a\t\tc\r\n\r\nd\r\n')).toEqual([['a', '', 'c'], [''], ['d']]);
    expect(parseTsv('a\t')).toEqual([['a', '']]);
  });

  test('reads an empty clipboard as no rows', () => {
    expect(parseTsv('')).toEqual([]);
  });

  test('keeps quotes that do not wrap a whole field, as in text copied from a web page', () => {
    expect(parseTsv('5" screen\t"5" screen\t"open\r\n')).toEqual([['5" screen', '"5" screen', '"open']]);
  });
});

describe('writeTsv', () => {
  test('quotes only fields with a tab, a line break or a quote, and ends rows in CRLF', () => {
    expect(writeTsv([['1234.50', 'a\tb', 'line1\nline2', 'say "hi"', '']])).toBe(
      '1234.50\t"a\tb"\t"line1\nline2"\t"say ""hi"""\t\r\n',
    );
  });

  test('round-trips through parseTsv, empty rows included', () => {
    const rows = [['a\tb', '"q"', ''], [''], ['x\r\ny', '¥1,234.50']];
    expect(parseTsv(writeTsv(rows))).toEqual(rows);
    expect(writeTsv([])).toBe('');
  });
});
