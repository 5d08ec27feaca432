// Publishing a draft (manager / HQ admin): from which day it is in force and a note saying what changed. The
// database refuses anything else (publish_policy); its refusals are shown in words.
import { useAsyncAction } from '../../../components/use-async-action';
import { Alert, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/use-i18n';
import { publishPolicy, type PolicyRow } from '../queries';

interface Props {
  readonly policy: Pick<PolicyRow, 'id' | 'version'>;
  readonly open: boolean;
  readonly defaultDate: string;
  /** Whether the draft was simulated in this session (a gentle warning otherwise). */
  readonly simulated: boolean;
  /** Why it cannot be published yet (e.g. validation issues), shown instead of allowing it. */
  readonly blocked?: string | null;
  readonly onClose: () => void;
  readonly onPublished: (row: PolicyRow) => void;
}

interface Values {
  readonly effectiveFrom: Dayjs | null;
  readonly note: string;
}

export function PublishModal({ policy, open, defaultDate, simulated, blocked, onClose, onPublished }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const { busy, error, run } = useAsyncAction();
  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const row = await publishPolicy(policy.id, values.effectiveFrom!.format('YYYY-MM-DD'), values.note.trim());
      onPublished(row);
    });
  };

  return (
    <Modal
      open={open}
      title={t('policies.publish.title', { version: policy.version })}
      okText={t('policies.publish.confirm')}
      okButtonProps={{ 'data-testid': 'publish-confirm', disabled: Boolean(blocked) }}
      confirmLoading={busy}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('policies.publish.explain')}</Typography.Paragraph>
      {blocked && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={blocked} />}
      {!simulated && !blocked && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('policies.publish.notSimulated')} />}
      <Form form={form} layout="vertical" initialValues={{ effectiveFrom: dayjs(defaultDate, 'YYYY-MM-DD'), note: '' }} preserve={false}>
        <Form.Item name="effectiveFrom" label={t('policies.publish.effectiveFrom')} rules={[{ required: true, message: t('policies.publish.errors.dateRequired') }]}>
          <DatePicker data-testid="publish-date" format="YYYY-MM-DD" />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('policies.publish.note')}
          rules={[{ required: true, whitespace: true, message: t('policies.publish.errors.noteRequired') }]}
        >
          <Input.TextArea data-testid="publish-note" rows={3} maxLength={500} showCount placeholder={t('policies.publish.notePlaceholder')} />
        </Form.Item>
      </Form>
      {error && <Alert data-testid="publish-error" type="error" showIcon message={t('policies.publish.failed')} description={error} />}
    </Modal>
  );
}
