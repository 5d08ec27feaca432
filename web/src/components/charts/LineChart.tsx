// Percentages over time: one line per series across the periods, an optional dashed target line, gaps where a
// period has nothing to measure.
import { linePath, linePoints, percentAxisMax, percentShare, pointX, ticks } from './geometry';
import type { ChartProps } from './layout';
import { Legend } from './Legend';
import { CHART_COLORS } from './palette';

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** One percentage per period as a decimal string; null: no denominator. */
  readonly values: ReadonlyArray<string | null>;
}

interface Props extends ChartProps {
  /** The periods along the bottom. */
  readonly periods: readonly string[];
  readonly series: readonly LineSeries[];
  readonly target?: { readonly label: string; readonly rate: string } | null;
  readonly height?: number;
}

const LEFT = 44;
// Room for half of the last period's label.
const RIGHT = 32;
const TOP = 10;
const BOTTOM = 24;

export function LineChart({ periods, series, target, label, testId, width = 640, height = 220 }: Props) {
  const axisMax = percentAxisMax([...series.flatMap((s) => s.values), target?.rate ?? null]);
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  // Every label when they fit, otherwise every second or third.
  const every = Math.max(1, Math.ceil((periods.length * 64) / plotWidth));
  const targetY = target ? TOP + plotHeight - percentShare(target.rate, axisMax) * plotHeight : null;
  return (
    <div>
      <Legend items={[
        ...series.map((s) => ({ label: s.label, color: s.color, shape: 'line' as const })),
        ...(target ? [{ label: target.label, color: CHART_COLORS.target, shape: 'dashed' as const }] : []),
      ]} />
      <svg data-testid={testId} role="img" aria-label={label} width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }}>
        {ticks(axisMax, 4).map((tick) => {
          const y = TOP + plotHeight - (tick / axisMax) * plotHeight;
          return (
            <g key={tick}>
              <line x1={LEFT} x2={width - RIGHT} y1={y} y2={y} stroke={CHART_COLORS.grid} />
              <text x={LEFT - 6} y={y + 4} fontSize={11} textAnchor="end" fill={CHART_COLORS.axis}>{`${tick}%`}</text>
            </g>
          );
        })}
        {periods.map((period, i) => (i % every === 0 || i === periods.length - 1) && (
          <text key={period} x={LEFT + pointX(i, periods.length, plotWidth)} y={height - 6} fontSize={11} textAnchor="middle" fill={CHART_COLORS.axis}>
            {period}
          </text>
        ))}
        {targetY !== null && (
          <line x1={LEFT} x2={width - RIGHT} y1={targetY} y2={targetY} stroke={CHART_COLORS.target} strokeDasharray="6 4" />
        )}
        <g transform={`translate(${LEFT}, ${TOP})`}>
          {series.map((s) => {
            const points = linePoints(s.values, plotWidth, plotHeight, axisMax);
            const { path, dots } = linePath(points);
            return (
              <g key={s.key} data-series={s.key}>
                <path d={path} fill="none" stroke={s.color} strokeWidth={2} />
                {dots.map((dot) => <circle key={dot.x} cx={dot.x} cy={dot.y} r={3} fill={s.color} />)}
                {/* Invisible targets for the hover text of each point. */}
                {points.map((point, i) => point && (
                  <circle key={periods[i]} cx={point.x} cy={point.y} r={6} fill="transparent">
                    <title>{`${periods[i]} ${s.label}: ${s.values[i]}%`}</title>
                  </circle>
                ))}
              </g>
            );
          })}
        </g>
      </svg>
    </div>
  );
}
