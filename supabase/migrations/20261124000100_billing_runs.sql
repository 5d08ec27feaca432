-- Billing runs (账单生成). A run is started by a manager, finance or HQ admin through start_billing_run and
-- executed by the billing-run function with the service role, which writes bills in whole chunks through
-- write_billing_chunk (one transaction per chunk: a run that dies leaves whole chunks, never half of one).
--  * One active run per project: the second is refused. A run holds a lease renewed by every chunk; a run whose
--    lease ran out died, and the next start marks it failed and takes over.
--  * Idempotent: one bill per unit × fee item × period; a re-run updates draft and returned bills, never
--    duplicates, and never changes a bill under review — a difference becomes a proposed adjustment.
--  * Explanations are stored compactly: each line names its template, kept once per project.

alter table public.billing_runs drop column fee_item_id; -- with it the one-run-per-period constraint: runs repeat
alter table public.billing_runs
  add column fee_items text[],
  add column building_ids uuid[],
  add column policy_id uuid references public.policies(id),
  add column policy_version integer,
  add column heartbeat_at timestamptz,
  add column lease_seconds integer not null default 120 check (lease_seconds > 0),
  add column updated_at timestamptz not null default now(),
  add column row_version bigint not null default 1;
create unique index billing_runs_one_active_idx on public.billing_runs (project_id) where status in ('queued', 'running');
create index billing_runs_project_idx on public.billing_runs (project_id, created_at desc);
create trigger billing_runs_touch before update on public.billing_runs for each row execute function private.touch_row();

-- Runs are created only through start_billing_run, never inserted directly.
drop policy add on public.billing_runs;
revoke insert on public.billing_runs from authenticated;

create table public.explanation_templates (
  project_id uuid not null references public.projects(id),
  id text not null check (id ~ '^[0-9a-f]{8,32}$'),
  zh text not null,
  en text not null,
  created_at timestamptz not null default now(),
  primary key (project_id, id)
);
select private.grant_project_table('public.explanation_templates', null, '{}', '{}', '{}');

create function private.start_billing_run(
  p_project_id uuid, p_period_start date, p_period_end date, p_fee_items text[], p_building_ids uuid[]
) returns public.billing_runs
language plpgsql security definer set search_path = '' as $$
declare
  run public.billing_runs;
  active public.billing_runs;
begin
  if not (p_project_id = any (private.my_project_ids('{manager,finance,hq_admin}'))) then
    raise exception 'you may not start billing runs in project %', p_project_id using errcode = '42501';
  end if;
  if p_period_start is null or p_period_end is null or p_period_end < p_period_start then
    raise exception 'a billing period needs a start and an end on or after it' using errcode = '22023';
  end if;
  -- A run whose lease ran out died halfway: its whole chunks stay, the next run completes them.
  update public.billing_runs r
     set status = 'failed', finished_at = now(),
         error = format('abandoned: no progress since %s', to_char(coalesce(r.heartbeat_at, r.created_at), 'YYYY-MM-DD HH24:MI:SS'))
   where r.project_id = p_project_id and r.status in ('queued', 'running')
     and coalesce(r.heartbeat_at, r.created_at) < now() - make_interval(secs => r.lease_seconds);
  begin
    insert into public.billing_runs (project_id, period_start, period_end, fee_items, building_ids, status, requested_by, started_at, heartbeat_at)
    values (p_project_id, p_period_start, p_period_end, p_fee_items, p_building_ids, 'running', (select auth.uid()), now(), now())
    returning * into run;
  exception when unique_violation then
    select * into active from public.billing_runs r where r.project_id = p_project_id and r.status in ('queued', 'running');
    raise exception 'a billing run for this project is already running (period % – %, started %, % of % units done); wait for it to finish',
      active.period_start, active.period_end, to_char(active.started_at, 'YYYY-MM-DD HH24:MI:SS'), active.units_done, active.units_total
      using errcode = '55P03';
  end;
  return run;
end $$;

create function public.start_billing_run(
  p_project_id uuid, p_period_start date, p_period_end date, p_fee_items text[] default null, p_building_ids uuid[] default null
) returns public.billing_runs
language sql security invoker set search_path = '' as $$
  select private.start_billing_run(p_project_id, p_period_start, p_period_end, p_fee_items, p_building_ids)
