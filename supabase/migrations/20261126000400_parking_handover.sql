-- Parking attendants' daily handover (停车收费交班): what an attendant collected for parking spaces during their
-- shift, line by line (space code, amount), and the cash handed over. Submitting it posts each line as a
-- payment to the open parking bills of the space's holder (post_payment: receipts, oldest first, idempotent per
-- line), all-or-nothing: a line for a space without an open parking bill, or more than it owes, refuses the
-- whole handover naming the line. Lines against cash handed over give the variance, which needs a reason.
-- The payments are the attendant's, so their daily close counts them.

create table public.parking_handovers (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  attendant_id uuid not null,
  business_date date not null,
  lines jsonb not null,
  collected numeric(14,2) not null check (collected >= 0),
  cash_handed numeric(14,2) not null check (cash_handed >= 0),
  variance numeric(14,2) generated always as (cash_handed - collected) stored,
  variance_reason text,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  unique (project_id, attendant_id, business_date),
  check (cash_handed = collected or length(trim(coalesce(variance_reason, ''))) > 0)
);
alter table public.parking_handovers enable row level security;
grant select on public.parking_handovers to authenticated;
create policy read on public.parking_handovers for select to authenticated
  using (project_id = any ((select private.my_project_ids('{cashier,finance,manager,hq_admin}'))::uuid[]));
create trigger parking_handovers_append_only before update or delete on public.parking_handovers
  for each row execute function private.guard_append_only();
select private.enable_audit('public.parking_handovers');

create function private.submit_parking_handover(p_project_id uuid, p_day date, p_lines jsonb, p_cash_handed numeric, p_variance_reason text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  me constant uuid := (select auth.uid());
  line record;
  space record;
  bill_ids uuid[];
  owed numeric(14,2);
  posted jsonb;
  receipts jsonb := '[]';
  total numeric(14,2) := 0;
  handover_id uuid;
begin
  if p_project_id is null or not (p_project_id = any (private.my_project_ids('{cashier,finance,manager,hq_admin}'))) then
    raise exception 'you may not hand over parking takings in this project' using errcode = '42501';
  end if;
  if jsonb_typeof(p_lines) is distinct from 'array' or jsonb_array_length(p_lines) = 0 then
    raise exception 'a handover lists at least one space and amount' using errcode = '22023';
  end if;
  if p_cash_handed is null or p_cash_handed < 0 or p_cash_handed <> round(p_cash_handed, 2) then
    raise exception 'cash handed over must be an amount of at least 0 with at most two decimals' using errcode = '22023';
  end if;
  if exists (select 1 from public.parking_handovers h where h.project_id = p_project_id and h.attendant_id = me and h.business_date = p_day) then
    raise exception 'your handover of % was already submitted', p_day using errcode = '23505';
  end if;
  for line in select l.n, l.value->>'spaceCode' as code, l.value->>'amount' as amount
                from jsonb_array_elements(p_lines) with ordinality as l(value, n) loop
    if line.amount is null or line.amount !~ '^\d{1,12}(\.\d{1,2})?$' or line.amount::numeric <= 0 then
      raise exception 'line % (space %): the amount must be more than 0 with at most two decimals', line.n, coalesce(line.code, '?') using errcode = '22023';
    end if;
    select s.code, coalesce(s.owner_id, w.owner_id) as owner_id into space
      from public.parking_spaces s
      left join public.unit_ownerships w on w.project_id = s.project_id and w.unit_id = s.unit_id and w.to_date is null
     where s.project_id = p_project_id and s.code = trim(line.code);
    if not found then
      raise exception 'line % : there is no parking space %', line.n, line.code using errcode = '22023';
    end if;
    select array_agg(b.id order by b.due_date, b.id), sum(b.balance) into bill_ids, owed
      from public.bills b join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
     where b.project_id = p_project_id and f.category = 'parking' and b.status in ('approved', 'issued') and b.balance > 0
       and b.owner_id = space.owner_id;
    if bill_ids is null then
      raise exception 'line % (space %): no open parking bill to take this money for', line.n, space.code using errcode = '22023';
    end if;
    if line.amount::numeric > owed then
      raise exception 'line % (space %): % is more than the % its parking bills owe', line.n, space.code, line.amount, owed using errcode = '22023';
    end if;
    posted := private.post_payment(p_project_id, space.owner_id, null, line.amount::numeric, 'cash',
                                   format('handover:%s:%s:%s', me, p_day, line.n), bill_ids, 'parking handover ' || space.code);
    receipts := receipts || jsonb_build_object('line', line.n, 'spaceCode', space.code, 'amount', line.amount, 'receiptNo', posted->'receiptNo');
    total := total + line.amount::numeric;
  end loop;
  if p_cash_handed <> total and length(trim(coalesce(p_variance_reason, ''))) = 0 then
    raise exception 'cash handed over (%) differs from what the lines add up to (%): say why', p_cash_handed, total using errcode = '22023';
  end if;
  insert into public.parking_handovers (project_id, attendant_id, business_date, lines, collected, cash_handed, variance_reason)
  values (p_project_id, me, p_day, receipts, total, p_cash_handed, nullif(trim(p_variance_reason), ''))
  returning id into handover_id;
  return jsonb_build_object('handoverId', handover_id, 'collected', total::text, 'variance', (p_cash_handed - total)::text, 'lines', receipts);
end $$;

create function public.submit_parking_handover(p_project_id uuid, p_day date, p_lines jsonb, p_cash_handed numeric, p_variance_reason text default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.submit_parking_handover(p_project_id, p_day, p_lines, p_cash_handed, p_variance_reason)
$$;

revoke all on function private.submit_parking_handover(uuid, date, jsonb, numeric, text), public.submit_parking_handover(uuid, date, jsonb, numeric, text) from public, anon;
grant execute on function private.submit_parking_handover(uuid, date, jsonb, numeric, text), public.submit_parking_handover(uuid, date, jsonb, numeric, text) to authenticated;
