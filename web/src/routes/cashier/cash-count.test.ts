import { describe, expect, it } from 'vitest';
import { cashCount } from './amounts';

describe('cashCount', () => {
  it('is ready when the count matches, or differs with a reason; never while the count does not read', () => {
    expect(cashCount('150', '150.00', '')).toMatchObject({ variance: '0.00', needsReason: false, ready: true });
    expect(cashCount('149.5', '150.00', '')).toMatchObject({ variance: '-0.50', needsReason: true, ready: false });
    expect(cashCount('149.5', '150.00', '找零短缺')).toMatchObject({ ready: true });
    expect(cashCount('12.345', '150.00', 'x')).toMatchObject({ variance: null, needsReason: false, ready: false });
    expect(cashCount('20', undefined, '')).toMatchObject({ variance: '20.00', needsReason: true });
  });
});
