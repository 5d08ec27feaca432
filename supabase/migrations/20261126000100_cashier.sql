-- The cashier desk. Posting a payment is one RPC in one transaction: the payer's payable bills are locked
-- (in id order, so two desks never deadlock) and allocated from their fresh balances, the overpayment goes to
-- the owner's prepaid balance, and a receipt takes the project's next gapless number. An idempotency key makes
-- a double click or a retry return the first posting instead of a second one. Finance voids a receipt (with a
-- reason), optionally reversing the payment, which restores the bills; a voided receipt of a payment that
-- stands is reissued under a new number. Bills becoming payable draw on the owner's prepaid balance. Each
-- cashier closes their day (日结): expected by method vs counted cash, deposit reference, variance with reason;
-- finance verifies it, and a verified day's payments can no longer be reversed, nor can the cashier post into it.
-- Users write none of these tables directly any more.

-- Which methods an office takes (收款方式); 'prepaid' is the system's own (drawing on a prepaid balance).
alter table public.projects add column payment_methods public.payment_method[] not null
  default '{cash,bank_card,wechat,alipay,bank_transfer,direct_debit,cheque}'
  check (cardinality(payment_methods) > 0 and not ('prepaid' = any (payment_methods)));

revoke insert on public.payments, public.payment_allocations, public.receipts, public.daily_closes from authenticated;
revoke update on public.receipts, public.daily_closes from authenticated;

-- Bills a cashier may take money for: reviewed, not void, something left to pay.
create function private.is_payable(p_status public.bill_status) returns boolean
language sql immutable set search_path = '' as $$ select p_status in ('approved', 'issued') $$;

create function private.business_date(p_project_id uuid, p_at timestamptz) returns date
language sql stable set search_path = '' as $$
  select (p_at at time zone p.timezone)::date from public.projects p where p.id = p_project_id
$$;

-- The cashier's own day must still be open (not verified) to take money into it.
create function private.assert_day_open(p_project_id uuid, p_cashier uuid, p_day date) returns void
language plpgsql stable set search_path = '' as $$
begin
  if exists (select 1 from public.daily_closes d where d.project_id = p_project_id and d.cashier_id = p_cashier
               and d.business_date = p_day and d.status = 'verified') then
    raise exception 'the daily close of % is verified: no more payments can be posted into that day', p_day using errcode = '55000';
  end if;
end $$;

-- Allocates `p_amount` to the given bills (already locked, in allocation order), oldest first; returns what is left.
create function private.allocate(p_project_id uuid, p_payment_id uuid, p_bill_ids uuid[], p_amount numeric) returns numeric
language plpgsql set search_path = '' as $$
declare
  left_over numeric(14,2) := p_amount;
  b record;
  part numeric(14,2);
begin
  for b in select x.id, x.balance from unnest(p_bill_ids) with ordinality as o(id, n)
             join public.bills x on x.id = o.id order by o.n loop
    exit when left_over <= 0;
    part := least(left_over, b.balance);
    continue when part <= 0;
    insert into public.payment_allocations (project_id, payment_id, bill_id, amount) values (p_project_id, p_payment_id, b.id, part);
    update public.bills set paid = paid + part where id = b.id;
    left_over := left_over - part;
  end loop;
  return left_over;
end $$;

-- The payable bills of a payer, locked, in the order money goes to them: oldest due date first.
create function private.lock_payable(p_project_id uuid, p_owner_id uuid, p_unit_id uuid, p_bill_ids uuid[]) returns uuid[]
language plpgsql set search_path = '' as $$
declare
  ids uuid[];
  missing uuid;
