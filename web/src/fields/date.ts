import { toHalfWidth } from './normalize';
import { fail, isBlank, ok, type DateFieldDef, type FieldTypeModule } from './types';

// 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Parses a business day to its 'YYYY-MM-DD' spelling, or null when it is no real date. */
export function toIsoDate(text: string): string | null {
  const match = DATE_TEXT.exec(toHalfWidth(text).trim());
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  if (!isCalendarDate(Number(y), Number(m), Number(d))) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export const dateField: FieldTypeModule<DateFieldDef, string> = {
  parse(raw) {
    if (isBlank(raw)) return ok(null);
    if (typeof raw !== 'string') return fail('invalidDate');
    const iso = toIsoDate(raw);
    return iso ? ok(iso) : fail('invalidDate');
  },
  validate: () => null,
  format: (value) => value,
  toWire: (value) => value,
};
