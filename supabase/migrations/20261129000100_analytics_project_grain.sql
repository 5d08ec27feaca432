-- HQ analytics at portfolio scale: project-grain copies of the summaries.
--
-- Measured at 200 projects × 1,000 units × 24 months: collection_cells holds ~970,000 rows (building × fee item ×
-- bill month × pay month), and every HQ-wide figure summed all of them (collection_rates by project p95 2.2 s,
-- the company trend 13.6 s). Without the building the same facts are ~90,000 rows. The project-grain tables
-- below are kept by triggers on the building-grain ones: whatever is inserted into, deleted from or updated in a
-- cell table (a posting's deltas, compaction, a rebuild) is added to its project row, so the two grains agree in
-- every snapshot. Readers take the project grain unless they ask about buildings.

create table public.project_receivable_cells (
  project_id uuid not null references public.projects(id),
  fee_item_id uuid not null,
  bill_month date not null,
  due_date date not null,
  bills integer not null,
  receivable numeric(16,2) not null,
  fresh boolean not null default true
);
create index project_receivable_cells_key on public.project_receivable_cells (project_id, bill_month, fee_item_id, due_date);

create table public.project_collection_cells (
  project_id uuid not null references public.projects(id),
  fee_item_id uuid not null,
  bill_month date not null,
  due_date date not null,
  pay_month date not null,
  collected numeric(16,2) not null,
  fresh boolean not null default true
);
create index project_collection_cells_key on public.project_collection_cells (project_id, bill_month, fee_item_id, due_date, pay_month);

create table public.project_household_cells (
  project_id uuid not null references public.projects(id),
  period_kind text not null check (period_kind in ('month', 'quarter', 'year')),
  period_start date not null,
  settled_from date,
  settled_until date,
  households integer not null,
  settled integer not null,
  fresh boolean not null default true
);
create index project_household_cells_key on public.project_household_cells (project_id, period_kind, period_start, settled_from, settled_until);

create index project_receivable_cells_fresh on public.project_receivable_cells (project_id) where fresh;
create index project_collection_cells_fresh on public.project_collection_cells (project_id) where fresh;
create index project_household_cells_fresh on public.project_household_cells (project_id) where fresh;

do $$
declare
  t text;
begin
  foreach t in array array['project_receivable_cells', 'project_collection_cells', 'project_household_cells'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('revoke all on public.%I from anon, authenticated', t);
    execute format('grant select on public.%I to authenticated', t);
    execute format('create policy read on public.%I for select to authenticated using (project_id = any ((select private.my_project_ids())::uuid[]))', t);
  end loop;
end $$;

-- What the cells already hold.
insert into public.project_receivable_cells (project_id, fee_item_id, bill_month, due_date, bills, receivable, fresh)
select project_id, fee_item_id, bill_month, due_date, sum(bills), sum(receivable), false
  from public.receivable_cells group by 1, 2, 3, 4 having sum(bills) <> 0 or sum(receivable) <> 0;
insert into public.project_collection_cells (project_id, fee_item_id, bill_month, due_date, pay_month, collected, fresh)
select project_id, fee_item_id, bill_month, due_date, pay_month, sum(collected), false
  from public.collection_cells group by 1, 2, 3, 4, 5 having sum(collected) <> 0;
insert into public.project_household_cells (project_id, period_kind, period_start, settled_from, settled_until, households, settled, fresh)
select project_id, period_kind, period_start, settled_from, settled_until, sum(households), sum(settled), false
  from public.household_cells group by 1, 2, 3, 4, 5 having sum(households) <> 0 or sum(settled) <> 0;

-- ── keeping the project grain ──────────────────────────────────────────────────────────────────────────────

-- Trigger arguments: the project table, its key columns and its measures (comma-separated). The rows a statement
-- added count +1, the rows it removed −1; one delta row per key that moved.
create function private.roll_up_cells() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  target text := tg_argv[0];
  keys text := tg_argv[1];
  measures text[] := string_to_array(tg_argv[2], ',');
  changed text;
begin
  changed := case tg_op
    when 'INSERT' then format('select 1 as sign, %s, %s from new_rows', keys, array_to_string(measures, ', '))
    when 'DELETE' then format('select -1 as sign, %s, %s from old_rows', keys, array_to_string(measures, ', '))
    else format('select 1 as sign, %1$s, %2$s from new_rows union all select -1, %1$s, %2$s from old_rows', keys, array_to_string(measures, ', '))
  end;
  execute format('insert into public.%I (%s, %s) select %s, %s from (%s) c group by %s having %s',
    target, keys, array_to_string(measures, ', '), keys,
    (select string_agg(format('sum(sign * %I)', m), ', ') from unnest(measures) m),
    changed, keys,
    (select string_agg(format('sum(sign * %I) <> 0', m), ' or ') from unnest(measures) m));
  return null;
end $$;

do $$
declare
  t record;
  op text;
begin
  for t in select * from (values
      ('receivable_cells', 'project_receivable_cells', 'project_id, fee_item_id, bill_month, due_date', 'bills,receivable'),
      ('collection_cells', 'project_collection_cells', 'project_id, fee_item_id, bill_month, due_date, pay_month', 'collected'),
      ('household_cells', 'project_household_cells', 'project_id, period_kind, period_start, settled_from, settled_until', 'households,settled'))
    as v(source, target, keys, measures)
  loop
    foreach op in array array['insert', 'delete', 'update'] loop
      execute format('create trigger roll_up_%2$s after %2$s on public.%1$I referencing %3$s for each statement
                        execute function private.roll_up_cells(%4$L, %5$L, %6$L)',
        t.source, op,
        case op when 'insert' then 'new table as new_rows' when 'delete' then 'old table as old_rows'
                else 'old table as old_rows new table as new_rows' end,
        t.target, t.keys, t.measures);
      -- The history loader and rebuilds write the cells with triggers off (replica); the project grain follows anyway.
      execute format('alter table public.%I enable always trigger %I', t.source, 'roll_up_' || op);
    end loop;
  end loop;
end $$;

-- Folds each key's delta rows of one cell table into one row. p_nullable are the keys that may be null (matched
-- with is not distinct from; the others with =, so the match uses the key index).
create function private.fold_cells(p_table text, p_keys text[], p_nullable text[], p_measures text[]) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  keys text := (select string_agg(format('%I', k), ', ') from unnest(p_keys) k);
  n integer;
begin
  execute format($q$
    with fresh_keys as (select distinct %2$s from public.%1$I where fresh),
    gone as (delete from public.%1$I c using fresh_keys k where %3$s returning c.*)
    insert into public.%1$I (%2$s, %4$s, fresh)
    select %2$s, %5$s, false from gone group by %2$s having %6$s
    $q$,
    p_table, keys,
    (select string_agg(case when k = any (p_nullable) then format('c.%1$I is not distinct from k.%1$I', k) else format('c.%1$I = k.%1$I', k) end, ' and ')
       from unnest(p_keys) k),
    (select string_agg(format('%I', m), ', ') from unnest(p_measures) m),
    (select string_agg(format('sum(%I)', m), ', ') from unnest(p_measures) m),
    (select string_agg(format('sum(%I) <> 0', m), ' or ') from unnest(p_measures) m));
  get diagnostics n = row_count;
  return n;
end $$;

-- The building grain first: folding it moves nothing in total, but its deletes and inserts land in the project
-- grain as fresh deltas, which the project folds then take in.
create or replace function private.compact_analytics() returns integer
language plpgsql security definer set search_path = '' as $$
declare
  folded integer;
begin
  folded := private.fold_cells('receivable_cells', '{project_id,building_id,fee_item_id,bill_month,due_date}', '{}', '{bills,receivable}')
    + private.fold_cells('collection_cells', '{project_id,building_id,fee_item_id,bill_month,due_date,pay_month}', '{}', '{collected}')
    + private.fold_cells('collector_cells', '{project_id,collector_id,bill_month,pay_month}', '{collector_id}', '{collected}')
    + private.fold_cells('household_cells', '{project_id,building_id,period_kind,period_start,settled_from,settled_until}',
                         '{settled_from,settled_until}', '{households,settled}')
    + private.fold_cells('project_receivable_cells', '{project_id,fee_item_id,bill_month,due_date}', '{}', '{bills,receivable}')
    + private.fold_cells('project_collection_cells', '{project_id,fee_item_id,bill_month,due_date,pay_month}', '{}', '{collected}')
    + private.fold_cells('project_household_cells', '{project_id,period_kind,period_start,settled_from,settled_until}',
                         '{settled_from,settled_until}', '{households,settled}');
  delete from public.debtor_balances where open_balance = 0 and open_bills = 0;
  return folded;
end $$;

-- date_trunc of a date picks the timestamptz variant, which is only stable: the immutable helper around it was
-- then never inlined but called once a row (most of the company trend's 290 ms). Truncating a timestamp is
-- immutable and gives the same month, quarter or year.
create or replace function private.period_start_of(p_kind text, p_month date) returns date
language sql immutable as $$
  select date_trunc(p_kind, p_month::timestamp)::date
$$;

-- ── reading the right grain ────────────────────────────────────────────────────────────────────────────────
-- Plain SQL without a search_path setting, so they inline into the RPCs' queries: the grain not asked for is
-- cut off by a one-time filter, and the RPC's date filters reach the chosen table's index.

create function private.receivable_rows(p_by_building boolean, p_project_id uuid, p_building_id uuid)
returns table (project_id uuid, building_id uuid, fee_item_id uuid, bill_month date, due_date date, receivable numeric)
language sql stable as $$
  select r.project_id, r.building_id, r.fee_item_id, r.bill_month, r.due_date, r.receivable
    from public.receivable_cells r
   where p_by_building and (p_project_id is null or r.project_id = p_project_id) and (p_building_id is null or r.building_id = p_building_id)
  union all
  select r.project_id, null::uuid, r.fee_item_id, r.bill_month, r.due_date, r.receivable
    from public.project_receivable_cells r
   where not p_by_building and (p_project_id is null or r.project_id = p_project_id)
$$;

create function private.collection_rows(p_by_building boolean, p_project_id uuid, p_building_id uuid)
returns table (project_id uuid, building_id uuid, fee_item_id uuid, bill_month date, due_date date, pay_month date, collected numeric)
language sql stable as $$
  select c.project_id, c.building_id, c.fee_item_id, c.bill_month, c.due_date, c.pay_month, c.collected
    from public.collection_cells c
   where p_by_building and (p_project_id is null or c.project_id = p_project_id) and (p_building_id is null or c.building_id = p_building_id)
  union all
  select c.project_id, null::uuid, c.fee_item_id, c.bill_month, c.due_date, c.pay_month, c.collected
    from public.project_collection_cells c
   where not p_by_building and (p_project_id is null or c.project_id = p_project_id)
$$;

create function private.household_rows(p_by_building boolean, p_project_id uuid, p_building_id uuid)
returns table (project_id uuid, building_id uuid, period_kind text, period_start date, settled_from date, settled_until date,
               households integer, settled integer)
language sql stable as $$
  select h.project_id, h.building_id, h.period_kind, h.period_start, h.settled_from, h.settled_until, h.households, h.settled
    from public.household_cells h
   where p_by_building and (p_project_id is null or h.project_id = p_project_id) and (p_building_id is null or h.building_id = p_building_id)
  union all
  select h.project_id, null::uuid, h.period_kind, h.period_start, h.settled_from, h.settled_until, h.households, h.settled
    from public.project_household_cells h
   where not p_by_building and (p_project_id is null or h.project_id = p_project_id)
$$;

-- The readers below are those of 20261127000100_analytics.sql with their sources swapped for the rows above
-- (and unit_collection reading its building's project first).

create or replace function public.collection_rates(
  p_level text, p_kind text, p_start date, p_as_of date, p_project_id uuid default null, p_building_id uuid default null)
returns table (
  group_id text, group_name text, project_id uuid,
  receivable text, collected text, prior_arrears text, arrears_collected text,
  current_rate text, arrears_rate text, overall_rate text,
  households integer, households_paid integer, household_rate text, target text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  ps constant date := p_start;
  pe constant date := private.period_end(p_kind, p_start);
  am constant date := private.as_of_month(p_as_of);
  by_building constant boolean := p_level = 'building' or p_building_id is not null;
begin
  if p_level is null or p_level not in ('project', 'building', 'category', 'fee_item') then
    raise exception 'level must be project, building, category or fee_item, not %', coalesce(p_level, 'null') using errcode = '22023';
  end if;
  if p_level in ('building', 'fee_item') and p_project_id is null then
    raise exception 'rates by % need a project', p_level using errcode = '22023';
  end if;
  return query
  with recv as (
    select r.project_id, r.building_id, r.fee_item_id,
           coalesce(sum(r.receivable) filter (where r.bill_month >= ps), 0) as receivable,
           coalesce(sum(r.receivable) filter (where r.bill_month < ps), 0) as prior_receivable
      from private.receivable_rows(by_building, p_project_id, p_building_id) r
     where r.bill_month <= pe
     group by 1, 2, 3
  ),
  coll as (
    select c.project_id, c.building_id, c.fee_item_id,
           coalesce(sum(c.collected) filter (where c.bill_month >= ps and c.pay_month <= am), 0) as collected,
           coalesce(sum(c.collected) filter (where c.bill_month < ps and c.pay_month < ps), 0) as prior_paid,
           coalesce(sum(c.collected) filter (where c.bill_month < ps and c.pay_month >= ps and c.pay_month <= least(am, pe)), 0) as arrears_collected
      from private.collection_rows(by_building, p_project_id, p_building_id) c
     where c.bill_month <= pe
     group by 1, 2, 3
  ),
  facts as (
    select coalesce(r.project_id, c.project_id) as project_id, coalesce(r.building_id, c.building_id) as building_id,
           coalesce(r.fee_item_id, c.fee_item_id) as fee_item_id,
           coalesce(r.receivable, 0) as receivable, coalesce(c.collected, 0) as collected,
           coalesce(r.prior_receivable, 0) - coalesce(c.prior_paid, 0) as prior_arrears,
           coalesce(c.arrears_collected, 0) as arrears_collected
      from recv r full join coll c
        on c.project_id = r.project_id and c.fee_item_id = r.fee_item_id and c.building_id is not distinct from r.building_id
  ),
  keyed as (
    select case p_level when 'project' then f.project_id::text when 'building' then f.building_id::text
                        when 'category' then fi.category::text else f.fee_item_id::text end as group_id,
           case when p_level <> 'category' then f.project_id end as group_project,
           f.*, private.target_of(fi.category, fi.collection_target) as target
      from facts f
      join public.fee_items fi on fi.project_id = f.project_id and fi.id = f.fee_item_id
  ),
  grouped as (
    select k.group_id, k.group_project as project_id, sum(k.receivable) as receivable, sum(k.collected) as collected,
           sum(k.prior_arrears) as prior_arrears, sum(k.arrears_collected) as arrears_collected,
           case when sum(k.receivable) > 0 then round(sum(k.receivable * k.target) / sum(k.receivable), 2)
                else max(k.target) end as target
      from keyed k group by 1, 2
  ),
  homes as (
    select case p_level when 'project' then h.project_id::text else h.building_id::text end as group_id,
           sum(h.households)::integer as households,
           (coalesce(sum(h.settled) filter (where h.settled_from <= am and (h.settled_until is null or h.settled_until > am)), 0))::integer as households_paid
      from private.household_rows(by_building, p_project_id, p_building_id) h
     where p_level in ('project', 'building') and h.period_kind = p_kind and h.period_start = ps
     group by 1
  )
  select g.group_id,
         case p_level when 'project' then (select p.name from public.projects p where p.id = g.project_id)
                      when 'building' then (select b.name from public.buildings b where b.project_id = g.project_id and b.id::text = g.group_id)
                      when 'fee_item' then (select fi.name_zh from public.fee_items fi where fi.project_id = g.project_id and fi.id::text = g.group_id)
                      else g.group_id end,
         g.project_id,
         g.receivable::numeric(16,2)::text, g.collected::numeric(16,2)::text, g.prior_arrears::numeric(16,2)::text,
         g.arrears_collected::numeric(16,2)::text,
         private.rate(g.collected, g.receivable), private.rate(g.arrears_collected, g.prior_arrears),
         private.rate(g.collected + g.arrears_collected, g.receivable + g.prior_arrears),
         h.households, h.households_paid, private.rate(h.households_paid, h.households), g.target::text
    from grouped g left join homes h on h.group_id = g.group_id
   order by private.rate(g.collected, g.receivable)::numeric nulls last, g.group_id;
end $$;

create or replace function public.collection_trend(p_kind text, p_from date, p_to date, p_project_id uuid default null, p_building_id uuid default null)
returns table (period_start date, receivable text, collected_by_end text, collected_now text, rate_at_end text, rate_now text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  by_building constant boolean := p_building_id is not null;
begin
  perform private.period_end(p_kind, p_from), private.period_end(p_kind, p_to);
  if p_to < p_from or p_to > (p_from + interval '10 years') then
    raise exception 'a trend runs forward over at most ten years: % to %', p_from, p_to using errcode = '22023';
  end if;
  return query
  with periods as (
    select g::date as ps, (g + private.period_length(p_kind))::date as next_start
      from generate_series(p_from::timestamp, p_to::timestamp, private.period_length(p_kind)) g
  ),
  recv as (
    select private.period_start_of(p_kind, r.bill_month) as ps, sum(r.receivable) as receivable
      from private.receivable_rows(by_building, p_project_id, p_building_id) r
     where r.bill_month >= p_from and r.bill_month < (p_to + private.period_length(p_kind))
     group by 1
  ),
  coll as (
    select c.ps, sum(c.collected) filter (where c.pay_month < c.ps + private.period_length(p_kind)) as by_end, sum(c.collected) as now
      from (select private.period_start_of(p_kind, x.bill_month) as ps, x.pay_month, x.collected
              from private.collection_rows(by_building, p_project_id, p_building_id) x
             where x.bill_month >= p_from and x.bill_month < (p_to + private.period_length(p_kind))) c
     group by 1
  )
  select p.ps, coalesce(r.receivable, 0)::numeric(16,2)::text,
         coalesce(c.by_end, 0)::numeric(16,2)::text, coalesce(c.now, 0)::numeric(16,2)::text,
         private.rate(c.by_end, r.receivable), private.rate(c.now, r.receivable)
    from periods p left join recv r on r.ps = p.ps left join coll c on c.ps = p.ps
   order by p.ps;
end $$;

create or replace function public.arrears_aging(p_level text, p_as_of date, p_project_id uuid default null, p_building_id uuid default null)
returns table (group_id text, group_name text, project_id uuid, not_due text, d0_30 text, d31_90 text, d91_180 text, d181_365 text, over_365 text, overdue text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  am constant date := private.as_of_month(p_as_of);
  by_building constant boolean := p_level = 'building' or p_building_id is not null;
begin
  if p_level is null or p_level not in ('total', 'project', 'building', 'category', 'fee_item') then
    raise exception 'level must be total, project, building, category or fee_item, not %', coalesce(p_level, 'null') using errcode = '22023';
  end if;
  if p_level in ('building', 'fee_item') and p_project_id is null then
    raise exception 'aging by % needs a project', p_level using errcode = '22023';
  end if;
  return query
  with open_cells as (
    select k.project_id, k.building_id, k.fee_item_id, k.due_date, sum(k.amount) as open_amount
      from (select r.project_id, r.building_id, r.fee_item_id, r.due_date, r.receivable as amount
              from private.receivable_rows(by_building, p_project_id, p_building_id) r
             where r.bill_month <= am
            union all
            select c.project_id, c.building_id, c.fee_item_id, c.due_date, -c.collected
              from private.collection_rows(by_building, p_project_id, p_building_id) c
             where c.bill_month <= am and c.pay_month <= am) k
     group by 1, 2, 3, 4
  ),
  aged as (
    select case p_level when 'total' then 'total' when 'project' then o.project_id::text when 'building' then o.building_id::text
                        when 'category' then fi.category::text else o.fee_item_id::text end as group_id,
           case when p_level in ('project', 'building', 'fee_item') then o.project_id end as project_id,
           p_as_of - o.due_date as age, o.open_amount
      from open_cells o
      join public.fee_items fi on fi.project_id = o.project_id and fi.id = o.fee_item_id
     where o.open_amount <> 0
  ),
  buckets as (
    select a.group_id, a.project_id,
           coalesce(sum(a.open_amount) filter (where a.age < 0), 0) as not_due,
           coalesce(sum(a.open_amount) filter (where a.age between 0 and 30), 0) as d0_30,
           coalesce(sum(a.open_amount) filter (where a.age between 31 and 90), 0) as d31_90,
           coalesce(sum(a.open_amount) filter (where a.age between 91 and 180), 0) as d91_180,
           coalesce(sum(a.open_amount) filter (where a.age between 181 and 365), 0) as d181_365,
           coalesce(sum(a.open_amount) filter (where a.age > 365), 0) as over_365
      from aged a group by 1, 2
  )
  select b.group_id,
         case p_level when 'project' then (select p.name from public.projects p where p.id = b.project_id)
                      when 'building' then (select bl.name from public.buildings bl where bl.project_id = b.project_id and bl.id::text = b.group_id)
                      when 'fee_item' then (select fi.name_zh from public.fee_items fi where fi.project_id = b.project_id and fi.id::text = b.group_id)
                      else b.group_id end,
         b.project_id, b.not_due::numeric(16,2)::text, b.d0_30::numeric(16,2)::text, b.d31_90::numeric(16,2)::text,
         b.d91_180::numeric(16,2)::text, b.d181_365::numeric(16,2)::text, b.over_365::numeric(16,2)::text,
         (b.d0_30 + b.d31_90 + b.d91_180 + b.d181_365 + b.over_365)::numeric(16,2)::text
    from buckets b
   order by (b.d0_30 + b.d31_90 + b.d91_180 + b.d181_365 + b.over_365) desc, b.group_id;
end $$;

-- A building's units, as before.
create or replace function public.unit_collection(p_building_id uuid, p_kind text, p_start date, p_as_of date)
returns table (unit_id uuid, room_no text, owner_name text, receivable text, collected text, balance_now text, paid_in_full boolean)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  pe constant date := private.period_end(p_kind, p_start);
  am constant date := private.as_of_month(p_as_of);
  -- The building's project first (null when the caller may not see it): with it, units and bills are read by
  -- their (project_id, …) indexes instead of by RLS's list of every project an HQ analyst may see.
  proj constant uuid := (select b.project_id from public.buildings b where b.id = p_building_id);
begin
  return query
  with period_bills as (
    select b.id, b.project_id, b.unit_id, b.total_due
      from public.units u
      join public.bills b on b.project_id = u.project_id and b.unit_id = u.id and b.period_start between p_start and pe
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
     where u.project_id = proj and u.building_id = p_building_id and private.is_payable(b.status)
  ),
  paid as (
    select pb.unit_id, sum(a.amount) as collected
      from period_bills pb
      join public.payment_allocations a on a.project_id = pb.project_id and a.bill_id = pb.id
      join public.payments pay on pay.project_id = a.project_id and pay.id = a.payment_id
      join public.projects pr on pr.id = pay.project_id
     where date_trunc('month', pay.paid_at at time zone pr.timezone)::date <= am
     group by 1
  ),
  due as (select pb.unit_id, sum(pb.total_due) as receivable from period_bills pb group by 1)
  select u.id, u.room_no,
         (select o.name from public.unit_ownerships uo join public.owners o on o.project_id = uo.project_id and o.id = uo.owner_id
           where uo.project_id = u.project_id and uo.unit_id = u.id and uo.to_date is null),
         coalesce(d.receivable, 0)::numeric(16,2)::text, coalesce(p.collected, 0)::numeric(16,2)::text,
         coalesce((select sum(b.balance) from public.bills b
                    where b.project_id = u.project_id and b.unit_id = u.id and private.is_payable(b.status)), 0)::numeric(16,2)::text,
         coalesce(d.receivable, 0) > 0 and coalesce(p.collected, 0) >= d.receivable
    from public.units u
    left join due d on d.unit_id = u.id
    left join paid p on p.unit_id = u.id
   where u.project_id = proj and u.building_id = p_building_id
   order by (coalesce(d.receivable, 0) - coalesce(p.collected, 0)) desc, u.room_no;
end $$;

revoke all on function
  private.roll_up_cells(), private.fold_cells(text, text[], text[], text[]),
  private.receivable_rows(boolean, uuid, uuid), private.collection_rows(boolean, uuid, uuid), private.household_rows(boolean, uuid, uuid)
  from public, anon, authenticated;
-- the RPCs run as the caller: the row sources inline into their queries, under the caller's RLS
grant execute on function
  private.receivable_rows(boolean, uuid, uuid), private.collection_rows(boolean, uuid, uuid), private.household_rows(boolean, uuid, uuid)
  to authenticated;
