// The day's phone tasks as an agent works them: one row per owner (the run records a task per bill, but one call
// covers all of an owner's bills), with their rooms, the bills and what they add up to, the stages and why.
import Decimal from 'decimal.js';
import type { LocalizedText } from '../../i18n/locales';
import { byLadder } from './stages';

/** A row of the dunning_tasks view. */
export interface TaskRow {
  readonly id: string;
  readonly stage: string;
  readonly channel: string;
  readonly status: string;
  readonly scheduled_on: string;
  readonly result: string | null;
  readonly why: { readonly zh: string; readonly en: string } | null;
  readonly owner_id: string | null;
  readonly owner_name: string | null;
  readonly owner_phone: string | null;
  readonly unit_id: string | null;
  readonly room_no: string | null;
  readonly bill_id: string | null;
  readonly fee_code: string | null;
  readonly fee_name_zh: string | null;
  readonly fee_name_en: string | null;
  readonly period_start: string | null;
  readonly period_end: string | null;
  readonly due_date: string | null;
  readonly balance: string | null;
}

export interface TaskBill {
  readonly id: string;
  readonly room: string;
  readonly feeName: LocalizedText;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly dueDate: string | null;
  readonly balance: string;
}

export interface OwnerTasks {
  /** The owner's id; tasks of bills without an owner are grouped by unit (no call can be recorded for them). */
  readonly key: string;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly phone: string | null;
  readonly rooms: readonly string[];
  readonly bills: readonly TaskBill[];
  /** Sum of the bills' balances, to the fen. */
  readonly total: string;
  readonly stages: readonly string[];
  /** What became of the tasks (scheduled, done, …). */
  readonly statuses: readonly string[];
  /** The earliest day among the tasks: how long the call has waited. */
  readonly since: string;
  readonly why: readonly LocalizedText[];
  readonly actionIds: readonly string[];
}

// Rooms in the order of the building: 1-1-201 before 1-1-1001.
const byRoom = new Intl.Collator('en', { numeric: true });
const unique = <T>(values: readonly T[]) => [...new Set(values)];

function group(key: string, tasks: readonly TaskRow[]): OwnerTasks {
  const first = tasks[0]!;
  const billTasks = [...new Map(tasks.filter((t) => t.bill_id !== null).map((t) => [t.bill_id!, t])).values()];
  const bills = billTasks
    .map((t): TaskBill => ({
      id: t.bill_id!,
      room: t.room_no ?? '',
      feeName: { 'zh-CN': t.fee_name_zh ?? t.fee_code ?? '', en: t.fee_name_en ?? t.fee_code ?? '' },
      periodStart: t.period_start ?? '',
      periodEnd: t.period_end ?? '',
      dueDate: t.due_date,
      balance: t.balance ?? '0.00',
    }))
    .sort((a, b) => byRoom.compare(a.room, b.room) || a.periodStart.localeCompare(b.periodStart));
  const whys = new Map(tasks.flatMap((t) => (t.why ? [[t.why.zh, { 'zh-CN': t.why.zh, en: t.why.en }] as const] : [])));
  return {
    key,
    ownerId: first.owner_id,
    ownerName: first.owner_name,
    phone: first.owner_phone,
    rooms: unique(tasks.flatMap((t) => (t.room_no ? [t.room_no] : []))).sort(byRoom.compare),
    bills,
    total: bills.reduce((sum, b) => sum.plus(b.balance), new Decimal(0)).toFixed(2),
    stages: unique(tasks.map((t) => t.stage)).sort(byLadder),
    statuses: unique(tasks.map((t) => t.status)).sort(),
    since: tasks.map((t) => t.scheduled_on).reduce((a, b) => (b < a ? b : a)),
    why: [...whys.values()],
    actionIds: tasks.map((t) => t.id),
  };
}

/** Tasks grouped by owner, the longest waiting first, then by first room. */
export function groupByOwner(tasks: readonly TaskRow[]): OwnerTasks[] {
  const groups = new Map<string, TaskRow[]>();
  for (const task of tasks) {
    const key = task.owner_id ?? `unit:${task.unit_id ?? task.id}`;
    groups.set(key, [...(groups.get(key) ?? []), task]);
  }
  return [...groups].map(([key, owned]) => group(key, owned))
    .sort((a, b) => a.since.localeCompare(b.since) || byRoom.compare(a.rooms[0] ?? '', b.rooms[0] ?? ''));
}
