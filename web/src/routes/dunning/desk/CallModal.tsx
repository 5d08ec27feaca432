// Recording a call with an owner: what was said, how it ended, and the date promised if the owner promised to pay.
// One record_call: the contact log and the owner's tasks done, or nothing (the refusal stays in the dialog).
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { useI18n } from '../../../i18n/use-i18n';
import { DayPicker, today } from '../DayPicker';
import { OUTCOMES, recordCall, type Outcome } from '../desk-queries';
import type { OwnerTasks } from '../worklist';

interface Props {
  readonly group: OwnerTasks;
  readonly onClose: () => void;
  readonly onSaved: () => void;
}

export function CallModal({ group, onClose, onSaved }: Props) {
  const { t } = useI18n();
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [promiseDate, setPromiseDate] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();
  const complete = summary.trim() !== '' && outcome !== null && (outcome !== 'promise' || promiseDate !== null);

  const save = () => run(async () => {
    await recordCall({ actionIds: group.actionIds, summary: summary.trim(), outcome: outcome!, promiseDate: outcome === 'promise' ? promiseDate : null });
    onSaved();
  });

  return (
    <Modal
      open
      title={t('dunningDesk.call.title', { owner: group.ownerName ?? '' })}
      okText={t('dunningDesk.call.save')}
      okButtonProps={{ disabled: !complete, 'data-testid': 'dunning-call-save' }}
      confirmLoading={busy}
      onOk={() => void save()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">{t('dunningDesk.call.about', { count: group.actionIds.length })}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('dunningDesk.call.summary')} required>
          <Input.TextArea value={summary} onChange={(e) => setSummary(e.target.value)} placeholder={t('dunningDesk.call.summaryPlaceholder')}
            data-testid="dunning-call-summary" />
        </Form.Item>
        <Form.Item label={t('dunningDesk.call.outcome')} required>
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}
            options={OUTCOMES.map((o) => ({ value: o, label: <span data-testid={`dunning-call-outcome-${o}`}>{t(`dunningDesk.outcomes.${o}`)}</span> }))} />
        </Form.Item>
        {outcome === 'promise' && (
          <Form.Item label={t('dunningDesk.call.promiseDate')} required extra={t('dunningDesk.call.promiseHint')}>
            <DayPicker value={promiseDate} onChange={setPromiseDate} from={today()} testId="dunning-call-promise-date" />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon data-testid="dunning-call-error" message={t('dunningDesk.call.failed')} description={error} />}
    </Modal>
  );
}
