-- Company-wide posts from 人员与岗位: HQ's administrator opens logins for HQ's own staff (总部管理员, 总部分析员)
-- and for office staff serving every project of the company (a post without a project), and switches them back
-- on when they return — as private.may_staff has long allowed for memberships written directly.

-- Whether the current user may give `p_role` in `p_project_id`, or company-wide in that project's company.
create function private.may_give_post(p_project_id uuid, p_role public.app_role, p_company_wide boolean) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.may_staff(p.company_id, case when p_company_wide then null else p.id end, p_role)
    from public.projects p where p.id = p_project_id
$$;

-- As before, with the post's scope: someone on the company's staff list with no post left, never oneself.
drop function public.may_switch_on(uuid, uuid, public.app_role);
drop function private.may_switch_on(uuid, uuid, public.app_role);
create function private.may_switch_on(p_project_id uuid, p_user_id uuid, p_role public.app_role, p_company_wide boolean) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_user_id <> (select auth.uid())
     and private.may_give_post(p_project_id, p_role, p_company_wide)
     and exists (select 1 from public.projects p join public.staff s on s.company_id = p.company_id
                  where p.id = p_project_id and s.user_id = p_user_id)
     and not exists (select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
                      where p.id = p_project_id and m.user_id = p_user_id)
$$;

-- may_give_post answers what may_add_colleague did, and for company-wide posts too.
drop function public.may_add_colleague(uuid, public.app_role);
drop function private.may_add_colleague(uuid, public.app_role);

create function public.may_give_post(p_project_id uuid, p_role public.app_role, p_company_wide boolean) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_give_post(p_project_id, p_role, p_company_wide), false) $$;
create function public.may_switch_on(p_project_id uuid, p_user_id uuid, p_role public.app_role, p_company_wide boolean) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_switch_on(p_project_id, p_user_id, p_role, p_company_wide), false) $$;

revoke all on function private.may_give_post(uuid, public.app_role, boolean), private.may_switch_on(uuid, uuid, public.app_role, boolean) from public, anon;
grant execute on function private.may_give_post(uuid, public.app_role, boolean), private.may_switch_on(uuid, uuid, public.app_role, boolean) to authenticated;
revoke all on function public.may_give_post(uuid, public.app_role, boolean), public.may_switch_on(uuid, uuid, public.app_role, boolean) from public, anon;
grant execute on function public.may_give_post(uuid, public.app_role, boolean), public.may_switch_on(uuid, uuid, public.app_role, boolean) to authenticated;

-- A company keeps an HQ administrator: without one nobody could give HQ posts again short of the database's owner.
create function private.keep_an_hq_admin() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.role = 'hq_admin'
     and not exists (select 1 from public.memberships m where m.company_id = old.company_id and m.role = 'hq_admin') then
    raise exception 'the company''s last HQ administrator post cannot be removed or changed: give the post to someone else first'
      using errcode = '23514';
  end if;
  return null;
end $$;
revoke all on function private.keep_an_hq_admin() from public, anon, authenticated;

create trigger keep_an_hq_admin after update of role, company_id or delete on public.memberships
  for each row execute function private.keep_an_hq_admin();
