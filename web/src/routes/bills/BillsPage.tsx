// 账单: a project's bills for a period in a spreadsheet-like grid. Edits stay pending (highlighted, undoable)
// until Save sends them as one batch with a reason; a colleague's newer save is reported cell by cell and
// nothing is saved. Bulk actions work on the selected rows.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Input, Modal, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import quarterOfYear from 'dayjs/plugin/quarterOfYear';
import { useI18n } from '../../i18n/use-i18n';
import { fieldIssueText } from '../../i18n/messages';
import { useProject } from '../../session/project-context';
import { formatMoney } from '../../fields/money';
import { BILL_FIELDS, EDITABLE_FIELDS, type BillField } from './fields';
import { billsSheet } from './export';
import { downloadXlsx } from '../../components/xlsx-sheet';
import { BillsError, loadBills, reloadBills, saveEdits, transitionBills, type BillRow, type Conflict } from './queries';
import { canEditBills, editKind, mayTake, WORKFLOW, type BillAction, type BillStatus } from './permissions';
import { EditModel, type GridColumn, type StepReport } from './grid/edit-model';
import { BillsGrid, balanceDue, totalDue, type BillColumn, type BillsGridHandle } from './grid/BillsGrid';
import type { CellRange, GridOrder } from './grid/selection';

dayjs.extend(quarterOfYear);

const COLUMN_WIDTHS: ReadonlyArray<[BillField, number]> = [
  ['room_no', 110], ['owner_name', 90], ['area', 90], ['fee_code', 90], ['period_start', 110], ['principal', 110],
  ['discount', 100], ['surcharge', 100], ['late_fee', 100], ['arrears_carried', 110], ['total_due', 120], ['paid', 100],
  ['balance', 110], ['due_date', 120], ['status', 90], ['review_comment', 160],
];
const MONEY = new Set<BillField>(['principal', 'discount', 'surcharge', 'late_fee', 'arrears_carried', 'total_due', 'paid', 'balance']);

interface Summary {
  readonly cells: number;
  readonly numeric: number;
  readonly sum: string;
  readonly rowIds: readonly string[];
}

