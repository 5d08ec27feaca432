import { describe, expect, it } from 'vitest';
import { clockTone, durationText } from './clock';

describe('clockTone', () => {
  it('is red once breached, orange within ten minutes, plain before', () => {
    expect(clockTone(-1)).toBe('breached');
    expect(clockTone(0)).toBe('soon');
    expect(clockTone(10)).toBe('soon');
    expect(clockTone(11)).toBe('ok');
  });
});

describe('durationText', () => {
  const t = (key: string, { n }: { n: number }) => `${n}${key.split('.').pop()![0]}`;
  it('names days, hours and minutes, leaving out the empty ones', () => {
    expect(durationText(1505, t)).toBe('1d 1h 5m');
    expect(durationText(-120, t)).toBe('2h');
    expect(durationText(0, t)).toBe('0m');
  });
});
