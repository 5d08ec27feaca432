-- Dunning: the actions of the ladder, every conversation, installment plans, and the outbox that
-- channel plugins deliver from (never sending twice: dedupe_key).

create type public.dunning_channel as enum ('sms', 'phone', 'letter', 'door', 'app', 'email', 'task');
create type public.action_status as enum ('scheduled', 'sent', 'done', 'cancelled', 'failed');
create type public.plan_status as enum ('proposed', 'active', 'kept', 'broken', 'completed', 'cancelled');
create type public.outbox_status as enum ('queued', 'sending', 'sent', 'failed');

create table public.dunning_actions (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  bill_id uuid,
  owner_id uuid,
  unit_id uuid,
  stage text not null check (length(trim(stage)) > 0),
  channel public.dunning_channel not null,
  scheduled_on date not null,
  sent_at timestamptz,
  status public.action_status not null default 'scheduled',
  result text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  foreign key (project_id, bill_id) references public.bills (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id)
);
create index dunning_actions_due_idx on public.dunning_actions (project_id, scheduled_on, status);
create index dunning_actions_owner_idx on public.dunning_actions (project_id, owner_id);
create trigger dunning_actions_touch before update on public.dunning_actions for each row execute function private.touch_row();

create table public.contact_logs (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  owner_id uuid,
  unit_id uuid,
  bill_id uuid,
  agent_id uuid,
  channel public.dunning_channel not null,
  contacted_at timestamptz not null default now(),
  summary text not null check (length(trim(summary)) > 0),
  outcome text,
  promise_date date,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  foreign key (project_id, bill_id) references public.bills (project_id, id)
);
create index contact_logs_owner_idx on public.contact_logs (project_id, owner_id, contacted_at);
create trigger contact_logs_actor before insert on public.contact_logs for each row execute function private.stamp_actor('agent_id');

create table public.installment_plans (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  owner_id uuid not null,
  unit_id uuid,
  total numeric(14,2) not null check (total > 0),
  schedule jsonb not null default '[]',
  status public.plan_status not null default 'proposed',
  approved_by uuid,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id)
);
create index installment_plans_owner_idx on public.installment_plans (project_id, owner_id);
create trigger installment_plans_touch before update on public.installment_plans for each row execute function private.touch_row();
create trigger installment_plans_actor before insert on public.installment_plans for each row execute function private.stamp_actor('created_by');

create table public.outbox (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  channel public.dunning_channel not null,
  recipient text not null,
  payload jsonb not null,
  dedupe_key text not null,
  dunning_action_id uuid,
  status public.outbox_status not null default 'queued',
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  unique (project_id, dedupe_key),
  foreign key (project_id, dunning_action_id) references public.dunning_actions (project_id, id)
);
create index outbox_pending_idx on public.outbox (next_attempt_at) where status in ('queued', 'failed');

-- A recorded conversation is evidence: it is never edited or deleted.
create trigger contact_logs_append_only before update or delete on public.contact_logs
  for each row execute function private.guard_append_only();