begin
  perform 1 from public.bills b
   where b.project_id = p_project_id
     and (p_bill_ids is not null and b.id = any (p_bill_ids)
          or p_bill_ids is null and (p_owner_id is null or b.owner_id = p_owner_id) and (p_unit_id is null or b.unit_id = p_unit_id))
   order by b.id for update;
  if p_bill_ids is not null then
    select x into missing from unnest(p_bill_ids) x
     where not exists (select 1 from public.bills b where b.id = x and b.project_id = p_project_id and private.is_payable(b.status) and b.balance > 0
                         and (p_owner_id is null or b.owner_id = p_owner_id) and (p_unit_id is null or b.unit_id = p_unit_id))
     limit 1;
    if found then
      raise exception 'bill % cannot take this payment: not this payer''s, not reviewed, or already paid', missing using errcode = '22023';
    end if;
  end if;
  select coalesce(array_agg(b.id order by b.due_date nulls last, b.period_start, b.id), '{}') into ids
    from public.bills b
   where b.project_id = p_project_id and private.is_payable(b.status) and b.balance > 0
     and (p_bill_ids is not null and b.id = any (p_bill_ids)
          or p_bill_ids is null and (p_owner_id is null or b.owner_id = p_owner_id) and (p_unit_id is null or b.unit_id = p_unit_id));
  return ids;
end $$;

create function private.payment_outcome(p_payment_id uuid, p_replayed boolean) returns jsonb
language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'paymentId', p.id, 'amount', p.amount::text, 'method', p.method, 'paidAt', p.paid_at, 'replayed', p_replayed,
    'receiptId', r.id, 'receiptNo', r.receipt_no,
    'allocations', coalesce((select jsonb_agg(jsonb_build_object('billId', a.bill_id, 'amount', a.amount::text) order by a.created_at, a.id)
                               from public.payment_allocations a where a.payment_id = p.id), '[]'),
    'toPrepaid', (p.amount - coalesce((select sum(a.amount) from public.payment_allocations a where a.payment_id = p.id), 0))::text)
  from public.payments p
  left join lateral (select r.id, r.receipt_no from public.receipts r where r.payment_id = p.id and r.status = 'issued'
                      order by r.receipt_no desc limit 1) r on true
  where p.id = p_payment_id
$$;

create function private.post_payment(
  p_project_id uuid, p_owner_id uuid, p_unit_id uuid, p_amount numeric, p_method public.payment_method,
  p_idempotency_key text, p_bill_ids uuid[], p_note text
) returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  existing public.payments;
  payment_id uuid;
  bill_ids uuid[];
  left_over numeric(14,2);
  me constant uuid := (select auth.uid());
begin
  if p_project_id is null or not (p_project_id = any (private.my_project_ids('{cashier,finance,manager,hq_admin}'))) then
    raise exception 'you may not take payments in this project' using errcode = '42501';
  end if;
  if p_amount is null or p_amount <= 0 or p_amount <> round(p_amount, 2) then
    raise exception 'the amount must be more than 0 with at most two decimals' using errcode = '22023';
  end if;
  if p_owner_id is null and p_unit_id is null then
    raise exception 'say who pays: an owner or a unit' using errcode = '22023';
  end if;
  if not exists (select 1 from public.projects p where p.id = p_project_id and p_method = any (p.payment_methods)) then
    raise exception 'the project does not take payments by %', p_method using errcode = '22023';
  end if;
  if length(coalesce(p_idempotency_key, '')) not between 8 and 128 then
    raise exception 'an idempotency key of 8 to 128 characters is required' using errcode = '22023';
  end if;

  -- The same key twice (a double click, a retry after a lost answer): the first posting is the answer.
  perform pg_advisory_xact_lock(hashtextextended(p_project_id::text || ':' || p_idempotency_key, 0));
  select * into existing from public.payments p where p.project_id = p_project_id and p.idempotency_key = p_idempotency_key;
  if found then
    if (existing.amount, existing.method, existing.owner_id, existing.unit_id) is distinct from (p_amount, p_method, p_owner_id, p_unit_id) then
      raise exception 'this idempotency key was already used for a different payment' using errcode = '22023';
    end if;
    return private.payment_outcome(existing.id, true);
  end if;
  perform private.assert_day_open(p_project_id, me, private.business_date(p_project_id, now()));

  bill_ids := private.lock_payable(p_project_id, p_owner_id, p_unit_id, p_bill_ids);
  perform set_config('feegrid.reason', 'payment', true);
  insert into public.payments (project_id, owner_id, unit_id, amount, method, idempotency_key, note)
  values (p_project_id, p_owner_id, p_unit_id, p_amount, p_method, p_idempotency_key, nullif(trim(p_note), ''))
  returning id into payment_id;
  left_over := private.allocate(p_project_id, payment_id, bill_ids, p_amount);
  if left_over > 0 then
    if p_owner_id is null then
      raise exception 'the payment is % more than the unit owes; an overpayment needs an owner to hold it as prepaid', left_over using errcode = '22023';
    end if;
    insert into public.prepaid_balances as pb (project_id, owner_id, balance) values (p_project_id, p_owner_id, left_over)
    on conflict (project_id, owner_id) do update set balance = pb.balance + excluded.balance;
  end if;
  insert into public.receipts (project_id, payment_id, amount) values (p_project_id, payment_id, p_amount);
  return private.payment_outcome(payment_id, false);
