// Where the reader is in the drill-down (总部看板 › project › building), each level a link back with the same view.
import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { canUse } from '../../domain/permissions';
import { useI18n } from '../../i18n/use-i18n';
import { useProject } from '../../session/project-context';
import { HQ_PATH, projectPath } from './paths';
import type { ViewState } from './use-view';

interface Props {
  readonly state: ViewState;
  readonly project?: { readonly id: string; readonly name: string };
  readonly building?: string;
}

export function Crumbs({ state, project, building }: Props) {
  const { t } = useI18n();
  const { roles } = useProject();
  const levels = [
    ...(canUse(roles, 'hq_dashboard', 'list') ? [{ key: 'hq', title: t('hq_dashboard.hq_dashboard'), to: `${HQ_PATH}${state.search}` }] : []),
    ...(project ? [{ key: 'project', title: project.name, to: projectPath(project.id, state.search) }] : []),
    ...(building ? [{ key: 'building', title: building, to: null }] : []),
  ];
  return (
    <Breadcrumb data-testid="analytics-crumbs" items={levels.map((level, i) => ({
      key: level.key,
      // The last level is where the reader is: not a link.
      title: i < levels.length - 1 && level.to ? <Link to={level.to}>{level.title}</Link> : level.title,
    }))} />
  );
}
