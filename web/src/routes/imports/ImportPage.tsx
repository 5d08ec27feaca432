// 数据导入: pick what to import, download its template, drop a filled xlsx. The file is checked and parsed in
// a worker (progress shown), then the rows that parsed are checked by the database in a dry run, so every
// problem of the file — field or reference — is listed at once with its row and column. Import commits the
// whole file in one transaction, and is offered only when nothing is wrong.
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Progress, Segmented, Space, Typography, Upload } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { downloadXlsx } from '../../components/xlsx-sheet';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { IssueTable } from './IssueTable';
import { PreviewTable } from './PreviewTable';
import { IMPORT_KINDS } from './kinds';
import type { ImportKindId, RowIssue } from './kinds/types';
import { countsText, refusalText } from './messages';
import type { ParseProgress } from './parse-file';
import { parseInWorker } from './parse-in-worker';
import { ImportFailed, runImport, type ImportCounts } from './queries';
import { ImportRefusal } from './sheet/refusal';
import { importTemplate } from './template';
import type { ValidatedSheet } from './validate';

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'parsing'; readonly progress: ParseProgress }
  | { readonly kind: 'server' }
  | { readonly kind: 'refused'; readonly message: string }
  | { readonly kind: 'checked'; readonly file: string; readonly sheet: ValidatedSheet; readonly issues: readonly RowIssue[]; readonly counts: ImportCounts | null }
  | { readonly kind: 'committing'; readonly file: string; readonly sheet: ValidatedSheet }
  | { readonly kind: 'done'; readonly counts: ImportCounts };

const byRow = (a: RowIssue, b: RowIssue) => a.row - b.row;

