-- The dunning run (supabase/functions/dunning-run) and the outbox delivery (supabase/functions/outbox-deliver),
-- both with the service role. The run reads every open bill with what pauses its owner (a promise to pay not
-- yet due, an installment plan being kept), decides with the policy's ladder which stages are due (TypeScript:
-- rules/dunning), and records them here: a stage of a bill is recorded once per channel, so re-running a day
-- changes nothing and a partial payment neither skips nor repeats a stage. Messages go to the outbox, one per
-- owner, stage, channel and day; delivery claims them with a lease, retries with backoff, and hands each
-- channel the message's dedupe key so nothing is sent twice.

create unique index dunning_actions_once on public.dunning_actions (project_id, bill_id, stage, channel);
alter table public.dunning_actions add column why jsonb;

-- What the local log channel "sent": one row per outbox message at most (dedupe_key).
create table public.channel_log (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  channel public.dunning_channel not null,
  recipient text not null,
  dedupe_key text not null,
  subject text,
  body text not null,
  logged_at timestamptz not null default now(),
  unique (project_id, dedupe_key)
);
alter table public.channel_log enable row level security;
grant select on public.channel_log to authenticated;
create policy read on public.channel_log for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,hq_admin}'))::uuid[]));

-- Is an installment plan kept on a day? Its schedule [{due, amount}] against what the owner paid since it began.
create function private.plan_kept(p_plan public.installment_plans, p_as_of date) returns boolean
language sql stable set search_path = '' as $$
  select coalesce((select sum((s->>'amount')::numeric) from jsonb_array_elements(p_plan.schedule) s where (s->>'due')::date < p_as_of), 0)
      <= coalesce((select sum(p.amount) from public.payments p
                    where p.project_id = p_plan.project_id and p.owner_id = p_plan.owner_id and p.method <> 'prepaid'
                      and p.paid_at >= p_plan.created_at), 0)
$$;

-- Every open bill of the project (reviewed, something owed, a due date), with the stages already recorded and
-- what pauses its owner on p_as_of.
create function public.dunning_candidates(p_project_id uuid, p_as_of date)
returns table (bill_id uuid, owner_id uuid, unit_id uuid, fee_item text, due_date date, balance text, stages_done text[],
               promised_until date, plan_id uuid, plan_kept boolean)
language sql stable security definer set search_path = '' as $$
  with owners_state as (
    select o.id as owner_id,
           (select max(c.promise_date) from public.contact_logs c
             where c.project_id = p_project_id and c.owner_id = o.id and c.promise_date >= p_as_of) as promised_until,
           pl.id as plan_id, private.plan_kept(pl, p_as_of) as plan_kept
      from public.owners o
      left join lateral (select p.* from public.installment_plans p
                          where p.project_id = p_project_id and p.owner_id = o.id and p.status = 'active'
                          order by p.created_at desc limit 1) pl on true
     where o.project_id = p_project_id
  )
  select b.id, b.owner_id, b.unit_id, f.code, b.due_date, b.balance::text,
         coalesce((select array_agg(distinct a.stage) from public.dunning_actions a where a.project_id = p_project_id and a.bill_id = b.id), '{}'),
         s.promised_until, s.plan_id, s.plan_kept
    from public.bills b
    join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
    left join owners_state s on s.owner_id = b.owner_id
   where b.project_id = p_project_id and b.status in ('approved', 'issued') and b.balance > 0 and b.due_date is not null
   order by b.id
$$;

-- Records what the run decided: actions [{billId, stage, channel, on, status: 'scheduled'|'cancelled', result?, why}],
-- plans found broken. Returns how many actions and messages are new.
create function public.record_dunning(p_project_id uuid, p_as_of date, p_actions jsonb, p_broken_plans uuid[] default '{}')
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  n_actions integer;
  n_messages integer;
