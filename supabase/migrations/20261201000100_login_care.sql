-- Looking after colleagues' logins from 人员与岗位, besides opening and switching them off:
--  * a colleague who forgot their password gets a new temporary one from whoever may switch their login off
--    (their manager for office posts of the project, HQ's administrator for anyone of the company but
--    themselves) — offices have no mailbox flow, the password is read out in person;
--  * a colleague who comes back (返聘) has their login switched back on with a post and a new temporary password.
-- The staff-account function asks here with the caller's token; it alone holds the service role.

create function private.may_reset_password(p_project_id uuid, p_user_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  -- The same people, for the same reason: whoever may lock someone out may also let them back in.
  select private.may_switch_off(p_project_id, p_user_id)
$$;

-- Switched back on with a post the caller may give, only for someone on the company's staff list who holds no
-- post in the company (so nobody's other posts can be taken over through a new password), never oneself.
create function private.may_switch_on(p_project_id uuid, p_user_id uuid, p_role public.app_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_user_id <> (select auth.uid())
     and private.may_add_colleague(p_project_id, p_role)
     and exists (select 1 from public.projects p join public.staff s on s.company_id = p.company_id
                  where p.id = p_project_id and s.user_id = p_user_id)
     and not exists (select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
                      where p.id = p_project_id and m.user_id = p_user_id)
$$;

-- The company's staff (as the manager or HQ admin sees it) whose login is switched off (banned) and who hold no
-- post: who can be switched back on.
create function private.switched_off_staff(p_project_id uuid)
returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security definer set search_path = '' as $$
  select c.user_id, c.full_name, c.phone, c.email
    from private.company_staff(p_project_id) c
    join auth.users u on u.id = c.user_id
   where u.banned_until > now()
     and not exists (select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
                      where p.id = p_project_id and m.user_id = c.user_id)
   order by c.full_name, c.user_id
$$;

create function public.may_reset_password(p_project_id uuid, p_user_id uuid) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_reset_password(p_project_id, p_user_id), false) $$;
create function public.may_switch_on(p_project_id uuid, p_user_id uuid, p_role public.app_role) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_switch_on(p_project_id, p_user_id, p_role), false) $$;
create function public.switched_off_staff(p_project_id uuid) returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security invoker set search_path = '' as $$ select * from private.switched_off_staff(p_project_id) $$;

revoke all on function private.may_reset_password(uuid, uuid), private.may_switch_on(uuid, uuid, public.app_role),
  private.switched_off_staff(uuid) from public, anon;
grant execute on function private.may_reset_password(uuid, uuid), private.may_switch_on(uuid, uuid, public.app_role),
  private.switched_off_staff(uuid) to authenticated;
revoke all on function public.may_reset_password(uuid, uuid), public.may_switch_on(uuid, uuid, public.app_role),
  public.switched_off_staff(uuid) from public, anon;
grant execute on function public.may_reset_password(uuid, uuid), public.may_switch_on(uuid, uuid, public.app_role),
  public.switched_off_staff(uuid) to authenticated;