end $$;

-- Bills that became payable draw on their owner's prepaid balance (a payment by method 'prepaid', no receipt:
-- the receipt was given when the money came in).
create function private.draw_prepaid(p_project_id uuid, p_owner_id uuid) returns void
language plpgsql security definer set search_path = '' as $$
declare
  available numeric(14,2);
  bill_ids uuid[];
  payment_id uuid;
  drawn numeric(14,2);
begin
  select pb.balance into available from public.prepaid_balances pb
   where pb.project_id = p_project_id and pb.owner_id = p_owner_id for update;
  if coalesce(available, 0) <= 0 then return; end if;
  bill_ids := private.lock_payable(p_project_id, p_owner_id, null, null);
  drawn := least(available, coalesce((select sum(b.balance) from public.bills b where b.id = any (bill_ids)), 0));
  if drawn <= 0 then return; end if;
  insert into public.payments (project_id, owner_id, amount, method, idempotency_key, note)
  values (p_project_id, p_owner_id, drawn, 'prepaid', 'prepaid:' || gen_random_uuid(), 'drawn from the prepaid balance')
  returning id into payment_id;
  perform private.allocate(p_project_id, payment_id, bill_ids, drawn);
  update public.prepaid_balances set balance = balance - drawn where project_id = p_project_id and owner_id = p_owner_id;
end $$;

create function private.bills_became_payable() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  o record;
begin
  for o in select distinct n.project_id, n.owner_id
             from new_rows n join old_rows p on p.id = n.id
            where n.owner_id is not null and private.is_payable(n.status) and not private.is_payable(p.status)
              and exists (select 1 from public.prepaid_balances pb where pb.project_id = n.project_id and pb.owner_id = n.owner_id and pb.balance > 0)
            order by 1, 2 loop
    perform private.draw_prepaid(o.project_id, o.owner_id);
  end loop;
  return null;
end $$;
create trigger bills_draw_prepaid after update on public.bills
  referencing old table as old_rows new table as new_rows
  for each statement execute function private.bills_became_payable();

-- Finance voids a receipt with a reason. With p_reverse the payment is undone: a reversal payment with
-- negative allocations restores every bill it paid, and the part that went to prepaid is taken back.
create function private.void_receipt(p_receipt_id uuid, p_reason text, p_reverse boolean) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  r public.receipts;
  p public.payments;
  reversal_id uuid;
  to_prepaid numeric(14,2);
