-- The service desk's steps, each one RPC in one transaction: the request's status and timestamps, its event,
-- its work order or callback, and the service-level due times of the next step.
--   received → accepted → dispatched → on_site → done → (callback) → closed
--   received/accepted → rejected (out of scope, with a reason and a referral)
--   done → accepted again when a callback finds the owner unsatisfied and reopens it

-- Who may act on requests: the office (manager, agent, HQ admin); field staff on their department's orders.
create function private.office_request(p_request_id uuid, p_roles public.app_role[] default '{manager,agent,hq_admin}')
returns public.service_requests
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests;
begin
  select * into r from public.service_requests where id = p_request_id for update;
  if not found or not (r.project_id = any (private.my_project_ids(p_roles))) then
    raise exception 'request % is not one you may handle', p_request_id using errcode = '42501';
  end if;
  return r;
end $$;

create function private.request_event(r public.service_requests, p_kind text, p_status public.request_status, p_note text, p_for_owner boolean)
returns void language sql security definer set search_path = '' as $$
  insert into public.request_events (project_id, request_id, at, actor_id, kind, status, note, for_owner)
  values (r.project_id, r.id, private.clock(), (select auth.uid()), p_kind, p_status, nullif(trim(coalesce(p_note, '')), ''), p_for_owner)
$$;

create function private.wrong_status(r public.service_requests, p_step text) returns void
language plpgsql immutable set search_path = '' as $$
begin
  raise exception 'request No. % is %: it cannot be %', r.request_no, r.status, p_step using errcode = '55000';
end $$;

-- Intake. Phone and front-desk requests are accepted as they are taken; online ones wait for acceptance.
-- p_bill_ids (a fee complaint) opens a dispute on each of those bills.
create function private.create_request(
  p_project_id uuid, p_channel public.request_channel, p_category_id uuid, p_description text,
  p_owner_id uuid, p_unit_id uuid, p_contact_name text, p_contact_phone text, p_location text,
  p_photos text[], p_preferred_time text, p_urgency public.request_urgency, p_bill_ids uuid[]
) returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  c public.service_categories;
  r public.service_requests;
  t constant timestamptz := private.clock();
  no bigint;
  bad uuid;
begin
  if p_project_id is null or not (p_project_id = any (private.my_project_ids('{manager,agent,hq_admin}'))) then
    raise exception 'you may not take requests in this project' using errcode = '42501';
  end if;
  select * into c from public.service_categories where project_id = p_project_id and id = p_category_id and active;
  if not found then
    raise exception 'category: % is not an active category of this project', p_category_id using errcode = '22023';
  end if;
  if p_unit_id is not null and p_owner_id is not null and not exists (
       select 1 from public.unit_ownerships o where o.project_id = p_project_id and o.unit_id = p_unit_id and o.owner_id = p_owner_id) then
    raise exception 'owner and unit: the owner has never owned that unit' using errcode = '22023';
  end if;
  if cardinality(coalesce(p_bill_ids, '{}')) > 0 then
    select b into bad from unnest(p_bill_ids) b
     where not exists (select 1 from public.bills x where x.project_id = p_project_id and x.id = b
                         and (p_owner_id is null or x.owner_id = p_owner_id) and x.status in ('approved', 'issued'));
    if bad is not null then
      raise exception 'bills: % is not a reviewed bill of this owner', bad using errcode = '22023';
    end if;
  end if;

  insert into private.request_counters as k (project_id, last_no) values (p_project_id, 1)
  on conflict (project_id) do update set last_no = k.last_no + 1
  returning k.last_no into no;

  insert into public.service_requests (
    project_id, request_no, channel, category_id, kind, owner_id, unit_id, contact_name, contact_phone, location,
    description, photos, preferred_time, urgency, emergency, status, department, received_by, received_at, accepted_at,
    accept_due, dispatch_due)
  values (
    p_project_id, no, p_channel, c.id, c.kind, p_owner_id, p_unit_id, nullif(trim(p_contact_name), ''), nullif(trim(p_contact_phone), ''),
    nullif(trim(p_location), ''), p_description, coalesce(p_photos, '{}'), nullif(trim(p_preferred_time), ''),
    case when c.emergency then 'emergency' else coalesce(p_urgency, 'normal') end,
    c.emergency or p_urgency = 'emergency',
    case when p_channel in ('phone', 'front_desk') then 'accepted' else 'received' end::public.request_status,
    c.department, (select auth.uid()), t,
    case when p_channel in ('phone', 'front_desk') then t end,
    t + make_interval(mins => c.accept_minutes),
    case when p_channel in ('phone', 'front_desk') then t + make_interval(mins => c.dispatch_minutes) end)
  returning * into r;
  perform private.request_event(r, 'status', r.status, null, false);

  if cardinality(coalesce(p_bill_ids, '{}')) > 0 then
    insert into public.bill_disputes (project_id, request_id, bill_id, opened_at)
    select p_project_id, r.id, b, t from unnest(p_bill_ids) b
    on conflict (project_id, bill_id) where resolved_at is null do nothing;
    perform private.request_event(r, 'dispute', null, cardinality(p_bill_ids) || ' bill(s) under dispute', false);
  end if;
  if r.emergency then
    -- the supervisor sees every emergency at once on the worklist and is told through the outbox
    perform private.request_event(r, 'escalation', null, 'emergency: supervisor notified', false);
  end if;
  return jsonb_build_object('id', r.id, 'requestNo', r.request_no, 'status', r.status, 'emergency', r.emergency,
                            'acceptDue', r.accept_due, 'dispatchDue', r.dispatch_due);
