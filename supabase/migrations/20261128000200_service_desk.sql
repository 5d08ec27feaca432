-- The service desk (报修, 投诉, 咨询, 建议, 表扬): intake from every channel, triage and dispatch with deadlines
-- from the category's service level, progress with timestamps, callbacks with satisfaction, fee disputes that
-- pause dunning, all written through the RPCs below (users write none of these tables directly).
--
-- Service levels (defaults from the procedures FeeGrid replaces, per category): an online request is accepted
-- within 5 minutes of arriving (phone and front-desk requests are accepted as they are taken), dispatched within
-- 5 minutes of acceptance, completed within the category's time, and called back within 24 hours of completion.
-- The clock is now(), or the setting feegrid.clock when a test session sets it (the API cannot).

alter table public.memberships add constraint memberships_department_check
  check ((role = 'engineer') = (department is not null));

-- Field staff see the service desk's work of their department and nothing else: the tables every office role
-- reads (units, owners, bills, …) stay closed to them.
create or replace function private.my_project_ids(roles public.app_role[] default null) returns uuid[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(distinct p.id), '{}')
  from public.memberships m
  join public.projects p on p.company_id = m.company_id and (m.project_id is null or m.project_id = p.id)
  where m.user_id = (select auth.uid()) and (roles is null and m.role <> 'engineer' or m.role = any (roles))
$$;

create type public.request_kind as enum ('repair', 'complaint', 'inquiry', 'suggestion', 'praise');
create type public.request_channel as enum ('phone', 'front_desk', 'wechat', 'app', 'web');
create type public.request_status as enum ('received', 'accepted', 'dispatched', 'on_site', 'done', 'called_back', 'closed', 'rejected');
create type public.request_urgency as enum ('normal', 'urgent', 'emergency');

create function private.clock() returns timestamptz
language sql stable set search_path = '' as $$
  select coalesce(nullif(current_setting('feegrid.clock', true), '')::timestamptz, now())
$$;

-- The departments the current user works for as field staff, as 'project:department' keys.
create function private.my_departments() returns text[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(distinct p.id::text || ':' || m.department), '{}')
    from public.memberships m
    join public.projects p on p.company_id = m.company_id and (m.project_id is null or m.project_id = p.id)
   where m.user_id = (select auth.uid()) and m.role = 'engineer'
$$;

