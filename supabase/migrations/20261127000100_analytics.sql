-- HQ analytics: collection rates (收缴率), arrears aging, trends and debtors, kept current incrementally.
--
-- Definitions (as implemented; the console's 口径说明 and the README say the same):
--   receivable (应收)      reviewed bills (approved or issued; never drafts or void) of the main ledger, at their
--                          current amounts (an approved adjustment counts back to the bill's period);
--   a bill's period       the month its period starts in; a period P is a month, a quarter or a year;
--   collected as of D     allocations of payments (prepaid draws included) whose business month, in the project's
--                          time zone, is on or before D's month; D is a month end or today (in any project's
--                          time zone) or later, so that whole months of payments answer it;
--   当期收缴率             collected toward P's bills as of D ÷ P's receivable;
--   清欠率                 prior bills' collections in P (and by D) ÷ prior arrears at P's start (receivable of
--                          bills before P less what had been collected toward them before P);
--   综合收缴率             (both collections) ÷ (P's receivable + prior arrears at P's start);
--   户收费率               units whose bills of P are all paid as of D ÷ units with a receivable in P;
--   aging                 open balances as of D of bills of D's month or earlier, by days past their due date:
--                          not yet due, 0–30, 31–90, 91–180, 181–365, over 365.
--
-- Freshness: triggers on bills and payment_allocations write the summaries in the posting transaction, so every
-- figure includes every committed payment. The hot summaries (cells) are append-only: a trigger adds rows of
-- deltas and never updates a shared row, so cashiers posting at once neither wait on nor deadlock over them;
-- readers sum the rows, and compact_analytics() (scheduled every minute) folds each key's rows into one.

-- Targets per fee item; null means the default: 100 % for parking, 95 % for everything else.
alter table public.fee_items add column collection_target numeric(5,2) check (collection_target > 0 and collection_target <= 100);

-- The small per-row helpers here are plain SQL without a search_path setting, so the planner inlines them (a
-- SET clause would make each call a function call); they name nothing outside pg_catalog.
create function private.target_of(p_category public.fee_category, p_target numeric) returns numeric
language sql immutable as $$
  select coalesce(p_target, case when p_category = 'parking' then 100 else 95 end)
$$;

-- Receivable per project × building × fee item × bill month × due date.
create table public.receivable_cells (
  project_id uuid not null references public.projects(id),
  building_id uuid not null,
  fee_item_id uuid not null,
  bill_month date not null,
  due_date date not null,
  bills integer not null,
  receivable numeric(16,2) not null,
  fresh boolean not null default true
);
create index receivable_cells_key on public.receivable_cells (project_id, bill_month, fee_item_id, building_id, due_date);

-- Collections per the same key × the payment's business month.
create table public.collection_cells (
  project_id uuid not null references public.projects(id),
  building_id uuid not null,
  fee_item_id uuid not null,
  bill_month date not null,
  due_date date not null,
  pay_month date not null,
  collected numeric(16,2) not null,
  fresh boolean not null default true
);
create index collection_cells_key on public.collection_cells (project_id, bill_month, fee_item_id, building_id, due_date, pay_month);

-- Collections per collector (the staff member who posted the payment; prepaid draws are nobody's collection).
create table public.collector_cells (
  project_id uuid not null references public.projects(id),
  collector_id uuid,
  bill_month date not null,
  pay_month date not null,
  collected numeric(16,2) not null,
  fresh boolean not null default true
);
create index collector_cells_key on public.collector_cells (project_id, pay_month, bill_month, collector_id);

-- Households per building × period: each unit with a receivable counts once in `households`, and once in
-- `settled` for every stretch of payment months [settled_from, settled_until) at whose ends all its bills of the
-- period were paid (a reversed payment can end a stretch, a later payment start another), so 户收费率 is exact as
-- of any month end. Deltas of ±1 as units change.
create table public.household_cells (
  project_id uuid not null references public.projects(id),
  building_id uuid not null,
  period_kind text not null check (period_kind in ('month', 'quarter', 'year')),
  period_start date not null,
  settled_from date,
  settled_until date,
  households integer not null,
  settled integer not null,
  fresh boolean not null default true
);
create index household_cells_key on public.household_cells (project_id, period_kind, period_start, building_id, settled_from, settled_until);

create index receivable_cells_fresh on public.receivable_cells (project_id) where fresh;
create index collection_cells_fresh on public.collection_cells (project_id) where fresh;
create index collector_cells_fresh on public.collector_cells (project_id) where fresh;
create index household_cells_fresh on public.household_cells (project_id) where fresh;

-- Each unit's state per period (the source of the household deltas); one row per unit × period with a receivable.
create table public.unit_period_status (
  project_id uuid not null references public.projects(id),
  unit_id uuid not null,
  building_id uuid not null,
  period_kind text not null check (period_kind in ('month', 'quarter', 'year')),
  period_start date not null,
  receivable numeric(16,2) not null check (receivable > 0),
  paid numeric(16,2) not null,
  -- the payment months at whose end everything was paid
  settled datemultirange not null,
  primary key (project_id, unit_id, period_kind, period_start),
  foreign key (project_id, unit_id) references public.units (project_id, id)
);

-- What each owner owes now on reviewed bills (the biggest debtors), kept per owner.
create table public.debtor_balances (
  project_id uuid not null references public.projects(id),
  owner_id uuid not null,
  open_balance numeric(16,2) not null,
  open_bills integer not null,
  primary key (project_id, owner_id),
  foreign key (project_id, owner_id) references public.owners (project_id, id)
);
create index debtor_balances_top on public.debtor_balances (open_balance desc) where open_balance > 0;

-- ── keeping them current ───────────────────────────────────────────────────────────────────────────────────

-- Reviewed bills, inlined where the summaries filter on them (same rule as before).
create or replace function private.is_payable(p_status public.bill_status) returns boolean
language sql immutable as $$ select p_status in ('approved', 'issued') $$;

create function private.period_length(p_kind text) returns interval
language sql immutable as $$
  select case p_kind when 'month' then interval '1 month' when 'quarter' then interval '3 months' when 'year' then interval '1 year' end
$$;

create function private.period_start_of(p_kind text, p_month date) returns date
language sql immutable as $$
  select date_trunc(p_kind, p_month)::date
$$;

-- Recomputes the household state of the given units for every period kind touching the given bill months,
-- and writes the ±1 deltas of the buckets they left and entered.
create function private.refresh_unit_periods(p_project_ids uuid[], p_unit_ids uuid[], p_months date[]) returns void
language plpgsql security definer set search_path = '' as $fn$
begin
  -- Dynamic so that the plan sees how many units there are (one payment or a whole approval), and joins
  -- nothing but tables to the derived sets, so a wrong guess never turns into a quadratic loop.
  execute $q$
  with touched as (
    select distinct t.project_id, t.unit_id, u.building_id, k.kind, private.period_start_of(k.kind, t.month) as period_start
      from unnest($1::uuid[], $2::uuid[], $3::date[]) as t(project_id, unit_id, month)
      join public.units u on u.project_id = t.project_id and u.id = t.unit_id
     cross join (values ('month'), ('quarter'), ('year')) as k(kind)
  ),
  period_bills as (
    select t.project_id, t.unit_id, t.building_id, t.kind, t.period_start, x.id as bill_id, x.total_due
      from touched t
      join public.bills x on x.project_id = t.project_id and x.unit_id = t.unit_id
       and x.period_start >= t.period_start and x.period_start < t.period_start + private.period_length(t.kind)
      join public.fee_items f on f.project_id = x.project_id and f.id = x.fee_item_id and f.ledger = 'main'
     where private.is_payable(x.status)
  ),
  -- every touched unit-period once (nothing owed), its bills (owed) and its payments by month (paid)
  lines as (
    select project_id, unit_id, building_id, kind, period_start, null::date as pay_month, 0::numeric as due, 0::numeric as amount from touched
    union all
    select project_id, unit_id, building_id, kind, period_start, null, total_due, 0 from period_bills
    union all
    select pb.project_id, pb.unit_id, pb.building_id, pb.kind, pb.period_start,
           date_trunc('month', pay.paid_at at time zone pr.timezone)::date, 0, a.amount
      from period_bills pb
      join public.payment_allocations a on a.project_id = pb.project_id and a.bill_id = pb.bill_id
      join public.payments pay on pay.project_id = a.project_id and pay.id = a.payment_id
      join public.projects pr on pr.id = pb.project_id
  ),
  months as (
    select project_id, unit_id, building_id, kind, period_start, pay_month, sum(due) as due, sum(amount) as amount
      from lines group by 1, 2, 3, 4, 5, 6
  ),
  running as (
    select m.*, sum(m.due) over whole as receivable, sum(m.amount) over upto as cum, lead(m.pay_month) over upto as next_month
      from months m
    window whole as (partition by m.project_id, m.unit_id, m.kind, m.period_start),
           upto as (partition by m.project_id, m.unit_id, m.kind, m.period_start order by m.pay_month nulls first)
  ),
  state as (
    select project_id, unit_id, building_id, kind, period_start, max(receivable) as receivable,
           (array_agg(cum order by pay_month desc nulls last))[1] as paid,
           coalesce(range_agg(daterange(pay_month, next_month)) filter (where pay_month is not null and cum >= receivable), '{}') as settled
      from running group by 1, 2, 3, 4, 5
  ),
  old_state as (
    select s.* from touched t
      join public.unit_period_status s
        on (s.project_id, s.unit_id, s.period_kind, s.period_start) = (t.project_id, t.unit_id, t.kind, t.period_start)
  ),
  gone as (
    delete from public.unit_period_status s using state f
     where (s.project_id, s.unit_id, s.period_kind, s.period_start) = (f.project_id, f.unit_id, f.kind, f.period_start)
       and f.receivable <= 0
  ),
  kept as (
    insert into public.unit_period_status as s (project_id, unit_id, building_id, period_kind, period_start, receivable, paid, settled)
    select project_id, unit_id, building_id, kind, period_start, receivable, paid, settled from state where receivable > 0
    on conflict (project_id, unit_id, period_kind, period_start) do update
       set building_id = excluded.building_id, receivable = excluded.receivable, paid = excluded.paid, settled = excluded.settled
  ),
  deltas as (
    select f.project_id, f.building_id, f.kind, f.period_start, null::date as settled_from, null::date as settled_until, 1 as households, 0 as settled
      from state f where f.receivable > 0
    union all
    select f.project_id, f.building_id, f.kind, f.period_start, lower(r), upper(r), 0, 1 from state f, unnest(f.settled) r where f.receivable > 0
    union all
    select o.project_id, o.building_id, o.period_kind, o.period_start, null, null, -1, 0 from old_state o
    union all
    select o.project_id, o.building_id, o.period_kind, o.period_start, lower(r), upper(r), 0, -1 from old_state o, unnest(o.settled) r
  )
  insert into public.household_cells (project_id, building_id, period_kind, period_start, settled_from, settled_until, households, settled)
  select project_id, building_id, kind, period_start, settled_from, settled_until, sum(households)::integer, sum(settled)::integer
    from deltas
   group by 1, 2, 3, 4, 5, 6
  having sum(households) <> 0 or sum(settled) <> 0
  $q$ using p_project_ids, p_unit_ids, p_months;
end $fn$;

-- Bills: receivable deltas, debtor balances and the household state of the units they belong to. Only
-- reviewed bills of the main ledger count; a statement that touches none (a billing run writing drafts) ends at
-- the first query.
create function private.analytics_bills() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  source text;
begin
  source := case tg_op
    when 'INSERT' then 'select 1 as sign, n.* from new_rows n where private.is_payable(n.status)'
    when 'DELETE' then 'select -1 as sign, o.* from old_rows o where private.is_payable(o.status)'
    else 'select 1 as sign, n.* from new_rows n join old_rows o on o.id = n.id
           where private.is_payable(n.status)
             and (not private.is_payable(o.status) or (n.total_due, n.paid, n.due_date, n.owner_id) is distinct from (o.total_due, o.paid, o.due_date, o.owner_id))
          union all
          select -1, o.* from old_rows o join new_rows n on n.id = o.id
           where private.is_payable(o.status)
             and (not private.is_payable(n.status) or (n.total_due, n.paid, n.due_date, n.owner_id) is distinct from (o.total_due, o.paid, o.due_date, o.owner_id))'
  end;
  execute format($q$
    with changes as materialized (
      select s.sign, s.project_id, s.unit_id, s.owner_id, s.fee_item_id, u.building_id,
             date_trunc('month', s.period_start)::date as bill_month, coalesce(s.due_date, s.period_end) as due_date,
             s.total_due, s.balance
        from (%s) s
        join public.fee_items f on f.project_id = s.project_id and f.id = s.fee_item_id and f.ledger = 'main'
        join public.units u on u.project_id = s.project_id and u.id = s.unit_id
    ),
    receivables as (
      insert into public.receivable_cells (project_id, building_id, fee_item_id, bill_month, due_date, bills, receivable)
      select project_id, building_id, fee_item_id, bill_month, due_date, sum(sign)::integer, sum(sign * total_due)
        from changes group by 1, 2, 3, 4, 5
      having sum(sign) <> 0 or sum(sign * total_due) <> 0
    ),
    debts as (
      insert into public.debtor_balances as d (project_id, owner_id, open_balance, open_bills)
      select project_id, owner_id, sum(sign * balance), sum(sign * (balance > 0)::integer)::integer
        from changes where owner_id is not null group by 1, 2
      having sum(sign * balance) <> 0 or sum(sign * (balance > 0)::integer) <> 0
       order by 1, 2
      on conflict (project_id, owner_id) do update
         set open_balance = d.open_balance + excluded.open_balance, open_bills = d.open_bills + excluded.open_bills
    )
    select private.refresh_unit_periods(array_agg(project_id), array_agg(unit_id), array_agg(bill_month))
      from (select distinct project_id, unit_id, bill_month from changes) t
     having count(*) > 0
  $q$, source);
  return null;
end $$;

-- Named to run after bills_draw_prepaid: a payment locks an owner's bills before their debtor row, and so does this.
create trigger bills_zz_analytics_insert after insert on public.bills
  referencing new table as new_rows for each statement execute function private.analytics_bills();
create trigger bills_zz_analytics_update after update on public.bills
  referencing old table as old_rows new table as new_rows for each statement execute function private.analytics_bills();
create trigger bills_zz_analytics_delete after delete on public.bills
  referencing old table as old_rows for each statement execute function private.analytics_bills();

-- Allocations (append-only; a reversal is a negative allocation): collection deltas per cell and per collector.
create function private.analytics_allocations() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  with moved as (
    select a.project_id, u.building_id, b.fee_item_id, date_trunc('month', b.period_start)::date as bill_month,
           coalesce(b.due_date, b.period_end) as due_date,
           date_trunc('month', p.paid_at at time zone pr.timezone)::date as pay_month,
           case when p.method = 'prepaid' then null else p.recorded_by end as collector_id,
           p.method = 'prepaid' as drawn, a.amount
      from new_rows a
      join public.bills b on b.project_id = a.project_id and b.id = a.bill_id
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
      join public.units u on u.project_id = b.project_id and u.id = b.unit_id
      join public.payments p on p.project_id = a.project_id and p.id = a.payment_id
      join public.projects pr on pr.id = a.project_id
  ),
  cells as (
    insert into public.collection_cells (project_id, building_id, fee_item_id, bill_month, due_date, pay_month, collected)
    select project_id, building_id, fee_item_id, bill_month, due_date, pay_month, sum(amount)
      from moved group by 1, 2, 3, 4, 5, 6 having sum(amount) <> 0
  )
  insert into public.collector_cells (project_id, collector_id, bill_month, pay_month, collected)
  select project_id, collector_id, bill_month, pay_month, sum(amount)
    from moved where not drawn group by 1, 2, 3, 4 having sum(amount) <> 0;
  return null;
end $$;

create trigger payment_allocations_analytics after insert on public.payment_allocations
  referencing new table as new_rows for each statement execute function private.analytics_allocations();

-- Folds each key's delta rows into one row. Readers sum rows, so they are right before, during and after this;
-- a delta committed while it runs is not among the rows it deleted and stays as it is.
create function private.compact_analytics() returns integer
language plpgsql security definer set search_path = '' as $$
declare
  folded integer := 0;
  n integer;
begin
  with keys as (select distinct project_id, building_id, fee_item_id, bill_month, due_date from public.receivable_cells where fresh),
  gone as (
    delete from public.receivable_cells c using keys k
     where (c.project_id, c.building_id, c.fee_item_id, c.bill_month, c.due_date) = (k.project_id, k.building_id, k.fee_item_id, k.bill_month, k.due_date)
    returning c.*)
  insert into public.receivable_cells (project_id, building_id, fee_item_id, bill_month, due_date, bills, receivable, fresh)
  select project_id, building_id, fee_item_id, bill_month, due_date, sum(bills), sum(receivable), false
    from gone group by 1, 2, 3, 4, 5 having sum(bills) <> 0 or sum(receivable) <> 0;
  get diagnostics n = row_count; folded := folded + n;

  with keys as (select distinct project_id, building_id, fee_item_id, bill_month, due_date, pay_month from public.collection_cells where fresh),
  gone as (
    delete from public.collection_cells c using keys k
     where (c.project_id, c.building_id, c.fee_item_id, c.bill_month, c.due_date, c.pay_month)
         = (k.project_id, k.building_id, k.fee_item_id, k.bill_month, k.due_date, k.pay_month)
    returning c.*)
  insert into public.collection_cells (project_id, building_id, fee_item_id, bill_month, due_date, pay_month, collected, fresh)
  select project_id, building_id, fee_item_id, bill_month, due_date, pay_month, sum(collected), false
    from gone group by 1, 2, 3, 4, 5, 6 having sum(collected) <> 0;
  get diagnostics n = row_count; folded := folded + n;

  with keys as (select distinct project_id, collector_id, bill_month, pay_month from public.collector_cells where fresh),
  gone as (
    delete from public.collector_cells c using keys k
     where (c.project_id, c.bill_month, c.pay_month) = (k.project_id, k.bill_month, k.pay_month)
       and c.collector_id is not distinct from k.collector_id
    returning c.*)
  insert into public.collector_cells (project_id, collector_id, bill_month, pay_month, collected, fresh)
  select project_id, collector_id, bill_month, pay_month, sum(collected), false
    from gone group by 1, 2, 3, 4 having sum(collected) <> 0;
  get diagnostics n = row_count; folded := folded + n;

  with keys as (select distinct project_id, building_id, period_kind, period_start, settled_from, settled_until from public.household_cells where fresh),
  gone as (
    delete from public.household_cells c using keys k
     where (c.project_id, c.building_id, c.period_kind, c.period_start) = (k.project_id, k.building_id, k.period_kind, k.period_start)
       and c.settled_from is not distinct from k.settled_from and c.settled_until is not distinct from k.settled_until
    returning c.*)
  insert into public.household_cells (project_id, building_id, period_kind, period_start, settled_from, settled_until, households, settled, fresh)
  select project_id, building_id, period_kind, period_start, settled_from, settled_until, sum(households), sum(settled), false
    from gone group by 1, 2, 3, 4, 5, 6 having sum(households) <> 0 or sum(settled) <> 0;
  get diagnostics n = row_count; folded := folded + n;

  delete from public.debtor_balances where open_balance = 0 and open_bills = 0;
  return folded;
end $$;

-- A project's reviewed main-ledger bills with the keys the summaries use.
create function private.reviewed_bills(p_project_id uuid)
returns table (project_id uuid, unit_id uuid, owner_id uuid, fee_item_id uuid, building_id uuid, bill_month date, due_date date,
               total_due numeric, balance numeric)
language sql stable set search_path = '' as $$
  select b.project_id, b.unit_id, b.owner_id, b.fee_item_id, u.building_id, date_trunc('month', b.period_start)::date,
         coalesce(b.due_date, b.period_end), b.total_due, b.balance
    from public.bills b
    join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
    join public.units u on u.project_id = b.project_id and u.id = b.unit_id
   where b.project_id = p_project_id and private.is_payable(b.status)
$$;

-- Recomputes a project's summaries from the raw tables (after a bulk load, or to check the incremental path).
create function private.rebuild_analytics(p_project_id uuid) returns void
language plpgsql security definer set search_path = '' as $$
begin
  delete from public.receivable_cells where project_id = p_project_id;
  delete from public.collection_cells where project_id = p_project_id;
  delete from public.collector_cells where project_id = p_project_id;
  delete from public.household_cells where project_id = p_project_id;
  delete from public.unit_period_status where project_id = p_project_id;
  delete from public.debtor_balances where project_id = p_project_id;

  insert into public.receivable_cells (project_id, building_id, fee_item_id, bill_month, due_date, bills, receivable, fresh)
  select project_id, building_id, fee_item_id, bill_month, due_date, count(*), sum(total_due), false
    from private.reviewed_bills(p_project_id) group by 1, 2, 3, 4, 5;

  insert into public.debtor_balances (project_id, owner_id, open_balance, open_bills)
  select project_id, owner_id, sum(balance), count(*) filter (where balance > 0)
    from private.reviewed_bills(p_project_id) where owner_id is not null group by 1, 2
  having sum(balance) <> 0;

  with moved as (
    select a.project_id, u.building_id, b.fee_item_id, date_trunc('month', b.period_start)::date as bill_month,
           coalesce(b.due_date, b.period_end) as due_date,
           date_trunc('month', p.paid_at at time zone pr.timezone)::date as pay_month,
           case when p.method = 'prepaid' then null else p.recorded_by end as collector_id,
           p.method = 'prepaid' as drawn, a.amount
      from public.payment_allocations a
      join public.bills b on b.project_id = a.project_id and b.id = a.bill_id
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
      join public.units u on u.project_id = b.project_id and u.id = b.unit_id
      join public.payments p on p.project_id = a.project_id and p.id = a.payment_id
      join public.projects pr on pr.id = a.project_id
     where a.project_id = p_project_id
  ),
  cells as (
    insert into public.collection_cells (project_id, building_id, fee_item_id, bill_month, due_date, pay_month, collected, fresh)
    select project_id, building_id, fee_item_id, bill_month, due_date, pay_month, sum(amount), false
      from moved group by 1, 2, 3, 4, 5, 6 having sum(amount) <> 0
  )
  insert into public.collector_cells (project_id, collector_id, bill_month, pay_month, collected, fresh)
  select project_id, collector_id, bill_month, pay_month, sum(amount), false
    from moved where not drawn group by 1, 2, 3, 4 having sum(amount) <> 0;

  perform private.refresh_unit_periods(array_agg(project_id), array_agg(unit_id), array_agg(bill_month))
     from (select distinct project_id, unit_id, bill_month from private.reviewed_bills(p_project_id)) t;
  update public.household_cells set fresh = false where project_id = p_project_id and fresh;
end $$;

-- ── reading them ───────────────────────────────────────────────────────────────────────────────────────────

-- The last day of the period that starts on p_start (which must be where such a period starts).
create function private.period_end(p_kind text, p_start date) returns date
language plpgsql immutable set search_path = '' as $$
begin
  if p_kind is null or p_kind not in ('month', 'quarter', 'year') then
    raise exception 'period kind must be month, quarter or year, not %', coalesce(p_kind, 'null') using errcode = '22023';
  end if;
  if p_start is null or date_trunc(p_kind, p_start)::date <> p_start then
    raise exception 'a % starts on its first day: % is not one', p_kind, coalesce(p_start::text, 'null') using errcode = '22023';
  end if;
  return (p_start + private.period_length(p_kind))::date - 1;
end $$;

-- The last payment month an as-of date takes in: a month end, or today (or later: everything so far). Today is
-- the earliest of the projects' dates, so no office's own today is refused.
create function private.as_of_month(p_as_of date) returns date
language plpgsql stable security definer set search_path = '' as $$
begin
  if p_as_of is null
     or (p_as_of <> (date_trunc('month', p_as_of) + interval '1 month')::date - 1
         and p_as_of < (select coalesce(min((now() at time zone t.timezone)::date), (now() at time zone 'Asia/Shanghai')::date)
                          from (select distinct p.timezone from public.projects p) t)) then
    raise exception 'an as-of date is a month end or today, not %', coalesce(p_as_of::text, 'null') using errcode = '22023';
  end if;
  return date_trunc('month', p_as_of)::date;
end $$;

create function private.rate(p_part numeric, p_whole numeric) returns text
language sql immutable as $$
  select case when p_whole > 0 then round(100 * coalesce(p_part, 0) / p_whole, 2)::text end
$$;

-- Rates for period P as of D, one row per project, building, fee category or fee item (p_level) within the
-- caller's projects (RLS), optionally one project and one building. Amounts and rates are decimal strings.
create function public.collection_rates(
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
      from public.receivable_cells r
     where r.bill_month <= pe
       and (p_project_id is null or r.project_id = p_project_id) and (p_building_id is null or r.building_id = p_building_id)
     group by 1, 2, 3
  ),
  coll as (
    select c.project_id, c.building_id, c.fee_item_id,
           coalesce(sum(c.collected) filter (where c.bill_month >= ps and c.pay_month <= am), 0) as collected,
           coalesce(sum(c.collected) filter (where c.bill_month < ps and c.pay_month < ps), 0) as prior_paid,
           coalesce(sum(c.collected) filter (where c.bill_month < ps and c.pay_month >= ps and c.pay_month <= least(am, pe)), 0) as arrears_collected
      from public.collection_cells c
     where c.bill_month <= pe
       and (p_project_id is null or c.project_id = p_project_id) and (p_building_id is null or c.building_id = p_building_id)
     group by 1, 2, 3
  ),
  facts as (
    select coalesce(r.project_id, c.project_id) as project_id, coalesce(r.building_id, c.building_id) as building_id,
           coalesce(r.fee_item_id, c.fee_item_id) as fee_item_id,
           coalesce(r.receivable, 0) as receivable, coalesce(c.collected, 0) as collected,
           coalesce(r.prior_receivable, 0) - coalesce(c.prior_paid, 0) as prior_arrears,
           coalesce(c.arrears_collected, 0) as arrears_collected
      from recv r full join coll c using (project_id, building_id, fee_item_id)
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
      from public.household_cells h
     where p_level in ('project', 'building') and h.period_kind = p_kind and h.period_start = ps
       and (p_project_id is null or h.project_id = p_project_id) and (p_building_id is null or h.building_id = p_building_id)
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

-- One row per period of p_kind from p_from to p_to: receivable, collected by the period's end and by now.
create function public.collection_trend(p_kind text, p_from date, p_to date, p_project_id uuid default null, p_building_id uuid default null)
returns table (period_start date, receivable text, collected_by_end text, collected_now text, rate_at_end text, rate_now text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
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
      from public.receivable_cells r
     where r.bill_month >= p_from and r.bill_month < (p_to + private.period_length(p_kind))
       and (p_project_id is null or r.project_id = p_project_id) and (p_building_id is null or r.building_id = p_building_id)
     group by 1
  ),
  coll as (
    select private.period_start_of(p_kind, c.bill_month) as ps, c.pay_month, sum(c.collected) as collected
      from public.collection_cells c
     where c.bill_month >= p_from and c.bill_month < (p_to + private.period_length(p_kind))
       and (p_project_id is null or c.project_id = p_project_id) and (p_building_id is null or c.building_id = p_building_id)
     group by 1, 2
  )
  select p.ps, coalesce(r.receivable, 0)::numeric(16,2)::text,
         coalesce((select sum(c.collected) from coll c where c.ps = p.ps and c.pay_month < p.next_start), 0)::numeric(16,2)::text,
         coalesce((select sum(c.collected) from coll c where c.ps = p.ps), 0)::numeric(16,2)::text,
         private.rate((select sum(c.collected) from coll c where c.ps = p.ps and c.pay_month < p.next_start), r.receivable),
         private.rate((select sum(c.collected) from coll c where c.ps = p.ps), r.receivable)
    from periods p left join recv r on r.ps = p.ps
   order by p.ps;
end $$;

-- Open balances as of D by days past due, per project, building, fee category or fee item (or one total row).
create function public.arrears_aging(p_level text, p_as_of date, p_project_id uuid default null, p_building_id uuid default null)
returns table (group_id text, group_name text, project_id uuid, not_due text, d0_30 text, d31_90 text, d91_180 text, d181_365 text, over_365 text, overdue text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  am constant date := private.as_of_month(p_as_of);
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
      from (select r.project_id, r.building_id, r.fee_item_id, r.bill_month, r.due_date, r.receivable as amount
              from public.receivable_cells r
             where r.bill_month <= am
               and (p_project_id is null or r.project_id = p_project_id) and (p_building_id is null or r.building_id = p_building_id)
            union all
            select c.project_id, c.building_id, c.fee_item_id, c.bill_month, c.due_date, -c.collected
              from public.collection_cells c
             where c.bill_month <= am and c.pay_month <= am
               and (p_project_id is null or c.project_id = p_project_id) and (p_building_id is null or c.building_id = p_building_id)) k
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

-- The owners who owe the most now, with their rooms, project and oldest due date.
create function public.top_debtors(p_limit integer default 20, p_project_id uuid default null)
returns table (project_id uuid, project_name text, owner_id uuid, owner_name text, owner_phone text, rooms text,
               open_balance text, open_bills integer, oldest_due date)
language sql stable security invoker set search_path = '' as $$
  select d.project_id, p.name, d.owner_id, o.name, o.phone,
         (select string_agg(distinct u.room_no, '、' order by u.room_no)
            from public.bills b join public.units u on u.project_id = b.project_id and u.id = b.unit_id
           where b.project_id = d.project_id and b.owner_id = d.owner_id and b.balance > 0 and private.is_payable(b.status)),
         d.open_balance::text, d.open_bills,
         (select min(b.due_date) from public.bills b
           where b.project_id = d.project_id and b.owner_id = d.owner_id and b.balance > 0 and private.is_payable(b.status))
    from (select * from public.debtor_balances x
           where x.open_balance > 0 and (p_project_id is null or x.project_id = p_project_id)
           order by x.open_balance desc limit least(greatest(coalesce(p_limit, 20), 1), 200)) d
    join public.projects p on p.id = d.project_id
    join public.owners o on o.project_id = d.project_id and o.id = d.owner_id
   order by d.open_balance desc, d.owner_id
$$;

-- A building's units for period P as of D (computed from the bills: a building is small).
create function public.unit_collection(p_building_id uuid, p_kind text, p_start date, p_as_of date)
returns table (unit_id uuid, room_no text, owner_name text, receivable text, collected text, balance_now text, paid_in_full boolean)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  pe constant date := private.period_end(p_kind, p_start);
  am constant date := private.as_of_month(p_as_of);
begin
  return query
  with period_bills as (
    select b.id, b.project_id, b.unit_id, b.total_due
      from public.units u
      join public.bills b on b.project_id = u.project_id and b.unit_id = u.id and b.period_start between p_start and pe
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id and f.ledger = 'main'
     where u.building_id = p_building_id and private.is_payable(b.status)
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
   where u.building_id = p_building_id
   order by (coalesce(d.receivable, 0) - coalesce(p.collected, 0)) desc, u.room_no;
end $$;

-- What each collector took in during P (up to D): toward P's bills, toward earlier arrears, toward later bills.
create function public.collector_totals(p_project_id uuid, p_kind text, p_start date, p_as_of date)
returns table (collector_id uuid, collector_name text, current_collected text, arrears_collected text, ahead_collected text, total text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
declare
  pe constant date := private.period_end(p_kind, p_start);
  am constant date := private.as_of_month(p_as_of);
begin
  return query
  with t as (
    select c.collector_id,
           coalesce(sum(c.collected) filter (where c.bill_month between p_start and pe), 0) as cur,
           coalesce(sum(c.collected) filter (where c.bill_month < p_start), 0) as arrears,
           coalesce(sum(c.collected) filter (where c.bill_month > pe), 0) as ahead
      from public.collector_cells c
     where c.project_id = p_project_id and c.pay_month between p_start and least(am, pe)
     group by 1
  )
  select t.collector_id, (select s.full_name from public.staff s where s.user_id = t.collector_id),
         t.cur::numeric(16,2)::text, t.arrears::numeric(16,2)::text, t.ahead::numeric(16,2)::text,
         (t.cur + t.arrears + t.ahead)::numeric(16,2)::text
    from t
   where t.cur + t.arrears + t.ahead <> 0
   order by t.cur + t.arrears + t.ahead desc, t.collector_id;
end $$;

-- The office's day: payments taken on p_day (the project's date), by method.
create function public.collections_on_day(p_project_id uuid, p_day date)
returns table (method public.payment_method, payments integer, amount text)
language sql stable security invoker set search_path = '' as $$
  select p.method, count(*) filter (where p.kind = 'payment')::integer, sum(p.amount)::text
    from public.payments p join public.projects pr on pr.id = p.project_id
   where p.project_id = p_project_id
     and p.paid_at >= (p_day::timestamp at time zone pr.timezone) and p.paid_at < ((p_day + 1)::timestamp at time zone pr.timezone)
     and p.method <> 'prepaid'
   group by 1 order by 1
$$;

-- The dunning pipeline: open reviewed bills by the stage they reached.
create function public.dunning_pipeline(p_project_id uuid)
returns table (stage text, owners integer, bills integer, amount text)
language sql stable security invoker set search_path = '' as $$
  select coalesce(b.dunning_stage, 'none'), count(distinct b.owner_id)::integer, count(*)::integer, sum(b.balance)::text
    from public.bills b
   where b.project_id = p_project_id and b.balance > 0 and private.is_payable(b.status)
   group by 1 order by 1
$$;

-- ── who may do what ────────────────────────────────────────────────────────────────────────────────────────

do $$
declare
  t text;
begin
  foreach t in array array['receivable_cells', 'collection_cells', 'collector_cells', 'household_cells', 'unit_period_status', 'debtor_balances'] loop
    execute format('alter table public.%I enable row level security', t);
    execute format('revoke all on public.%I from anon, authenticated', t);
    execute format('grant select on public.%I to authenticated', t);
    execute format('create policy read on public.%I for select to authenticated using (project_id = any ((select private.my_project_ids())::uuid[]))', t);
  end loop;
end $$;

revoke all on function
  private.target_of(public.fee_category, numeric), private.period_start_of(text, date), private.period_length(text),
  private.refresh_unit_periods(uuid[], uuid[], date[]), private.analytics_bills(), private.analytics_allocations(),
  private.compact_analytics(), private.rebuild_analytics(uuid), private.reviewed_bills(uuid), private.period_end(text, date), private.as_of_month(date),
  private.rate(numeric, numeric)
  from public, anon, authenticated;
grant execute on function
  private.target_of(public.fee_category, numeric), private.period_start_of(text, date), private.period_length(text),
  private.period_end(text, date), private.as_of_month(date), private.rate(numeric, numeric)
  to authenticated;
-- the analytics RPCs run as the caller and use it to tell reviewed bills
grant execute on function private.is_payable(public.bill_status) to authenticated;

revoke all on function
  public.collection_rates(text, text, date, date, uuid, uuid), public.collection_trend(text, date, date, uuid, uuid),
  public.arrears_aging(text, date, uuid, uuid), public.top_debtors(integer, uuid), public.unit_collection(uuid, text, date, date),
  public.collector_totals(uuid, text, date, date), public.collections_on_day(uuid, date), public.dunning_pipeline(uuid)
  from public, anon;
grant execute on function
  public.collection_rates(text, text, date, date, uuid, uuid), public.collection_trend(text, date, date, uuid, uuid),
  public.arrears_aging(text, date, uuid, uuid), public.top_debtors(integer, uuid), public.unit_collection(uuid, text, date, date),
  public.collector_totals(uuid, text, date, date), public.collections_on_day(uuid, date), public.dunning_pipeline(uuid)
  to authenticated;

-- The schedule (and service-side jobs) fold the delta rows.
create function public.compact_analytics() returns integer
language sql security invoker set search_path = '' as $$ select private.compact_analytics() $$;
revoke all on function public.compact_analytics() from public, anon, authenticated;
grant execute on function public.compact_analytics() to service_role;
grant usage on schema private to service_role;
grant execute on function private.compact_analytics() to service_role;
