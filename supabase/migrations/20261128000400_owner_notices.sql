-- Telling owners: announcements to a building's or the project's owners (停水停电, events, policy changes), and
-- news of their own service request (a note or step the office marks for the owner), both through the outbox and
-- the channel plugins like dunning messages (payload kind 'notice'), each message once per owner and channel.

create table public.announcements (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  building_id uuid,
  title text not null check (length(trim(title)) between 1 and 60),
  body text not null check (length(trim(body)) between 1 and 500),
  channels public.dunning_channel[] not null check (cardinality(channels) > 0 and channels <@ '{sms,app,email}'),
  created_by uuid,
  created_at timestamptz not null default now(),
  recipients integer not null default 0,
  unique (project_id, id),
  foreign key (project_id, building_id) references public.buildings (project_id, id)
);
create trigger announcements_actor before insert on public.announcements for each row execute function private.stamp_actor('created_by');

alter table public.outbox add column announcement_id uuid, add column request_id uuid,
  add foreign key (project_id, announcement_id) references public.announcements (project_id, id),
  add foreign key (project_id, request_id) references public.service_requests (project_id, id);
create index outbox_announcement_idx on public.outbox (project_id, announcement_id) where announcement_id is not null;

create function private.notice_payload(p_project_id uuid, p_title text, p_body text, p_owner text) returns jsonb
language sql stable set search_path = '' as $$
  select jsonb_build_object('kind', 'notice', 'title', p_title, 'body', p_body, 'project', p.name, 'owner', p_owner,
                            'officePhone', p.office_phone, 'on', (private.clock() at time zone p.timezone)::date)
    from public.projects p where p.id = p_project_id
$$;

-- One message per current owner of the building (or project) with a phone, per channel; returns the announcement.
create function private.send_announcement(p_project_id uuid, p_title text, p_body text, p_channels public.dunning_channel[], p_building_id uuid)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  a public.announcements;
  n integer;
begin
  if p_project_id is null or not (p_project_id = any (private.my_project_ids('{manager,agent,hq_admin}'))) then
    raise exception 'you may not send announcements in this project' using errcode = '42501';
  end if;
  if p_building_id is not null and not exists (select 1 from public.buildings b where b.project_id = p_project_id and b.id = p_building_id) then
    raise exception 'building: % is not a building of this project', p_building_id using errcode = '22023';
  end if;
  insert into public.announcements (project_id, building_id, title, body, channels)
  values (p_project_id, p_building_id, trim(coalesce(p_title, '')), trim(coalesce(p_body, '')), coalesce(p_channels, '{}'))
  returning * into a;
  insert into public.outbox (project_id, channel, recipient, payload, dedupe_key, announcement_id)
  select a.project_id, c, o.phone, private.notice_payload(a.project_id, a.title, a.body, o.name),
         'announcement:' || a.id || ':' || o.id || ':' || c, a.id
    from (select distinct ow.owner_id
            from public.unit_ownerships ow join public.units u on u.project_id = ow.project_id and u.id = ow.unit_id
           where ow.project_id = a.project_id and ow.to_date is null and (a.building_id is null or u.building_id = a.building_id)) x
    join public.owners o on o.project_id = a.project_id and o.id = x.owner_id
   cross join unnest(a.channels) c
   where o.phone is not null and not ('developer' = any (o.tags));
  get diagnostics n = row_count;
  update public.announcements set recipients = n where id = a.id returning * into a;
  return jsonb_build_object('id', a.id, 'messages', n);
end $$;

