// A dashboard card: a table of one query's rows (columns.ts), the chart that compares them above it, and the
// table's xlsx export in the corner.
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Card, Space } from 'antd';
import type { ReactNode } from 'react';
import type { Column } from './columns';
import { DataTable } from './DataTable';
import { ExportButton } from './ExportButton';
import type { ViewState } from './use-view';

interface Props<R> {
  readonly title: string;
  readonly query: Pick<UseQueryResult<readonly R[]>, 'isLoading' | 'error'>;
  /** The query's rows as shown (ranked, filtered); undefined while loading. */
  readonly rows: readonly R[] | undefined;
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rowKey: (row: R) => string;
  readonly chart?: ReactNode;
  /** With a view: the xlsx export, titled with its period. */
  readonly state?: ViewState;
  readonly link?: (row: R) => string | null;
  readonly onOpen?: (row: R) => void;
  readonly marked?: (row: R) => boolean;
  readonly extra?: ReactNode;
  /** Rows a page; 20 unless said. */
  readonly pageSize?: number;
  readonly testId: string;
}

export function TableCard<R extends object>({ title, query, rows, columns, rowKey, chart, state, link, onOpen, marked, extra, pageSize = 20, testId }: Props<R>) {
  const table = (
    <DataTable columns={columns} rows={rows} rowKey={rowKey} loading={query.isLoading} testId={`${testId}-table`}
      link={link} onOpen={onOpen} marked={marked} pageSize={pageSize} />
  );
  return (
    <Card size="small" title={title} data-testid={testId}
      extra={<Space>{extra}{state && <ExportButton name={title} columns={columns} rows={rows} state={state} testId={`${testId}-export`} />}</Space>}>
      {query.error && <Alert type="error" showIcon message={query.error.message} style={{ marginBottom: 8 }} />}
      {chart && <div style={{ marginBottom: 12 }}>{chart}</div>}
      {table}
    </Card>
  );
}