end $$;

create function private.accept_request(p_request_id uuid) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests := private.office_request(p_request_id);
  t constant timestamptz := private.clock();
begin
  if r.status <> 'received' then perform private.wrong_status(r, 'accepted'); end if;
  update public.service_requests s
     set status = 'accepted', accepted_at = t,
         dispatch_due = t + make_interval(mins => (select c.dispatch_minutes from public.service_categories c where c.project_id = s.project_id and c.id = s.category_id))
   where id = r.id returning * into r;
  perform private.request_event(r, 'status', 'accepted', null, true);
  return jsonb_build_object('status', r.status, 'dispatchDue', r.dispatch_due);
end $$;

-- Out of the office's scope: rejected with the reason and where the owner should go instead.
create function private.reject_request(p_request_id uuid, p_reason text, p_referral text) returns void
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests := private.office_request(p_request_id);
begin
  if r.status not in ('received', 'accepted') then perform private.wrong_status(r, 'rejected'); end if;
  if length(trim(coalesce(p_reason, ''))) = 0 then
    raise exception 'reason: say why the request is outside the office''s scope' using errcode = '22023';
  end if;
  update public.service_requests set status = 'rejected', rejected_at = private.clock(), out_of_scope_reason = trim(p_reason),
         referral = nullif(trim(coalesce(p_referral, '')), '')
   where id = r.id returning * into r;
  perform private.request_event(r, 'status', 'rejected', trim(p_reason) || coalesce('；转介：' || r.referral, ''), true);
end $$;

-- 派工: a work order to a department (and a person), due by the category's completion time or an earlier deadline.
create function private.dispatch_request(p_request_id uuid, p_department public.department, p_assignee_id uuid,
                                         p_instructions text, p_contact text, p_deadline timestamptz) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests := private.office_request(p_request_id);
  t constant timestamptz := private.clock();
  due timestamptz;
  order_id uuid;
begin
  if r.status not in ('accepted', 'dispatched', 'on_site') then perform private.wrong_status(r, 'dispatched'); end if;
  if length(trim(coalesce(p_instructions, ''))) = 0 then
    raise exception 'instructions: say what is to be done' using errcode = '22023';
  end if;
  if p_assignee_id is not null and not exists (
       select 1 from public.memberships m join public.projects p on p.company_id = m.company_id
        where m.user_id = p_assignee_id and p.id = r.project_id and (m.project_id is null or m.project_id = p.id)
          and (m.role <> 'engineer' or m.department = coalesce(p_department, r.department))) then
    raise exception 'assignee: % does not work for % in this project', p_assignee_id, coalesce(p_department, r.department) using errcode = '22023';
  end if;
  due := coalesce(p_deadline, t + make_interval(mins => (select c.complete_minutes from public.service_categories c
                                                           where c.project_id = r.project_id and c.id = r.category_id)));
  if due <= t then
    raise exception 'deadline: % is not in the future', p_deadline using errcode = '22023';
  end if;
  -- a re-dispatch replaces the open order
  update public.work_orders set cancelled_at = t where project_id = r.project_id and request_id = r.id and finished_at is null and cancelled_at is null;
  insert into public.work_orders (project_id, request_id, department, assignee_id, instructions, contact, dispatched_by, dispatched_at, deadline)
  values (r.project_id, r.id, coalesce(p_department, r.department), p_assignee_id, trim(p_instructions),
          coalesce(nullif(trim(coalesce(p_contact, '')), ''), concat_ws(' ', r.contact_name, r.contact_phone)), (select auth.uid()), t, due)
  returning id into order_id;
  update public.service_requests
     set status = 'dispatched', department = coalesce(p_department, department), assignee_id = p_assignee_id,
         dispatched_at = coalesce(dispatched_at, t), complete_due = due, on_site_at = null
   where id = r.id returning * into r;
  perform private.request_event(r, 'dispatch', 'dispatched', trim(p_instructions), false);
  perform private.request_event(r, 'status', 'dispatched', null, true);
  return jsonb_build_object('workOrderId', order_id, 'status', r.status, 'completeDue', r.complete_due);
