// 催缴工作台: the day's dunning work of the current project — the phone calls due (one row per owner), recording a
// call (its outcome and any promise to pay, which pauses the owner's dunning until then), each owner's contact
// history, the promises still to come, and running the dunning on demand. Agents, managers and HQ admins work
// here; everyone else reads.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { DayPicker, today } from '../DayPicker';
import { phoneTasks } from '../desk-queries';
import { may } from '../permissions';
import { groupByOwner, type OwnerTasks } from '../worklist';
import { CallModal } from './CallModal';
import { ContactHistory } from './ContactHistory';
import { PromiseList } from './PromiseList';
import { RunButton, RunResultAlert, type RunResult } from './RunDunning';
import { TaskTable } from './TaskTable';

/** Route /dunning/actions */
export default function DeskPage() {
  const { project } = useProject();
  return <Desk key={project.id} projectId={project.id} />;
}

function Desk({ projectId }: { readonly projectId: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useProject();
  const queryClient = useQueryClient();
  const mayWork = may(roles, 'work');
  const [asOf, setAsOf] = useState(today);
  const [calling, setCalling] = useState<OwnerTasks | null>(null);
  const [history, setHistory] = useState<OwnerTasks | null>(null);
  const [running, setRunning] = useState(false);
  const [ran, setRan] = useState<RunResult | null>(null);
  const tasks = useQuery({ queryKey: ['dunning', projectId, 'phone-tasks', asOf], queryFn: () => phoneTasks(projectId, asOf) });
  const groups = useMemo(() => groupByOwner(tasks.data ?? []), [tasks.data]);
  const reload = () => queryClient.invalidateQueries({ queryKey: ['dunning', projectId] });

  return (
    <List
      title={t('dunning_actions.dunning_actions')}
      headerButtons={() => (
        <Space>
          {mayWork && (
            <RunButton projectId={projectId} busy={running} onStart={() => { setRunning(true); setRan(null); }}
              onResult={(result) => { setRunning(false); setRan(result); void reload(); }} />
          )}
          <Button onClick={() => void reload()} data-testid="dunning-reload">{t('dunningDesk.reload')}</Button>
        </Space>
      )}
    >
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        {ran && <RunResultAlert result={ran} onClose={() => setRan(null)} />}
        {!mayWork && <Alert type="info" showIcon message={t('dunningDesk.desk.readOnly')} data-testid="dunning-read-only" />}
        <Card
          size="small"
          title={t('dunningDesk.desk.tasksTitle')}
          extra={<Space>{t('dunningDesk.desk.asOf')}<DayPicker value={asOf} onChange={(day) => day && setAsOf(day)} allowClear={false} testId="dunning-as-of" /></Space>}
        >
          <Typography.Paragraph type="secondary">{t('dunningDesk.desk.tasksHint')}</Typography.Paragraph>
          <TaskTable groups={groups} loading={tasks.isLoading} error={tasks.error?.message ?? null}
            onCall={mayWork ? setCalling : null} onHistory={setHistory} />
        </Card>
        <PromiseList projectId={projectId} asOf={asOf} />
      </Space>
      {calling && (
        <CallModal group={calling} onClose={() => setCalling(null)}
          onSaved={() => { setCalling(null); message.success(t('dunningDesk.call.saved')); void reload(); }} />
      )}
      {history?.ownerId && (
        <ContactHistory projectId={projectId} owner={{ id: history.ownerId, name: history.ownerName ?? '' }} onClose={() => setHistory(null)} />
      )}
    </List>
  );
}
