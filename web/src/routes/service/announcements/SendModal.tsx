// 发布公告: title, words, to whom (the whole project or one building's owners) and by which channels. The
// database's refusal (a title too long, a building of another project) stays in the dialog as it comes.
import { Alert, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAsyncAction } from '../../../components/use-async-action';
import { useI18n } from '../../../i18n/use-i18n';
import { ANNOUNCEMENT_CHANNELS, buildings, sendAnnouncement, type AnnouncementChannel } from './queries';

const TITLE_MAX = 60;
const BODY_MAX = 500;
const WHOLE_PROJECT = '';

interface Props {
  readonly projectId: string;
  readonly onClose: () => void;
  readonly onSent: (messages: number) => void;
}

export function SendModal({ projectId, onClose, onSent }: Props) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [scope, setScope] = useState(WHOLE_PROJECT);
  const [channels, setChannels] = useState<AnnouncementChannel[]>(['sms']);
  const { busy, error, run } = useAsyncAction();
  const places = useQuery({ queryKey: ['service', projectId, 'buildings'], queryFn: () => buildings(projectId) });
  const complete = title.trim() !== '' && body.trim() !== '' && channels.length > 0;
  return (
    <Modal
      open
      title={t('serviceDesk.announcements.send')}
      okText={t('serviceDesk.announcements.submit')}
      okButtonProps={{ disabled: !complete, 'data-testid': 'announcement-submit' }}
      confirmLoading={busy}
      onOk={() => void run(async () => onSent(await sendAnnouncement(projectId, { title, body, channels, buildingId: scope || null })))}
      onCancel={onClose}
    >
      <Form layout="vertical">
        <Form.Item label={t('serviceDesk.announcements.title')} required>
          <Input value={title} maxLength={TITLE_MAX} showCount onChange={(e) => setTitle(e.target.value)} data-testid="announcement-title" />
        </Form.Item>
        <Form.Item label={t('serviceDesk.announcements.body')} required>
          <Input.TextArea value={body} maxLength={BODY_MAX} showCount autoSize={{ minRows: 3 }} onChange={(e) => setBody(e.target.value)}
            data-testid="announcement-body" />
        </Form.Item>
        <Form.Item label={t('serviceDesk.announcements.scope')}>
          <Select value={scope} onChange={setScope} loading={places.isLoading} showSearch optionFilterProp="label" data-testid="announcement-scope"
            options={[{ value: WHOLE_PROJECT, label: t('serviceDesk.announcements.wholeProject') },
              ...(places.data ?? []).map((b) => ({ value: b.id, label: b.name }))]} />
        </Form.Item>
        <Form.Item label={t('serviceDesk.announcements.channels')} required>
          <Checkbox.Group value={channels} onChange={(v) => setChannels(v as AnnouncementChannel[])}
            options={ANNOUNCEMENT_CHANNELS.map((c) => ({ value: c, label: t(`dunningDesk.channels.${c}`) }))} />
        </Form.Item>
      </Form>
      {places.error && <Alert type="error" showIcon message={places.error.message} />}
      {error && <Alert type="error" showIcon message={error} data-testid="announcement-error" />}
    </Modal>
  );
}
