// 人员与岗位: who holds which post in the project (project_team, with the login they sign in with), the
// company's staff a post can go to, and the writes — posts straight on memberships (RLS: private.may_staff),
// a new colleague's login and switching off a leaver's through the staff-account function (it alone holds the
// service role).
import { supabaseClient as db } from '../../providers/supabase-client';
import { rowsOf } from '../../providers/query-rows';
import { functionErrorMessage } from '../../providers/function-errors';
import { localeStore } from '../../i18n/locale-store';
import type { AppRole, Department } from '../../domain/enums';
import type { Post } from './posts';

export interface Member {
  readonly membership_id: string;
  readonly user_id: string;
  readonly full_name: string;
  readonly phone: string | null;
  readonly email: string;
  readonly role: AppRole;
  readonly department: Department | null;
  /** A company-wide post (HQ's, or office staff serving every project): given by HQ, not on this page. */
  readonly company_wide: boolean;
}

export interface Colleague {
  readonly user_id: string;
  readonly full_name: string;
  readonly phone: string | null;
  readonly email: string;
}

export const projectTeam = (projectId: string): Promise<Member[]> => rowsOf(db.rpc('project_team', { p_project_id: projectId }));

export const companyStaff = (projectId: string): Promise<Colleague[]> => rowsOf(db.rpc('company_staff', { p_project_id: projectId }));

export async function givePost(projectId: string, companyId: string, userId: string, post: Post): Promise<void> {
  await rowsOf(db.from('memberships').insert({ user_id: userId, company_id: companyId, project_id: projectId, ...post }));
}

export class GonePostError extends Error {}

export async function changePost(membershipId: string, post: Post): Promise<void> {
  const changed = await rowsOf<Array<{ id: string }>>(db.from('memberships').update(post).eq('id', membershipId).select('id'));
  if (changed.length === 0) throw new GonePostError();
}

export async function removePost(membershipId: string): Promise<void> {
  const removed = await rowsOf<Array<{ id: string }>>(db.from('memberships').delete().eq('id', membershipId).select('id'));
  if (removed.length === 0) throw new GonePostError();
}

export interface NewColleague {
  readonly email: string;
  readonly fullName: string;
  readonly phone: string;
}

/** Creates the login and gives the post; the answer's temporary password is shown once, to be passed on. */
export async function createLogin(projectId: string, person: NewColleague, post: Post, emailTaken: string): Promise<{ userId: string; temporaryPassword: string }> {
  const { data, error } = await db.functions.invoke<{ userId: string; temporaryPassword: string }>('staff-account', {
    body: { projectId, ...person, ...post },
  });
  if (error) throw new Error(await functionErrorMessage(error, localeStore.get(), { EMAIL_EXISTS: emailTaken }));
  return data!;
}

/** A colleague who left: their login is banned and their posts in the company go (staff-account, switch-off). */
export async function switchOffLogin(projectId: string, userId: string): Promise<void> {
  const { error } = await db.functions.invoke('staff-account', { body: { action: 'switch-off', projectId, userId } });
  if (error) throw new Error(await functionErrorMessage(error, localeStore.get()));
}
