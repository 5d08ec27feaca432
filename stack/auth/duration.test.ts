import { describe, expect, it } from 'vitest';
import { parseGoDuration } from './duration.js';

describe('parseGoDuration', () => {
  it('reads Go duration strings as milliseconds', () => {
    expect(parseGoDuration('24h')).toBe(86_400_000);
    expect(parseGoDuration('1h30m')).toBe(5_400_000);
    expect(parseGoDuration('1.5s')).toBe(1500);
    expect(parseGoDuration('250ms')).toBe(250);
    expect(parseGoDuration('-2m')).toBe(-120_000);
    expect(parseGoDuration('0')).toBe(0);
  });

  it('rejects what Go rejects', () => {
    for (const bad of ['', '24', 'h', '1d', '1h 30m', 'none']) expect(parseGoDuration(bad)).toBeNull();
  });
});