$$;

revoke all on function private.start_billing_run(uuid, date, date, text[], uuid[]) from public, anon;
grant execute on function private.start_billing_run(uuid, date, date, text[], uuid[]) to authenticated;
revoke all on function public.start_billing_run(uuid, date, date, text[], uuid[]) from public, anon;
grant execute on function public.start_billing_run(uuid, date, date, text[], uuid[]) to authenticated;

-- The function's side (service role only). p_lines: one object per bill line — unit_id, owner_id, fee_item_id,
-- period_start, period_end, principal, discount, surcharge, late_fee, arrears_carried (decimal strings),
-- due_date, explanation. Returns this chunk's counts.
create function public.write_billing_chunk(
  p_run_id uuid, p_units integer, p_lines jsonb, p_errors jsonb, p_templates jsonb,
  p_policy_id uuid, p_policy_version integer, p_plugin_versions jsonb
) returns jsonb
language plpgsql security invoker set search_path = '' as $$
declare
  run public.billing_runs;
  n_created integer;
  n_updated integer;
  n_unchanged integer;
  n_proposed integer;
  n_skipped integer;
  counts jsonb;
begin
  select * into run from public.billing_runs where id = p_run_id for update;
  if not found then
    raise exception 'billing run % not found', p_run_id;
  end if;
  if run.status <> 'running' then
    raise exception 'billing run % is %: it was taken over or finished', p_run_id, run.status using errcode = '55000';
  end if;
  perform set_config('feegrid.reason', format('billing run %s', p_run_id), true);

  insert into public.explanation_templates (project_id, id, zh, en)
  select run.project_id, t.id, t.zh, t.en from jsonb_to_recordset(coalesce(p_templates, '[]')) as t(id text, zh text, en text)
  on conflict (project_id, id) do nothing;

  create temp table incoming on commit drop as
  select l.*, b.id as bill_id, b.status as bill_status,
         (b.id is not null and (b.principal, b.discount, b.surcharge, b.late_fee, b.arrears_carried, b.due_date, b.owner_id)
            is not distinct from (l.principal, l.discount, l.surcharge, l.late_fee, l.arrears_carried, l.due_date, l.owner_id)
          and b.explanation = l.explanation) as same
    from jsonb_to_recordset(p_lines) as l(
           unit_id uuid, owner_id uuid, fee_item_id uuid, period_start date, period_end date,
           principal numeric(14,2), discount numeric(14,2), surcharge numeric(14,2), late_fee numeric(14,2),
           arrears_carried numeric(14,2), due_date date, explanation jsonb)
    left join public.bills b
      on b.project_id = run.project_id and b.unit_id = l.unit_id and b.fee_item_id = l.fee_item_id and b.period_start = l.period_start;

  -- New lines: bills, except lines that charge nothing.
  insert into public.bills (project_id, unit_id, owner_id, fee_item_id, period_start, period_end, billing_run_id,
                            policy_id, policy_version, plugin_versions, principal, discount, surcharge, late_fee,
                            arrears_carried, due_date, explanation)
  select run.project_id, i.unit_id, i.owner_id, i.fee_item_id, i.period_start, i.period_end, p_run_id,
         p_policy_id, p_policy_version, p_plugin_versions, i.principal, i.discount, i.surcharge, i.late_fee,
         i.arrears_carried, i.due_date, i.explanation
    from incoming i
   where i.bill_id is null and i.principal - i.discount + i.surcharge + i.late_fee > 0;
  get diagnostics n_created = row_count;
  select count(*) into n_skipped from incoming i where i.bill_id is null and i.principal - i.discount + i.surcharge + i.late_fee <= 0;

  -- Drafts (and bills sent back) follow the policy.
  update public.bills b
     set owner_id = i.owner_id, billing_run_id = p_run_id, policy_id = p_policy_id, policy_version = p_policy_version,
         plugin_versions = p_plugin_versions, principal = i.principal, discount = i.discount, surcharge = i.surcharge,
         late_fee = i.late_fee, arrears_carried = i.arrears_carried, due_date = i.due_date, explanation = i.explanation
    from incoming i
   where b.id = i.bill_id and not i.same and i.bill_status in ('draft', 'returned');
  get diagnostics n_updated = row_count;
  select count(*) into n_unchanged from incoming i where i.bill_id is not null and i.same;

  -- Bills under review or issued keep their amounts; each difference is proposed once for finance to decide.
  insert into public.bill_adjustments (project_id, bill_id, field, old_value, new_value, reason)
  select run.project_id, i.bill_id, d.field, d.old_value, d.new_value,
         format('计费重算（批次 %s，策略 v%s）/ Billing run %s with policy v%s', left(p_run_id::text, 8), p_policy_version, left(p_run_id::text, 8), p_policy_version)
    from incoming i
    join public.bills b on b.id = i.bill_id
   cross join lateral (values
     ('principal', b.principal::text, i.principal::text),
     ('discount', b.discount::text, i.discount::text),
     ('surcharge', b.surcharge::text, i.surcharge::text),
     ('late_fee', b.late_fee::text, i.late_fee::text),
     ('due_date', b.due_date::text, i.due_date::text)
   ) as d(field, old_value, new_value)
   where i.bill_status in ('submitted', 'approved', 'issued')
     and d.new_value is not null and d.old_value is distinct from d.new_value
     and not exists (select 1 from public.bill_adjustments a
                      where a.project_id = run.project_id and a.bill_id = i.bill_id and a.field = d.field
                        and a.new_value = d.new_value and a.status = 'proposed');
  get diagnostics n_proposed = row_count;

  counts := jsonb_build_object('created', n_created, 'updated', n_updated, 'unchanged', n_unchanged,
                               'proposed', n_proposed, 'skippedZero', n_skipped,
                               'underReview', (select count(*) from incoming i where not i.same and i.bill_status in ('submitted', 'approved', 'issued')),
                               'receivable', (select coalesce(sum(principal - discount + surcharge + late_fee), 0)::text from incoming));
  update public.billing_runs r
     set units_done = r.units_done + p_units, heartbeat_at = now(),
         stats = jsonb_build_object(
           'created', coalesce((r.stats->>'created')::int, 0) + n_created,
           'updated', coalesce((r.stats->>'updated')::int, 0) + n_updated,
           'unchanged', coalesce((r.stats->>'unchanged')::int, 0) + n_unchanged,
           'proposed', coalesce((r.stats->>'proposed')::int, 0) + n_proposed,
           'skippedZero', coalesce((r.stats->>'skippedZero')::int, 0) + n_skipped,
           'receivable', (coalesce((r.stats->>'receivable')::numeric, 0) + (counts->>'receivable')::numeric)::text,
           'errorCount', coalesce((r.stats->>'errorCount')::int, 0) + jsonb_array_length(coalesce(p_errors, '[]')),
           -- the first 500 errors are kept with their reasons; the count says how many there were
           'errors', (select coalesce(jsonb_agg(e), '[]') from (
                        select e from jsonb_array_elements(coalesce(r.stats->'errors', '[]') || coalesce(p_errors, '[]')) e limit 500) x))
   where r.id = p_run_id;
  return counts;
