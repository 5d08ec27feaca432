// GoTrue's `ban_duration` is a Go duration string ("24h", "1h30m", "876000h") or "none".
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or null when the text is not a Go duration. */
export function parseGoDuration(text: string): number | null {
  const match = /^([+-]?)((?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|ms|s|m|h))+|0)$/.exec(text);
  if (!match) return null;
  const [, sign = '', body = ''] = match;
  let total = 0;
  for (const [, value = '', unit = ''] of body.matchAll(/(\d+\.?\d*|\.\d+)(ns|us|µs|ms|s|m|h)/g)) {
    total += Number(value) * (UNIT_MS[unit] ?? 0);
  }
  return sign === '-' ? -total : total;
}
