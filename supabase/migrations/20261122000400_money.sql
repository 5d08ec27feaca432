-- Money: billing runs, bills, adjustments, payments and their allocations, prepaid balances, receipts, daily closes.
-- Amounts are numeric(14,2); nothing here is ever a float.

create type public.run_status as enum ('queued', 'running', 'succeeded', 'failed');
create type public.bill_status as enum ('draft', 'submitted', 'returned', 'approved', 'issued', 'void');
create type public.adjustment_status as enum ('proposed', 'approved', 'rejected');
create type public.payment_method as enum
  ('cash', 'bank_card', 'wechat', 'alipay', 'bank_transfer', 'direct_debit', 'cheque', 'prepaid');
create type public.payment_kind as enum ('payment', 'reversal');
create type public.receipt_status as enum ('issued', 'void');
create type public.close_status as enum ('open', 'submitted', 'verified');

create table public.billing_runs (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  period_start date not null,
  period_end date not null,
  fee_item_id uuid,
  status public.run_status not null default 'queued',
  units_total integer not null default 0 check (units_total >= 0),
  units_done integer not null default 0 check (units_done >= 0),
  stats jsonb not null default '{}',
  error text,
  requested_by uuid,
  started_at timestamptz,
  finished_at timestamptz,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  -- a run is idempotent per project + period + fee item
  unique nulls not distinct (project_id, period_start, period_end, fee_item_id),
  foreign key (project_id, fee_item_id) references public.fee_items (project_id, id),
  check (period_end >= period_start)
);

create table public.bills (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  unit_id uuid not null,
  owner_id uuid,
  fee_item_id uuid not null,
  period_start date not null,
  period_end date not null,
  billing_run_id uuid,
  policy_id uuid references public.policies(id),
  policy_version integer,
  plugin_versions jsonb not null default '{}',
  principal numeric(14,2) not null default 0 check (principal >= 0),
  discount numeric(14,2) not null default 0 check (discount >= 0),
  surcharge numeric(14,2) not null default 0 check (surcharge >= 0),
  late_fee numeric(14,2) not null default 0 check (late_fee >= 0),
  -- 上期欠费: shown on the statement; the arrears themselves stay on the earlier bills
  arrears_carried numeric(14,2) not null default 0 check (arrears_carried >= 0),
  paid numeric(14,2) not null default 0 check (paid >= 0),
  total_due numeric(14,2) generated always as (principal - discount + surcharge + late_fee) stored,
  balance numeric(14,2) generated always as (principal - discount + surcharge + late_fee - paid) stored,
  due_date date,
  status public.bill_status not null default 'draft',
  dunning_stage text,
  explanation jsonb not null default '[]',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  -- one bill per unit × fee item × period
  unique (project_id, unit_id, fee_item_id, period_start),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, fee_item_id) references public.fee_items (project_id, id),
  foreign key (project_id, billing_run_id) references public.billing_runs (project_id, id),
  check (period_end >= period_start),
  check (discount <= principal + surcharge),
  check (paid <= principal - discount + surcharge + late_fee)
);
create index bills_period_idx on public.bills (project_id, period_start, fee_item_id);
create index bills_owner_idx on public.bills (project_id, owner_id);
create index bills_open_idx on public.bills (project_id, due_date) where balance > 0;

-- After review, a bill's money and due date change only through an approved adjustment (which the
-- adjustment RPC applies with feegrid.adjusting set); its identity never changes.
create function private.guard_bill_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (new.project_id, new.unit_id, new.fee_item_id, new.period_start, new.period_end)
     is distinct from (old.project_id, old.unit_id, old.fee_item_id, old.period_start, old.period_end) then
    raise exception 'bill %: unit, fee item and period cannot change', old.id;
  end if;
  if old.status not in ('draft', 'returned')
     and coalesce(current_setting('feegrid.adjusting', true), '') <> 'on'
     and (new.principal, new.discount, new.surcharge, new.late_fee, new.arrears_carried, new.due_date)
         is distinct from (old.principal, old.discount, old.surcharge, old.late_fee, old.arrears_carried, old.due_date) then
    raise exception 'bill % is %: amounts and due date change only through an adjustment', old.id, old.status;
  end if;
  return new;
end $$;

create trigger bills_guard before update on public.bills for each row execute function private.guard_bill_change();
create trigger bills_touch before update on public.bills for each row execute function private.touch_row();

create table public.bill_adjustments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  bill_id uuid not null,
  field text not null check (field in ('principal', 'discount', 'surcharge', 'late_fee', 'due_date')),
  old_value text,
  new_value text not null,
  reason text not null check (length(trim(reason)) > 0),
  status public.adjustment_status not null default 'proposed',
  requested_by uuid,
  decided_by uuid,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  foreign key (project_id, bill_id) references public.bills (project_id, id)
);
create index bill_adjustments_bill_idx on public.bill_adjustments (project_id, bill_id);
create trigger bill_adjustments_touch before update on public.bill_adjustments for each row execute function private.touch_row();
create trigger bill_adjustments_actor before insert on public.bill_adjustments for each row execute function private.stamp_actor('requested_by');

