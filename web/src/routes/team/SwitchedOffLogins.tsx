// 已停用的账号: colleagues whose login was switched off when they left and who hold no post now. One who comes
// back (返聘) is switched back on from here with a post; the page then shows their new temporary password.
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Typography } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { switchedOffStaff, type Colleague } from './queries';

interface Props {
  readonly projectId: string;
  readonly onSwitchOn: (colleague: Colleague) => void;
}

export function SwitchedOffLogins({ projectId, onSwitchOn }: Props) {
  const { t } = useI18n();
  const list = useQuery({ queryKey: ['team', projectId, 'switched-off'], queryFn: () => switchedOffStaff(projectId) });
  if (!list.data?.length) return null;
  return (
    <Card size="small" title={t('team.switchedOffList')} style={{ marginTop: 16 }} data-testid="switched-off">
      <Typography.Paragraph type="secondary">{t('team.switchedOffHint')}</Typography.Paragraph>
      <Table<Colleague>
        rowKey="user_id" size="small" dataSource={list.data} pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(c) => ({ 'data-testid': 'switched-off-row', 'data-email': c.email } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('team.columns.name'), dataIndex: 'full_name' },
          { title: t('team.columns.email'), dataIndex: 'email' },
          { title: t('team.columns.phone'), dataIndex: 'phone' },
          { title: t('team.columns.actions'), key: 'actions',
            render: (_, c) => <Button size="small" onClick={() => onSwitchOn(c)} data-testid="team-switch-on">{t('team.switchOn')}</Button> },
        ]}
      />
    </Card>
  );
}
