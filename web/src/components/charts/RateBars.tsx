// Horizontal bars of percentages, each with its own target marker: one row per project, building or fee item,
// red where the rate is below its target.
import { percentAxisMax, percentShare, ticks } from './geometry';
import { ROW, ROW_LABEL, type RowChartProps } from './layout';
import { Legend } from './Legend';
import { CHART_COLORS } from './palette';

export interface RateBar {
  readonly key: string;
  readonly label: string;
  /** A percentage as a decimal string ("93.45"); null: nothing to measure. */
  readonly rate: string | null;
  readonly target: string | null;
  readonly below: boolean;
  /** The rate as the reader sees it ("93.45%"). */
  readonly text: string;
}

interface Props extends RowChartProps {
  readonly bars: readonly RateBar[];
  /** The legend's words. */
  readonly labels: { readonly rate: string; readonly target: string; readonly below: string };
}

const BAR = 14;
const LABEL = ROW_LABEL;
const VALUE = 70;
const AXIS = 18;

export function RateBars({ bars, labels, label, onSelect, testId, width = 640 }: Props) {
  const axisMax = percentAxisMax(bars.flatMap((bar) => [bar.rate, bar.target]));
  const track = width - LABEL - VALUE;
  const height = AXIS + bars.length * ROW + 4;
  const at = (share: number) => LABEL + share * track;
  return (
    <div>
      <Legend items={[
        { label: labels.rate, color: CHART_COLORS.primary, shape: 'box' },
        { label: labels.below, color: CHART_COLORS.belowTarget, shape: 'box' },
        { label: labels.target, color: CHART_COLORS.target, shape: 'tick' },
      ]} />
      <svg data-testid={testId} role="img" aria-label={label} width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }}>
        {ticks(axisMax, 4).map((tick) => (
          <g key={tick}>
            <line x1={at(tick / axisMax)} x2={at(tick / axisMax)} y1={AXIS - 4} y2={height} stroke={CHART_COLORS.grid} />
            <text x={at(tick / axisMax)} y={AXIS - 6} fontSize={11} textAnchor="middle" fill={CHART_COLORS.axis}>{`${tick}%`}</text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const y = AXIS + i * ROW;
          const select = onSelect && (() => onSelect(bar.key));
          return (
            <g key={bar.key} data-key={bar.key} onClick={select} style={select ? { cursor: 'pointer' } : undefined}>
              <title>{`${bar.label}: ${bar.text}${bar.target === null ? '' : ` / ${labels.target} ${bar.target}%`}`}</title>
              <text x={LABEL - 8} y={y + BAR} fontSize={12} textAnchor="end">{bar.label}</text>
              <rect x={LABEL} y={y + 3} width={percentShare(bar.rate, axisMax) * track} height={BAR} rx={2}
                fill={bar.below ? CHART_COLORS.belowTarget : CHART_COLORS.primary} />
              {bar.target !== null && (
                <line x1={at(percentShare(bar.target, axisMax))} x2={at(percentShare(bar.target, axisMax))} y1={y} y2={y + BAR + 6}
                  stroke={CHART_COLORS.target} strokeWidth={2} />
              )}
              <text x={LABEL + track + 6} y={y + BAR} fontSize={12} fill={bar.below ? CHART_COLORS.belowTarget : undefined}>{bar.text}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
