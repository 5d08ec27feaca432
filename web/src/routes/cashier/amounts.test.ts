import { describe, expect, test } from 'vitest';
import { AMOUNT_RULES, cashVariance, defaultAmount, paymentSplit, readAmount, sameByMethod, sumAmounts } from './amounts';

const bills = (...balances: string[]) => balances.map((balance) => ({ balance }));

describe('defaultAmount', () => {
  test('the chosen bills’ balances, else everything outstanding, exact to the fen', () => {
    const outstanding = bills('100.10', '200.20', '0.30');
    expect(defaultAmount([], outstanding)).toBe('300.60');
    expect(defaultAmount(bills('200.20', '0.30'), outstanding)).toBe('200.50');
    expect(defaultAmount([], [])).toBe('0.00');
  });

  test('never drifts like floating point does', () => {
    expect(sumAmounts(['0.10', '0.20'])).toBe('0.30');
    expect(sumAmounts(['10000000000089.99', '0.01'])).toBe('10000000000090.00');
  });
});

describe('paymentSplit', () => {
  test('up to what is owed settles bills, the rest is prepaid', () => {
    expect(paymentSplit('150.00', '300.00')).toEqual({ toBills: '150.00', toPrepaid: '0.00' });
    expect(paymentSplit('300.00', '300.00')).toEqual({ toBills: '300.00', toPrepaid: '0.00' });
    expect(paymentSplit('350.05', '300.00')).toEqual({ toBills: '300.00', toPrepaid: '50.05' });
    expect(paymentSplit('80.00', '0.00')).toEqual({ toBills: '0.00', toPrepaid: '80.00' });
  });
});

describe('cashVariance', () => {
  test('counted minus expected cash; a day without cash expects none', () => {
    expect(cashVariance('150.00', '150.00')).toBe('0.00');
    expect(cashVariance('120.00', '120.50')).toBe('-0.50');
    expect(cashVariance('20.00', undefined)).toBe('20.00');
  });
});

describe('readAmount', () => {
  test('reads what people type, as an exact decimal', () => {
    const read = readAmount(' ¥1,234.5 ', AMOUNT_RULES.payment);
    expect(read.ok && read.value.toFixed(2)).toBe('1234.50');
    const full = readAmount('１５０', AMOUNT_RULES.payment);
    expect(full.ok && full.value.toFixed(2)).toBe('150.00');
  });

  test('a payment is more than 0; counted cash may be 0; at most two places; something must be typed', () => {
    expect(readAmount('0', AMOUNT_RULES.payment)).toMatchObject({ ok: false, issue: { code: 'notAboveMin' } });
    expect(readAmount('0', AMOUNT_RULES.countedCash).ok).toBe(true);
    expect(readAmount('-1', AMOUNT_RULES.countedCash)).toMatchObject({ ok: false, issue: { code: 'belowMin' } });
    expect(readAmount('1.005', AMOUNT_RULES.payment)).toMatchObject({ ok: false, issue: { code: 'tooManyDecimals', params: { scale: 2 } } });
    expect(readAmount('abc', AMOUNT_RULES.payment)).toMatchObject({ ok: false, issue: { code: 'invalidNumber' } });
    expect(readAmount('  ', AMOUNT_RULES.payment)).toMatchObject({ ok: false, issue: { code: 'required' } });
  });
});

describe('sameByMethod', () => {
  test('compares money, not spelling; a missing method is none', () => {
    expect(sameByMethod({ cash: '150.00' }, { cash: '150' })).toBe(true);
    expect(sameByMethod({ cash: '150.00', wechat: '0.00' }, { cash: '150.00' })).toBe(true);
    expect(sameByMethod({ cash: '150.00' }, { cash: '0.00' })).toBe(false);
    expect(sameByMethod({}, { wechat: '66.00' })).toBe(false);
  });
});
