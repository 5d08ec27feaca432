// 停车交班: an attendant hands over a day's parking takings line by line (posted as receipted payments to the
// spaces' parking bills, so their daily close counts them); everyone at the desk sees the project's handovers.
import { List } from '@refinedev/antd';
import { Alert, Card, Space, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { todayIn } from '../business-day';
import { may } from '../permissions';
import { useCashierProject } from '../project';
import { HandoverForm } from './HandoverForm';
import { HandoverList } from './HandoverList';

/** Route /cashier/parking-handover */
export default function ParkingHandoverPage() {
  const { t } = useI18n();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const settings = useCashierProject(project.id);
  const timeZone = settings.data?.timezone;
  if (!may(roles, 'takePayments')) return <List title={t('parking_handovers.parking_handovers')}><Alert type="info" showIcon message={t('cashierDesk.close.noDesk')} /></List>;
  return (
    <List title={t('parking_handovers.parking_handovers')}>
      {settings.error && <Alert type="error" showIcon message={settings.error.message} />}
      {timeZone ? (
        <Space key={project.id} direction="vertical" style={{ width: '100%' }} size="large">
          <Card size="small" title={t('parkingHandover.today', { day: todayIn(timeZone) })}>
            <HandoverForm projectId={project.id} day={todayIn(timeZone)} onSubmitted={() => queryClient.invalidateQueries({ queryKey: ['parking-handovers', project.id] })} />
          </Card>
          <HandoverList projectId={project.id} />
        </Space>
      ) : (
        !settings.error && <Spin style={{ display: 'block', margin: 48 }} />
      )}
    </List>
  );
}
