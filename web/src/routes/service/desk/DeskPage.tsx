// 服务台: the open requests of the current project, emergencies first then what is due soonest, each with its
// running clock; how many breach within ten minutes (sla_watch); refreshed every 30 seconds. A row opens the request.
import { List } from '@refinedev/antd';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Segmented, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { may } from '../permissions';
import { watchCount, worklist, type Clock } from '../queries';
import { RequestDrawer } from '../request/RequestDrawer';
import { RequestTable } from './RequestTable';

export const REFRESH_MS = 30_000;
const CLOCKS: readonly Clock[] = ['accept', 'dispatch', 'complete', 'callback'];

/** Route /service/desk */
export default function DeskPage() {
  const { project } = useProject();
  return <Desk key={project.id} projectId={project.id} />;
}

function Desk({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const { roles } = useProject();
  const [clock, setClock] = useState<Clock | 'all'>('all');
  const [open, setOpen] = useState<string | null>(null);
  const rows = useQuery({
    queryKey: ['service', projectId, 'worklist', clock],
    queryFn: () => worklist(projectId, clock === 'all' ? undefined : clock),
    refetchInterval: REFRESH_MS,
  });
  const watch = useQuery({ queryKey: ['service', projectId, 'watch'], queryFn: () => watchCount(projectId), refetchInterval: REFRESH_MS });

  return (
    <List
      title={t('service_desk.service_desk')}
      headerButtons={() => (
        <Space>
          {may(roles, 'work') && <Link to="/service/intake"><Button type="primary">{t('service_intake.service_intake')}</Button></Link>}
          <Button onClick={() => void rows.refetch()} data-testid="service-reload">{t('serviceDesk.desk.reload')}</Button>
        </Space>
      )}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {(watch.data ?? 0) > 0 && (
          <Alert type="warning" showIcon data-testid="service-watch" message={t('serviceDesk.desk.watch', { count: watch.data ?? 0 })} />
        )}
        <Segmented value={clock} onChange={(value) => setClock(value as Clock | 'all')}
          options={[{ value: 'all', label: t('serviceDesk.desk.all') }, ...CLOCKS.map((c) => ({ value: c, label: t(`serviceDesk.clocks.${c}`) }))]} />
        <RequestTable testId="service-worklist" rows={rows.data} loading={rows.isLoading} error={rows.error?.message ?? null}
          onOpen={(row) => setOpen(row.id)} />
      </Space>
      {open && <RequestDrawer requestId={open} onClose={() => setOpen(null)} />}
    </List>
  );
}
