-- Who may do what: grants and row-level security for every table, in one place.
-- anon gets nothing. authenticated gets exactly the table privileges some role needs; RLS then narrows each
-- command to the projects where the user holds a role allowed to run it. service_role (server-side
-- functions only) keeps Supabase's defaults and bypasses RLS, but not the guard triggers.

revoke all on all tables in schema public from anon, authenticated;
revoke all on all sequences in schema public from anon, authenticated;
revoke all on all functions in schema public from anon, authenticated, public;
alter default privileges in schema public revoke all on tables from anon;
alter default privileges in schema public revoke all on sequences from anon;
alter default privileges in schema public revoke all on functions from anon;

-- Policies call these as the querying user.
grant usage on schema private to authenticated;
grant execute on function private.my_project_ids(public.app_role[]), private.my_company_ids(public.app_role[]) to authenticated;

-- One call per project table: which roles may read (null = every role), insert, update, delete.
-- An empty list means the command is not granted at all. Extra checks (e.g. drafts only) are SQL appended
-- to that command's policy.
create function private.grant_project_table(
  tbl regclass,
  readers public.app_role[],
  inserters public.app_role[],
  updaters public.app_role[],
  deleters public.app_role[],
  update_extra text default null,
  delete_extra text default null
) returns void
language plpgsql set search_path = '' as $$
declare
  scope constant text := 'project_id = any ((select private.my_project_ids(%L::public.app_role[]))::uuid[])';
begin
  execute format('alter table %s enable row level security', tbl);
  execute format('grant select on %s to authenticated', tbl);
  execute format('create policy read on %s for select to authenticated using (%s)', tbl, format(scope, readers));
  if cardinality(inserters) > 0 then
    execute format('grant insert on %s to authenticated', tbl);
    execute format('create policy add on %s for insert to authenticated with check (%s)', tbl, format(scope, inserters));
  end if;
  if cardinality(updaters) > 0 then
    execute format('grant update on %s to authenticated', tbl);
    execute format('create policy change on %s for update to authenticated using (%s and %s) with check (%s)',
      tbl, format(scope, updaters), coalesce(update_extra, 'true'), format(scope, updaters));
  end if;
  if cardinality(deleters) > 0 then
    execute format('grant delete on %s to authenticated', tbl);
    execute format('create policy remove on %s for delete to authenticated using (%s and %s)',
      tbl, format(scope, deleters), coalesce(delete_extra, 'true'));
  end if;
end $$;

-- hq_admin appears wherever manager does: it administers every project of its company.
select private.grant_project_table(tbl::regclass, readers::public.app_role[], ins::public.app_role[], upd::public.app_role[], del::public.app_role[])
from (values
  ('public.buildings',           null, '{manager,hq_admin}',               '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.units',               null, '{manager,hq_admin}',               '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.parking_spaces',      null, '{manager,hq_admin}',               '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.meters',              null, '{manager,hq_admin}',               '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.owners',              null, '{manager,agent,hq_admin}',         '{manager,agent,hq_admin}',  '{manager,hq_admin}'),
  ('public.unit_ownerships',     null, '{manager,agent,hq_admin}',         '{manager,agent,hq_admin}',  '{manager,hq_admin}'),
  ('public.meter_readings',      null, '{manager,agent,cashier,hq_admin}', '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.fee_items',           null, '{manager,hq_admin}',               '{manager,hq_admin}',        '{manager,hq_admin}'),
  ('public.billing_runs',        null, '{manager,finance,hq_admin}',       '{}',                        '{}'),
  ('public.bills',               null, '{}',                               '{manager,finance,hq_admin}', '{}'),
  ('public.bill_adjustments',    null, '{manager,finance,hq_admin}',       '{finance,hq_admin}',        '{}'),
  ('public.payments',            null, '{cashier,finance,manager,hq_admin}', '{}',                      '{}'),
  ('public.payment_allocations', null, '{cashier,finance,manager,hq_admin}', '{}',                      '{}'),
  ('public.prepaid_balances',    null, '{}',                               '{}',                        '{}'),
  ('public.dunning_actions',     null, '{manager,agent,hq_admin}',         '{manager,agent,hq_admin}',  '{}'),
  ('public.contact_logs',        null, '{agent,manager,cashier,hq_admin}', '{}',                        '{}'),
  ('public.installment_plans',   null, '{manager,agent,hq_admin}',         '{manager,finance,hq_admin}', '{}'),
  ('public.outbox',              '{manager,agent,hq_admin,hq_analyst}', '{}', '{}',                      '{}'),
  ('public.audit_log',           '{manager,finance,hq_admin,hq_analyst}', '{}', '{}',                    '{}')
) as m(tbl, readers, ins, upd, del);

