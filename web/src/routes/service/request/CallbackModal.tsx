// 回访: reached or not; if reached, satisfaction as 1–5 stars and what the owner said; 4–5 closes the request, below
// that the agent chooses 重新派工 (reopen) or 升级主管 (escalate). Unreached is recorded and the callback stays due.
import { Alert, Form, Input, Modal, Radio, Rate } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { useI18n } from '../../../i18n/use-i18n';
import { recordCallback, type Callback } from '../queries';

interface Props {
  readonly requestId: string;
  readonly requestNo: number;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function CallbackModal({ requestId, requestNo, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [callback, setCallback] = useState<Callback>({ reached: true, satisfaction: null, comment: '', outcome: null });
  const { busy, error, run } = useAsyncAction();
  const unsatisfied = callback.reached && callback.satisfaction !== null && callback.satisfaction < 4;
  const complete = !callback.reached || (callback.satisfaction !== null && (!unsatisfied || callback.outcome !== null));
  const set = (change: Partial<Callback>) => setCallback({ ...callback, ...change });

  return (
    <Modal open title={t('serviceDesk.callback.title', { no: requestNo })} okText={t('serviceDesk.request.save')}
      okButtonProps={{ disabled: !complete, 'data-testid': 'service-callback-save' }} confirmLoading={busy}
      onOk={() => void run(async () => { await recordCallback(requestId, callback); onDone(); })} onCancel={onClose}>
      <Form layout="vertical">
        <Form.Item label={t('serviceDesk.callback.reached')} required>
          <Radio.Group value={callback.reached} onChange={(e) => set({ reached: e.target.value as boolean })}
            options={[
              { value: true, label: <span data-testid="service-callback-reached">{t('serviceDesk.callback.yes')}</span> },
              { value: false, label: <span data-testid="service-callback-unreached">{t('serviceDesk.callback.no')}</span> },
            ]} />
        </Form.Item>
        {callback.reached && (
          <Form.Item label={t('serviceDesk.callback.satisfaction')} required>
            <Rate data-testid="service-callback-stars" value={callback.satisfaction ?? 0}
              onChange={(stars) => set({ satisfaction: stars === 0 ? null : stars })} />
          </Form.Item>
        )}
        {unsatisfied && (
          <Form.Item label={t('serviceDesk.callback.outcome')} required>
            <Radio.Group value={callback.outcome} onChange={(e) => set({ outcome: e.target.value as Callback['outcome'] })}
              options={[
                { value: 'reopen', label: t('serviceDesk.callback.reopen') },
                { value: 'escalate', label: t('serviceDesk.callback.escalate') },
              ]} />
          </Form.Item>
        )}
        <Form.Item label={t('serviceDesk.callback.comment')}>
          <Input.TextArea autoSize={{ minRows: 2 }} value={callback.comment} onChange={(e) => set({ comment: e.target.value })}
            data-testid="service-callback-comment" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="service-callback-error" />}
    </Modal>
  );
}
