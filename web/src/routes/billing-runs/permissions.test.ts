import { describe, expect, it } from 'vitest';
import { mayStartRuns } from './permissions';

describe('starting billing runs', () => {
  it('is offered to managers, finance and HQ admins', () => {
    for (const role of ['manager', 'finance', 'hq_admin'] as const) expect(mayStartRuns([role])).toBe(true);
    for (const role of ['cashier', 'agent', 'hq_analyst'] as const) expect(mayStartRuns([role])).toBe(false);
    expect(mayStartRuns(['cashier', 'finance'])).toBe(true);
  });
});
