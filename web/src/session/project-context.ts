import { createContext, useContext } from 'react';
import type { AppRole } from '../domain/enums';
import type { Project } from '../domain/tenancy';
import type { Identity } from '../providers/auth-provider';

export interface ProjectSession {
  readonly identity: Identity;
  /** Every project the user can see (RLS decides; HQ roles see all of their company's). */
  readonly projects: readonly Project[];
  readonly project: Project;
  /** The user's roles in `project`. */
  readonly roles: readonly AppRole[];
  readonly switchProject: (projectId: string) => void;
}

export const ProjectContext = createContext<ProjectSession | null>(null);

/** The signed-in user's current project; only usable inside the console layout. */
export function useProject(): ProjectSession {
  const session = useContext(ProjectContext);
  if (!session) throw new Error('useProject() needs <ProjectProvider> above it');
  return session;
}