begin
  perform set_config('feegrid.reason', 'dunning run of ' || p_as_of, true);
  create temp table new_actions on commit drop as
  with incoming as (
    select a."billId" as bill_id, a.stage, a.channel, a."on" as scheduled_on, a.status, a.result, a.why
      from jsonb_to_recordset(p_actions) as a("billId" uuid, stage text, channel public.dunning_channel, "on" date,
                                              status public.action_status, result text, why jsonb)
  ), inserted as (
    insert into public.dunning_actions (project_id, bill_id, owner_id, unit_id, stage, channel, scheduled_on, status, result, why)
    select p_project_id, i.bill_id, b.owner_id, b.unit_id, i.stage, i.channel, i.scheduled_on, i.status, i.result, i.why
      from incoming i join public.bills b on b.project_id = p_project_id and b.id = i.bill_id
    on conflict (project_id, bill_id, stage, channel) do nothing
    returning *
  )
  select * from inserted;
  get diagnostics n_actions = row_count;

  -- The bill shows the last stage it reached.
  update public.bills b set dunning_stage = n.stage
    from (select distinct on (bill_id) bill_id, stage from new_actions where status = 'scheduled' order by bill_id, scheduled_on desc) n
   where b.id = n.bill_id;

  -- One message per owner, stage, channel and day, listing the bills it is about; SMS and app need a phone.
  with messages as (
    select a.owner_id, a.stage, a.channel, a.scheduled_on, min(a.id::text)::uuid as first_action,
           jsonb_agg(jsonb_build_object('billId', b.id, 'feeItem', f.name_zh, 'periodStart', b.period_start, 'periodEnd', b.period_end,
                                        'dueDate', b.due_date, 'balance', b.balance::text, 'room', u.room_no) order by b.due_date, b.id) as bills,
           sum(b.balance)::text as total,
           string_agg(distinct bl.name || ' ' || u.room_no, '、') as address
      from new_actions a
      join public.bills b on b.id = a.bill_id
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
      join public.units u on u.project_id = b.project_id and u.id = b.unit_id
      join public.buildings bl on bl.project_id = u.project_id and bl.id = u.building_id
     where a.status = 'scheduled' and a.channel in ('sms', 'app', 'email', 'letter', 'door') and a.owner_id is not null
     group by a.owner_id, a.stage, a.channel, a.scheduled_on
  )
  insert into public.outbox (project_id, channel, recipient, payload, dedupe_key, dunning_action_id)
  select p_project_id, m.channel, case when m.channel in ('sms', 'app') then o.phone else m.address end,
         jsonb_build_object('stage', m.stage, 'on', m.scheduled_on, 'owner', o.name, 'project', pr.name, 'officePhone', pr.office_phone,
                            'address', m.address, 'bills', m.bills, 'total', m.total),
         format('dunning:%s:%s:%s:%s', m.owner_id, m.stage, m.channel, m.scheduled_on), m.first_action
    from messages m
    join public.owners o on o.project_id = p_project_id and o.id = m.owner_id
    join public.projects pr on pr.id = p_project_id
   where m.channel not in ('sms', 'app') or o.phone is not null
  on conflict (project_id, dedupe_key) do nothing;
  get diagnostics n_messages = row_count;

  update public.installment_plans set status = 'broken'
   where project_id = p_project_id and id = any (p_broken_plans) and status = 'active';
  return jsonb_build_object('actions', n_actions, 'messages', n_messages);
end $$;

-- Delivery: claim due messages (queued, failed and due for a retry, or sending with an expired lease — the
-- worker died) under a lease; then finish each as sent, or failed with the next attempt after a backoff.
-- p_project_id limits a delivery to one project (the scheduler delivers every project's).
create function public.claim_outbox(p_limit integer, p_lease_seconds integer default 120, p_project_id uuid default null)
returns setof public.outbox language sql security definer set search_path = '' as $$
  update public.outbox o set status = 'sending', attempts = o.attempts + 1, next_attempt_at = now() + make_interval(secs => p_lease_seconds)
   where o.id in (select x.id from public.outbox x
                   where x.status in ('queued', 'failed', 'sending') and x.next_attempt_at <= now()
                     and (p_project_id is null or x.project_id = p_project_id)
                   order by x.next_attempt_at limit p_limit for update skip locked)
  returning o.*
$$;

create function public.finish_outbox(p_id uuid, p_error text default null, p_retry_in_seconds integer default null)
returns void language sql security definer set search_path = '' as $$
  update public.outbox
     set status = case when p_error is null then 'sent' else 'failed' end::public.outbox_status,
         sent_at = case when p_error is null then now() end,
         last_error = p_error,
         -- no retry left: parked until someone looks (the worklist shows failed messages)
         next_attempt_at = case when p_error is null then next_attempt_at
                                when p_retry_in_seconds is null then 'infinity'
                                else now() + make_interval(secs => p_retry_in_seconds) end
   where id = p_id and status = 'sending'
$$;

create function public.log_channel_delivery(p_project_id uuid, p_channel public.dunning_channel, p_recipient text, p_dedupe_key text, p_subject text, p_body text)
returns boolean language sql security definer set search_path = '' as $$
  with logged as (
    insert into public.channel_log (project_id, channel, recipient, dedupe_key, subject, body)
    values (p_project_id, p_channel, p_recipient, p_dedupe_key, p_subject, p_body)
    on conflict (project_id, dedupe_key) do nothing returning 1)
  select exists (select 1 from logged)
$$;

-- Who may start a dunning run on demand (the scheduler runs it with the service role).
create function public.may_run_dunning(p_project_id uuid) returns boolean
language sql stable security invoker set search_path = '' as $$
  select p_project_id = any (private.my_project_ids('{manager,agent,hq_admin}'))
$$;
revoke all on function public.may_run_dunning(uuid) from public, anon;
grant execute on function public.may_run_dunning(uuid) to authenticated;

revoke all on function private.plan_kept(public.installment_plans, date) from public, anon;
revoke all on function public.dunning_candidates(uuid, date), public.record_dunning(uuid, date, jsonb, uuid[]),
  public.claim_outbox(integer, integer, uuid), public.finish_outbox(uuid, text, integer),
  public.log_channel_delivery(uuid, public.dunning_channel, text, text, text, text) from public, anon, authenticated;
grant execute on function public.dunning_candidates(uuid, date), public.record_dunning(uuid, date, jsonb, uuid[]),
  public.claim_outbox(integer, integer, uuid), public.finish_outbox(uuid, text, integer),
  public.log_channel_delivery(uuid, public.dunning_channel, text, text, text, text) to service_role;
