// 人员与岗位: who holds which post in the project (project_team, with the login they sign in with), the
// company's staff a post can go to, and the writes — posts straight on memberships (RLS: private.may_staff),
// a new colleague's login, switching a leaver's off and back on, and resetting a forgotten password through the
// staff-account function (it alone holds the service role).
import { supabaseClient as db } from '../../providers/supabase-client';
import { rowsOf } from '../../providers/query-rows';
import { functionErrorMessage } from '../../providers/function-errors';
import { localeStore } from '../../i18n/locale-store';
import { translate } from '../../i18n/dictionary';
import type { AppRole, Department } from '../../domain/enums';
import { membershipOf, type Post } from './posts';

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

/** Colleagues whose login is switched off and who hold no post: who can be switched back on. */
export const switchedOffStaff = (projectId: string): Promise<Colleague[]> => rowsOf(db.rpc('switched_off_staff', { p_project_id: projectId }));

export async function givePost(projectId: string, companyId: string, userId: string, post: Post): Promise<void> {
  await rowsOf(db.from('memberships').insert({ user_id: userId, company_id: companyId, ...membershipOf(post, projectId) }));
}

export class GonePostError extends Error {}

export async function changePost(membershipId: string, projectId: string, post: Post): Promise<void> {
  const changed = await rowsOf<Array<{ id: string }>>(db.from('memberships').update(membershipOf(post, projectId)).eq('id', membershipId).select('id'));
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

/** What the function answers when it hands out a temporary password, to be shown once and passed on. */
export interface TemporaryLogin {
  readonly userId: string;
  readonly temporaryPassword: string;
}

async function staffAccount<T>(body: Record<string, unknown>): Promise<T> {
  const { data, error } = await db.functions.invoke<T>('staff-account', { body });
  const locale = localeStore.get();
  if (error) {
    const byCode = { '42501': translate(locale, 'team.refused'), EMAIL_EXISTS: translate(locale, 'team.emailTaken') };
    throw new Error(await functionErrorMessage(error, locale, byCode));
  }
  return data!;
}

/** Creates the login and gives the post. */
export const createLogin = (projectId: string, person: NewColleague, post: Post): Promise<TemporaryLogin> =>
  staffAccount({ projectId, ...person, ...post });

/** A colleague who left: their login is banned and their posts in the company go. */
export async function switchOffLogin(projectId: string, userId: string): Promise<void> {
  await staffAccount({ action: 'switch-off', projectId, userId });
}

/** A colleague who forgot their password: a new temporary one, and their sessions end. */
export const resetPassword = (projectId: string, userId: string): Promise<TemporaryLogin> =>
  staffAccount({ action: 'reset-password', projectId, userId });

/** A colleague who comes back: the login is switched back on with a post and a new temporary password. */
export const switchOnLogin = (projectId: string, userId: string, post: Post): Promise<TemporaryLogin> =>
  staffAccount({ action: 'switch-on', projectId, userId, ...post });
