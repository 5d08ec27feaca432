// Bills → payment notices: one notice per owner, one line per room and fee item (a quarter's monthly water bills
// become one line), amounts summed exactly. Pure, so the page and the tests share it.
import Decimal from 'decimal.js';
import type { LocalizedText } from '../../i18n/locales';

/** A bill as the notice_lines view returns it; amounts are decimal strings. */
export interface NoticeLine {
  readonly id: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly due_date: string | null;
  /** principal − discount + surcharge */
  readonly receivable: string;
  readonly late_fee: string;
  readonly arrears_carried: string;
  readonly paid: string;
  readonly balance: string;
  readonly unit_id: string;
  readonly owner_id: string | null;
  readonly room_no: string;
  readonly owner_name: string | null;
  readonly fee_code: string;
  readonly fee_name_zh: string;
  readonly fee_name_en: string;
  readonly fee_sort: number;
}

const AMOUNTS = ['receivable', 'late_fee', 'arrears_carried', 'paid', 'balance'] as const;
export type Amount = (typeof AMOUNTS)[number];
export type Amounts = Readonly<Record<Amount, string>>;

export interface NoticeItem extends Amounts {
  readonly roomNo: string;
  readonly feeCode: string;
  readonly feeName: LocalizedText;
  readonly periodStart: string;
  readonly periodEnd: string;
}

export interface Notice {
  /** The owner's id; bills without an owner make a notice per unit. */
  readonly key: string;
  readonly ownerName: string | null;
  readonly rooms: readonly string[];
  readonly items: readonly NoticeItem[];
  readonly totals: Amounts;
  /** The earliest due date of the bills still open; null when everything is paid. */
  readonly dueDate: string | null;
}

// Rooms in the order of the building: 1-1-201 before 1-1-1001.
const byRoom = new Intl.Collator('en', { numeric: true });
const zero: Amounts = { receivable: '0.00', late_fee: '0.00', arrears_carried: '0.00', paid: '0.00', balance: '0.00' };
const add = (a: Amounts, b: Amounts): Amounts =>
  Object.fromEntries(AMOUNTS.map((k) => [k, new Decimal(a[k]).plus(b[k]).toFixed(2)])) as Record<Amount, string>;
// ISO dates compare as text.
const min = (a: string, b: string) => (b < a ? b : a);
const max = (a: string, b: string) => (b > a ? b : a);

function item(lines: readonly NoticeLine[]): NoticeItem {
  const first = lines[0]!;
  return {
    ...lines.reduce<Amounts>(add, zero),
    roomNo: first.room_no,
    feeCode: first.fee_code,
    feeName: { 'zh-CN': first.fee_name_zh, en: first.fee_name_en },
    periodStart: lines.map((l) => l.period_start).reduce(min),
    periodEnd: lines.map((l) => l.period_end).reduce(max),
  };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

function notice(key: string, lines: readonly NoticeLine[]): Notice {
  const dueDates = lines.flatMap((l) => (l.due_date !== null && new Decimal(l.balance).gt(0) ? [l.due_date] : []));
  const ordered = [...lines].sort((a, b) => byRoom.compare(a.room_no, b.room_no) || a.fee_sort - b.fee_sort || a.fee_code.localeCompare(b.fee_code));
  const items = [...groupBy(ordered, (l) => `${l.unit_id}/${l.fee_code}`).values()].map(item);
  return {
    key,
    ownerName: lines.find((l) => l.owner_name !== null)?.owner_name ?? null,
    rooms: [...new Set(ordered.map((l) => l.room_no))],
    items,
    totals: items.reduce<Amounts>(add, zero),
    dueDate: dueDates.length > 0 ? dueDates.reduce(min) : null,
  };
}

/** The notices of some bills, ordered by their first room. */
export function groupNotices(lines: readonly NoticeLine[]): Notice[] {
  return [...groupBy(lines, (l) => l.owner_id ?? `unit:${l.unit_id}`)]
    .map(([key, owned]) => notice(key, owned))
    .sort((a, b) => byRoom.compare(a.rooms[0]!, b.rooms[0]!));
}
