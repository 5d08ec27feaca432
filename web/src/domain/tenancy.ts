import { ENUMS, type AppRole, type Department } from './enums';

export interface Membership {
  readonly company_id: string;
  /** null: the membership covers every project of the company (HQ roles). */
  readonly project_id: string | null;
  readonly role: AppRole;
  /** Field staff's department (role engineer only); absent where not loaded. */
  readonly department?: Department | null;
}

export interface Project {
  readonly id: string;
  readonly company_id: string;
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
}

/** The user's roles in a project, in the fixed order of the app_role enum, without duplicates. */
export function rolesForProject(memberships: readonly Membership[], project: Project | undefined): AppRole[] {
  if (!project) return [];
  const held = new Set(memberships.filter((m) => covers(m, project)).map((m) => m.role));
  return ENUMS.app_role.filter((role) => held.has(role));
}

const covers = (m: Membership, project: Project) =>
  m.project_id === project.id || (m.project_id === null && m.company_id === project.company_id);

/** The departments the user works for as field staff in a project, in the enum's order. */
export function departmentsForProject(memberships: readonly Membership[], project: Project | undefined): Department[] {
  if (!project) return [];
  const held = new Set(memberships.filter((m) => m.role === 'engineer' && covers(m, project)).map((m) => m.department));
  return ENUMS.department.filter((department) => held.has(department));
}

/**
 * The project to open: the remembered one while it is still visible, otherwise the first active
 * project, otherwise the first one at all.
 */
export function pickProject(projects: readonly Project[], rememberedId: string | null): Project | undefined {
  return (
    projects.find((p) => p.id === rememberedId) ?? projects.find((p) => p.active) ?? projects[0]
  );
}
