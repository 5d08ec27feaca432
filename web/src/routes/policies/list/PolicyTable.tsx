// The versions of one project (or the company's HQ templates): status, dates, note, who published when, and
// what each may do next.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/use-i18n';
import { versionInForce } from '../document/versions';
import type { PolicyRights } from '../permissions';
import { deleteDraft, listPolicies, staffNames, type PolicyOwner, type PolicyRow } from '../queries';
import { NewDraftModal } from './NewDraftModal';
import { PublishFromList } from './PublishFromList';
import { StatusTag } from './StatusTag';

interface Props {
  readonly owner: PolicyOwner;
  readonly projectId: string;
  readonly rights: PolicyRights;
}

export function PolicyTable({ owner, projectId, rights }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [publishing, setPublishing] = useState<PolicyRow | null>(null);
  const policies = useQuery({ queryKey: ['policies', owner], queryFn: () => listPolicies(owner) });
  // Project drafts are often based on an HQ template: name those too.
  const templateOwner: PolicyOwner = { companyId: owner.companyId, projectId: null };
  const templates = useQuery({ queryKey: ['policies', templateOwner], queryFn: () => listPolicies(templateOwner), enabled: owner.projectId !== null });
  const publishers = [...new Set((policies.data ?? []).flatMap((p) => (p.published_by ? [p.published_by] : [])))].sort();
  const names = useQuery({ queryKey: ['staff-names', publishers], queryFn: () => staffNames(publishers), enabled: publishers.length > 0 });
  const template = owner.projectId === null;
  const label = (version: number) => (template ? t('policies.templateVersion', { version }) : t('policies.projectVersion', { version }));
  const today = new Date().toISOString().slice(0, 10);
  const inForce = versionInForce(policies.data ?? [], today);
  const byId = new Map([...(templates.data ?? []), ...(policies.data ?? [])].map((p) => [p.id, p]));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['policies'] });

  const remove = async (row: PolicyRow) => {
    try {
      await deleteDraft(row.id);
      message.success(t('policies.list.deleted', { version: row.version }));
      await refresh();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      {rights.create && (
        <Button type="primary" data-testid="new-draft" icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => setCreating(true)}>
          {template ? t('policies.list.newTemplate') : t('policies.list.newDraft')}
        </Button>
      )}
      <Table<PolicyRow>
        data-testid={template ? 'template-table' : 'policy-table'}
        rowKey="id"
        loading={policies.isLoading}
        dataSource={policies.data ?? []}
        locale={{ emptyText: policies.isError ? policies.error.message : t('policies.list.empty') }}
        pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            title: t('policies.columns.version'),
            dataIndex: 'version',
            render: (version: number, row) => <Link to={`/policies/edit/${row.id}`}>{label(version)}</Link>,
          },
          {
            title: t('policies.columns.status'),
            dataIndex: 'status',
            render: (_, row) => (
              <Space size={4}>
                <StatusTag status={row.status} />
                {inForce?.id === row.id && <Tag color="gold">{t('policies.list.inForce')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('policies.columns.effective'),
            key: 'effective',
            render: (_, row) => (row.effective_from ? `${row.effective_from} ~ ${row.effective_to ?? t('policies.openEnded')}` : '—'),
          },
          { title: t('policies.columns.note'), dataIndex: 'note', render: (note: string | null) => note ?? '—', ellipsis: true },
          {
            title: t('policies.columns.basedOn'),
            dataIndex: 'based_on',
            render: (id: string | null) => {
              if (!id) return '—';
              const source = byId.get(id);
              if (!source) return <Typography.Text type="secondary">{t('policies.list.otherSource')}</Typography.Text>;
              return source.project_id === null ? t('policies.templateVersion', { version: source.version }) : t('policies.projectVersion', { version: source.version });
            },
          },
          {
            title: t('policies.columns.publishedBy'),
            dataIndex: 'published_by',
            render: (id: string | null) => (id ? names.data?.get(id) ?? '…' : '—'),
          },
          {
            title: t('policies.columns.publishedAt'),
            dataIndex: 'published_at',
            render: (at: string | null) => (at ? new Date(at).toLocaleString(locale) : '—'),
          },
          {
            title: t('list.actions'),
            key: 'actions',
            render: (_, row) => {
              const draft = row.status === 'draft';
              return (
                <Space size={0} wrap>
                  <Button type="link" size="small" data-testid="open-policy" onClick={() => navigate(`/policies/edit/${row.id}`)}>
                    {draft && rights.edit ? t('buttons.edit') : t('buttons.show')}
                  </Button>
                  {draft && rights.publish && (
                    <Button type="link" size="small" data-testid="publish-from-list" onClick={() => setPublishing(row)}>
                      {t('policies.publish.button')}
                    </Button>
                  )}
                  {draft && rights.delete && (
                    <Popconfirm title={t('policies.list.deleteConfirm', { version: row.version })} onConfirm={() => void remove(row)}>
                      <Button type="link" size="small" danger>{t('buttons.delete')}</Button>
                    </Popconfirm>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {creating && (
        <NewDraftModal
          owner={owner}
          projectId={projectId}
          onClose={() => setCreating(false)}
          onCreated={(row) => {
            setCreating(false);
            void refresh();
            navigate(`/policies/edit/${row.id}`);
          }}
        />
      )}
      {publishing && (
        <PublishFromList
          policy={publishing}
          onClose={() => setPublishing(null)}
          onPublished={(row) => {
            setPublishing(null);
            message.success(t('policies.publish.done', { version: row.version, date: row.effective_from ?? '' }));
            void refresh();
          }}
        />
      )}
    </div>
  );
}