end $$;

-- Field staff (or the office) report arrival and completion; the office may complete a request it handled itself
-- (a question answered on the phone). Completion starts the callback clock.
create function private.work_progress(p_request_id uuid, p_step text, p_note text) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests;
  t constant timestamptz := private.clock();
  office boolean;
begin
  select * into r from public.service_requests where id = p_request_id for update;
  office := found and r.project_id = any (private.my_project_ids('{manager,agent,hq_admin}'));
  if not found or not (office or (r.project_id::text || ':' || r.department) = any (private.my_departments())) then
    raise exception 'request % is not one you may work on', p_request_id using errcode = '42501';
  end if;
  if p_step = 'on_site' then
    if r.status <> 'dispatched' then perform private.wrong_status(r, 'on site'); end if;
    update public.work_orders set on_site_at = t where project_id = r.project_id and request_id = r.id and finished_at is null and cancelled_at is null;
    update public.service_requests set status = 'on_site', on_site_at = t where id = r.id returning * into r;
  elsif p_step = 'done' then
    if not (r.status in ('dispatched', 'on_site') or (office and r.status = 'accepted')) then perform private.wrong_status(r, 'done'); end if;
    if length(trim(coalesce(p_note, ''))) = 0 then
      raise exception 'note: say what was done' using errcode = '22023';
    end if;
    update public.work_orders set finished_at = t, result = trim(p_note)
     where project_id = r.project_id and request_id = r.id and finished_at is null and cancelled_at is null;
    update public.service_requests s
       set status = 'done', done_at = t, resolution = trim(p_note),
           callback_due = t + make_interval(mins => (select c.callback_minutes from public.service_categories c where c.project_id = s.project_id and c.id = s.category_id))
     where id = r.id returning * into r;
  else
    raise exception 'step must be on_site or done, not %', coalesce(p_step, 'null') using errcode = '22023';
  end if;
  perform private.request_event(r, 'status', r.status, p_note, true);
  return jsonb_build_object('status', r.status, 'callbackDue', r.callback_due);
end $$;

create function private.add_request_note(p_request_id uuid, p_note text, p_for_owner boolean) returns void
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests;
begin
  select * into r from public.service_requests where id = p_request_id;
  if not found or not (r.project_id = any (private.my_project_ids('{manager,agent,hq_admin}'))
                       or (r.project_id::text || ':' || r.department) = any (private.my_departments())) then
    raise exception 'request % is not one you may work on', p_request_id using errcode = '42501';
  end if;
  if length(trim(coalesce(p_note, ''))) = 0 then
    raise exception 'note: it is empty' using errcode = '22023';
  end if;
  perform private.request_event(r, 'note', null, p_note, coalesce(p_for_owner, false));
end $$;