create function public.send_announcement(p_project_id uuid, p_title text, p_body text,
                                         p_channels public.dunning_channel[] default '{sms}', p_building_id uuid default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.send_announcement(p_project_id, p_title, p_body, p_channels, p_building_id)
$$;

-- Each announcement with its messages by delivery status.
create view public.announcement_delivery with (security_invoker = true) as
select a.id, a.project_id, a.building_id, a.title, a.body, a.channels, a.created_by, a.created_at, a.recipients,
       count(m.id) filter (where m.status = 'queued')::integer as queued,
       count(m.id) filter (where m.status = 'sending')::integer as sending,
       count(m.id) filter (where m.status = 'sent')::integer as sent,
       count(m.id) filter (where m.status = 'failed')::integer as failed
  from public.announcements a
  left join public.outbox m on m.project_id = a.project_id and m.announcement_id = a.id
 group by a.id;

-- Steps and notes the office marks for the owner go to the request's contact phone by SMS.
create or replace function private.request_event(r public.service_requests, p_kind text, p_status public.request_status, p_note text, p_for_owner boolean)
returns void language plpgsql security definer set search_path = '' as $$
declare
  event_id uuid;
  owner_name text := (select o.name from public.owners o where o.project_id = r.project_id and o.id = r.owner_id);
begin
  insert into public.request_events (project_id, request_id, at, actor_id, kind, status, note, for_owner)
  values (r.project_id, r.id, private.clock(), (select auth.uid()), p_kind, p_status, nullif(trim(coalesce(p_note, '')), ''), p_for_owner)
  returning id into event_id;
  if p_for_owner and r.contact_phone is not null then
    insert into public.outbox (project_id, channel, recipient, payload, dedupe_key, request_id)
    values (r.project_id, 'sms', r.contact_phone,
            private.notice_payload(r.project_id, '服务单 ' || r.request_no || ' ' || private.request_status_zh(coalesce(p_status, r.status)),
                                   coalesce(nullif(trim(coalesce(p_note, '')), ''), '您的服务单状态已更新。'), owner_name),
            'request:' || event_id, r.id);
  end if;
end $$;

create function private.request_status_zh(p_status public.request_status) returns text
language sql immutable as $$
  select case p_status when 'received' then '已收到' when 'accepted' then '已受理' when 'dispatched' then '已派工'
                       when 'on_site' then '人员已到场' when 'done' then '已完成' when 'called_back' then '已回访'
                       when 'closed' then '已结案' when 'rejected' then '不予受理' end
$$;

-- An escalation (an emergency taken in, an unsatisfied owner escalated at callback) is sent at once to the
-- project's supervisors (managers with a phone), by SMS.
create function private.notify_supervisors() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  r public.service_requests;
begin
  select * into r from public.service_requests where project_id = new.project_id and id = new.request_id;
  insert into public.outbox (project_id, channel, recipient, payload, dedupe_key, request_id)
  select r.project_id, 'sms', s.phone,
         private.notice_payload(r.project_id, case when r.emergency then '紧急服务单 ' else '服务单升级 ' end || r.request_no,
                                concat_ws('；', new.note, r.location, left(r.description, 80), r.contact_phone), s.full_name),
         'escalation:' || new.id || ':' || s.user_id, r.id
    from (select distinct m.user_id from public.memberships m join public.projects p on p.company_id = m.company_id
           where p.id = r.project_id and (m.project_id is null or m.project_id = p.id) and m.role = 'manager') x
    join public.staff s on s.user_id = x.user_id
   where s.phone is not null;
  return null;
end $$;
create trigger request_events_escalation after insert on public.request_events
  for each row when (new.kind = 'escalation') execute function private.notify_supervisors();

alter table public.announcements enable row level security;
revoke all on public.announcements from anon, authenticated;
grant select on public.announcements to authenticated;
create policy read on public.announcements for select to authenticated
  using (project_id = any ((select private.my_project_ids('{manager,agent,hq_admin,hq_analyst}'))::uuid[]));
revoke all on public.announcement_delivery from anon;
grant select on public.announcement_delivery to authenticated;

revoke all on function private.notice_payload(uuid, text, text, text), private.request_status_zh(public.request_status), private.notify_supervisors(),
  private.send_announcement(uuid, text, text, public.dunning_channel[], uuid) from public, anon, authenticated;
grant execute on function private.send_announcement(uuid, text, text, public.dunning_channel[], uuid) to authenticated;
revoke all on function public.send_announcement(uuid, text, text, public.dunning_channel[], uuid) from public, anon;
grant execute on function public.send_announcement(uuid, text, text, public.dunning_channel[], uuid) to authenticated;
select private.enable_audit('public.announcements'::regclass);
