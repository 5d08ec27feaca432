import { describe, expect, it } from 'vitest';
import type { Effect } from '../../rules/plugin/types.js';
import { testFixtures } from '../../rules/testing/fixtures.js';
import { builtInPlugins } from '../index.js';
import { Q1_2027 } from '../shared/fixtures.js';
import { context, en, zh } from '../shared/testing.js';
import { fixedAmountRelief } from './fixed-amount.js';
import { fixtures } from './fixtures.js';
import { percentRelief } from './percent.js';
import { prepayment } from './prepayment.js';

const ctx = context(Q1_2027);
const discount = (effects: Effect[]) => effects.map((e) => (e.kind === 'discount' ? { percent: e.percent?.toString(), amount: e.amount?.toString(), zh: zh(e.why), en: en(e.why) } : e.kind));

describe('core.relief.percent and fixedAmount', () => {
  it('gives the labelled percentage, English falling back to Chinese', () => {
    expect(discount(percentRelief.plan({ percent: '10', label: { 'zh-CN': '老年人减免', en: 'Senior relief' } }, {}, ctx)))
      .toEqual([{ percent: '10', amount: undefined, zh: '老年人减免 10%', en: 'Senior relief 10%' }]);
    expect(discount(percentRelief.plan({ percent: '5', label: { 'zh-CN': '军属优待' } }, {}, ctx))[0]).toMatchObject({ en: '军属优待 5%' });
  });

  it('gives a fixed amount', () => {
    expect(discount(fixedAmountRelief.plan({ amount: '50', label: { 'zh-CN': '残疾人减免', en: 'Disability relief' } }, {}, ctx)))
      .toEqual([{ percent: undefined, amount: '50', zh: '残疾人减免 ¥50.00', en: 'Disability relief ¥50.00' }]);
  });

  it('refuses a label without Chinese text', () => {
    expect(() => percentRelief.plan({ percent: '10', label: { en: 'Senior' } }, {}, ctx)).toThrow(/label needs a Chinese text/);
  });
});

describe('core.relief.prepayment', () => {
  const params = { minMonths: 12, maxMonths: 24, percent: '6' };
  const quote = (months: number) => discount(prepayment.plan(params, { prepay: { months } }, ctx));

  it('gives nothing below the minimum or without a prepayment', () => {
    expect(quote(11)).toEqual([]);
    expect(prepayment.plan(params, {}, ctx)).toEqual([]);
  });

  it('gives the full percent up to the cap', () => {
    expect(quote(12)[0]).toMatchObject({ percent: '6', zh: '预缴 12 个月优惠 6%（满 12 个月可享）' });
    expect(quote(24)[0]).toMatchObject({ percent: '6' });
  });

  it('spreads the percent over the prepaid months beyond the cap', () => {
    // 6 % × 24/36 = 4 %
    expect(quote(36)[0]).toMatchObject({ percent: '4', zh: '预缴 36 个月优惠 6% × 24/36（满 12 个月可享，最多按 24 个月优惠）' });
  });

  it('refuses a cap below the minimum and a fractional month count', () => {
    expect(() => prepayment.plan({ minMonths: 12, maxMonths: 6, percent: '5' }, { prepay: { months: 12 } }, ctx)).toThrow('maxMonths (6) must not be below minMonths (12)');
    expect(() => prepayment.plan(params, { prepay: { months: 1.5 } }, ctx)).toThrow(/whole number of months/);
  });
});

describe('core.relief fixtures', () => {
  testFixtures(builtInPlugins, fixtures);
});