begin
  if length(trim(coalesce(p_reason, ''))) = 0 then
    raise exception 'a reason is required to void a receipt' using errcode = '22023';
  end if;
  select * into r from public.receipts x where x.id = p_receipt_id for update;
  if not found or not (r.project_id = any (private.my_project_ids('{finance,hq_admin}'))) then
    raise exception 'receipt % does not exist or you may not void it', p_receipt_id using errcode = '42501';
  end if;
  if r.status <> 'issued' then
    raise exception 'receipt % is already void', r.receipt_no using errcode = '22023';
  end if;
  perform set_config('feegrid.reason', p_reason, true);
  update public.receipts set status = 'void', void_reason = p_reason where id = r.id;
  if p_reverse then
    select * into p from public.payments x where x.id = r.payment_id for update;
    if exists (select 1 from public.payments x where x.reverses_payment_id = p.id) then
      raise exception 'the payment of receipt % was already reversed', r.receipt_no using errcode = '22023';
    end if;
    if exists (select 1 from public.daily_closes d where d.id = p.daily_close_id and d.status = 'verified') then
      raise exception 'receipt %: its payment belongs to a verified daily close and cannot be reversed', r.receipt_no using errcode = '55000';
    end if;
    perform 1 from public.bills b where b.id in (select a.bill_id from public.payment_allocations a where a.payment_id = p.id) order by b.id for update;
    insert into public.payments (project_id, owner_id, unit_id, kind, amount, method, idempotency_key, reverses_payment_id, note)
    values (p.project_id, p.owner_id, p.unit_id, 'reversal', -p.amount, p.method, 'reversal:' || p.id, p.id, p_reason)
    returning id into reversal_id;
    insert into public.payment_allocations (project_id, payment_id, bill_id, amount)
    select a.project_id, reversal_id, a.bill_id, -a.amount from public.payment_allocations a where a.payment_id = p.id;
    update public.bills b set paid = b.paid - a.amount
      from public.payment_allocations a where a.payment_id = p.id and b.id = a.bill_id;
    to_prepaid := p.amount - coalesce((select sum(a.amount) from public.payment_allocations a where a.payment_id = p.id), 0);
    if to_prepaid > 0 then
      update public.prepaid_balances set balance = balance - to_prepaid
       where project_id = p.project_id and owner_id = p.owner_id and balance >= to_prepaid;
      if not found then
        raise exception 'receipt %: % of it went to the prepaid balance and was already used; reverse those bills first', r.receipt_no, to_prepaid
          using errcode = '22023';
      end if;
    end if;
  end if;
  return jsonb_build_object('receiptId', r.id, 'receiptNo', r.receipt_no, 'reversalId', reversal_id);
end $$;

-- A new receipt, under the next number, for the payment of a voided receipt (the payment itself stands).
create function private.reissue_receipt(p_receipt_id uuid) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  r public.receipts;
  new_id uuid;
  new_no bigint;
begin
  select * into r from public.receipts x where x.id = p_receipt_id for update;
  if not found or not (r.project_id = any (private.my_project_ids('{cashier,finance,hq_admin}'))) then
    raise exception 'receipt % does not exist or you may not reissue it', p_receipt_id using errcode = '42501';
  end if;
  if r.status <> 'void' then
    raise exception 'receipt % is not void: it stands as it is', r.receipt_no using errcode = '22023';
  end if;
  if exists (select 1 from public.payments x where x.reverses_payment_id = r.payment_id) then
    raise exception 'the payment of receipt % was reversed: there is nothing to give a receipt for', r.receipt_no using errcode = '22023';
  end if;
  if exists (select 1 from public.receipts x where x.reissue_of = r.id) then
    raise exception 'receipt % was already reissued', r.receipt_no using errcode = '22023';
  end if;
  insert into public.receipts (project_id, payment_id, amount, reissue_of) values (r.project_id, r.payment_id, r.amount, r.id)
  returning id, receipt_no into new_id, new_no;
  return jsonb_build_object('receiptId', new_id, 'receiptNo', new_no);
end $$;

