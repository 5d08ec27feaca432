// 服务类别与时限: the project's request categories with the service levels each request's clocks run on
// (acceptance, dispatch, completion, callback). Managers and HQ admins rename, retime, switch off and add
// sub-categories; a change applies to requests taken from then on (each request keeps the deadlines it got).
import { List } from '@refinedev/antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { durationText } from '../clock';
import { may } from '../permissions';
import { categories, type Category } from '../queries';
import { CategoryModal, SLA_FIELDS } from './CategoryModal';
import { addCategory, saveCategory, StaleCategoryError } from './queries';
import { categoryTree, nextChildCode, type CategoryNode } from './tree';

type Editing = { readonly mode: 'edit'; readonly category: Category } | { readonly mode: 'add'; readonly parent: Category };

/** Route /service/categories */
export default function CategoriesPage() {
  const { t, locale, enumLabel } = useI18n();
  const { message } = App.useApp();
  const { project, roles } = useProject();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<Editing | null>(null);
  // Every category open unless folded (defaultExpandAllRows would only see the empty table before the load).
  const [folded, setFolded] = useState<readonly string[]>([]);
  const key = ['service', project.id, 'categories'];
  const rows = useQuery({ queryKey: key, queryFn: () => categories(project.id) });
  const mayConfigure = may(roles, 'configure');
  const name = (c: Category) => (locale === 'en' ? c.name_en : c.name_zh);
  const tree = categoryTree(rows.data ?? []);

  const save = async (fields: Parameters<typeof saveCategory>[3]) => {
    if (!editing) return;
    if (editing.mode === 'add') return addCategory(project.id, editing.parent, nextChildCode(editing.parent, rows.data ?? []), fields);
    try {
      await saveCategory(project.id, editing.category.id, editing.category.row_version, fields);
    } catch (e) {
      if (e instanceof StaleCategoryError) throw new Error(t('serviceDesk.categories.stale'));
      throw e;
    }
  };

  return (
    <List title={t('service_categories.service_categories')}>
      {rows.error && <Alert type="error" showIcon message={rows.error.message} />}
      <Table<CategoryNode>
        rowKey="id" size="small" pagination={false} loading={rows.isLoading} dataSource={tree} data-testid="service-categories"
        expandable={{
          expandedRowKeys: tree.filter((c) => c.children && !folded.includes(c.id)).map((c) => c.id),
          onExpand: (open, c) => setFolded(open ? folded.filter((id) => id !== c.id) : [...folded, c.id]),
        }}
        onRow={(c) => ({ 'data-testid': 'category-row', 'data-code': c.code } as React.HTMLAttributes<HTMLElement>)}
        columns={[
          { title: t('serviceDesk.columns.category'), key: 'name',
            render: (_, c) => <Space>{name(c)}{c.emergency && <Tag color="red">{t('serviceDesk.flags.emergency')}</Tag>}
              {!c.active && <Tag>{t('serviceDesk.categories.inactive')}</Tag>}</Space> },
          { title: t('serviceDesk.categories.kind'), key: 'kind', render: (_, c) => enumLabel('request_kind', c.kind) },
          { title: t('serviceDesk.fields.department'), key: 'department', render: (_, c) => enumLabel('department', c.department) },
          ...SLA_FIELDS.map((f) => ({
            title: t(`serviceDesk.categories.${f.replace('_minutes', '') as 'accept' | 'dispatch' | 'complete' | 'callback'}`),
            key: f, render: (_: unknown, c: Category) => <span data-cell={f}>{durationText(c[f], t)}</span>,
          })),
          ...(mayConfigure ? [{
            title: t('serviceDesk.columns.actions'), key: 'actions',
            render: (_: unknown, c: Category) => (
              <Space>
                <Button size="small" onClick={() => setEditing({ mode: 'edit', category: c })} data-testid="category-edit">{t('serviceDesk.categories.edit')}</Button>
                {c.parent_id === null && (
                  <Button size="small" onClick={() => setEditing({ mode: 'add', parent: c })} data-testid="category-add">{t('serviceDesk.categories.add')}</Button>
                )}
              </Space>
            ),
          }] : []),
        ]}
      />
      {editing && (
        <CategoryModal
          title={editing.mode === 'edit' ? t('serviceDesk.categories.editTitle', { name: name(editing.category) })
            : t('serviceDesk.categories.addTitle', { name: name(editing.parent) })}
          start={editing.mode === 'edit' ? editing.category : { ...editing.parent, name_zh: '', name_en: '', emergency: false, active: true, sort: editing.parent.sort + 1 }}
          save={save}
          onClose={() => setEditing(null)}
          onDone={() => { setEditing(null); message.success(t('serviceDesk.request.saved')); void queryClient.invalidateQueries({ queryKey: key }); }}
        />
      )}
    </List>
  );
}
