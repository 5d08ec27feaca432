// Today's handover: lines typed or pasted (车位号 ⇥ 金额), read as they come with the problems named by line, the
// exact total, cash handed over and the variance (a reason when there is one). Submitting posts every line as a
// receipted payment, all or nothing; the database names the line it refused.
import { Alert, Button, Form, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { formatMoney } from '../../../fields/money';
import { useI18n } from '../../../i18n/use-i18n';
import { cashCount } from '../amounts';
import { CashCountFields } from '../CashCountFields';
import { linesTotal, pastedLines, type HandoverLine } from './lines';
import { submitHandover } from './queries';

export function HandoverForm({ projectId, day, onSubmitted }: { projectId: string; day: string; onSubmitted: () => Promise<unknown> }) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [cash, setCash] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAsyncAction();
  const { lines, problems } = pastedLines(text, locale);
  const total = linesTotal(lines);
  const count = cashCount(cash, total, reason);
  const { amount: handed, needsReason } = count;
  const ready = lines.length > 0 && problems.length === 0 && count.ready;

  const submit = () => run(async () => {
    if (!handed.ok) return;
    await submitHandover(projectId, day, lines, handed.value.toFixed(2), needsReason ? reason : '');
    setText('');
    setCash('');
    setReason('');
    await onSubmitted();
  });

  return (
    <Form layout="vertical" style={{ maxWidth: 720 }}>
      <Form.Item label={t('parkingHandover.lines')} help={t('parkingHandover.linesHelp')}>
        <Input.TextArea rows={6} value={text} onChange={(e) => setText(e.target.value)} placeholder={'P-001\t300\nP-002\t150'} data-testid="handover-lines" />
      </Form.Item>
      {problems.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="handover-problems"
          message={problems.map((p) => t('parkingHandover.problem', { line: p.line, message: p.message })).join('；')} />
      )}
      <Table<HandoverLine> size="small" pagination={false} rowKey={(l) => `${l.spaceCode}:${l.amount}`} dataSource={lines} style={{ marginBottom: 16 }}
        columns={[
          { title: t('parkingHandover.space'), dataIndex: 'spaceCode' },
          { title: t('parkingHandover.amount'), dataIndex: 'amount', align: 'right', render: (a: string) => formatMoney(a) },
        ]} />
      <Typography.Paragraph>
        {t('parkingHandover.collected')}<strong data-testid="handover-total">{formatMoney(total)}</strong>
      </Typography.Paragraph>
      <CashCountFields count={count} counted={cash} onCounted={setCash} reason={reason} onReason={setReason} testId="handover"
        labels={{ counted: t('parkingHandover.cashHanded'), variance: t('parkingHandover.variance'), reason: t('parkingHandover.varianceReason') }} />
      {error && <Alert style={{ marginBottom: 16 }} type="error" showIcon message={t('parkingHandover.failed')} description={error} data-testid="handover-error" />}
      <Button type="primary" disabled={!ready} loading={busy} onClick={() => void submit()} data-testid="handover-submit">{t('parkingHandover.submit')}</Button>
    </Form>
  );
}
