// 应收明细表: the current project's receivable statement for a month, quarter or year, optionally one building or
// some fee items — on screen with its 合计 row, and as the office's xlsx. Read-only: what each column means is
// defined once, in the receivable_statement migration.
import { useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, Progress, Radio, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { PeriodPicker } from '../../components/PeriodPicker';
import { downloadXlsx } from '../../components/xlsx-sheet';
import { formatDecimal, formatMoney } from '../../fields/money';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { useProjectScope } from '../billing-runs/use-project-scope';
import { periodContaining, PERIOD_KINDS, type PeriodKind } from '../policies/simulation/period';
import { rowCells, STATEMENT_COLUMNS, totalCells, type ColumnKey, type ColumnKind } from './columns';
import { statementWorkbook } from './export';
import { loadStatement } from './queries';
import { sortStatement, statementTotals, type StatementRow } from './statement';

const DISPLAY: Readonly<Record<ColumnKind, (text: string) => string>> = {
  index: (text) => text,
  text: (text) => text,
  area: (text) => formatDecimal(text, 2),
  rate: (text) => text,
  money: formatMoney,
};
const NUMERIC = new Set<ColumnKind>(['area', 'rate', 'money']);
const show = (kind: ColumnKind, text: string | null) => (text === null ? '—' : DISPLAY[kind](text));

/** Route /billing/statement */
export default function StatementPage() {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const { project } = useProject();
  const scope = useProjectScope(project.id);
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [anchor, setAnchor] = useState(() => dayjs().format('YYYY-MM-DD'));
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const [feeItems, setFeeItems] = useState<string[]>([]);
  const [rows, setRows] = useState<StatementRow[] | null>(null);
  const [loaded, setLoaded] = useState(0);
  const [version, setVersion] = useState(0);
  const period = periodContaining(kind, anchor);

  useEffect(() => {
    const abort = new AbortController();
    setRows(null);
    setLoaded(0);
    loadStatement({ projectId: project.id, from: period.start, to: period.end, buildingId, feeItems: feeItems.length ? feeItems : null }, setLoaded, abort.signal)
      .then((loadedRows) => setRows(sortStatement(loadedRows)))
      .catch((e: Error) => {
        if (abort.signal.aborted) return;
        setRows([]);
        message.error(e.message);
      });
    return () => abort.abort();
  }, [project.id, period.start, period.end, buildingId, feeItems, version, message]);

  const totals = useMemo(() => statementTotals(rows ?? []), [rows]);
  const headers = useMemo(() => Object.fromEntries(STATEMENT_COLUMNS.map(({ key }) => [key, t(`statement.columns.${key}`)])) as Record<ColumnKey, string>, [t]);
  // Cells by unit, numbered over the whole statement (the table's own index restarts on every page).
  const cells = useMemo(() => new Map((rows ?? []).map((row, n) => [row.unit_id, rowCells(row, n)])), [rows]);
  const columns = STATEMENT_COLUMNS.map(({ key, kind: k }, i) => ({
    key,
    title: headers[key],
    align: NUMERIC.has(k) ? ('right' as const) : undefined,
    render: (_: unknown, row: StatementRow) => show(k, cells.get(row.unit_id)?.[i] ?? null),
  }));

  function exportXlsx() {
    if (!rows) return;
    const title = t('statement.sheetTitle', { project: project.name, start: period.start, end: period.end });
    downloadXlsx(
      statementWorkbook({ title, sheetName: t('receivable_statement.receivable_statement'), headers, totalLabel: t('statement.total'), rows, totals }),
      `${project.code}-statement-${period.start}-${period.end}.xlsx`,
    );
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Typography.Title level={4}>{t('receivable_statement.receivable_statement')}</Typography.Title>
      <Space wrap>
        <Radio.Group optionType="button" value={kind} onChange={(e) => setKind(e.target.value as PeriodKind)}
          options={PERIOD_KINDS.map((k) => ({ value: k, label: <span data-testid={`statement-kind-${k}`}>{t(`billingRuns.form.kinds.${k}`)}</span> }))} />
        <PeriodPicker kind={kind} anchor={anchor} onChange={setAnchor} testId="statement-period" />
        <Select data-testid="statement-building" allowClear style={{ minWidth: 140 }} placeholder={t('billingRuns.allBuildings')}
          value={buildingId} onChange={(id?: string) => setBuildingId(id ?? null)}
          options={scope.buildings.map((b) => ({ value: b.id, label: b.name }))} />
        <Select data-testid="statement-fee-items" mode="multiple" allowClear style={{ minWidth: 200 }} placeholder={t('billingRuns.allFeeItems')}
          value={feeItems} onChange={setFeeItems}
          options={scope.feeItems.map((item) => ({ value: item.code, label: scope.feeItemLabel(item.code) }))} />
        <Button onClick={() => setVersion((v) => v + 1)} data-testid="statement-reload">{t('statement.actions.reload')}</Button>
        <Button disabled={!rows?.length} onClick={exportXlsx} data-testid="statement-export">{t('statement.actions.export')}</Button>
      </Space>
      <Typography.Text type="secondary" data-testid="statement-period-text">
        {t('statement.periodText', { start: period.start, end: period.end, count: rows?.length ?? 0 })}
      </Typography.Text>
      {rows === null ? (
        <Progress percent={99} status="active" format={() => t('statement.loading', { count: loaded })} data-testid="statement-loading" />
      ) : (
        <Table<StatementRow>
          data-testid="statement-table"
          size="small"
          rowKey="unit_id"
          dataSource={rows}
          columns={columns}
          locale={{ emptyText: t('statement.empty') }}
          pagination={{ defaultPageSize: 100, showSizeChanger: true, pageSizeOptions: [50, 100, 500] }}
          summary={() => rows.length > 0 && (
            <Table.Summary fixed>
              <Table.Summary.Row data-testid="statement-totals">
                {totalCells(totals, t('statement.total')).map((text, i) => {
                  const k = STATEMENT_COLUMNS[i]!.kind;
                  return (
                    <Table.Summary.Cell key={i} index={i} align={NUMERIC.has(k) ? 'right' : undefined}>
                      <Typography.Text strong>{text === null ? '' : DISPLAY[k](text)}</Typography.Text>
                    </Table.Summary.Cell>
                  );
                })}
              </Table.Summary.Row>
            </Table.Summary>
          )}
        />
      )}
      <Typography.Text type="secondary">{t('statement.notes')}</Typography.Text>
    </Space>
  );
}
