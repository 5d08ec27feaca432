// 公告通知: what the office announced to its owners, newest first, with how far delivery has got (refreshed
// while messages are still queued); 发布公告 for those who work the desk.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Progress, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { may } from '../permissions';
import { buildings, deliveredPercent, deliveries, type Delivery } from './queries';
import { SendModal } from './SendModal';

/** While messages are on their way: the outbox worker takes batches every few seconds to a minute. */
const DELIVERY_REFRESH_MS = 5_000;

/** Route /service/announcements */
export default function AnnouncementsPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const [sending, setSending] = useState(false);
  const rows = useQuery({
    queryKey: ['service', project.id, 'announcements'],
    queryFn: () => deliveries(project.id),
    // Delivery runs in the background: follow it while anything is still on its way.
    refetchInterval: (query) => ((query.state.data ?? []).some((d) => deliveredPercent(d) < 100) ? DELIVERY_REFRESH_MS : false),
  });
  const places = useQuery({ queryKey: ['service', project.id, 'buildings'], queryFn: () => buildings(project.id) });
  const placeName = (id: string | null) => (id ? places.data?.find((b) => b.id === id)?.name ?? '…' : t('serviceDesk.announcements.wholeProject'));
  return (
    <List
      title={t('service_announcements.service_announcements')}
      headerButtons={may(roles, 'work') ? (
        <Button type="primary" onClick={() => setSending(true)} data-testid="announcement-new">{t('serviceDesk.announcements.send')}</Button>
      ) : null}
    >
      {rows.error && <Alert type="error" showIcon message={rows.error.message} />}
      <Table<Delivery>
        rowKey="id"
        size="small"
        loading={rows.isLoading}
        dataSource={rows.data}
        data-testid="announcements"
        expandable={{ expandedRowRender: (d) => <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{d.body}</Typography.Paragraph> }}
        columns={[
          { title: t('serviceDesk.announcements.at'), key: 'at', width: 170, render: (_, d) => new Date(d.created_at).toLocaleString(locale) },
          { title: t('serviceDesk.announcements.title'), dataIndex: 'title' },
          { title: t('serviceDesk.announcements.scope'), key: 'scope', render: (_, d) => placeName(d.building_id) },
          { title: t('serviceDesk.announcements.channels'), key: 'channels',
            render: (_, d) => d.channels.map((c) => <Tag key={c}>{t(`dunningDesk.channels.${c as 'sms' | 'app'}`)}</Tag>) },
          { title: t('serviceDesk.announcements.recipients'), dataIndex: 'recipients', align: 'right' },
          { title: t('serviceDesk.announcements.delivery'), key: 'delivery', width: 260,
            render: (_, d) => (
              <div data-testid={`announcement-delivery-${d.id}`}>
                <Progress percent={deliveredPercent(d)} size="small" status={d.failed > 0 ? 'exception' : undefined} />
                <Typography.Text type="secondary">
                  {t('serviceDesk.announcements.counts', { sent: d.sent, queued: d.queued + d.sending, failed: d.failed })}
                </Typography.Text>
              </div>
            ) },
        ]}
      />
      {sending && (
        <SendModal projectId={project.id} onClose={() => setSending(false)}
          onSent={(n) => {
            setSending(false);
            message.success(t('serviceDesk.announcements.queued', { count: n }));
            void queryClient.invalidateQueries({ queryKey: ['service', project.id, 'announcements'] });
          }} />
      )}
    </List>
  );
}