/** Route /billing/bills */
export default function BillsPage() {
  const { t, locale, text } = useI18n();
  const { message } = AntApp.useApp();
  const { project, roles } = useProject();
  const [quarter, setQuarter] = useState<Dayjs>(() => dayjs().startOf('quarter'));
  const [rows, setRows] = useState<BillRow[] | null>(null);
  const [loaded, setLoaded] = useState(0);
  const [version, setVersion] = useState(0);
  const [summary, setSummary] = useState<Summary>({ cells: 0, numeric: 0, sum: '0', rowIds: [] });
  const [saving, setSaving] = useState<'ask' | 'busy' | null>(null);
  const [reason, setReason] = useState('');
  const [conflicts, setConflicts] = useState<readonly Conflict[]>([]);
  const [bulk, setBulk] = useState<{ field: 'discount' | 'due_date'; value: string } | null>(null);
  const [returning, setReturning] = useState<string | null>(null);
  const bump = () => setVersion((v) => v + 1);

  const period = useMemo(() => ({ from: quarter.startOf('quarter').format('YYYY-MM-DD'), to: quarter.endOf('quarter').format('YYYY-MM-DD') }), [quarter]);
  const mayEdit = canEditBills(roles);

  const lockedReason = useCallback((row: BillRow, field: string): string | null => {
    if (!(EDITABLE_FIELDS as readonly string[]).includes(field)) return t('bills.locked.readOnly');
    if (!mayEdit) return t('bills.locked.role');
    return editKind(row.status) === 'none' ? t('bills.locked.void') : null;
  }, [mayEdit, t]);

  const gridColumns = useMemo((): GridColumn<BillRow>[] => COLUMN_WIDTHS.map(([field]) => ({ field, def: BILL_FIELDS[field], lockedReason: (row) => lockedReason(row, field) })), [lockedReason]);
  const model = useMemo(() => (rows ? new EditModel<BillRow>(rows, gridColumns) : null), [rows, gridColumns]);

  const columns = useMemo((): BillColumn[] => COLUMN_WIDTHS.map(([field, width]) => ({
    field,
    width,
    header: text(BILL_FIELDS[field].label),
    money: MONEY.has(field),
    ...(field === 'total_due' ? { computed: totalDue } : {}),
    ...(field === 'balance' ? { computed: balanceDue } : {}),
    ...(field === 'status' ? { format: (v: unknown) => t(`bills.status.${v as BillStatus}`) } : {}),
  })), [t, text]);

  const load = useCallback(async (signal?: AbortSignal) => {
    setRows(null);
    setLoaded(0);
    try {
      setRows(await loadBills(project.id, period, setLoaded, signal));
    } catch (e) {
      if (!signal?.aborted) message.error((e as Error).message);
    }
  }, [message, period, project.id]);

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  const onStep = useCallback((report: StepReport) => {
    bump();
    if (report.rejected.length === 0) return;
    const first = report.rejected[0]!;
    const why = first.reason === 'locked' ? first.detail : first.reason === 'invalid' ? fieldIssueText(locale, first.issue) : t('bills.rejected.outside');
    message.warning(t('bills.rejected.summary', { count: report.rejected.length, why }));
  }, [locale, message, t]);

  const onSelection = useCallback((range: CellRange | null, order: GridOrder) => {
    if (!range || !model) return setSummary({ cells: 0, numeric: 0, sum: '0', rowIds: [] });
    const s = model.summary(range, order);
    setSummary({ cells: s.count, numeric: s.numeric, sum: s.sum, rowIds: range.slice(order).rowIds });
  }, [model]);

  const note = useCallback((row: BillRow, field: string): string | null => {
    const issue = model?.issue(row.id, field);
    if (issue) return fieldIssueText(locale, issue);
    const locked = lockedReason(row, field);
    if (locked) return field === 'status' && row.review_comment ? row.review_comment : locked;
    return editKind(row.status) === 'adjustment' ? t('bills.note.adjustment') : null;
  }, [lockedReason, locale, model, t]);

  // The bills as last read: the grid keeps the loaded rows (and the model its edits); fresh copies after a
  // save or a workflow step replace rows in place, so no pending edit is lost.
  const byId = useMemo(() => new Map((rows ?? []).map((r) => [r.id, r])), [rows]);
  const grid = useRef<BillsGridHandle | null>(null);
  const replace = (fresh: readonly BillRow[]) => {
    for (const row of fresh) byId.set(row.id, row);
    grid.current?.update(fresh);
  };

  async function save() {
    if (!model) return;
    setSaving('busy');
    const pending = model.pending();
    try {
      const result = await saveEdits(pending.map((p) => ({ id: p.id, row_version: byId.get(p.id)!.row_version, changes: p.changes })), reason.trim());
      const fresh = await reloadBills(pending.map((p) => p.id));
      model.commit(fresh);
      replace(fresh);
      bump();
      setSaving(null);
      setReason('');
      message.success(t('bills.saved', { updated: result.updated, proposed: result.proposed }));
    } catch (e) {
      setSaving('ask');
      if (e instanceof BillsError && e.conflicts.length) setConflicts(e.conflicts);
      else message.error((e as Error).message);
    }
  }

  /** Drops the user's edits of the conflicting bills and shows their current values. */
  async function takeTheirs() {
    if (!model) return;
    const fresh = await reloadBills([...new Set(conflicts.map((c) => c.id))]);
    model.discard(fresh);
    replace(fresh);
    bump();
    setConflicts([]);
    setSaving(null);
  }

  async function transition(action: BillAction, comment?: string) {
    const ids = summary.rowIds.filter((id) => WORKFLOW[action].from.includes(byId.get(id)!.status));
    if (ids.length === 0) return void message.info(t('bills.workflow.noneEligible'));
    try {
      const n = await transitionBills(ids, action, comment);
      const fresh = await reloadBills(ids);
      model?.commit(fresh);
      replace(fresh);
      bump();
      message.success(t('bills.workflow.done', { count: n, action: t(`bills.workflow.${action}`) }));
    } catch (e) {
      message.error((e as Error).message);
    }
  }

  function exportXlsx() {
    const shown = grid.current?.displayed();
    if (!shown || !model) return;
    const byField = new Map(columns.map((c) => [c.field, c]));
    const cells = shown.fields.flatMap((field) => {
      const c = byField.get(field);
      if (!c) return [];
      const raw = (id: string) => (c.computed ? c.computed((f) => model.value(id, f)) : model.value(id, field));
      return [{ header: c.header, money: c.money, value: (id: string) => {
        const v = raw(id);
        return v === null || v === undefined ? null : c.format ? c.format(v) : String(v);
      } }];
    });
    downloadXlsx(billsSheet(shown.rowIds, cells, t('bills.titles.list')), `${project.code}-bills-${period.from}-${period.to}.xlsx`);
  }

  function applyBulk() {
    if (!model || !bulk) return;
    onStep(model.apply(summary.rowIds.map((rowId) => ({ rowId, field: bulk.field, text: bulk.value }))));
    setBulk(null);
  }

  const dirty = model?.dirtyCount() ?? 0;
  const roomOf = (id: string) => byId.get(id)?.room_no ?? id;

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Typography.Title level={4}>{t('bills.titles.list')}</Typography.Title>
      <Space wrap>
        <DatePicker picker="quarter" value={quarter} allowClear={false} onChange={(d) => d && setQuarter(d)} data-testid="bills-quarter" />
        <Button onClick={() => void load()} data-testid="bills-reload">{t('bills.actions.reload')}</Button>
        <Button disabled={!rows?.length} onClick={exportXlsx} data-testid="bills-export">{t('bills.actions.export')}</Button>
        <Button disabled={!model?.canUndo} onClick={() => { model?.undo(); bump(); }} data-testid="bills-undo">{t('bills.actions.undo')}</Button>
        <Button disabled={!model?.canRedo} onClick={() => { model?.redo(); bump(); }} data-testid="bills-redo">{t('bills.actions.redo')}</Button>
        <Button type="primary" disabled={dirty === 0} onClick={() => setSaving('ask')} data-testid="bills-save">
          {t('bills.actions.save', { count: dirty })}
        </Button>
        {mayEdit && (
          <Button disabled={summary.rowIds.length === 0} onClick={() => setBulk({ field: 'discount', value: '' })} data-testid="bills-bulk">
            {t('bills.actions.bulkSet')}
          </Button>
        )}
        {(['submit', 'approve', 'issue'] as const).filter((a) => mayTake(roles, a)).map((a) => (
          <Button key={a} disabled={summary.rowIds.length === 0 || dirty > 0} onClick={() => void transition(a)} data-testid={`bills-${a}`}>
            {t(`bills.workflow.${a}`)}
          </Button>
        ))}
        {mayTake(roles, 'return') && (
          <Button disabled={summary.rowIds.length === 0 || dirty > 0} onClick={() => setReturning('')} data-testid="bills-return">{t('bills.workflow.return')}</Button>
        )}
      </Space>
      <div data-testid="bills-summary">
        <Space split="·">
          <span>{t('bills.summary.rows', { count: rows?.length ?? 0 })}</span>
          <span>{t('bills.summary.selected', { cells: summary.cells, rows: summary.rowIds.length })}</span>
          <span data-testid="bills-summary-sum">{t('bills.summary.sum', { count: summary.numeric, sum: formatMoney(summary.sum) })}</span>
          {dirty > 0 && <Tag color="orange" data-testid="bills-dirty">{t('bills.summary.dirty', { count: dirty })}</Tag>}
        </Space>
      </div>
      {rows === null ? (
        <Progress percent={99} status="active" format={() => t('bills.loading', { count: loaded })} data-testid="bills-loading" />
      ) : model && (
        <BillsGrid ref={grid} rows={rows} model={model} columns={columns} version={version} locked={lockedReason} note={note} onStep={onStep} onSelection={onSelection} />
      )}

      <Modal open={saving !== null && conflicts.length === 0} title={t('bills.saveDialog.title', { count: dirty })} okText={t('bills.saveDialog.ok')}
        okButtonProps={{ disabled: reason.trim() === '', loading: saving === 'busy', 'data-testid': 'bills-save-confirm' }}
        onOk={() => void save()} onCancel={() => setSaving(null)}>
        <Typography.Paragraph>{t('bills.saveDialog.explain')}</Typography.Paragraph>
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('bills.saveDialog.reason')} data-testid="bills-save-reason" />
      </Modal>

      <Modal open={conflicts.length > 0} title={t('bills.conflicts.title')} width={720} onCancel={() => { setConflicts([]); setSaving(null); }}
        footer={<Button danger onClick={() => void takeTheirs()} data-testid="bills-take-theirs">{t('bills.conflicts.takeTheirs')}</Button>}>
        <Alert type="warning" showIcon message={t('bills.conflicts.explain')} />
        <Table<Conflict> size="small" rowKey={(c) => `${c.id}-${c.field}`} dataSource={[...conflicts]} pagination={false} data-testid="bills-conflicts"
          columns={[
            { title: text(BILL_FIELDS.room_no.label), render: (_, c) => roomOf(c.id) },
            { title: t('bills.conflicts.field'), render: (_, c) => (c.field in BILL_FIELDS ? text(BILL_FIELDS[c.field as BillField].label) : c.field) },
            { title: t('bills.conflicts.yours'), dataIndex: 'yours' },
            { title: t('bills.conflicts.theirs'), dataIndex: 'theirs' },
          ]} />
      </Modal>

      <Modal open={bulk !== null} title={t('bills.bulk.title', { rows: summary.rowIds.length })} onOk={applyBulk} onCancel={() => setBulk(null)}
        okButtonProps={{ 'data-testid': 'bills-bulk-apply' }}>
        {bulk && (
          <Space>
            <Select value={bulk.field} onChange={(field) => setBulk({ ...bulk, field })} style={{ width: 160 }} data-testid="bills-bulk-field"
              options={(['discount', 'due_date'] as const).map((f) => ({ value: f, label: text(BILL_FIELDS[f].label) }))} />
            <Input value={bulk.value} onChange={(e) => setBulk({ ...bulk, value: e.target.value })} placeholder={bulk.field === 'due_date' ? '2027-01-10' : '20.00'} data-testid="bills-bulk-value" />
          </Space>
        )}
      </Modal>

      <Modal open={returning !== null} title={t('bills.workflow.return')} okButtonProps={{ disabled: !returning?.trim() }}
        onOk={() => { void transition('return', returning ?? ''); setReturning(null); }} onCancel={() => setReturning(null)}>
        <Input.TextArea value={returning ?? ''} onChange={(e) => setReturning(e.target.value)} placeholder={t('bills.workflow.returnComment')} data-testid="bills-return-comment" />
      </Modal>
    </Space>
  );
}
