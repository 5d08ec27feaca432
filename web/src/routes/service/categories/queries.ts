// Saving the office's categories and their service levels (managers and HQ admins: the table's RLS). An edit
// saves only over the version it was loaded with, so two people editing one category never overwrite each other
// unseen.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import type { Category } from '../queries';

export type CategoryFields = Pick<Category, 'name_zh' | 'name_en' | 'department' | 'emergency' | 'accept_minutes' | 'dispatch_minutes'
  | 'complete_minutes' | 'callback_minutes' | 'active' | 'sort'>;

export class StaleCategoryError extends Error {}

export async function saveCategory(projectId: string, id: string, rowVersion: number, fields: CategoryFields): Promise<void> {
  const saved = await rowsOf<Array<{ id: string }>>(db.from('service_categories').update(fields)
    .eq('project_id', projectId).eq('id', id).eq('row_version', rowVersion).select('id'));
  if (saved.length === 0) throw new StaleCategoryError();
}

/** A sub-category of `parent`: its kind comes from the parent. */
export async function addCategory(projectId: string, parent: Category, code: string, fields: CategoryFields): Promise<void> {
  await rowsOf(db.from('service_categories').insert({ project_id: projectId, parent_id: parent.id, kind: parent.kind, code, ...fields }));
}
