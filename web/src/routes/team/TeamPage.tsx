// 人员与岗位: who holds which post in the current project and the login each signs in with. The project manager
// opens logins for new colleagues (a temporary password shown once), gives posts to people already on the
// company's staff, changes and removes them, gives a colleague who forgot their password a new temporary one,
// switches off the login of someone who left and back on when they return — agents, cashiers and field staff by
// department; HQ's administrator every project post, and the company-wide ones (HQ's own staff, office staff
// serving every project), which others see here for the whole picture. Nobody changes their own posts or login.
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { PostModal, type PostDialog, type PostSubmit } from './PostModal';
import { companyPostsGivenBy, postsGivenBy, type Post } from './posts';
import { SwitchedOffLogins } from './SwitchedOffLogins';
import {
  changePost, createLogin, givePost, GonePostError, projectTeam, removePost, resetPassword, switchOffLogin, switchOnLogin,
  type Colleague, type Member, type TemporaryLogin,
} from './queries';

/** Route /team */
export default function TeamPage() {
  const { t, enumLabel } = useI18n();
  const { message, modal } = App.useApp();
  const { project, roles, identity } = useProject();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<{ readonly open: PostDialog; readonly member?: Member; readonly colleague?: Colleague } | null>(null);
  const key = ['team', project.id];
  const team = useQuery({ queryKey: key, queryFn: () => projectTeam(project.id) });
  const posts = postsGivenBy(roles);
  const companyPosts = companyPostsGivenBy(roles);
  const postText = (p: Pick<Post, 'role' | 'department'>) => (p.department ? `${enumLabel('app_role', p.role)} · ${enumLabel('department', p.department)}` : enumLabel('app_role', p.role));
  // The switched-off list sits under the same key, so it follows every change too.
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  // Never one's own posts or login: nobody locks themselves out from here.
  const mayEdit = (m: Member) => m.user_id !== identity.id && (m.company_wide ? companyPosts : posts).includes(m.role);
  const postOfMember = (m: Member): Post => ({ role: m.role, department: m.department, companyWide: m.company_wide });

  const gone = (e: unknown): never => {
    throw e instanceof GonePostError ? new Error(t('team.gone')) : e;
  };

  /** A temporary password is shown this once, with the login email, to be passed on in person. */
  const showPassword = (title: string, email: string, login: TemporaryLogin) => modal.success({
    title,
    content: (
      <Space direction="vertical">
        <Typography.Text>{t('team.passwordHint')}</Typography.Text>
        <Typography.Text>{email}</Typography.Text>
        <Typography.Text code copyable data-testid="temporary-password">{login.temporaryPassword}</Typography.Text>
      </Space>
    ),
  });

  const submit = async (what: PostSubmit): Promise<void> => {
    if (what.mode === 'new') {
      const made = await createLogin(project.id, what.person, what.post);
      showPassword(t('team.passwordTitle', { name: what.person.fullName }), what.person.email.trim().toLowerCase(), made);
    } else if (what.mode === 'existing') {
      await givePost(project.id, project.company_id, what.userId, what.post);
    } else if (what.mode === 'switch-on') {
      const { colleague } = dialog!;
      const back = await switchOnLogin(project.id, colleague!.user_id, what.post);
      showPassword(t('team.switchedOnTitle', { name: colleague!.full_name }), colleague!.email, back);
    } else {
      await changePost(dialog!.member!.membership_id, project.id, what.post).catch(gone);
    }
    setDialog(null);
    message.success(t('team.saved'));
    refresh();
  };

  // A row's action: a refusal is said in a message, and the lists are read again either way.
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
    refresh();
  };
  const switchOff = (m: Member) => act(async () => {
    await switchOffLogin(project.id, m.user_id);
    message.success(t('team.switchedOff', { name: m.full_name }));
  });
  const reset = (m: Member) => act(async () => {
    showPassword(t('team.resetTitle', { name: m.full_name }), m.email, await resetPassword(project.id, m.user_id));
  });
  const remove = (m: Member) => act(async () => {
    await removePost(m.membership_id).catch(gone);
    message.success(t('team.removed'));
  });

  return (
    <List title={t('team.team')} headerButtons={posts.length === 0 ? [] : [
      <Button key="existing" onClick={() => setDialog({ open: { mode: 'existing' } })} data-testid="team-give">{t('team.givePost')}</Button>,
      <Button key="new" type="primary" onClick={() => setDialog({ open: { mode: 'new' } })} data-testid="team-new">{t('team.newLogin')}</Button>,
    ]}>
      {posts.length === 0 && <Alert type="info" showIcon message={t('team.readOnly')} style={{ marginBottom: 12 }} />}
      {team.error && <Alert type="error" showIcon message={team.error.message} />}
      <Table<Member>
        rowKey="membership_id" size="small" loading={team.isLoading} dataSource={team.data ?? []} pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="team-table"
        onRow={(m) => ({ 'data-testid': 'team-row', 'data-email': m.email } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('team.columns.name'), dataIndex: 'full_name' },
          { title: t('team.columns.email'), dataIndex: 'email' },
          { title: t('team.columns.phone'), dataIndex: 'phone' },
          { title: t('team.columns.post'), key: 'post', render: (_, m) => <span data-cell="post">{postText(m)}</span> },
          { title: t('team.columns.scope'), key: 'scope',
            render: (_, m) => (m.company_wide ? <Tag title={t('team.companyWideHint')}>{t('team.scope.company')}</Tag> : <Tag color="blue">{t('team.scope.project')}</Tag>) },
          ...(posts.length === 0 ? [] : [{
            title: t('team.columns.actions'), key: 'actions',
            render: (_: unknown, m: Member) => mayEdit(m) && (
              <Space>
                <Button size="small" data-testid="team-change"
                  onClick={() => setDialog({ open: { mode: 'change', name: m.full_name, post: postOfMember(m) }, member: m })}>
                  {t('team.change')}
                </Button>
                <Popconfirm title={t(m.company_wide ? 'team.removeCompanyWideConfirm' : 'team.removeConfirm', { name: m.full_name, post: postText(m) })} onConfirm={() => remove(m)}
                  okButtonProps={{ danger: true, 'data-testid': 'team-remove-confirm' } as React.ComponentProps<typeof Button>}>
                  <Button size="small" danger data-testid="team-remove">{t('team.remove')}</Button>
                </Popconfirm>
                <Popconfirm title={t('team.resetConfirm', { name: m.full_name })} onConfirm={() => reset(m)}
                  okButtonProps={{ 'data-testid': 'team-reset-confirm' } as React.ComponentProps<typeof Button>}>
                  <Button size="small" type="text" data-testid="team-reset">{t('team.resetPassword')}</Button>
                </Popconfirm>
                <Popconfirm title={t('team.switchOffConfirm', { name: m.full_name })} onConfirm={() => switchOff(m)}
                  okButtonProps={{ danger: true, 'data-testid': 'team-switch-off-confirm' } as React.ComponentProps<typeof Button>}>
                  <Button size="small" danger type="text" data-testid="team-switch-off">{t('team.switchOff')}</Button>
                </Popconfirm>
              </Space>
            ),
          }]),
        ]}
      />
      {posts.length > 0 && (
        <SwitchedOffLogins projectId={project.id} onSwitchOn={(c) => setDialog({ open: { mode: 'switch-on', name: c.full_name }, colleague: c })} />
      )}
      {dialog && (
        <PostModal
          dialog={dialog.open}
          projectId={project.id}
          posts={posts}
          companyPosts={companyPosts}
          title={(companyWide) => (dialog.open.mode === 'change' ? t('team.changeTitle', { name: dialog.open.name })
            : dialog.open.mode === 'switch-on' ? t('team.switchOnTitle', { name: dialog.open.name })
              : t(dialog.open.mode === 'new' ? 'team.newTitle' : 'team.giveTitle', { project: companyWide ? t('team.scope.company') : project.name }))}
          submit={submit}
          onClose={() => setDialog(null)}
        />
      )}
    </List>
  );
}