-- What a cashier's day should hold, by method: payments they recorded that business day, reversals of their
-- payments on the day the reversal was made. Prepaid draws are no money in hand.
create function private.day_expected(p_project_id uuid, p_cashier uuid, p_day date) returns jsonb
language sql stable set search_path = '' as $$
  select coalesce(jsonb_object_agg(method, total), '{}') from (
    select p.method::text as method, sum(p.amount)::text as total
      from public.payments p
      left join public.payments orig on orig.id = p.reverses_payment_id
     where p.project_id = p_project_id and p.method <> 'prepaid'
       and coalesce(orig.recorded_by, p.recorded_by) = p_cashier
       and private.business_date(p_project_id, p.paid_at) = p_day
     group by p.method) m
$$;

create function private.daily_close_preview(p_project_id uuid, p_day date) returns jsonb
language plpgsql stable security definer set search_path = '' as $$
begin
  if not (p_project_id = any (private.my_project_ids('{cashier,finance,manager,hq_admin}'))) then
    raise exception 'you have no desk in this project' using errcode = '42501';
  end if;
  return jsonb_build_object('businessDate', p_day, 'expected', private.day_expected(p_project_id, (select auth.uid()), p_day),
    'close', (select to_jsonb(d) from public.daily_closes d where d.project_id = p_project_id and d.cashier_id = (select auth.uid()) and d.business_date = p_day));
end $$;

