// Business days in the project's time zone (projects.timezone), as the database counts them: "today" for the
// daily close, the instants a range of days spans for filtering receipts, and how an event's time is printed.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

const DAY = 'YYYY-MM-DD';

export function todayIn(timeZone: string, now: Date = new Date()): string {
  return dayjs(now).tz(timeZone).format(DAY);
}

/** The instants from the start of `from` up to (not including) the start of the day after `to`, as ISO strings. */
export function daysSpan(from: string, to: string, timeZone: string): { readonly from: string; readonly before: string } {
  const start = (day: string) => dayjs.tz(day, timeZone).toISOString();
  return { from: start(from), before: start(dayjs(to).add(1, 'day').format(DAY)) };
}

/** An event's local time, e.g. 2026-11-23 13:03. */
export function localTime(at: string, timeZone: string): string {
  return dayjs(at).tz(timeZone).format('YYYY-MM-DD HH:mm');
}
