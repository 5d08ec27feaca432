// Bar lengths for the totals chart. Amounts stay Decimals; only the final share of the bar's width becomes a
// float, for drawing.
import { Decimal } from '../../../../../rules';

/** Each amount's share (0–1) of the largest absolute amount. */
export function barShares(amounts: readonly string[]): number[] {
  const values = amounts.map((a) => new Decimal(a).abs());
  const max = values.reduce((m, v) => (v.greaterThan(m) ? v : m), new Decimal(0));
  return values.map((v) => (max.isZero() ? 0 : v.dividedBy(max).toNumber()));
}
