// A dashboard table from its column definitions (columns.ts): amounts as ¥1,234.56, rates as 93.45%, numbers
// on the right; the name column may link to the next level down, and rows may be marked (below target).
import { Table } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
import { Link } from 'react-router';
import { formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import type { CellKind, Column } from './columns';
import { percentText } from './rates';

const DISPLAY: Readonly<Record<CellKind, (text: string) => string>> = {
  index: (text) => text,
  text: (text) => text,
  money: formatMoney,
  rate: percentText,
  count: (text) => text,
};
const NUMERIC = new Set<CellKind>(['index', 'money', 'rate', 'count']);
/** A long text cut to its column's width, the whole of it on hover. */
const CUT: CSSProperties = { display: 'inline-block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', verticalAlign: 'bottom' };
/** Ant Design's light red: rows below their target. */
const BELOW = '#fff1f0';

/** A cell as the reader sees it; a dash where there is nothing. */
const cellText = (kind: CellKind, text: string | null): string => (text === null ? '—' : DISPLAY[kind](text));

interface Props<R> {
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rows: readonly R[] | undefined;
  readonly rowKey: (row: R) => string;
  readonly loading?: boolean;
  readonly testId: string;
  /** Where the name column leads (the next level of the drill-down); null: nowhere. */
  readonly link?: (row: R) => string | null;
  /** Opens a row's details in place (a drawer) instead of a link. */
  readonly onOpen?: (row: R) => void;
  /** Rows to mark, e.g. those below their target. */
  readonly marked?: (row: R) => boolean;
  readonly pageSize?: number;
}

export function DataTable<R extends object>({ columns, rows, rowKey, loading, testId, link, onOpen, marked, pageSize }: Props<R>) {
  const { t } = useI18n();
  const index = new Map((rows ?? []).map((row, i) => [row, i]));
  const nameCell = (row: R, text: string): ReactNode => {
    const to = link?.(row);
    if (to) return <Link to={to}>{text}</Link>;
    if (onOpen) return <a role="button" onClick={() => onOpen(row)}>{text}</a>;
    return text;
  };
  return (
    <Table<R>
      data-testid={testId}
      size="small"
      rowKey={rowKey}
      loading={loading}
      dataSource={rows ? [...rows] : []}
      scroll={{ x: 'max-content' }}
      pagination={pageSize && (rows?.length ?? 0) > pageSize ? { pageSize, showSizeChanger: false } : false}
      onRow={(row) => (marked?.(row) ? ({ style: { background: BELOW }, 'data-below': 'true' }) as HTMLAttributes<HTMLElement> : {})}
      columns={columns.map((c, i) => ({
        key: c.key,
        title: t(c.title),
        align: NUMERIC.has(c.kind) ? ('right' as const) : undefined,
        onCell: () => ({ 'data-col': c.key }) as HTMLAttributes<HTMLElement>,
        render: (_: unknown, row: R) => {
          const text = cellText(c.kind, c.cell(row, index.get(row) ?? 0));
          // The first text column names the row.
          if (i === columns.findIndex((col) => col.kind === 'text')) return nameCell(row, text);
          return c.maxWidth ? <span title={text} style={{ ...CUT, maxWidth: c.maxWidth }}>{text}</span> : text;
        },
      }))}
    />
  );
}
