// Published vs draft totals per fee item as horizontal bars: the numbers people compare, drawn.
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { barShares } from '../../../components/charts/geometry';

export interface ChartItem {
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const BAR = 16;
const GAP = 4;
const GROUP = BAR * 2 + GAP + 18;
const LABEL = 150;
const AMOUNT = 150;
const COLORS = { before: '#bfbfbf', after: '#1677ff' };

export function TotalsChart({ items, hasBaseline, width = 720 }: { readonly items: readonly ChartItem[]; readonly hasBaseline: boolean; readonly width?: number }) {
  const { t } = useI18n();
  const shares = barShares(items.flatMap((item) => [item.before, item.after]));
  const track = width - LABEL - AMOUNT;
  const height = items.length * GROUP + 24;
  return (
    <svg data-testid="totals-chart" role="img" aria-label={t('policies.simulation.chartTitle')} width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }}>
      <g transform="translate(0, 4)">
        <rect x={LABEL} y={0} width={10} height={10} fill={COLORS.before} />
        <text x={LABEL + 14} y={9} fontSize={13}>{hasBaseline ? t('policies.simulation.published') : t('policies.simulation.noPublished')}</text>
        <rect x={LABEL + 190} y={0} width={10} height={10} fill={COLORS.after} />
        <text x={LABEL + 204} y={9} fontSize={13}>{t('policies.simulation.draft')}</text>
      </g>
      {items.map((item, i) => {
        const y = 24 + i * GROUP;
        const bars = [
          { key: 'before', amount: item.before, share: shares[i * 2] ?? 0, color: COLORS.before },
          { key: 'after', amount: item.after, share: shares[i * 2 + 1] ?? 0, color: COLORS.after },
        ];
        return (
          <g key={item.label} transform={`translate(0, ${y})`}>
            <text x={0} y={BAR + 2} fontSize={13}>{item.label}</text>
            {bars.map((bar, j) => (
              <g key={bar.key} transform={`translate(${LABEL}, ${j * (BAR + GAP)})`}>
                <rect width={Math.max(bar.share * track, bar.share > 0 ? 1 : 0)} height={BAR} fill={bar.color} rx={2} />
                <text x={bar.share * track + 6} y={BAR - 3} fontSize={13}>{formatMoney(bar.amount)}</text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
