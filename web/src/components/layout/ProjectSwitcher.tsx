import { useGo, useResourceParams } from '@refinedev/core';
import { Select } from 'antd';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';

/** Chooses the project every page works in; lists restart from their first page. */
export function ProjectSwitcher() {
  const { t } = useI18n();
  const { projects, project, switchProject } = useProject();
  const { resource } = useResourceParams();
  const go = useGo();

  const options = projects.map((p) => ({
    value: p.id,
    label: `${p.name}（${p.code}）${p.active ? '' : ` · ${t('header.inactive')}`}`,
  }));
  const onChange = (projectId: string) => {
    switchProject(projectId);
    // Edit pages show a record of the old project: leave them for the list.
    if (resource?.list) go({ to: { resource: resource.name, action: 'list' } });
  };
  return (
    <Select
      data-testid="project-switcher"
      aria-label={t('header.project')}
      value={project.id}
      options={options}
      onChange={onChange}
      showSearch
      optionFilterProp="label"
      popupMatchSelectWidth={false}
      style={{ minWidth: 200 }}
    />
  );
}
