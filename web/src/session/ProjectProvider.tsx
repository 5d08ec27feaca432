import { keys, useGetIdentity, useList, useLogout } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppRole } from '../domain/enums';
import { pickProject, rolesForProject, type Membership, type Project } from '../domain/tenancy';
import { useI18n } from '../i18n/use-i18n';
import type { Identity } from '../providers/auth-provider';
import { ProjectContext, type ProjectSession } from './project-context';

const STORAGE_KEY = 'feegrid.project';

interface Props {
  /** Receives the roles of the current project whenever they change (feeds access control). */
  readonly onRolesChange: (roles: readonly AppRole[]) => void;
  readonly children: ReactNode;
}

/** Loads the user's projects and memberships, keeps the current project, and provides both. */
export function ProjectProvider({ onRolesChange, children }: Props) {
  const { t } = useI18n();
  const { mutate: logout } = useLogout();
  const queryClient = useQueryClient();
  const identityQuery = useGetIdentity<Identity | null>();
  const identity = identityQuery.data ?? undefined;

  const membershipList = useList<Membership>({
    resource: 'memberships',
    filters: [{ field: 'user_id', operator: 'eq', value: identity?.id }],
    pagination: { mode: 'off' },
    meta: { select: 'company_id,project_id,role' },
    queryOptions: { enabled: identity !== undefined },
  });
  const projectList = useList<Project>({
    resource: 'projects',
    sorters: [{ field: 'code', order: 'asc' }],
    pagination: { mode: 'off' },
    meta: { select: 'id,company_id,code,name,active' },
    queryOptions: { enabled: identity !== undefined },
  });

  const [rememberedId, setRememberedId] = useState(() => localStorage.getItem(STORAGE_KEY));
  const projects = projectList.result.data;
  const memberships = membershipList.result.data;
  const project = pickProject(projects, rememberedId);
  const roles = useMemo(() => rolesForProject(memberships, project), [memberships, project]);

  useEffect(() => {
    onRolesChange(roles);
    // refine caches access answers per resource and action, not per role: ask again.
    void queryClient.invalidateQueries({ queryKey: keys().access().get() });
  }, [roles, onRolesChange, queryClient]);

  const switchProject = useCallback((projectId: string) => {
    localStorage.setItem(STORAGE_KEY, projectId);
    setRememberedId(projectId);
  }, []);

  const session = useMemo<ProjectSession | undefined>(
    () => identity && project && { identity, projects, project, roles, switchProject },
    [identity, projects, project, roles, switchProject],
  );

  const queries = [identityQuery, membershipList.query, projectList.query];
  // A session whose user cannot be read is as broken as a failed query.
  const failed = queries.some((query) => query.isError) || (identityQuery.isSuccess && !identity);
  if (failed) {
    return (
      <Result
        status="error"
        title={t('session.loadFailedTitle')}
        subTitle={queries.map((query) => query.error?.message).find(Boolean)}
        extra={[
          <Button key="retry" type="primary" onClick={() => queries.forEach((query) => void query.refetch())}>
            {t('session.retry')}
          </Button>,
          <Button key="logout" onClick={() => logout()}>
            {t('buttons.logout')}
          </Button>,
        ]}
      />
    );
  }
  if (queries.some((query) => query.isLoading)) {
    return <Spin fullscreen tip={t('session.loading')} />;
  }
  if (!session) {
    return (
      <Result
        status="403"
        title={t('session.noProjectsTitle')}
        subTitle={t('session.noProjectsHint')}
        extra={<Button onClick={() => logout()}>{t('buttons.logout')}</Button>}
      />
    );
  }
  return <ProjectContext.Provider value={session}>{children}</ProjectContext.Provider>;
}
