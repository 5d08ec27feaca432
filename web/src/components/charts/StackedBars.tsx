// Horizontal stacked bars of amounts: one row per group (the company, a project, a collector), one coloured
// segment per part (an aging bucket, a kind of collection), the rows on one scale. A single part is a plain bar chart.
import { stackSegments } from './geometry';
import { ROW, ROW_LABEL, type RowChartProps } from './layout';
import { Legend } from './Legend';

export interface StackPart {
  readonly key: string;
  readonly label: string;
  readonly color: string;
}

export interface StackRow {
  readonly key: string;
  readonly label: string;
  /** One amount per part, as decimal strings, in the parts' order. */
  readonly amounts: readonly string[];
  /** What the row adds up to, as the reader sees it (shown after the bar). */
  readonly caption: string;
  /** Each amount as the reader sees it (the hover text). */
  readonly texts: readonly string[];
}

interface Props extends RowChartProps {
  readonly parts: readonly StackPart[];
  readonly rows: readonly StackRow[];
}

const BAR = 16;
const LABEL = ROW_LABEL;
// Room after the longest bar for its caption ("逾期合计 ¥1,234,567.89").
const CAPTION = 180;

export function StackedBars({ parts, rows, label, onSelect, testId, width = 640 }: Props) {
  const segments = stackSegments(rows.map((row) => row.amounts));
  const track = width - LABEL - CAPTION;
  const height = rows.length * ROW + 4;
  return (
    <div>
      {parts.length > 1 && <Legend items={parts.map((part) => ({ label: part.label, color: part.color, shape: 'box' as const }))} />}
      <svg data-testid={testId} role="img" aria-label={label} width="100%" viewBox={`0 0 ${width} ${height}`} style={{ maxWidth: width }}>
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          const select = onSelect && (() => onSelect(row.key));
          const end = segments[i]?.reduce((x, s) => Math.max(x, s.offset + s.share), 0) ?? 0;
          return (
            <g key={row.key} data-key={row.key} onClick={select} style={select ? { cursor: 'pointer' } : undefined}>
              <text x={LABEL - 8} y={y + BAR - 3} fontSize={12} textAnchor="end">{row.label}</text>
              {parts.map((part, j) => {
                const segment = segments[i]?.[j];
                return segment && segment.share > 0 && (
                  <rect key={part.key} x={LABEL + segment.offset * track} y={y} width={segment.share * track} height={BAR} fill={part.color}>
                    <title>{`${row.label} · ${part.label}: ${row.texts[j] ?? ''}`}</title>
                  </rect>
                );
              })}
              <text x={LABEL + end * track + 6} y={y + BAR - 3} fontSize={12}>{row.caption}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
