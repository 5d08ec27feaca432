-- The dunning desk (console: 催缴): what agents and managers read — each dunning action with its owner, room and
-- bill, and each owner's open arrears — and record_call, which writes a phone call's contact log and marks the
-- call's tasks done in one transaction (a log without its tasks done, or the reverse, would call the owner twice
-- or lose the promise that pauses the ladder).

-- Security invoker: the tables' own RLS decides what each user sees; every join stays inside the project.
-- Money as text: numeric through JSON would pass through a double.
create view public.dunning_tasks with (security_invoker = true) as
select a.id, a.project_id, a.stage, a.channel, a.status, a.scheduled_on, a.sent_at, a.result, a.why,
       a.owner_id, o.name as owner_name, o.phone as owner_phone, a.unit_id, u.room_no,
       a.bill_id, f.code as fee_code, f.name_zh as fee_name_zh, f.name_en as fee_name_en,
       b.period_start, b.period_end, b.due_date, b.balance::text as balance
  from public.dunning_actions a
  left join public.owners o on o.project_id = a.project_id and o.id = a.owner_id
  left join public.units u on u.project_id = a.project_id and u.id = a.unit_id
  left join public.bills b on b.project_id = a.project_id and b.id = a.bill_id
  left join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id;

-- What an owner owes: the reviewed bills with a balance (the bills the dunning run chases).
create view public.owner_arrears with (security_invoker = true) as
select b.project_id, b.owner_id, o.name as owner_name, o.phone as owner_phone,
       string_agg(distinct u.room_no, '、' order by u.room_no) as rooms,
       sum(b.balance)::text as arrears, count(*)::int as bills, min(b.due_date) as oldest_due
  from public.bills b
  join public.owners o on o.project_id = b.project_id and o.id = b.owner_id
  join public.units u on u.project_id = b.project_id and u.id = b.unit_id
 where b.status in ('approved', 'issued') and b.balance > 0
 group by b.project_id, b.owner_id, o.name, o.phone;

-- One phone call with one owner about some of their scheduled phone tasks: the contact log (with the promise to
-- pay, if any: dunning_candidates pauses the owner until that day) and the tasks done, or nothing.
create function private.record_call(p_action_ids uuid[], p_summary text, p_outcome text, p_promise_date date)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  wanted constant integer := (select count(distinct x) from unnest(p_action_ids) x);
  found_tasks integer;
  owners integer;
  not_open integer;
  last_day date;
  today date;
  log_id uuid;
begin
  if wanted = 0 then
    raise exception 'say which tasks the call was about' using errcode = '22023';
  end if;
  perform 1 from public.dunning_actions a where a.id = any (p_action_ids) order by a.id for update;
  select count(*), count(distinct (a.project_id, a.owner_id)), count(*) filter (where a.status <> 'scheduled' or a.channel <> 'phone'),
         max(a.scheduled_on), max((now() at time zone p.timezone)::date)
    into found_tasks, owners, not_open, last_day, today
    from public.dunning_actions a join public.projects p on p.id = a.project_id
   where a.id = any (p_action_ids) and a.project_id = any (private.my_project_ids('{manager,agent,hq_admin}'));
  if found_tasks <> wanted then
    raise exception 'some of these tasks do not exist or you may not record calls for them' using errcode = '42501';
  end if;
  if owners <> 1 or exists (select 1 from public.dunning_actions a where a.id = any (p_action_ids) and a.owner_id is null) then
    raise exception 'a call is with one owner: these tasks are not all of the same owner' using errcode = '22023';
  end if;
  if not_open > 0 then
    raise exception 'these tasks are not all scheduled phone calls (someone may have recorded the call already)' using errcode = '22023';
  end if;
  if length(trim(coalesce(p_summary, ''))) = 0 then
    raise exception 'say what was said: the summary is empty' using errcode = '22023';
  end if;
  if p_outcome is null or p_outcome not in ('reached', 'unreached', 'promise', 'refused') then
    raise exception 'the outcome must be reached, unreached, promise or refused' using errcode = '22023';
  end if;
  if (p_outcome = 'promise') <> (p_promise_date is not null) then
    raise exception 'a promise to pay needs its date, and only a promise has one' using errcode = '22023';
  end if;
  if p_promise_date < greatest(last_day, today) then
    raise exception 'the promised date % is before the call (%)', p_promise_date, greatest(last_day, today) using errcode = '22023';
  end if;

  perform set_config('feegrid.reason', 'call recorded', true);
  -- A call about several bills names no single bill (nor room, when they are in several rooms).
  insert into public.contact_logs (project_id, owner_id, unit_id, bill_id, channel, summary, outcome, promise_date)
  select a.project_id, a.owner_id,
         case when count(distinct a.unit_id) = 1 then min(a.unit_id::text)::uuid end,
         case when count(*) = 1 then min(a.bill_id::text)::uuid end,
         'phone', trim(p_summary), p_outcome, p_promise_date
    from public.dunning_actions a where a.id = any (p_action_ids)
   group by a.project_id, a.owner_id
  returning id into log_id;
  update public.dunning_actions set status = 'done', result = p_outcome, sent_at = now() where id = any (p_action_ids);
  return jsonb_build_object('contactLogId', log_id, 'actions', wanted);