end $$;

-- Ends a run: succeeded with its totals (and the fee items it could not bill, with why), or failed with the reason.
create function public.finish_billing_run(p_run_id uuid, p_status public.run_status, p_error text default null, p_not_billed jsonb default '[]')
returns public.billing_runs
language plpgsql security invoker set search_path = '' as $$
declare
  run public.billing_runs;
begin
  if p_status not in ('succeeded', 'failed') then
    raise exception 'a run finishes as succeeded or failed, not %', p_status;
  end if;
  update public.billing_runs r
     set status = p_status, error = p_error, finished_at = now(), heartbeat_at = now(),
         stats = r.stats || jsonb_build_object('notBilled', coalesce(p_not_billed, '[]'))
   where r.id = p_run_id and r.status = 'running'
  returning * into run;
  if not found then
    raise exception 'billing run % is not running: it was taken over or finished', p_run_id using errcode = '55000';
  end if;
  return run;
end $$;

-- The run's scope, recorded once it is known (the function resolves the policy and counts the units).
create function public.describe_billing_run(p_run_id uuid, p_units_total integer, p_policy_id uuid, p_policy_version integer)
returns void
language sql security invoker set search_path = '' as $$
  update public.billing_runs set units_total = p_units_total, policy_id = p_policy_id, policy_version = p_policy_version, heartbeat_at = now()
   where id = p_run_id and status = 'running'
