// 收费政策: the current project's policy versions, and — for HQ roles — the company's templates.
import { List } from '@refinedev/antd';
import { Tabs } from 'antd';
import { useI18n } from '../../../i18n/use-i18n';
import { useProject } from '../../../session/project-context';
import { policyRights, seesTemplates } from '../permissions';
import { PolicyTable } from './PolicyTable';

/** Route /policies */
export default function PolicyListPage() {
  const { t } = useI18n();
  const { project, roles } = useProject();
  const projectOwner = { companyId: project.company_id, projectId: project.id };
  const templateOwner = { companyId: project.company_id, projectId: null };
  return (
    <List title={t('policies.titles.list')} headerButtons={() => null}>
      <Tabs
        key={project.id}
        items={[
          {
            key: 'project',
            label: t('policies.list.projectTab', { project: project.name }),
            children: <PolicyTable owner={projectOwner} projectId={project.id} rights={policyRights(roles, 'project')} />,
          },
          ...(seesTemplates(roles)
            ? [{
                key: 'templates',
                label: <span data-testid="templates-tab">{t('policies.list.templatesTab')}</span>,
                children: <PolicyTable owner={templateOwner} projectId={project.id} rights={policyRights(roles, 'template')} />,
              }]
            : []),
        ]}
      />
    </List>
  );
}
