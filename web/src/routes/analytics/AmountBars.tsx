// One amount per row as plain bars on one scale (a day's takings by method, open bills by dunning stage).
import { CHART_COLORS } from '../../components/charts/palette';
import { StackedBars } from '../../components/charts/StackedBars';
import { formatMoney } from '../../fields/money';

interface Props<R> {
  readonly rows: readonly R[];
  readonly keyOf: (row: R) => string;
  readonly nameOf: (row: R) => string;
  readonly amountOf: (row: R) => string;
  readonly label: string;
  readonly testId: string;
}

export function AmountBars<R>({ rows, keyOf, nameOf, amountOf, label, testId }: Props<R>) {
  return (
    <StackedBars testId={testId} label={label} parts={[{ key: 'amount', label, color: CHART_COLORS.primary }]}
      rows={rows.map((row) => {
        const text = formatMoney(amountOf(row));
        return { key: keyOf(row), label: nameOf(row), amounts: [amountOf(row)], texts: [text], caption: text };
      })} />
  );
}