$$;

revoke all on function public.write_billing_chunk(uuid, integer, jsonb, jsonb, jsonb, uuid, integer, jsonb) from public, anon, authenticated;
revoke all on function public.finish_billing_run(uuid, public.run_status, text, jsonb) from public, anon, authenticated;
revoke all on function public.describe_billing_run(uuid, integer, uuid, integer) from public, anon, authenticated;
grant execute on function public.write_billing_chunk(uuid, integer, jsonb, jsonb, jsonb, uuid, integer, jsonb) to service_role;
grant execute on function public.finish_billing_run(uuid, public.run_status, text, jsonb) to service_role;
grant execute on function public.describe_billing_run(uuid, integer, uuid, integer) to service_role;

-- A run may be limited to some buildings.
create or replace view public.unit_facts with (security_invoker = true) as
select u.id as unit_id,
       u.project_id,
       u.room_no,
       b.code as building_code,
       u.area::text as area,
       u.usage,
       u.handover_date,
       u.renovation_date,
       u.occupancy_date,
       u.occupancy,
       o.id as owner_id,
       o.name as owner_name,
       o.tags as owner_tags,
       (select count(*)::int from public.parking_spaces ps where ps.project_id = u.project_id and ps.unit_id = u.id) as parking_spaces,
       u.building_id
  from public.units u
  join public.buildings b on b.project_id = u.project_id and b.id = u.building_id
  left join public.unit_ownerships uo on uo.project_id = u.project_id and uo.unit_id = u.id and uo.to_date is null
  left join public.owners o on o.project_id = u.project_id and o.id = uo.owner_id;

-- Facts are read a page of units at a time: unit_period_facts takes the units it is asked about, so a page
-- costs index lookups for those units only (an OFFSET page over the whole project recomputed every unit).
drop function public.unit_period_facts(uuid, date, date);
create function public.unit_period_facts(p_project_id uuid, p_start date, p_end date, p_unit_ids uuid[])
returns table (unit_id uuid, meters jsonb, arrears jsonb)
language sql stable security invoker set search_path = '' as $$
  with readings as (
    select m.unit_id, m.kind, m.multiplier,
           (select r.reading from public.meter_readings r
             where r.project_id = m.project_id and r.meter_id = m.id and r.read_on < p_start
             order by r.read_on desc limit 1) as previous,
           (select r.reading from public.meter_readings r
             where r.project_id = m.project_id and r.meter_id = m.id and r.read_on between p_start and p_end
             order by r.read_on desc limit 1) as current
      from public.meters m
     where m.project_id = p_project_id and m.unit_id = any (p_unit_ids)
  ),
  meters as (
    select unit_id,
           jsonb_object_agg(kind, jsonb_build_object('previous', previous::text, 'current', current::text, 'multiplier', multiplier::text)) as meters
      from readings
     where previous is not null and current is not null
     group by unit_id
  ),
  arrears as (
    select b.unit_id,
           jsonb_agg(jsonb_build_object('billId', b.id, 'feeItem', f.code, 'balance', b.balance::text, 'dueDate', b.due_date)
                     order by b.due_date, b.id) as arrears
      from public.bills b
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
     where b.project_id = p_project_id and b.unit_id = any (p_unit_ids)
       and b.balance > 0 and b.due_date is not null and b.period_end < p_start
       and b.status in ('approved', 'issued')
     group by b.unit_id
  )
  select coalesce(m.unit_id, a.unit_id), m.meters, a.arrears
    from meters m full join arrears a on a.unit_id = m.unit_id
   order by 1
$$;

revoke all on function public.unit_period_facts(uuid, date, date, uuid[]) from public, anon;
grant execute on function public.unit_period_facts(uuid, date, date, uuid[]) to authenticated, service_role;