create table public.service_categories (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  code text not null check (code ~ '^[a-z0-9_.-]{1,40}$'),
  parent_id uuid,
  kind public.request_kind not null,
  name_zh text not null check (length(trim(name_zh)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  department public.department not null,
  -- water leak, power cut affecting a household, lift entrapment: dispatched first, supervisor notified
  emergency boolean not null default false,
  accept_minutes integer not null default 5 check (accept_minutes > 0),
  dispatch_minutes integer not null default 5 check (dispatch_minutes > 0),
  complete_minutes integer not null check (complete_minutes > 0),
  callback_minutes integer not null default 1440 check (callback_minutes > 0),
  active boolean not null default true,
  sort integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, code),
  foreign key (project_id, parent_id) references public.service_categories (project_id, id)
);
create trigger service_categories_touch before update on public.service_categories for each row execute function private.touch_row();

-- Every project starts with the categories of the procedures; offices rename, add and retime them.
create function private.add_default_service_categories(p_project_id uuid) returns void
language sql security definer set search_path = '' as $$
  with d(code, parent, kind, zh, en, department, emergency, complete_minutes, sort) as (values
    ('repair', null, 'repair', '报修', 'Repair', 'engineering', false, 1440, 10),
    ('repair.plumbing', 'repair', 'repair', '水电维修', 'Plumbing and electrics', 'engineering', false, 1440, 11),
    ('repair.leak', 'repair', 'repair', '漏水', 'Water leak', 'engineering', true, 120, 12),
    ('repair.power', 'repair', 'repair', '停电（影响住户）', 'Power cut (household)', 'engineering', true, 120, 13),
    ('repair.lift', 'repair', 'repair', '电梯困人', 'Lift entrapment', 'engineering', true, 30, 14),
    ('repair.common', 'repair', 'repair', '公共设施', 'Common facilities', 'engineering', false, 2880, 15),
    ('complaint', null, 'complaint', '投诉', 'Complaint', 'customer_service', false, 1440, 20),
    ('complaint.service', 'complaint', 'complaint', '服务投诉', 'Service', 'customer_service', false, 1440, 21),
    ('complaint.noise', 'complaint', 'complaint', '噪音与邻里', 'Noise and neighbours', 'security', false, 1440, 22),
    ('complaint.cleaning', 'complaint', 'complaint', '环境卫生', 'Cleanliness', 'cleaning', false, 1440, 23),
    ('complaint.greening', 'complaint', 'complaint', '绿化', 'Greening', 'greening', false, 2880, 24),
    ('complaint.fee', 'complaint', 'complaint', '收费争议', 'Fee dispute', 'customer_service', false, 4320, 25),
    ('inquiry', null, 'inquiry', '咨询', 'Question', 'customer_service', false, 240, 30),
    ('suggestion', null, 'suggestion', '建议', 'Suggestion', 'customer_service', false, 4320, 40),
    ('praise', null, 'praise', '表扬', 'Praise', 'customer_service', false, 4320, 50)
  ), parents as (
    insert into public.service_categories (project_id, code, kind, name_zh, name_en, department, emergency, complete_minutes, sort)
    select p_project_id, code, kind::public.request_kind, zh, en, department::public.department, emergency, complete_minutes, sort
      from d where parent is null
    on conflict (project_id, code) do nothing
    returning id, code
  )
  insert into public.service_categories (project_id, code, parent_id, kind, name_zh, name_en, department, emergency, complete_minutes, sort)
  select p_project_id, d.code, p.id, d.kind::public.request_kind, d.zh, d.en, d.department::public.department, d.emergency, d.complete_minutes, d.sort
    from d join parents p on p.code = d.parent
  on conflict (project_id, code) do nothing
$$;

create function private.project_gets_service_categories() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform private.add_default_service_categories(new.id);
  return null;
end $$;
create trigger projects_service_categories after insert on public.projects
  for each row execute function private.project_gets_service_categories();
select private.add_default_service_categories(id) from public.projects;

create table private.request_counters (
  project_id uuid primary key references public.projects(id),
  last_no bigint not null check (last_no >= 0)
);

create table public.service_requests (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_no bigint not null,
  channel public.request_channel not null,
  category_id uuid not null,
  kind public.request_kind not null,
  owner_id uuid,
  unit_id uuid,
  contact_name text,
  contact_phone text check (contact_phone ~ '^[0-9+() -]{5,20}$'),
  location text,
  description text not null check (length(trim(description)) > 0),
  photos text[] not null default '{}' check (cardinality(photos) <= 9),
  preferred_time text,
  urgency public.request_urgency not null default 'normal',
  emergency boolean not null default false,
  status public.request_status not null default 'received',
  department public.department not null,
  assignee_id uuid,
  out_of_scope_reason text,
  referral text,
  resolution text,
  satisfaction smallint check (satisfaction between 1 and 5),
  reopened integer not null default 0 check (reopened >= 0),
  escalated boolean not null default false,
  received_by uuid,
  received_at timestamptz not null,
  accepted_at timestamptz,
  dispatched_at timestamptz,
  on_site_at timestamptz,
  done_at timestamptz,
  called_back_at timestamptz,
  closed_at timestamptz,
  rejected_at timestamptz,
  accept_due timestamptz not null,
  dispatch_due timestamptz,
  complete_due timestamptz,
  callback_due timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, request_no),
  foreign key (project_id, category_id) references public.service_categories (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  check (status <> 'rejected' or length(trim(coalesce(out_of_scope_reason, ''))) > 0)
);
create index service_requests_open_idx on public.service_requests (project_id, status) where status not in ('closed', 'rejected');
create index service_requests_owner_idx on public.service_requests (project_id, owner_id);
create index service_requests_received_idx on public.service_requests (project_id, received_at);
create trigger service_requests_touch before update on public.service_requests for each row execute function private.touch_row();

-- What happened to a request, when, by whom; notes marked for the owner are sent to them. Append-only.
create table public.request_events (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_id uuid not null,
  at timestamptz not null,
  actor_id uuid,
  kind text not null check (kind in ('status', 'note', 'dispatch', 'callback', 'escalation', 'dispute')),
  status public.request_status,
  note text,
  for_owner boolean not null default false,
  unique (project_id, id),
  foreign key (project_id, request_id) references public.service_requests (project_id, id)
);
create index request_events_request_idx on public.request_events (project_id, request_id, at);
create trigger request_events_append_only before update or delete on public.request_events
  for each row execute function private.guard_append_only();

-- 派工单: what to do, for whom, by when; the field staff report arrival and completion on it.
create table public.work_orders (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_id uuid not null,
  department public.department not null,
  assignee_id uuid,
  instructions text not null check (length(trim(instructions)) > 0),
  contact text,
  dispatched_by uuid,
  dispatched_at timestamptz not null,
  deadline timestamptz not null,
  on_site_at timestamptz,
  finished_at timestamptz,
  result text,
  cancelled_at timestamptz,
  unique (project_id, id),
  foreign key (project_id, request_id) references public.service_requests (project_id, id),
  check (deadline > dispatched_at)
);
create index work_orders_request_idx on public.work_orders (project_id, request_id);
create index work_orders_open_idx on public.work_orders (project_id, department) where finished_at is null and cancelled_at is null;

-- Each callback attempt (回访): reached or not, satisfaction 1–5, what follows. Append-only.
create table public.callbacks (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_id uuid not null,
  agent_id uuid,
  at timestamptz not null,
  reached boolean not null,
  satisfaction smallint check (satisfaction between 1 and 5),
  comment text,
  outcome text not null check (outcome in ('satisfied', 'reopen', 'escalate', 'unreached')),
  unique (project_id, id),
  foreign key (project_id, request_id) references public.service_requests (project_id, id),
  check (reached = (satisfaction is not null)),
  check ((outcome = 'unreached') = (not reached)),
  check (outcome <> 'satisfied' or satisfaction >= 4)
);
create index callbacks_request_idx on public.callbacks (project_id, request_id, at);
create trigger callbacks_append_only before update or delete on public.callbacks
  for each row execute function private.guard_append_only();

-- A complaint about bills: while open, dunning skips those bills and late fees stop accruing on them.
create table public.bill_disputes (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_id uuid not null,
  bill_id uuid not null,
  opened_at timestamptz not null,
  resolved_at timestamptz,
  resolution text,
  unique (project_id, id),
  foreign key (project_id, request_id) references public.service_requests (project_id, id),
  foreign key (project_id, bill_id) references public.bills (project_id, id),
  check ((resolved_at is null) = (resolution is null))
);
create unique index bill_disputes_open_idx on public.bill_disputes (project_id, bill_id) where resolved_at is null;
create index bill_disputes_request_idx on public.bill_disputes (project_id, request_id);

select private.enable_audit(t::regclass) from unnest(array[
  'public.service_categories', 'public.service_requests', 'public.work_orders', 'public.bill_disputes'
]) t;
