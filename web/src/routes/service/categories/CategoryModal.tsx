// One category's names, department, emergency path and service levels (minutes, shown also as days and hours),
// for an edit or a new sub-category. A refusal (a stale edit, a name left empty) stays in the dialog.
import { Alert, Form, Input, InputNumber, Modal, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { ENUMS } from '../../../domain/enums';
import type { TranslationKey } from '../../../i18n/dictionary';
import { useI18n } from '../../../i18n/use-i18n';
import { durationText } from '../clock';
import type { Category } from '../queries';
import type { CategoryFields } from './queries';

export const SLA_FIELDS = ['accept_minutes', 'dispatch_minutes', 'complete_minutes', 'callback_minutes'] as const;

const SLA_LABELS: Readonly<Record<(typeof SLA_FIELDS)[number], TranslationKey>> = {
  accept_minutes: 'serviceDesk.categories.accept', dispatch_minutes: 'serviceDesk.categories.dispatch',
  complete_minutes: 'serviceDesk.categories.complete', callback_minutes: 'serviceDesk.categories.callback',
};

interface Props {
  readonly title: string;
  /** What the form starts from: the category edited, or the parent of a new one. */
  readonly start: Category;
  readonly save: (fields: CategoryFields) => Promise<void>;
  readonly onClose: () => void;
  readonly onDone: () => void;
}

export function CategoryModal({ title, start, save, onClose, onDone }: Props) {
  const { t, enumLabel } = useI18n();
  const [fields, setFields] = useState<CategoryFields>({
    name_zh: start.name_zh, name_en: start.name_en, department: start.department, emergency: start.emergency,
    accept_minutes: start.accept_minutes, dispatch_minutes: start.dispatch_minutes, complete_minutes: start.complete_minutes,
    callback_minutes: start.callback_minutes, active: start.active, sort: start.sort,
  });
  const { busy, error, run } = useAsyncAction();
  const set = <K extends keyof CategoryFields>(key: K, value: CategoryFields[K]) => setFields({ ...fields, [key]: value });
  const complete = fields.name_zh.trim() !== '' && fields.name_en.trim() !== '' && SLA_FIELDS.every((f) => fields[f] > 0);
  return (
    <Modal open title={title} okText={t('serviceDesk.request.save')} confirmLoading={busy} onCancel={onClose}
      okButtonProps={{ disabled: !complete, 'data-testid': 'category-save' }}
      onOk={() => void run(async () => { await save(fields); onDone(); })}>
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('serviceDesk.categories.nameZh')} required>
            <Input value={fields.name_zh} onChange={(e) => set('name_zh', e.target.value)} data-testid="category-name-zh" />
          </Form.Item>
          <Form.Item label={t('serviceDesk.categories.nameEn')} required>
            <Input value={fields.name_en} onChange={(e) => set('name_en', e.target.value)} data-testid="category-name-en" />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label={t('serviceDesk.fields.department')}>
            <Select style={{ minWidth: 140 }} value={fields.department} onChange={(v) => set('department', v)}
              options={ENUMS.department.map((d) => ({ value: d, label: enumLabel('department', d) }))} />
          </Form.Item>
          <Form.Item label={t('serviceDesk.categories.emergency')} tooltip={t('serviceDesk.categories.emergencyHint')}>
            <Switch checked={fields.emergency} onChange={(v) => set('emergency', v)} data-testid="category-emergency" />
          </Form.Item>
          <Form.Item label={t('serviceDesk.categories.active')}>
            <Switch checked={fields.active} onChange={(v) => set('active', v)} />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          {SLA_FIELDS.map((f) => (
            <Form.Item key={f} label={t(SLA_LABELS[f])} required
              extra={fields[f] > 0 ? <Typography.Text type="secondary">{durationText(fields[f], t)}</Typography.Text> : null}>
              <InputNumber min={1} precision={0} value={fields[f]} addonAfter={t('serviceDesk.categories.minutes')}
                onChange={(v) => set(f, v ?? 0)} data-testid={`category-${f}`} />
            </Form.Item>
          ))}
        </Space>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="category-error" />}
    </Modal>
  );
}
