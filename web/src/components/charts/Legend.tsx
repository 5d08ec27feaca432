// The key of a chart, above it: a swatch per series (a box for bars, a line for lines, a tick for target markers).
import type { CSSProperties } from 'react';

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly shape: 'box' | 'line' | 'dashed' | 'tick';
}

const SWATCH: Readonly<Record<LegendItem['shape'], (color: string) => CSSProperties>> = {
  box: (color) => ({ width: 10, height: 10, background: color, borderRadius: 2 }),
  line: (color) => ({ width: 16, height: 0, borderTop: `2px solid ${color}` }),
  dashed: (color) => ({ width: 16, height: 0, borderTop: `2px dashed ${color}` }),
  tick: (color) => ({ width: 0, height: 12, borderLeft: `2px solid ${color}` }),
};

export function Legend({ items }: { readonly items: readonly LegendItem[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: 12, marginBottom: 4 }}>
      {items.map((item) => (
        <span key={item.label} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span style={{ display: 'inline-block', ...SWATCH[item.shape](item.color) }} />
          {item.label}
        </span>
      ))}
    </div>
  );
}
