import { describe, expect, test } from 'vitest';
import { checkSchedule, draftSum, splitEvenly } from './schedule';

describe('checkSchedule', () => {
  test('instalments adding up to the total exactly, dates in order: the schedule as stored, amounts to the fen', () => {
    expect(checkSchedule('900', [{ due: '2046-05-10', amount: '300' }, { due: '2046-06-10', amount: '299.99' }, { due: '2046-07-10', amount: '300.01' }]))
      .toEqual({ ok: true, total: '900.00', schedule: [
        { due: '2046-05-10', amount: '300.00' }, { due: '2046-06-10', amount: '299.99' }, { due: '2046-07-10', amount: '300.01' },
      ] });
  });

  test('a fen off is off: the sum, the total and the difference are named', () => {
    expect(checkSchedule('900.00', [{ due: '2046-05-10', amount: '450.00' }, { due: '2046-06-10', amount: '449.99' }]))
      .toEqual({ ok: false, issues: [{ kind: 'sum', sum: '899.99', total: '900.00', difference: '0.01' }] });
    expect(checkSchedule('0.3', [{ due: '2046-05-10', amount: '0.1' }, { due: '2046-06-10', amount: '0.2' }])).toMatchObject({ ok: true });
  });

  test('each amount must be money: positive, at most two decimals; the sum waits until every amount reads', () => {
    const check = checkSchedule('100', [{ due: '2046-05-10', amount: '50.005' }, { due: '2046-06-10', amount: '-1' }, { due: '2046-07-10', amount: 'abc' }, { due: '2046-08-10', amount: '' }]);
    expect(check).toEqual({ ok: false, issues: [
      { kind: 'amount', row: 1, issue: { code: 'tooManyDecimals', params: { scale: 2 } } },
      { kind: 'amount', row: 2, issue: { code: 'notAboveMin', params: { min: '0' } } },
      { kind: 'amount', row: 3, issue: { code: 'invalidNumber' } },
      { kind: 'amount', row: 4, issue: { code: 'required' } },
    ] });
  });

  test('people type money as they write it: ¥, thousands separators, full-width digits', () => {
    expect(checkSchedule('¥1,200.00', [{ due: '2046-05-10', amount: '１２００' }])).toMatchObject({ ok: true, total: '1200.00', schedule: [{ amount: '1200.00' }] });
  });

  test('due dates are required and each falls after the one before; a plan needs a total and an instalment', () => {
    expect(checkSchedule('200', [{ due: '2046-06-10', amount: '100' }, { due: '2046-06-10', amount: '50' }, { due: null, amount: '50' }]))
      .toEqual({ ok: false, issues: [{ kind: 'order', row: 2 }, { kind: 'due', row: 3 }] });
    expect(checkSchedule('', [])).toEqual({ ok: false, issues: [{ kind: 'total', issue: { code: 'required' } }, { kind: 'empty' }] });
  });
});

describe('splitEvenly and draftSum', () => {
  test('equal monthly instalments to the fen; the last takes what is left, so they add up exactly', () => {
    const split = splitEvenly('1000.00', 3, '2046-01-31');
    expect(split).toEqual([{ due: '2046-01-31', amount: '333.33' }, { due: '2046-02-28', amount: '333.33' }, { due: '2046-03-31', amount: '333.34' }]);
    expect(draftSum(split)).toBe('1000.00');
    expect(checkSchedule('1000', split)).toMatchObject({ ok: true });
    expect(splitEvenly('not money', 3, '2046-01-31')).toEqual([]);
  });

  test('the running sum counts the amounts that read', () => {
    expect(draftSum([{ due: null, amount: '10.10' }, { due: null, amount: 'x' }, { due: null, amount: '0.2' }])).toBe('10.30');
  });
});
