// One step that takes words: 不予受理 (reason, referral), 到场/完成 (what was done), 备注 (with 对业主可见), 结案
// (resolution). The RPC's refusal stays in the dialog, as it comes (it names the field).
import { Alert, Form, Input, Modal, Switch } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import type { TranslationKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/use-i18n';

export interface TextField {
  readonly name: string;
  readonly label: TranslationKey;
  readonly required: boolean;
}

interface Props {
  readonly title: string;
  readonly fields: readonly TextField[];
  /** A yes/no beside the words (对业主可见 of a note). */
  readonly toggle?: TranslationKey;
  readonly submit: (values: Readonly<Record<string, string>>, toggled: boolean) => Promise<void>;
  readonly onClose: () => void;
  readonly onDone: () => void;
  readonly testId: string;
}

export function TextStepModal({ title, fields, toggle, submit, onClose, onDone, testId }: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>({});
  const [toggled, setToggled] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const complete = fields.every((f) => !f.required || (values[f.name] ?? '').trim() !== '');
  return (
    <Modal
      open
      title={title}
      okText={t('serviceDesk.request.save')}
      okButtonProps={{ disabled: !complete, 'data-testid': `${testId}-save` }}
      confirmLoading={busy}
      onOk={() => void run(async () => { await submit(values, toggled); onDone(); })}
      onCancel={onClose}
    >
      <Form layout="vertical">
        {fields.map((f) => (
          <Form.Item key={f.name} label={t(f.label)} required={f.required}>
            <Input.TextArea autoSize={{ minRows: 2 }} value={values[f.name] ?? ''} data-testid={`${testId}-${f.name}`}
              onChange={(e) => setValues({ ...values, [f.name]: e.target.value })} />
          </Form.Item>
        ))}
        {toggle && (
          <Form.Item label={t(toggle)}>
            <Switch checked={toggled} onChange={setToggled} data-testid={`${testId}-toggle`} />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid={`${testId}-error`} />}
    </Modal>
  );
}