-- 回访: reached and satisfied (4–5) closes the request; unsatisfied reopens it (back to accepted, to be dispatched
-- again) or escalates it to the supervisor; unreached is recorded and the callback stays due.
create function private.record_callback(p_request_id uuid, p_reached boolean, p_satisfaction smallint, p_comment text, p_outcome text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests := private.office_request(p_request_id);
  t constant timestamptz := private.clock();
  outcome constant text := case when not coalesce(p_reached, false) then 'unreached'
                                when p_satisfaction >= 4 then 'satisfied'
                                else coalesce(p_outcome, 'reopen') end;
begin
  if r.status not in ('done', 'called_back') then perform private.wrong_status(r, 'called back'); end if;
  if coalesce(p_reached, false) and (p_satisfaction is null or p_satisfaction not between 1 and 5) then
    raise exception 'satisfaction: 1 to 5 when the owner was reached' using errcode = '22023';
  end if;
  if outcome not in ('satisfied', 'reopen', 'escalate', 'unreached') then
    raise exception 'outcome must be reopen or escalate for an unsatisfied owner, not %', p_outcome using errcode = '22023';
  end if;
  insert into public.callbacks (project_id, request_id, agent_id, at, reached, satisfaction, comment, outcome)
  values (r.project_id, r.id, (select auth.uid()), t, coalesce(p_reached, false),
          case when p_reached then p_satisfaction end, nullif(trim(coalesce(p_comment, '')), ''), outcome);
  if outcome = 'satisfied' then
    update public.service_requests set status = 'closed', called_back_at = coalesce(called_back_at, t), closed_at = t, satisfaction = p_satisfaction
     where id = r.id returning * into r;
  elsif outcome = 'reopen' then
    update public.service_requests s
       set status = 'accepted', called_back_at = coalesce(called_back_at, t), satisfaction = p_satisfaction, reopened = reopened + 1,
           accepted_at = t, dispatched_at = null, on_site_at = null, done_at = null, complete_due = null, callback_due = null,
           dispatch_due = t + make_interval(mins => (select c.dispatch_minutes from public.service_categories c where c.project_id = s.project_id and c.id = s.category_id))
     where id = r.id returning * into r;
  elsif outcome = 'escalate' then
    update public.service_requests set status = 'called_back', called_back_at = coalesce(called_back_at, t), satisfaction = p_satisfaction, escalated = true
     where id = r.id returning * into r;
    perform private.request_event(r, 'escalation', null, 'unsatisfied owner: escalated to the supervisor', false);
  end if;
  perform private.request_event(r, 'callback', r.status, p_comment, false);
  return jsonb_build_object('status', r.status, 'outcome', outcome);
end $$;

-- The supervisor closes what a callback escalated (or what needs no callback), with the resolution; a fee
-- dispute's resolution is recorded on each of its bills' disputes, and dunning resumes for them.
create function private.close_request(p_request_id uuid, p_resolution text) returns void
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests := private.office_request(p_request_id, '{manager,hq_admin}');
  t constant timestamptz := private.clock();
begin
  if r.status not in ('accepted', 'done', 'called_back') then perform private.wrong_status(r, 'closed'); end if;
  if length(trim(coalesce(p_resolution, ''))) = 0 then
    raise exception 'resolution: say how it was resolved' using errcode = '22023';
  end if;
  update public.bill_disputes set resolved_at = t, resolution = trim(p_resolution)
   where project_id = r.project_id and request_id = r.id and resolved_at is null;
  update public.service_requests set status = 'closed', closed_at = t, resolution = trim(p_resolution), done_at = coalesce(done_at, t)
   where id = r.id returning * into r;
  perform private.request_event(r, 'status', 'closed', p_resolution, true);
end $$;

create function public.create_request(
  p_project_id uuid, p_channel public.request_channel, p_category_id uuid, p_description text,
  p_owner_id uuid default null, p_unit_id uuid default null, p_contact_name text default null, p_contact_phone text default null,
  p_location text default null, p_photos text[] default '{}', p_preferred_time text default null,
  p_urgency public.request_urgency default 'normal', p_bill_ids uuid[] default '{}'
) returns jsonb language sql security invoker set search_path = '' as $$
  select private.create_request(p_project_id, p_channel, p_category_id, p_description, p_owner_id, p_unit_id, p_contact_name,
                                p_contact_phone, p_location, p_photos, p_preferred_time, p_urgency, p_bill_ids)
$$;
create function public.accept_request(p_request_id uuid) returns jsonb
language sql security invoker set search_path = '' as $$ select private.accept_request(p_request_id) $$;
create function public.reject_request(p_request_id uuid, p_reason text, p_referral text default null) returns void
language sql security invoker set search_path = '' as $$ select private.reject_request(p_request_id, p_reason, p_referral) $$;
create function public.dispatch_request(p_request_id uuid, p_instructions text, p_department public.department default null,
                                        p_assignee_id uuid default null, p_contact text default null, p_deadline timestamptz default null) returns jsonb
language sql security invoker set search_path = '' as $$
  select private.dispatch_request(p_request_id, p_department, p_assignee_id, p_instructions, p_contact, p_deadline)
$$;
create function public.work_progress(p_request_id uuid, p_step text, p_note text default null) returns jsonb
language sql security invoker set search_path = '' as $$ select private.work_progress(p_request_id, p_step, p_note) $$;
create function public.add_request_note(p_request_id uuid, p_note text, p_for_owner boolean default false) returns void
language sql security invoker set search_path = '' as $$ select private.add_request_note(p_request_id, p_note, p_for_owner) $$;
create function public.record_callback(p_request_id uuid, p_reached boolean, p_satisfaction smallint default null,
                                       p_comment text default null, p_outcome text default null) returns jsonb
language sql security invoker set search_path = '' as $$ select private.record_callback(p_request_id, p_reached, p_satisfaction, p_comment, p_outcome) $$;
create function public.close_request(p_request_id uuid, p_resolution text) returns void
language sql security invoker set search_path = '' as $$ select private.close_request(p_request_id, p_resolution) $$;

-- ── reading ────────────────────────────────────────────────────────────────────────────────────────────────

-- The clock a request is on now: which step is due next, and by when.
create function private.next_due(r public.service_requests) returns table (clock text, due timestamptz)
language sql stable set search_path = '' as $$
  select case r.status when 'received' then 'accept' when 'accepted' then 'dispatch' when 'dispatched' then 'complete'
                       when 'on_site' then 'complete' when 'done' then 'callback' end,
         case r.status when 'received' then r.accept_due when 'accepted' then r.dispatch_due when 'dispatched' then r.complete_due
                       when 'on_site' then r.complete_due when 'done' then r.callback_due end
$$;

-- The worklist: open requests, emergencies first, then what is due soonest; minutes left on the running clock
-- (negative: breached). Office roles see their projects'; field staff their department's.
create view public.service_worklist with (security_invoker = true) as
select r.id, r.project_id, r.request_no, r.channel, r.kind, r.category_id, c.name_zh as category_zh, c.name_en as category_en,
       r.status, r.urgency, r.emergency, r.department, r.assignee_id, r.owner_id, o.name as owner_name, r.unit_id, u.room_no,
       r.contact_name, r.contact_phone, r.location, r.description, r.received_at, r.accepted_at, r.dispatched_at, r.on_site_at,
       r.done_at, r.reopened, r.escalated, n.clock, n.due,
       floor(extract(epoch from (n.due - private.clock())) / 60)::integer as minutes_left,
       exists (select 1 from public.bill_disputes d where d.project_id = r.project_id and d.request_id = r.id and d.resolved_at is null) as disputing
  from public.service_requests r
  join public.service_categories c on c.project_id = r.project_id and c.id = r.category_id
  left join public.owners o on o.project_id = r.project_id and o.id = r.owner_id
  left join public.units u on u.project_id = r.project_id and u.id = r.unit_id
  cross join lateral private.next_due(r) n
 where r.status not in ('closed', 'rejected') or r.escalated and r.status = 'called_back';

-- What has breached or will within p_minutes (default 10) on the running clocks.
create function public.sla_watch(p_project_id uuid, p_minutes integer default 10)
returns setof public.service_worklist
language sql stable security invoker set search_path = '' as $$
  select * from public.service_worklist w
   where w.project_id = p_project_id and w.due is not null and w.due <= private.clock() + make_interval(mins => greatest(coalesce(p_minutes, 10), 0))
   order by w.emergency desc, w.due, w.request_no
$$;

-- Service levels and satisfaction over requests received from p_from to p_to, by category, department, month or
-- person: how many, how many met each clock (of those that reached that step), average working minutes
-- (dispatch → done), callbacks due and made, satisfied (4–5) of those rated.
create function public.service_stats(p_project_id uuid, p_from date, p_to date, p_group text default 'category')
returns table (group_key text, group_name text, requests integer, emergencies integer,
               accepted integer, accepted_in_time integer, dispatched integer, dispatched_in_time integer,
               completed integer, completed_in_time integer, avg_work_minutes numeric,
               callbacks_due integer, called_back integer, called_back_in_time integer, rated integer, satisfied integer,
               callback_rate text, satisfaction_rate text)
language plpgsql stable security invoker set search_path = '' as $$
#variable_conflict use_column
begin
  if p_group is null or p_group not in ('category', 'department', 'month', 'assignee', 'project') then
    raise exception 'group must be category, department, month, assignee or project, not %', coalesce(p_group, 'null') using errcode = '22023';
  end if;
  return query
  with req as (
    select r.*, c.name_zh as category_name, coalesce(p.name_zh_parent, c.name_zh) as top_name
      from public.service_requests r
      join public.service_categories c on c.project_id = r.project_id and c.id = r.category_id
      left join lateral (select pc.name_zh as name_zh_parent from public.service_categories pc
                          where pc.project_id = c.project_id and pc.id = c.parent_id) p on true
     where (p_project_id is null or r.project_id = p_project_id)
       and r.received_at >= (p_from::timestamp at time zone 'Asia/Shanghai') and r.received_at < ((p_to + 1)::timestamp at time zone 'Asia/Shanghai')
  ),
  keyed as (
    select case p_group when 'category' then r.category_id::text when 'department' then r.department::text
                        when 'month' then to_char(r.received_at at time zone 'Asia/Shanghai', 'YYYY-MM')
                        when 'assignee' then coalesce(r.assignee_id::text, '-') else r.project_id::text end as group_key,
           case p_group when 'category' then r.category_name when 'department' then r.department::text
                        when 'month' then to_char(r.received_at at time zone 'Asia/Shanghai', 'YYYY-MM')
                        when 'assignee' then coalesce((select s.full_name from public.staff s where s.user_id = r.assignee_id), '-')
                        else (select pr.name from public.projects pr where pr.id = r.project_id) end as group_name,
           r.*
      from req r
  )
  select k.group_key, min(k.group_name), count(*)::integer, count(*) filter (where k.emergency)::integer,
         count(k.accepted_at)::integer, count(*) filter (where k.accepted_at <= k.accept_due)::integer,
         count(k.dispatched_at)::integer, count(*) filter (where k.dispatched_at <= k.dispatch_due)::integer,
         count(k.done_at) filter (where k.dispatched_at is not null)::integer,
         count(*) filter (where k.done_at <= k.complete_due)::integer,
         round(avg(extract(epoch from (k.done_at - k.dispatched_at)) / 60), 1),
         count(*) filter (where k.callback_due is not null and (k.callback_due <= private.clock() or k.called_back_at is not null))::integer,
         count(k.called_back_at)::integer, count(*) filter (where k.called_back_at <= k.callback_due)::integer,
         count(k.satisfaction)::integer, count(*) filter (where k.satisfaction >= 4)::integer,
         private.rate(count(k.called_back_at), count(*) filter (where k.callback_due is not null and (k.callback_due <= private.clock() or k.called_back_at is not null))),
         private.rate(count(*) filter (where k.satisfaction >= 4), count(k.satisfaction))
    from keyed k
   group by k.group_key
   order by k.group_key;
end $$;

-- ── who may do what ────────────────────────────────────────────────────────────────────────────────────────

alter table public.service_categories enable row level security;
alter table public.service_requests enable row level security;
alter table public.request_events enable row level security;
alter table public.work_orders enable row level security;
alter table public.callbacks enable row level security;
alter table public.bill_disputes enable row level security;
revoke all on public.service_categories, public.service_requests, public.request_events, public.work_orders,
              public.callbacks, public.bill_disputes from anon, authenticated;
grant select on public.service_categories, public.service_requests, public.request_events, public.work_orders,
              public.callbacks, public.bill_disputes to authenticated;
grant insert, update on public.service_categories to authenticated;

create policy read on public.service_categories for select to authenticated
  using (project_id = any ((select private.my_project_ids())::uuid[]));
create policy add on public.service_categories for insert to authenticated
  with check (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[]));
