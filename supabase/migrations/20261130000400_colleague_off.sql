-- A colleague who leaves (离职): their login is switched off and their posts go. An office manager may do it for
-- someone whose every post is an office post (agent, cashier, field staff) of the manager's own project; HQ's
-- administrator for anyone of the company but themselves. The staff-account function asks here with the
-- caller's token before it bans the login with the service role; the staff row stays, so the records they
-- signed keep their name.
create function private.may_switch_off(p_project_id uuid, p_user_id uuid) returns boolean
language sql stable security definer set search_path = '' as $$
  select p_user_id <> (select auth.uid())
     and exists (select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
                  where p.id = p_project_id and m.user_id = p_user_id)
     and ((select p.company_id from public.projects p where p.id = p_project_id) = any (private.my_company_ids('{hq_admin}'))
          or (p_project_id = any (private.my_project_ids('{manager}'))
              and not exists (select 1 from public.memberships m
                               where m.user_id = p_user_id
                                 and (m.project_id is distinct from p_project_id or m.role <> all (private.office_posts())))))
$$;

create function public.may_switch_off(p_project_id uuid, p_user_id uuid) returns boolean
language sql stable security invoker set search_path = '' as $$ select coalesce(private.may_switch_off(p_project_id, p_user_id), false) $$;

revoke all on function private.may_switch_off(uuid, uuid), public.may_switch_off(uuid, uuid) from public, anon;
grant execute on function private.may_switch_off(uuid, uuid), public.may_switch_off(uuid, uuid) to authenticated;
