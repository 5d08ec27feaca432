import { embedSelect } from './reference';
import type { FieldDef } from './types';

/**
 * One console resource described once: list columns, filters, search and forms are all rendered
 * from this. `scope` says which tenant column the console fills in and filters on.
 */
export interface ResourceSpec {
  /** Table name, also the refine resource name. */
  readonly name: string;
  readonly scope: 'project' | 'company';
  readonly fields: readonly FieldDef[];
  readonly defaultSort: { readonly field: string; readonly order: 'asc' | 'desc' };
  /** Text columns the search box looks in. */
  readonly search?: readonly string[];
}

/** The tenant column of a scoped resource. */
export function scopeColumn(spec: ResourceSpec): 'project_id' | 'company_id' {
  return spec.scope === 'project' ? 'project_id' : 'company_id';
}

/** The tenant a record belongs to: the current project, or its company for company-level tables. */
export function scopeValue(spec: ResourceSpec, project: { readonly id: string; readonly company_id: string }): string {
  return spec.scope === 'project' ? project.id : project.company_id;
}

/** PostgREST select of list pages: the row plus the label columns of every referenced row. */
export function listSelect(spec: ResourceSpec): string {
  const embeds = spec.fields.filter((def) => def.type === 'reference').map(embedSelect);
  return ['*', ...embeds].join(',');
}
