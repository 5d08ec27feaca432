-- 人员与岗位: an office manager staffs their own project — adds colleagues as agents (客服), cashiers (收银) and
-- field staff (工程、保洁、秩序、绿化 by department), changes their post, takes them off — without asking HQ. HQ's
-- administrator keeps every role in every project of the company. A membership is only ever given to someone
-- on the company's staff list, so a stray account id cannot be slipped into a project.

-- Posts an office manager hands out; manager, finance and the HQ roles stay with HQ.
create function private.office_posts() returns public.app_role[]
language sql immutable set search_path = '' as $$ select '{agent,cashier,engineer}'::public.app_role[] $$;

-- Whether the current user may give `p_role` in `p_project_id` (a null project = company-wide: HQ only).
create function private.may_staff(p_company_id uuid, p_project_id uuid, p_role public.app_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_company_id = any (private.my_company_ids('{hq_admin}'))
      or (p_project_id is not null and p_role = any (private.office_posts())
          and p_project_id = any (private.my_project_ids('{manager}')))
$$;

create function private.on_company_staff(p_user_id uuid, p_company_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.staff s where s.user_id = p_user_id and s.company_id = p_company_id)
$$;

drop policy add on public.memberships;
drop policy change on public.memberships;
drop policy remove on public.memberships;
create policy add on public.memberships for insert to authenticated
  with check (private.may_staff(company_id, project_id, role) and private.on_company_staff(user_id, company_id));
create policy change on public.memberships for update to authenticated
  using (private.may_staff(company_id, project_id, role))
  with check (private.may_staff(company_id, project_id, role) and private.on_company_staff(user_id, company_id));
create policy remove on public.memberships for delete to authenticated
  using (private.may_staff(company_id, project_id, role));

-- Whose posts in a project the manager (or HQ admin) sees, with the login each signs in with: project
-- memberships and the company-wide ones that reach the project.
create function private.project_team(p_project_id uuid)
returns table (membership_id uuid, user_id uuid, full_name text, phone text, email text, role public.app_role,
               department public.department, company_wide boolean, created_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select m.id, m.user_id, coalesce(s.full_name, u.email), s.phone, u.email, m.role, m.department, m.project_id is null, m.created_at
    from public.projects p
    join public.memberships m on m.company_id = p.company_id and (m.project_id is null or m.project_id = p.id)
    join auth.users u on u.id = m.user_id
    left join public.staff s on s.user_id = m.user_id
   where p.id = p_project_id
     and (p.id = any (private.my_project_ids('{manager}')) or p.company_id = any (private.my_company_ids('{hq_admin}')))
   order by m.project_id is not null, m.role, coalesce(s.full_name, u.email), m.id
$$;

-- The company's staff a manager may put into a project, with their login.
create function private.company_staff(p_project_id uuid)
returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security definer set search_path = '' as $$
  select s.user_id, s.full_name, s.phone, u.email
    from public.projects p
    join public.staff s on s.company_id = p.company_id
    join auth.users u on u.id = s.user_id
   where p.id = p_project_id
     and (p.id = any (private.my_project_ids('{manager}')) or p.company_id = any (private.my_company_ids('{hq_admin}')))
   order by s.full_name, s.user_id
$$;

-- A new colleague's login is created by the staff-account function (it alone holds the service role); it asks
-- here, with the caller's token, whether the caller may give that post before it creates anything.
create function private.may_add_colleague(p_project_id uuid, p_role public.app_role) returns boolean
language sql stable security definer set search_path = '' as $$
  select private.may_staff(p.company_id, p.id, p_role) from public.projects p where p.id = p_project_id
$$;

create function public.project_team(p_project_id uuid)
returns table (membership_id uuid, user_id uuid, full_name text, phone text, email text, role public.app_role,
               department public.department, company_wide boolean, created_at timestamptz)
language sql stable security invoker set search_path = '' as $$ select * from private.project_team(p_project_id) $$;
create function public.company_staff(p_project_id uuid) returns table (user_id uuid, full_name text, phone text, email text)
language sql stable security invoker set search_path = '' as $$ select * from private.company_staff(p_project_id) $$;
create function public.may_add_colleague(p_project_id uuid, p_role public.app_role) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_add_colleague(p_project_id, p_role), false) $$;

revoke all on function private.office_posts(), private.may_staff(uuid, uuid, public.app_role), private.on_company_staff(uuid, uuid),
  private.project_team(uuid), private.company_staff(uuid), private.may_add_colleague(uuid, public.app_role) from public, anon;
grant execute on function private.office_posts(), private.may_staff(uuid, uuid, public.app_role), private.on_company_staff(uuid, uuid),
  private.project_team(uuid), private.company_staff(uuid), private.may_add_colleague(uuid, public.app_role) to authenticated;
revoke all on function public.project_team(uuid), public.company_staff(uuid), public.may_add_colleague(uuid, public.app_role) from public, anon;
grant execute on function public.project_team(uuid), public.company_staff(uuid), public.may_add_colleague(uuid, public.app_role) to authenticated;
