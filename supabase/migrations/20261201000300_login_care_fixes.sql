-- Review mends to the login care of 20261201000100/200:
--  * switching back on is for a login that is switched off, of someone with no post in any company — never a way
--    to set a new password for an active colleague who merely has no post here;
--  * HQ's administrator switches off (and so resets the password of) only people whose posts are all in the
--    administrator's company;
--  * a post goes only to someone whose login is on: a switched-off colleague comes back through 恢复账号, which
--    lifts the ban, not through 安排岗位 (which would leave them with a post they cannot sign in to);
--  * two HQ administrators removing each other at once cannot leave the company without one.

create function private.login_switched_off(p_user_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from auth.users u where u.id = p_user_id and u.banned_until > now())
$$;
revoke all on function private.login_switched_off(uuid) from public, anon;
grant execute on function private.login_switched_off(uuid) to authenticated;

create or replace function private.may_switch_on(p_project_id uuid, p_user_id uuid, p_role public.app_role, p_company_wide boolean) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_user_id <> (select auth.uid())
     and private.may_give_post(p_project_id, p_role, p_company_wide)
     and private.login_switched_off(p_user_id)
     and exists (select 1 from public.projects p join public.staff s on s.company_id = p.company_id
                  where p.id = p_project_id and s.user_id = p_user_id)
     and not exists (select 1 from public.memberships m where m.user_id = p_user_id)
$$;

create or replace function private.may_switch_off(p_project_id uuid, p_user_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_user_id <> (select auth.uid())
     and exists (select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
                  where p.id = p_project_id and m.user_id = p_user_id)
     and not exists (select 1 from public.memberships m join public.projects p on p.id = p_project_id
                      where m.user_id = p_user_id and m.company_id <> p.company_id)
     and ((select p.company_id from public.projects p where p.id = p_project_id) = any (private.my_company_ids('{hq_admin}'))
          or (p_project_id = any (private.my_project_ids('{manager}'))
              and not exists (select 1 from public.memberships m
                               where m.user_id = p_user_id
                                 and (m.project_id is distinct from p_project_id or m.role <> all (private.office_posts())))))
$$;

create or replace function private.on_company_staff(p_user_id uuid, p_company_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.staff s where s.user_id = p_user_id and s.company_id = p_company_id)
     and not private.login_switched_off(p_user_id)
$$;

-- The company's staff as the manager or HQ admin of a project sees them, with whether their login is off: 安排岗位
-- lists those whose login is on, 已停用的账号 those switched off with no post left.
create function private.staff_logins(p_project_id uuid)
returns table (user_id uuid, full_name text, phone text, email text, switched_off boolean)
language sql stable security definer set search_path = '' as $$
  select s.user_id, s.full_name, s.phone, u.email, coalesce(u.banned_until > now(), false)
    from public.projects p
    join public.staff s on s.company_id = p.company_id
    join auth.users u on u.id = s.user_id
   where p.id = p_project_id
     and (p.id = any (private.my_project_ids('{manager}')) or p.company_id = any (private.my_company_ids('{hq_admin}')))
$$;
revoke all on function private.staff_logins(uuid) from public, anon;
grant execute on function private.staff_logins(uuid) to authenticated;

create or replace function private.company_staff(p_project_id uuid)
returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security definer set search_path = '' as $$
  select l.user_id, l.full_name, l.phone, l.email from private.staff_logins(p_project_id) l
   where not l.switched_off order by l.full_name, l.user_id
$$;

create or replace function private.switched_off_staff(p_project_id uuid)
returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security definer set search_path = '' as $$
  select l.user_id, l.full_name, l.phone, l.email from private.staff_logins(p_project_id) l
   where l.switched_off and not exists (select 1 from public.memberships m where m.user_id = l.user_id)
   order by l.full_name, l.user_id
$$;

create or replace function private.keep_an_hq_admin() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if old.role = 'hq_admin' then
    -- One at a time per company, so two concurrent removals cannot each count the other's post as the one left.
    perform 1 from public.companies c where c.id = old.company_id for no key update;
    if not exists (select 1 from public.memberships m where m.company_id = old.company_id and m.role = 'hq_admin') then
      raise exception 'the company''s last HQ administrator post cannot be removed or changed: give the post to someone else first'
        using errcode = '23514';
    end if;
  end if;
  return null;
end $$;
