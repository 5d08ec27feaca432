-- Field staff see the projects they work in (the console's project switcher), and the office sees who works in
-- which department when it dispatches (memberships themselves stay private to HQ admins and managers).

drop policy read on public.projects;
create policy read on public.projects for select to authenticated
  using (id = any ((select private.my_project_ids())::uuid[])
         or id = any ((select private.my_project_ids('{engineer}'))::uuid[])
         or company_id = any ((select private.my_company_ids('{hq_admin,hq_analyst}'))::uuid[]));

-- The staff of a project's department, for the dispatch form (office roles of that project only).
create function public.department_staff(p_project_id uuid, p_department public.department)
returns table (user_id uuid, full_name text, phone text)
language sql stable security definer set search_path = '' as $$
  select distinct s.user_id, s.full_name, s.phone
    from public.memberships m
    join public.projects p on p.company_id = m.company_id and (m.project_id is null or m.project_id = p.id)
    join public.staff s on s.user_id = m.user_id
   where p.id = p_project_id and m.role = 'engineer' and m.department = p_department
     and p_project_id = any (private.my_project_ids('{manager,agent,hq_admin}'))
   order by s.full_name, s.user_id
$$;
revoke all on function public.department_staff(uuid, public.department) from public, anon;
grant execute on function public.department_staff(uuid, public.department) to authenticated;
