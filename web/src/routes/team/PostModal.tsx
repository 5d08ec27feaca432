// One dialog for the ways a post changes hands: a new colleague's login (email, name, mobile), a post for
// someone already on the company's staff, another post for a member, or the post a colleague whose login was
// switched off comes back to. Field staff need a department; the post list is what the signed-in user may give,
// in the project or (HQ's administrator) company-wide. A refusal stays in the dialog.
import { Alert, Form, Input, Modal, Radio, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAsyncAction } from '../../components/use-async-action';
import { ENUMS, type AppRole, type Department } from '../../domain/enums';
import { useI18n } from '../../i18n/use-i18n';
import { onlyCompanyWide, postOf, type Post } from './posts';
import { companyStaff, type NewColleague } from './queries';

export type PostDialog =
  | { readonly mode: 'new' }
  | { readonly mode: 'existing' }
  | { readonly mode: 'change'; readonly name: string; readonly post: Post }
  | { readonly mode: 'switch-on'; readonly name: string };

export type PostSubmit =
  | { readonly mode: 'new'; readonly person: NewColleague; readonly post: Post }
  | { readonly mode: 'existing'; readonly userId: string; readonly post: Post }
  | { readonly mode: 'change' | 'switch-on'; readonly post: Post };

interface Props {
  readonly dialog: PostDialog;
  /** The dialog's title for the scope chosen (a new login or post names the project, or the whole company). */
  readonly title: (companyWide: boolean) => string;
  readonly projectId: string;
  readonly posts: readonly AppRole[];
  /** Company-wide posts the user may give; none hides the choice of scope. */
  readonly companyPosts: readonly AppRole[];
  readonly submit: (what: PostSubmit) => Promise<void>;
  readonly onClose: () => void;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function PostModal({ dialog, title, projectId, posts, companyPosts, submit, onClose }: Props) {
  const { t, enumLabel } = useI18n();
  const start = dialog.mode === 'change' ? dialog.post : null;
  const [role, setRole] = useState<AppRole | null>(start?.role ?? null);
  const [department, setDepartment] = useState<Department | null>(start?.department ?? null);
  const [companyWide, setCompanyWide] = useState(start?.companyWide ?? false);
  const offered = companyWide ? companyPosts : posts;
  const [person, setPerson] = useState<NewColleague>({ email: '', fullName: '', phone: '' });
  const [userId, setUserId] = useState<string | null>(null);
  const staff = useQuery({ queryKey: ['team', projectId, 'staff'], queryFn: () => companyStaff(projectId), enabled: dialog.mode === 'existing' });
  const { busy, error, run } = useAsyncAction();

  const post = role === null ? null : postOf(role, department, companyWide);
  const who = dialog.mode === 'new' ? EMAIL.test(person.email.trim()) && person.fullName.trim() !== ''
    : dialog.mode === 'existing' ? userId !== null : true;
  const ready = post !== null && who;

  const send = (): Promise<void> => {
    if (!post) return Promise.resolve();
    if (dialog.mode === 'new') return submit({ mode: 'new', person, post });
    if (dialog.mode === 'existing') return submit({ mode: 'existing', userId: userId!, post });
    return submit({ mode: dialog.mode, post });
  };

  return (
    <Modal open title={title(companyWide)} confirmLoading={busy} onCancel={onClose} okButtonProps={{ disabled: !ready, 'data-testid': 'post-save' }}
      onOk={() => void run(send)}>
      <Form layout="vertical">
        {dialog.mode === 'new' && (
          <>
            <Form.Item label={t('team.fields.email')} required>
              <Input value={person.email} onChange={(e) => setPerson({ ...person, email: e.target.value })} data-testid="post-email" />
            </Form.Item>
            <Form.Item label={t('team.fields.fullName')} required>
              <Input value={person.fullName} onChange={(e) => setPerson({ ...person, fullName: e.target.value })} data-testid="post-name" />
            </Form.Item>
            <Form.Item label={t('team.fields.phone')}>
              <Input value={person.phone} onChange={(e) => setPerson({ ...person, phone: e.target.value })} data-testid="post-phone" />
            </Form.Item>
          </>
        )}
        {dialog.mode === 'existing' && (
          <Form.Item label={t('team.fields.colleague')} required>
            <Select showSearch optionFilterProp="label" loading={staff.isLoading} value={userId} onChange={setUserId} data-testid="post-colleague"
              options={(staff.data ?? []).map((c) => ({ value: c.user_id, label: `${c.full_name} · ${c.email}` }))} />
          </Form.Item>
        )}
        {companyPosts.length > 0 && (
          <Form.Item label={t('team.fields.scope')} extra={t('team.scopeHint')}>
            <Radio.Group value={companyWide} data-testid="post-scope" optionType="button"
              onChange={(e) => { setCompanyWide(e.target.value as boolean); if (role !== null && !(e.target.value ? companyPosts : posts).includes(role)) setRole(null); }}
              options={[
                { value: false, label: t('team.scope.project'), disabled: role !== null && onlyCompanyWide(role) },
                { value: true, label: t('team.scope.company') },
              ]} />
          </Form.Item>
        )}
        <Form.Item label={t('team.fields.role')} required>
          <Select value={role} onChange={(v: AppRole) => { setRole(v); if (v !== 'engineer') setDepartment(null); }} data-testid="post-role"
            options={offered.map((r) => ({ value: r, label: enumLabel('app_role', r) }))} />
        </Form.Item>
        {role === 'engineer' && (
          <Form.Item label={t('team.fields.department')} required extra={t('team.departmentHint')}>
            <Select value={department} onChange={setDepartment} data-testid="post-department"
              options={ENUMS.department.map((d) => ({ value: d, label: enumLabel('department', d) }))} />
          </Form.Item>
        )}
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="post-error" />}
    </Modal>
  );
}
