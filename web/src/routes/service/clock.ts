// The running service-level clock of a request as the desk colours it: red once breached, orange within the last
// ten minutes (what sla_watch lists by default), plain otherwise.
import type { TranslationKey } from '../../i18n/dictionary';

export type ClockTone = 'breached' | 'soon' | 'ok';

/** sla_watch's default window. */
export const SOON_MINUTES = 10;

export function clockTone(minutesLeft: number): ClockTone {
  if (minutesLeft < 0) return 'breached';
  return minutesLeft <= SOON_MINUTES ? 'soon' : 'ok';
}

/** A duration in whole minutes as days, hours and minutes, largest first, zero parts left out ("1天2小时", "5分钟"). */
export function durationText(minutes: number, t: (key: TranslationKey, params: { n: number }) => string): string {
  const total = Math.abs(minutes);
  const parts: Array<[TranslationKey, number]> = [
    ['serviceDesk.duration.days', Math.floor(total / 1440)],
    ['serviceDesk.duration.hours', Math.floor((total % 1440) / 60)],
    ['serviceDesk.duration.minutes', total % 60],
  ];
  const shown = parts.filter(([, n]) => n > 0);
  return (shown.length > 0 ? shown : [parts[2]!]).map(([key, n]) => t(key, { n })).join(' ');
}