create policy change on public.service_categories for update to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[]))
  with check (project_id = any ((select private.my_project_ids('{manager,hq_admin}'))::uuid[]));

-- Office roles read their projects' requests; field staff the requests of their department.
create policy read on public.service_requests for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,finance,cashier,hq_admin,hq_analyst}'))::uuid[])
         or (project_id::text || ':' || department) = any ((select private.my_departments())::text[]));
create policy read on public.work_orders for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,finance,cashier,hq_admin,hq_analyst}'))::uuid[])
         or (project_id::text || ':' || department) = any ((select private.my_departments())::text[]));
-- Events: internal notes of a field staff member's department requests included (they work on them).
create policy read on public.request_events for select to authenticated
  using (exists (select 1 from public.service_requests r where r.project_id = request_events.project_id and r.id = request_events.request_id));
create policy read on public.callbacks for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,finance,cashier,hq_admin,hq_analyst}'))::uuid[]));
create policy read on public.bill_disputes for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,finance,cashier,hq_admin,hq_analyst}'))::uuid[]));

revoke all on public.service_worklist from anon;
grant select on public.service_worklist to authenticated;

revoke all on function
  private.clock(), private.my_departments(), private.add_default_service_categories(uuid), private.project_gets_service_categories(),
  private.office_request(uuid, public.app_role[]), private.request_event(public.service_requests, text, public.request_status, text, boolean),
  private.wrong_status(public.service_requests, text),
  private.create_request(uuid, public.request_channel, uuid, text, uuid, uuid, text, text, text, text[], text, public.request_urgency, uuid[]),
  private.accept_request(uuid), private.reject_request(uuid, text, text),
  private.dispatch_request(uuid, public.department, uuid, text, text, timestamptz), private.work_progress(uuid, text, text),
  private.add_request_note(uuid, text, boolean), private.record_callback(uuid, boolean, smallint, text, text),
  private.close_request(uuid, text), private.next_due(public.service_requests)
  from public, anon, authenticated;
