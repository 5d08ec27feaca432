// 回访: completed requests whose callback is due, overdue first (the worklist's callback clock, soonest due first);
// 回访 records the call from the row.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { REFRESH_MS } from '../desk/DeskPage';
import { RequestTable } from '../desk/RequestTable';
import { may } from '../permissions';
import { worklist, type WorklistRow } from '../queries';
import { CallbackModal } from '../request/CallbackModal';
import { RequestDrawer } from '../request/RequestDrawer';

/** Route /service/callbacks */
export default function CallbacksPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const [calling, setCalling] = useState<WorklistRow | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const rows = useQuery({ queryKey: ['service', project.id, 'worklist', 'callback'], queryFn: () => worklist(project.id, 'callback'), refetchInterval: REFRESH_MS });
  const mayCall = may(roles, 'work');
  return (
    <List title={t('service_callbacks.service_callbacks')}>
      <RequestTable testId="service-callbacks" rows={rows.data} loading={rows.isLoading} error={rows.error?.message ?? null}
        onOpen={(row) => setOpen(row.id)}
        action={mayCall ? (row) => (
          <Button type="primary" size="small" onClick={() => setCalling(row)} data-testid="service-call-back">{t('serviceDesk.steps.callback')}</Button>
        ) : undefined} />
      {calling && (
        <CallbackModal requestId={calling.id} requestNo={calling.request_no} onClose={() => setCalling(null)}
          onDone={() => { setCalling(null); message.success(t('serviceDesk.request.saved')); void queryClient.invalidateQueries({ queryKey: ['service'] }); }} />
      )}
      {open && <RequestDrawer requestId={open} onClose={() => setOpen(null)} />}
    </List>
  );
}