end $$;

create function public.record_call(p_action_ids uuid[], p_summary text, p_outcome text, p_promise_date date default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.record_call(p_action_ids, p_summary, p_outcome, p_promise_date)
$$;

revoke all on public.dunning_tasks, public.owner_arrears from anon;
grant select on public.dunning_tasks, public.owner_arrears to authenticated;
revoke all on function private.record_call(uuid[], text, text, date), public.record_call(uuid[], text, text, date) from public, anon;
grant execute on function private.record_call(uuid[], text, text, date), public.record_call(uuid[], text, text, date) to authenticated;

-- An installment plan is checked by the database, whoever writes it through the API: dated, positive,
-- two-decimal instalments adding up exactly to the total; it starts as proposed; manager, finance or HQ admin
-- (the only roles RLS lets update it) activate or cancel it, and the approver is stamped, not sent. 'broken'
-- is the dunning run's (service role) to set.
create function private.guard_installment_plan() returns trigger
language plpgsql set search_path = '' as $$
declare
  added numeric;
begin
  if tg_op = 'INSERT' or (new.schedule, new.total) is distinct from (old.schedule, old.total) then
    if jsonb_typeof(new.schedule) is distinct from 'array' or jsonb_array_length(new.schedule) = 0 then
      raise exception 'an installment plan needs at least one instalment' using errcode = '22023';
    end if;
    if exists (select 1 from jsonb_array_elements(new.schedule) s
                where not (coalesce(s->>'amount', '') ~ '^\d{1,12}(\.\d{1,2})?$' and (s->>'amount')::numeric > 0
                           and coalesce(s->>'due', '') ~ '^\d{4}-\d{2}-\d{2}$' and pg_input_is_valid(s->>'due', 'date'))) then
      raise exception 'every instalment needs a due date (YYYY-MM-DD) and an amount above 0 with at most two decimals' using errcode = '22023';
    end if;
    select sum((s->>'amount')::numeric) into added from jsonb_array_elements(new.schedule) s;
    if added <> new.total then
      raise exception 'the instalments add up to % but the plan''s total is %', added, new.total using errcode = '22023';
    end if;
  end if;
  if current_user <> 'authenticated' then
    return new;
  end if;
  if tg_op = 'INSERT' then
    if new.status <> 'proposed' then
      raise exception 'a new installment plan is proposed; a manager or finance activates it' using errcode = '22023';
    end if;
    new.approved_by := null;
  elsif new.status is distinct from old.status then
    if (old.status, new.status) not in (('proposed', 'active'), ('proposed', 'cancelled'), ('active', 'cancelled'), ('active', 'completed')) then
      raise exception 'an installment plan cannot go from % to %', old.status, new.status using errcode = '22023';
    end if;
    if new.status = 'active' then
      new.approved_by := (select auth.uid());
    end if;
  elsif new.approved_by is distinct from old.approved_by then
    raise exception 'the approver is recorded when the plan is activated' using errcode = '22023';
  end if;
  return new;
end $$;
create trigger installment_plans_guard before insert or update on public.installment_plans
  for each row execute function private.guard_installment_plan();