/** Route /imports */
export default function ImportPage() {
  const { t, locale, text } = useI18n();
  const { modal } = AntApp.useApp();
  const { project, roles } = useProject();
  const allowed = useMemo(() => Object.values(IMPORT_KINDS).filter((k) => k.roles.some((r) => roles.includes(r))), [roles]);
  const [kindId, setKindId] = useState<ImportKindId | null>(null);
  const kind = IMPORT_KINDS[kindId ?? allowed[0]?.id ?? 'meter_readings'];
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const cancel = useRef<(() => void) | null>(null);

  const failed = (e: unknown) => {
    if (e instanceof ImportRefusal) setStep({ kind: 'refused', message: refusalText(locale, e) });
    else setStep({ kind: 'refused', message: t('imports.failed', { message: e instanceof Error ? e.message : String(e) }) });
  };

  const check = async (file: File) => {
    cancel.current?.();
    setFailure(null);
    setStep({ kind: 'parsing', progress: { stage: 'checking' } });
    try {
      const parsing = parseInWorker(kind.id, await file.arrayBuffer(), (progress) => setStep({ kind: 'parsing', progress }));
      cancel.current = parsing.cancel;
      const sheet = await parsing.result;
      let issues = [...sheet.issues];
      let counts: ImportCounts | null = null;
      if (sheet.rows.length > 0) {
        setStep({ kind: 'server' });
        const outcome = await runImport(kind, project.id, sheet.rows, true, file.name);
        issues = [...issues, ...outcome.issues].sort(byRow);
        counts = outcome.counts;
      }
      setStep({ kind: 'checked', file: file.name, sheet, issues, counts });
    } catch (e) {
      failed(e);
    } finally {
      cancel.current = null;
    }
  };

  const commit = (file: string, sheet: ValidatedSheet) => {
    modal.confirm({
      title: t('imports.confirm', { count: sheet.rows.length }),
      onOk: async () => {
        setStep({ kind: 'committing', file, sheet });
        try {
          const outcome = await runImport(kind, project.id, sheet.rows, false, file);
          setStep({ kind: 'done', counts: outcome.counts });
        } catch (e) {
          const issues = e instanceof ImportFailed ? e.issues : [];
          setFailure(t('imports.failed', { message: e instanceof Error ? e.message : String(e) }));
          setStep({ kind: 'checked', file, sheet, issues, counts: null });
        }
      },
    });
  };

  const downloadTemplate = () =>
    downloadXlsx(new Uint8Array(importTemplate(kind, locale)), `${text(kind.label)}-${t('imports.template')}.xlsx`);

  const busy = step.kind === 'parsing' || step.kind === 'server' || step.kind === 'committing';
  const progressText = (): string => {
    if (step.kind === 'server') return t('imports.stages.server');
    if (step.kind === 'committing') return t('imports.stages.committing');
    if (step.kind !== 'parsing') return '';
    const { stage, done, total } = step.progress;
    return t(`imports.stages.${stage}`, { done: done ?? 0, total: total ?? 0 });
  };
  const percent = step.kind === 'parsing' && step.progress.total
    ? Math.round(((step.progress.done ?? 0) * 100) / step.progress.total)
    : step.kind === 'server' || step.kind === 'committing' ? 100 : 0;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('imports.titles.list')}</Typography.Title>
      <Card size="small">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>{t('imports.kind')}</Typography.Text>
            <Segmented
              data-testid="import-kinds"
              value={kind.id}
              disabled={busy}
              options={allowed.map((k) => ({ value: k.id, label: text(k.label) }))}
              onChange={(value) => {
                setKindId(value as ImportKindId);
                setStep({ kind: 'idle' });
              }}
            />
            <Button onClick={downloadTemplate}>{t('imports.template')}</Button>
          </Space>
          <Typography.Text type="secondary">{text(kind.notes)}</Typography.Text>
          <Upload.Dragger
            accept=".xlsx"
            multiple={false}
            showUploadList={false}
            disabled={busy || allowed.length === 0}
            beforeUpload={(file) => {
              void check(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon"><InboxOutlined /></p>
            <p className="ant-upload-text">{t('imports.upload')}</p>
            <p className="ant-upload-hint">{t('imports.uploadHint')}</p>
          </Upload.Dragger>
          {busy && <Progress percent={percent} status="active" format={() => progressText()} data-testid="import-progress" />}
        </Space>
      </Card>

      {allowed.length === 0 && <Alert type="info" showIcon message={t('imports.noRights')} />}
      {step.kind === 'refused' && <Alert type="error" showIcon message={step.message} data-testid="import-refused" />}
      {step.kind === 'done' && <Alert type="success" showIcon message={t('imports.done', { counts: countsText(locale, step.counts) })} data-testid="import-done" />}
      {failure && <Alert type="error" showIcon message={failure} />}

      {step.kind === 'checked' && (
        <Card size="small" data-testid="import-checked">
          <Space direction="vertical" style={{ width: '100%' }}>
            <Typography.Text data-testid="import-summary">
              {t('imports.summary', {
                total: step.sheet.total,
                good: step.sheet.total - new Set(step.issues.map((i) => i.row)).size,
                bad: new Set(step.issues.map((i) => i.row)).size,
              })}
            </Typography.Text>
            {step.sheet.ignoredColumns.length > 0 && (
              <Typography.Text type="warning">{t('imports.ignored', { columns: step.sheet.ignoredColumns.join(locale === 'zh-CN' ? '、' : ', ') })}</Typography.Text>
            )}
            {step.counts && step.issues.length === 0 && (
              <Typography.Text data-testid="import-would">{t('imports.wouldDo', { counts: countsText(locale, step.counts) })}</Typography.Text>
            )}
            {step.issues.length > 0 ? (
              <>
                <Alert type="warning" showIcon message={t('imports.commitBlocked')} />
                <IssueTable kind={kind} issues={step.issues} />
              </>
            ) : (
              <Button type="primary" disabled={step.sheet.rows.length === 0} onClick={() => commit(step.file, step.sheet)} data-testid="import-commit">
                {t('imports.commit')}
              </Button>
            )}
            <PreviewTable kind={kind} rows={step.sheet.rows} issues={step.issues} />
          </Space>
        </Card>
      )}
    </Space>
  );
}
