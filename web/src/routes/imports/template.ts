// The downloadable template of an import: the first sheet holds the header row (required columns marked *)
// over empty rows; the second sheet explains every column with an example.
import * as XLSX from 'xlsx';
import { ENUMS } from '../../domain/enums';
import type { FieldDef } from '../../fields/types';
import { DICTIONARIES } from '../../i18n/dictionary';
import type { Locale } from '../../i18n/locales';
import type { ImportKind } from './kinds/types';

const FORMAT_TEXT: Record<Locale, { text: string; decimal: string; integer: string; date: string; list: string; tags: string; yes: string; no: string; headers: string[] }> = {
  'zh-CN': { text: '文本', decimal: '数字，最多 {s} 位小数', integer: '整数', date: '日期，如 2026-03-05', list: '可选：', tags: '多个用逗号分隔，如：', yes: '必填', no: '', headers: ['列名', '必填', '格式', '示例'] },
  en: { text: 'Text', decimal: 'Number, at most {s} decimals', integer: 'Whole number', date: 'Date, e.g. 2026-03-05', list: 'One of: ', tags: 'Comma-separated, e.g.: ', yes: 'required', no: '', headers: ['Column', 'Required', 'Format', 'Example'] },
};

function formatOf(def: FieldDef, locale: Locale): string {
  const words = FORMAT_TEXT[locale];
  const labels = (name: keyof typeof ENUMS) => ENUMS[name].map((v) => (DICTIONARIES[locale].enums[name] as Record<string, string>)[v] ?? v).join(locale === 'zh-CN' ? '、' : ', ');
  switch (def.type) {
    case 'decimal': return words.decimal.replace('{s}', String(def.scale));
    case 'integer': return words.integer;
    case 'date': return words.date;
    case 'enum': return words.list + labels(def.enum);
    case 'tags': return words.tags + labels(def.known);
    default: return words.text;
  }
}

const TEXT_ROWS = 2000;

export function importTemplate(kind: ImportKind, locale: Locale): ArrayBuffer {
  const header = kind.columns.map((c) => `${c.field.label[locale]}${c.field.required ? '*' : ''}`);
  const data = XLSX.utils.aoa_to_sheet([header]);
  // Text columns are formatted as text (@) for the first rows, so Excel keeps what is typed: room 0101 stays
  // 0101 instead of becoming the number 101.
  kind.columns.forEach((column, c) => {
    if (column.field.type !== 'text') return;
    for (let r = 1; r <= TEXT_ROWS; r++) data[XLSX.utils.encode_cell({ r, c })] = { t: 's', v: '', z: '@' };
  });
  data['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: TEXT_ROWS, c: kind.columns.length - 1 } });
  data['!cols'] = header.map((h) => ({ wch: Math.max(12, h.length * 2 + 2) }));
  const words = FORMAT_TEXT[locale];
  const notes = XLSX.utils.aoa_to_sheet([
    [kind.notes[locale]],
    [],
    words.headers,
    ...kind.columns.map((c) => [c.field.label[locale], c.field.required ? words.yes : words.no, formatOf(c.field, locale), c.example]),
  ]);
  notes['!cols'] = [{ wch: 18 }, { wch: 8 }, { wch: 40 }, { wch: 28 }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, data, locale === 'zh-CN' ? '导入数据' : 'Data');
  XLSX.utils.book_append_sheet(book, notes, locale === 'zh-CN' ? '填写说明' : 'Instructions');
  return XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
}
