import { UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Layout, Space, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { ChangePassword } from './ChangePassword';
import { LangSwitch } from './LangSwitch';
import { ProjectSwitcher } from './ProjectSwitcher';

/** Who is working (their password behind their name), in which project, with which roles, in which language. */
export function AppHeader() {
  const { token } = theme.useToken();
  const { t, enumLabel } = useI18n();
  const { identity, roles } = useProject();
  const { message } = App.useApp();
  const [changing, setChanging] = useState(false);
  return (
    <Layout.Header
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 1,
        height: 64,
        padding: '0 24px',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'flex-end',
        gap: 16,
        backgroundColor: token.colorBgElevated,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      <ProjectSwitcher />
      <span data-testid="current-roles" title={t('header.roles')}>
        {roles.length > 0 ? (
          roles.map((role) => (
            <Tag key={role} color="blue">
              {enumLabel('app_role', role)}
            </Tag>
          ))
        ) : (
          <Tag>{t('header.noRole')}</Tag>
        )}
      </span>
      <Dropdown trigger={['click']} menu={{ items: [{ key: 'password', label: <span data-testid="change-password">{t('header.changePassword')}</span> }], onClick: () => setChanging(true) }}>
        <Space data-testid="current-user" size={8} style={{ cursor: 'pointer' }}>
          <Avatar size="small" icon={<UserOutlined />} />
          <Typography.Text strong>{identity.name}</Typography.Text>
          {identity.name !== identity.email && <Typography.Text type="secondary">{identity.email}</Typography.Text>}
        </Space>
      </Dropdown>
      {changing && <ChangePassword onClose={() => setChanging(false)} onDone={() => { setChanging(false); message.success(t('header.passwordChanged')); }} />}
      <LangSwitch />
    </Layout.Header>
  );
}