-- The cashier submits their day (again, until finance verifies it): counted cash against expected cash.
create function private.submit_daily_close(p_project_id uuid, p_day date, p_counted_cash numeric, p_deposit_ref text, p_variance_reason text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  me constant uuid := (select auth.uid());
  expected jsonb;
  close_id uuid;
  difference numeric(14,2);
begin
  if not (p_project_id = any (private.my_project_ids('{cashier,finance,manager,hq_admin}'))) then
    raise exception 'you have no desk in this project' using errcode = '42501';
  end if;
  if p_counted_cash is null or p_counted_cash < 0 or p_counted_cash <> round(p_counted_cash, 2) then
    raise exception 'counted cash must be an amount of at least 0 with at most two decimals' using errcode = '22023';
  end if;
  perform private.assert_day_open(p_project_id, me, p_day);
  expected := private.day_expected(p_project_id, me, p_day);
  difference := p_counted_cash - coalesce((expected->>'cash')::numeric, 0);
  if difference <> 0 and length(trim(coalesce(p_variance_reason, ''))) = 0 then
    raise exception 'counted cash differs from expected cash by %: say why', difference using errcode = '22023';
  end if;
  insert into public.daily_closes as d (project_id, cashier_id, business_date, expected, counted_cash, deposit_ref, variance, variance_reason, status)
  values (p_project_id, me, p_day, expected, p_counted_cash, nullif(trim(p_deposit_ref), ''), difference, nullif(trim(p_variance_reason), ''), 'submitted')
  on conflict (project_id, cashier_id, business_date) do update
    set expected = excluded.expected, counted_cash = excluded.counted_cash, deposit_ref = excluded.deposit_ref,
        variance = excluded.variance, variance_reason = excluded.variance_reason, status = 'submitted'
  returning d.id into close_id;
  update public.payments p set daily_close_id = close_id
   where p.project_id = p_project_id and p.daily_close_id is null and p.method <> 'prepaid'
     and coalesce((select o.recorded_by from public.payments o where o.id = p.reverses_payment_id), p.recorded_by) = me
     and private.business_date(p_project_id, p.paid_at) = p_day;
  return private.daily_close_preview(p_project_id, p_day);
end $$;

create function private.verify_daily_close(p_close_id uuid) returns void
language plpgsql security definer set search_path = '' as $$
declare
  d public.daily_closes;
begin
  select * into d from public.daily_closes x where x.id = p_close_id for update;
  if not found or not (d.project_id = any (private.my_project_ids('{finance,hq_admin}'))) then
    raise exception 'daily close % does not exist or you may not verify it', p_close_id using errcode = '42501';
  end if;
  if d.status <> 'submitted' then
    raise exception 'only a submitted daily close can be verified (this one is %)', d.status using errcode = '22023';
  end if;
  -- What was submitted must still be what the day holds.
  if d.expected <> private.day_expected(d.project_id, d.cashier_id, d.business_date) then
    raise exception 'payments of that day changed since the cashier submitted it: they must submit again' using errcode = 'PT409';
  end if;
  update public.daily_closes set status = 'verified', verified_by = (select auth.uid()), verified_at = now() where id = d.id;
end $$;

-- The API: thin invoker wrappers.
create function public.post_payment(
  p_project_id uuid, p_amount numeric, p_method public.payment_method, p_idempotency_key text,
  p_owner_id uuid default null, p_unit_id uuid default null, p_bill_ids uuid[] default null, p_note text default null
) returns jsonb language sql security invoker set search_path = '' as $$
  select private.post_payment(p_project_id, p_owner_id, p_unit_id, p_amount, p_method, p_idempotency_key, p_bill_ids, p_note)
$$;
create function public.void_receipt(p_receipt_id uuid, p_reason text, p_reverse boolean default false) returns jsonb
language sql security invoker set search_path = '' as $$ select private.void_receipt(p_receipt_id, p_reason, p_reverse) $$;
create function public.reissue_receipt(p_receipt_id uuid) returns jsonb
language sql security invoker set search_path = '' as $$ select private.reissue_receipt(p_receipt_id) $$;
create function public.daily_close_preview(p_project_id uuid, p_day date) returns jsonb
language sql security invoker set search_path = '' as $$ select private.daily_close_preview(p_project_id, p_day) $$;
create function public.submit_daily_close(p_project_id uuid, p_day date, p_counted_cash numeric, p_deposit_ref text default null, p_variance_reason text default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.submit_daily_close(p_project_id, p_day, p_counted_cash, p_deposit_ref, p_variance_reason)
$$;
create function public.verify_daily_close(p_close_id uuid) returns void
language sql security invoker set search_path = '' as $$ select private.verify_daily_close(p_close_id) $$;

revoke all on function
  private.is_payable(public.bill_status), private.business_date(uuid, timestamptz), private.assert_day_open(uuid, uuid, date),
  private.allocate(uuid, uuid, uuid[], numeric), private.lock_payable(uuid, uuid, uuid, uuid[]), private.payment_outcome(uuid, boolean),
  private.post_payment(uuid, uuid, uuid, numeric, public.payment_method, text, uuid[], text), private.draw_prepaid(uuid, uuid),
  private.bills_became_payable(), private.void_receipt(uuid, text, boolean), private.reissue_receipt(uuid),
  private.day_expected(uuid, uuid, date), private.daily_close_preview(uuid, date),
  private.submit_daily_close(uuid, date, numeric, text, text), private.verify_daily_close(uuid)
from public, anon;
grant execute on function
  private.post_payment(uuid, uuid, uuid, numeric, public.payment_method, text, uuid[], text), private.void_receipt(uuid, text, boolean),
  private.reissue_receipt(uuid), private.daily_close_preview(uuid, date), private.submit_daily_close(uuid, date, numeric, text, text),
  private.verify_daily_close(uuid)
to authenticated;
revoke all on function
  public.post_payment(uuid, numeric, public.payment_method, text, uuid, uuid, uuid[], text), public.void_receipt(uuid, text, boolean),
  public.reissue_receipt(uuid), public.daily_close_preview(uuid, date), public.submit_daily_close(uuid, date, numeric, text, text),
  public.verify_daily_close(uuid)
from public, anon;
grant execute on function
  public.post_payment(uuid, numeric, public.payment_method, text, uuid, uuid, uuid[], text), public.void_receipt(uuid, text, boolean),
  public.reissue_receipt(uuid), public.daily_close_preview(uuid, date), public.submit_daily_close(uuid, date, numeric, text, text),
  public.verify_daily_close(uuid)
to authenticated;