grant execute on function
  private.clock(), private.my_departments(), private.next_due(public.service_requests),
  private.create_request(uuid, public.request_channel, uuid, text, uuid, uuid, text, text, text, text[], text, public.request_urgency, uuid[]),
  private.accept_request(uuid), private.reject_request(uuid, text, text),
  private.dispatch_request(uuid, public.department, uuid, text, text, timestamptz), private.work_progress(uuid, text, text),
  private.add_request_note(uuid, text, boolean), private.record_callback(uuid, boolean, smallint, text, text),
  private.close_request(uuid, text)
  to authenticated;
revoke all on function
  public.create_request(uuid, public.request_channel, uuid, text, uuid, uuid, text, text, text, text[], text, public.request_urgency, uuid[]),
  public.accept_request(uuid), public.reject_request(uuid, text, text),
  public.dispatch_request(uuid, text, public.department, uuid, text, timestamptz), public.work_progress(uuid, text, text),
  public.add_request_note(uuid, text, boolean), public.record_callback(uuid, boolean, smallint, text, text),
  public.close_request(uuid, text), public.sla_watch(uuid, integer), public.service_stats(uuid, date, date, text)
  from public, anon;
grant execute on function
  public.create_request(uuid, public.request_channel, uuid, text, uuid, uuid, text, text, text, text[], text, public.request_urgency, uuid[]),
  public.accept_request(uuid), public.reject_request(uuid, text, text),
  public.dispatch_request(uuid, text, public.department, uuid, text, timestamptz), public.work_progress(uuid, text, text),
  public.add_request_note(uuid, text, boolean), public.record_callback(uuid, boolean, smallint, text, text),
  public.close_request(uuid, text), public.sla_watch(uuid, integer), public.service_stats(uuid, date, date, text)
  to authenticated;

-- ── disputes pause dunning ─────────────────────────────────────────────────────────────────────────────────

-- As before, without the bills under an open dispute: no stage is recorded for them until it is resolved.
create or replace function public.dunning_candidates(p_project_id uuid, p_as_of date)
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
     and not exists (select 1 from public.bill_disputes d where d.project_id = b.project_id and d.bill_id = b.id and d.resolved_at is null)
   order by b.id
$$;

-- ── disputes pause late fees ───────────────────────────────────────────────────────────────────────────────

-- Each dispute of a bill as business days in the project's time zone, [from_day, to_day): what the late-fee rule
-- reads (arrears item `disputes`) so the days under dispute do not accrue.
create view public.dispute_periods with (security_invoker = true) as
select d.id, d.project_id, d.bill_id, (d.opened_at at time zone p.timezone)::date as from_day,
       (d.resolved_at at time zone p.timezone)::date as to_day
  from public.bill_disputes d
  join public.projects p on p.id = d.project_id;
revoke all on public.dispute_periods from anon;
grant select on public.dispute_periods to authenticated, service_role;
