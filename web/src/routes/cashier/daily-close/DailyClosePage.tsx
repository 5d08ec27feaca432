// 日结: whoever takes payments closes their own day; finance and HQ admins also see the project's closes and verify them.
import { List } from '@refinedev/antd';
import { Alert, Space, Spin } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { may } from '../permissions';
import { useCashierProject } from '../project';
import { MyDay } from './MyDay';
import { ProjectCloses } from './ProjectCloses';

/** Route /cashier/daily-close */
export default function DailyClosePage() {
  const { t } = useI18n();
  const { project, roles, identity } = useProject();
  // Business days are the project's time zone's: wait for it.
  const settings = useCashierProject(project.id);
  const timeZone = settings.data?.timezone;
  return (
    <List title={t('daily_closes.daily_closes')}>
      {settings.error && <Alert type="error" showIcon message={settings.error.message} />}
      {timeZone ? (
        <Space key={project.id} direction="vertical" style={{ width: '100%' }} size="large">
          {may(roles, 'takePayments') && <MyDay projectId={project.id} cashierId={identity.id} timeZone={timeZone} />}
          {may(roles, 'verifyCloses') && <ProjectCloses projectId={project.id} timeZone={timeZone} />}
          {!may(roles, 'takePayments') && !may(roles, 'verifyCloses') && <Alert type="info" showIcon message={t('cashierDesk.close.noDesk')} />}
        </Space>
      ) : (
        !settings.error && <Spin style={{ display: 'block', margin: 48 }} />
      )}
    </List>
  );
}
