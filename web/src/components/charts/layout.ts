// What every chart takes, and the layout of the charts with one bar per row, shared so they line up on a page.
export interface ChartProps {
  /** What the chart shows (read out by screen readers). */
  readonly label: string;
  readonly testId?: string;
  /** The drawing's width in its own units; it scales down to fit its box. */
  readonly width?: number;
}

export interface RowChartProps extends ChartProps {
  /** A row was clicked: its key. */
  readonly onSelect?: (key: string) => void;
}

/** A row's height and the room for its name on the left. */
export const ROW = 26;
export const ROW_LABEL = 130;
