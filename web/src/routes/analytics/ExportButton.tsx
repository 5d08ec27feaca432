// Exports a dashboard table as shown (same columns, same rows) to xlsx, titled with the period and as-of date.
import { Button } from 'antd';
import { downloadXlsx } from '../../components/xlsx-sheet';
import { useI18n } from '../../i18n/use-i18n';
import type { Column } from './columns';
import { tableWorkbook } from './export';
import { periodName } from './period';
import type { ViewState } from './use-view';

interface Props<R> {
  /** The sheet's name, also the start of the file's. */
  readonly name: string;
  readonly columns: ReadonlyArray<Column<R>>;
  readonly rows: readonly R[] | undefined;
  readonly state: ViewState;
  readonly testId: string;
}

export function ExportButton<R>({ name, columns, rows, state, testId }: Props<R>) {
  const { t } = useI18n();
  const { view, frame } = state;
  const exportRows = () => {
    if (!rows) return;
    const title = t('dashboard.sheetTitle', { sheet: name, start: view.start, end: view.end, asOf: frame.asOf });
    downloadXlsx(tableWorkbook({ name, title, columns, rows }, t), `${name}-${periodName(view.kind, view.start)}-${frame.asOf}.xlsx`);
  };
  return (
    <Button size="small" disabled={!rows?.length} onClick={exportRows} data-testid={testId}>{t('dashboard.export')}</Button>
  );
}