create table public.daily_closes (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  cashier_id uuid not null,
  business_date date not null,
  -- expected totals by payment method, amounts as decimal strings
  expected jsonb not null default '{}',
  counted_cash numeric(14,2) check (counted_cash >= 0),
  deposit_ref text,
  variance numeric(14,2),
  variance_reason text,
  status public.close_status not null default 'open',
  verified_by uuid,
  verified_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, cashier_id, business_date),
  check (variance is null or variance = 0 or length(trim(coalesce(variance_reason, ''))) > 0)
);
create trigger daily_closes_touch before update on public.daily_closes for each row execute function private.touch_row();

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  owner_id uuid,
  unit_id uuid,
  kind public.payment_kind not null default 'payment',
  amount numeric(14,2) not null,
  method public.payment_method not null,
  paid_at timestamptz not null default now(),
  recorded_by uuid,
  -- a double click or a retry carries the same key and never posts twice
  idempotency_key text not null check (length(idempotency_key) between 8 and 128),
  reverses_payment_id uuid,
  daily_close_id uuid,
  note text,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  unique (project_id, idempotency_key),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  foreign key (project_id, reverses_payment_id) references public.payments (project_id, id),
  foreign key (project_id, daily_close_id) references public.daily_closes (project_id, id),
  check ((kind = 'payment' and amount > 0 and reverses_payment_id is null)
      or (kind = 'reversal' and amount < 0 and reverses_payment_id is not null))
);
create index payments_owner_idx on public.payments (project_id, owner_id);
create index payments_close_idx on public.payments (project_id, recorded_by, paid_at);
create trigger payments_actor before insert on public.payments for each row execute function private.stamp_actor('recorded_by');

create table public.payment_allocations (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  payment_id uuid not null,
  bill_id uuid not null,
  amount numeric(14,2) not null check (amount <> 0),
  created_at timestamptz not null default now(),
  unique (project_id, id),
  foreign key (project_id, payment_id) references public.payments (project_id, id),
  foreign key (project_id, bill_id) references public.bills (project_id, id)
);
create index payment_allocations_payment_idx on public.payment_allocations (project_id, payment_id);
create index payment_allocations_bill_idx on public.payment_allocations (project_id, bill_id);

create table public.prepaid_balances (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  owner_id uuid not null,
  balance numeric(14,2) not null default 0 check (balance >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, owner_id),
  foreign key (project_id, owner_id) references public.owners (project_id, id)
);
create trigger prepaid_balances_touch before update on public.prepaid_balances for each row execute function private.touch_row();

-- Gapless receipt numbers: the counter row is locked by the inserting transaction, so a rolled-back
-- receipt gives its number back and two cashiers never get the same one.
create table private.receipt_counters (
  project_id uuid primary key references public.projects(id),
  last_no bigint not null check (last_no >= 0)
);

create table public.receipts (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  receipt_no bigint not null,
  payment_id uuid not null,
  amount numeric(14,2) not null,
  status public.receipt_status not null default 'issued',
  issued_by uuid,
  issued_at timestamptz not null default now(),
  void_reason text,
  voided_by uuid,
  voided_at timestamptz,
  reissue_of uuid,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  unique (project_id, receipt_no),
  foreign key (project_id, payment_id) references public.payments (project_id, id),
  foreign key (project_id, reissue_of) references public.receipts (project_id, id),
  check (status = 'issued' or length(trim(coalesce(void_reason, ''))) > 0)
);
create index receipts_payment_idx on public.receipts (project_id, payment_id);

create function private.assign_receipt_no() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into private.receipt_counters as c (project_id, last_no) values (new.project_id, 1)
  on conflict (project_id) do update set last_no = c.last_no + 1
  returning c.last_no into new.receipt_no;
  return new;
end $$;

create trigger receipts_number before insert on public.receipts for each row execute function private.assign_receipt_no();
create trigger receipts_actor before insert on public.receipts for each row execute function private.stamp_actor('issued_by');

-- Money records are never rewritten: payments, allocations and receipts are append-only, except that a
-- payment is attached to its daily close once, and a receipt is voided once (with a reason).
create function private.guard_append_only() returns trigger
language plpgsql set search_path = '' as $$
declare
  -- compared as jsonb: the same function guards tables with different columns
  o jsonb := to_jsonb(old);
  n jsonb := to_jsonb(new);
  void_fields constant text[] := array['status', 'void_reason', 'voided_by', 'voided_at'];
begin
  if tg_op = 'DELETE' then
    raise exception '% rows are never deleted (reverse or void them instead)', tg_table_name;
  end if;
  if tg_table_name = 'payments' and o ->> 'daily_close_id' is null and (n - 'daily_close_id') = (o - 'daily_close_id') then
    return new;
  end if;
  if tg_table_name = 'receipts' and o ->> 'status' = 'issued' and n ->> 'status' = 'void' and (n - void_fields) = (o - void_fields) then
    new.voided_at := now();
    new.voided_by := coalesce((select auth.uid()), new.voided_by);
    return new;
  end if;
  raise exception '% rows cannot be changed once recorded', tg_table_name;
end $$;

create trigger payments_append_only before update or delete on public.payments
  for each row execute function private.guard_append_only();
create trigger payment_allocations_append_only before update or delete on public.payment_allocations
  for each row execute function private.guard_append_only();
create trigger receipts_append_only before update or delete on public.receipts
  for each row execute function private.guard_append_only();
