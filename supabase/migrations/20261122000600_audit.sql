-- The append-only audit log: who changed what, when, and why, written by statement-level triggers
-- (one insert per statement, however many rows it touched).

create table public.audit_log (
  id bigint generated always as identity primary key,
  project_id uuid,
  company_id uuid,
  table_name text not null,
  row_id uuid,
  action text not null check (action in ('insert', 'update', 'delete')),
  actor uuid,
  -- the API role (anon/authenticated/service_role) or the login that changed the row directly
  actor_role text not null default current_user,
  -- RPCs that change data on a person's behalf set feegrid.reason (e.g. the reason of a grid edit)
  reason text,
  old_row jsonb,
  new_row jsonb,
  changed text[],
  at timestamptz not null default now()
);
create index audit_log_project_idx on public.audit_log (project_id, at);
create index audit_log_company_idx on public.audit_log (company_id, at) where project_id is null;
create index audit_log_row_idx on public.audit_log (row_id);

create function private.audit_scope(row_data jsonb, tbl text, out project_id uuid, out company_id uuid)
language sql immutable set search_path = '' as $$
  select (case when tbl = 'projects' then row_data ->> 'id' else row_data ->> 'project_id' end)::uuid,
         (row_data ->> 'company_id')::uuid
$$;

create function private.write_audit() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  who uuid := (select auth.uid());
  why text := nullif(current_setting('feegrid.reason', true), '');
  -- current_user is this function's owner here; the `role` setting still names the caller's role
  role_name text := coalesce(nullif(current_setting('role', true), 'none'), session_user);
  ignored constant text[] := array['updated_at', 'row_version'];
begin
  if tg_op = 'INSERT' then
    insert into public.audit_log (project_id, company_id, table_name, row_id, action, actor, actor_role, reason, new_row)
    select s.project_id, s.company_id, tg_table_name, coalesce(j ->> 'id', j ->> 'user_id')::uuid, 'insert', who, role_name, why, j
    from (select to_jsonb(n) as j from new_rows n) r, private.audit_scope(r.j, tg_table_name) s;
  elsif tg_op = 'DELETE' then
    insert into public.audit_log (project_id, company_id, table_name, row_id, action, actor, actor_role, reason, old_row)
    select s.project_id, s.company_id, tg_table_name, coalesce(j ->> 'id', j ->> 'user_id')::uuid, 'delete', who, role_name, why, j
    from (select to_jsonb(o) as j from old_rows o) r, private.audit_scope(r.j, tg_table_name) s;
  else
    insert into public.audit_log (project_id, company_id, table_name, row_id, action, actor, actor_role, reason, old_row, new_row, changed)
    select s.project_id, s.company_id, tg_table_name, d.row_id, 'update', who, role_name, why,
           (select jsonb_object_agg(k, d.o -> k) from unnest(d.keys) k),
           (select jsonb_object_agg(k, d.n -> k) from unnest(d.keys) k),
           d.keys
    from (
      select o.j as o, n.j as n, coalesce(n.j ->> 'id', n.j ->> 'user_id')::uuid as row_id,
             array(select e.key from jsonb_each(n.j) e
                   where e.value is distinct from o.j -> e.key and e.key <> all (ignored) order by e.key) as keys
      from (select to_jsonb(x) as j from old_rows x) o
      join (select to_jsonb(y) as j from new_rows y) n
        on coalesce(n.j ->> 'id', n.j ->> 'user_id') = coalesce(o.j ->> 'id', o.j ->> 'user_id')
    ) d, private.audit_scope(d.n, tg_table_name) s
    where cardinality(d.keys) > 0;
  end if;
  return null;
end $$;

-- Attach the audit triggers to a table (used by this and later migrations).
create function private.enable_audit(tbl regclass) returns void
language plpgsql set search_path = '' as $$
declare
  name text := (select c.relname from pg_catalog.pg_class c where c.oid = tbl);
begin
  execute format('create trigger %I after insert on %s referencing new table as new_rows for each statement execute function private.write_audit()', name || '_audit_ins', tbl);
  execute format('create trigger %I after update on %s referencing old table as old_rows new table as new_rows for each statement execute function private.write_audit()', name || '_audit_upd', tbl);
  execute format('create trigger %I after delete on %s referencing old table as old_rows for each statement execute function private.write_audit()', name || '_audit_del', tbl);
end $$;

select private.enable_audit(t::regclass) from unnest(array[
  'public.companies', 'public.projects', 'public.staff', 'public.memberships',
  'public.buildings', 'public.units', 'public.owners', 'public.unit_ownerships', 'public.parking_spaces',
  'public.meters', 'public.meter_readings', 'public.fee_items', 'public.policies',
  'public.billing_runs', 'public.bills', 'public.bill_adjustments', 'public.payments', 'public.payment_allocations',
  'public.prepaid_balances', 'public.receipts', 'public.daily_closes',
  'public.dunning_actions', 'public.contact_logs', 'public.installment_plans'
]) t;

-- Nobody rewrites history: not the API roles, not the service role, not the owner.
create function private.refuse_audit_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
end $$;

create trigger audit_log_append_only before update or delete on public.audit_log
  for each row execute function private.refuse_audit_change();
create trigger audit_log_no_truncate before truncate on public.audit_log
  for each statement execute function private.refuse_audit_change();
