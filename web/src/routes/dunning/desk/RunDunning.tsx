// 立即运行催缴: runs the project's dunning for today through the dunning-run function (which checks the caller's
// role itself) and says what it did — or why it did not.
import { Alert, Button, Popconfirm } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { runDunning, type RunOutcome } from '../desk-queries';

export type RunResult = { readonly kind: 'ran'; readonly outcome: RunOutcome } | { readonly kind: 'failed'; readonly message: string };

export function RunButton({ projectId, busy, onStart, onResult }: {
  readonly projectId: string;
  readonly busy: boolean;
  readonly onStart: () => void;
  readonly onResult: (result: RunResult) => void;
}) {
  const { t } = useI18n();
  const run = async () => {
    onStart();
    try {
      onResult({ kind: 'ran', outcome: await runDunning(projectId) });
    } catch (e) {
      onResult({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  return (
    <Popconfirm title={t('dunningDesk.run.button')} description={<div style={{ maxWidth: 360 }}>{t('dunningDesk.run.confirm')}</div>}
      onConfirm={() => void run()} okButtonProps={{ 'data-testid': 'dunning-run-confirm' }}>
      <Button type="primary" loading={busy} data-testid="dunning-run">{t('dunningDesk.run.button')}</Button>
    </Popconfirm>
  );
}

export function RunResultAlert({ result, onClose }: { readonly result: RunResult; readonly onClose: () => void }) {
  const { t } = useI18n();
  const common = { showIcon: true, closable: true, onClose, 'data-testid': 'dunning-run-result' };
  if (result.kind === 'ran' && !('error' in result.outcome)) {
    const { errors, ...counts } = result.outcome;
    return (
      <Alert {...common} type={errors.length > 0 ? 'warning' : 'success'} message={t('dunningDesk.run.done', counts)}
        description={errors.length > 0 ? t('dunningDesk.run.billErrors', { count: errors.length, first: errors[0]!.message }) : undefined} />
    );
  }
  const message = result.kind === 'failed' ? result.message : 'error' in result.outcome ? result.outcome.error : '';
  return <Alert {...common} type="error" message={t('dunningDesk.run.failed', { message })} />;
}