-- Receipts: issued at the desk; finance voids (the guard trigger allows nothing but issued → void).
select private.grant_project_table('public.receipts', null, '{cashier,finance,manager,hq_admin}', '{finance,hq_admin}', '{}');

-- Daily close: a cashier opens and edits only their own day while it is open; finance verifies.
select private.grant_project_table('public.daily_closes', null, '{cashier,finance,manager,hq_admin}', '{cashier,finance,hq_admin}', '{}',
  update_extra => $x$(status = 'open' and cashier_id = (select auth.uid())
                      or project_id = any ((select private.my_project_ids('{finance,hq_admin}'))::uuid[]))$x$);
create policy own_day on public.daily_closes as restrictive for insert to authenticated
  with check (cashier_id = (select auth.uid()) or project_id = any ((select private.my_project_ids('{finance,manager,hq_admin}'))::uuid[]));
-- A cashier may not verify their own close, nor move it to another cashier.
create policy own_day_kept on public.daily_closes as restrictive for update to authenticated
  with check (project_id = any ((select private.my_project_ids('{finance,hq_admin}'))::uuid[])
              or (cashier_id = (select auth.uid()) and status in ('open', 'submitted')));

-- Company-wide audit rows (companies, staff, memberships, templates) are for HQ.
create policy read_company on public.audit_log for select to authenticated
  using (project_id is null and company_id = any ((select private.my_company_ids('{hq_admin,hq_analyst}'))::uuid[]));

-- Tenancy tables.
alter table public.companies enable row level security;
grant select, update (name) on public.companies to authenticated;
create policy read on public.companies for select to authenticated
  using (id = any ((select private.my_company_ids())::uuid[]));
create policy change on public.companies for update to authenticated
  using (id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));

alter table public.projects enable row level security;
grant select, insert, update on public.projects to authenticated;
-- HQ reads by company, so a project it has just created is visible to it in the same statement.
create policy read on public.projects for select to authenticated
  using (id = any ((select private.my_project_ids())::uuid[])
         or company_id = any ((select private.my_company_ids('{hq_admin,hq_analyst}'))::uuid[]));
create policy add on public.projects for insert to authenticated
  with check (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));
create policy change on public.projects for update to authenticated
  using (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]))
  with check (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));

alter table public.staff enable row level security;
grant select, insert, update, delete on public.staff to authenticated;
create policy read on public.staff for select to authenticated
  using (company_id = any ((select private.my_company_ids())::uuid[]));
create policy add on public.staff for insert to authenticated
  with check (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));
create policy change on public.staff for update to authenticated
  using (user_id = (select auth.uid()) or company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]))
  with check (company_id = any ((select private.my_company_ids())::uuid[]));
create policy remove on public.staff for delete to authenticated
  using (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));

alter table public.memberships enable row level security;
grant select, insert, update, delete on public.memberships to authenticated;
create policy read on public.memberships for select to authenticated
  using (user_id = (select auth.uid())
         or company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[])
         or project_id = any ((select private.my_project_ids('{manager}'))::uuid[]));
create policy add on public.memberships for insert to authenticated
  with check (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));
create policy change on public.memberships for update to authenticated
  using (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]))
  with check (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));
create policy remove on public.memberships for delete to authenticated
  using (company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]));

-- Policies: project versions belong to the office (manager); templates (no project) to HQ.
alter table public.policies enable row level security;
grant select, insert, update, delete on public.policies to authenticated;
create policy read on public.policies for select to authenticated
  using (project_id = any ((select private.my_project_ids())::uuid[])
         or (project_id is null and company_id = any ((select private.my_company_ids())::uuid[])));
create policy add on public.policies for insert to authenticated
  with check (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[])
              or (project_id is null and company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[])));
create policy change on public.policies for update to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[])
         or (project_id is null and company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[])))
  with check (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[])
              or (project_id is null and company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[])));
create policy remove on public.policies for delete to authenticated
  using (status = 'draft'
         and (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[])
              or (project_id is null and company_id = any ((select private.my_company_ids('{hq_admin}'))::uuid[]))));

-- Not exposed, but locked all the same.
alter table private.receipt_counters enable row level security;
