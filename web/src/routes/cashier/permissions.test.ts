import { describe, expect, test } from 'vitest';
import { may } from './permissions';

describe('cashier buttons by role', () => {
  test('follow the RPCs’ own role checks', () => {
    expect(may(['cashier'], 'takePayments')).toBe(true);
    expect(may(['cashier'], 'reissueReceipts')).toBe(true);
    expect(may(['cashier'], 'voidReceipts')).toBe(false);
    expect(may(['cashier'], 'verifyCloses')).toBe(false);
    expect(may(['finance'], 'voidReceipts')).toBe(true);
    expect(may(['finance'], 'verifyCloses')).toBe(true);
    expect(may(['manager'], 'takePayments')).toBe(true);
    expect(may(['manager'], 'reissueReceipts')).toBe(false);
    for (const role of ['agent', 'hq_analyst'] as const) {
      for (const action of ['takePayments', 'voidReceipts', 'reissueReceipts', 'verifyCloses'] as const) expect(may([role], action)).toBe(false);
    }
    expect(may(['agent', 'hq_admin'], 'voidReceipts')).toBe(true);
  });
});
