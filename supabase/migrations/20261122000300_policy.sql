-- Fee items and versioned fee policies. A published policy is immutable: bills record the version that made
-- them, so any bill can be replayed. HQ templates are policies without a project.

create type public.fee_category as enum
  ('management', 'parking', 'water', 'electricity', 'gas', 'renovation', 'deposit', 'service', 'commercial', 'other');
create type public.fee_cycle as enum ('month', 'quarter', 'year', 'once');
create type public.policy_status as enum ('draft', 'published', 'retired');

create table public.fee_items (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  code text not null check (code ~ '^[a-z0-9_-]{1,32}$'),
  name_zh text not null check (length(trim(name_zh)) > 0),
  name_en text not null check (length(trim(name_en)) > 0),
  category public.fee_category not null,
  cycle public.fee_cycle not null,
  -- deposits (e.g. renovation deposits) are kept on a separate ledger
  ledger text not null default 'main' check (ledger in ('main', 'deposit')),
  active boolean not null default true,
  sort integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, code)
);

create table public.policies (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.companies(id),
  project_id uuid,
  version integer not null check (version > 0),
  status public.policy_status not null default 'draft',
  effective_from date,
  effective_to date,
  document jsonb not null,
  based_on uuid references public.policies(id),
  note text,
  published_at timestamptz,
  published_by uuid,
  created_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  foreign key (company_id, project_id) references public.projects (company_id, id),
  unique nulls not distinct (company_id, project_id, version),
  check (effective_to is null or effective_from is null or effective_to >= effective_from),
  check (status = 'draft' or effective_from is not null)
);
create index policies_project_idx on public.policies (project_id);

-- Published and retired versions never change, except that a published one may be retired (with an end date).
create function private.guard_policy_change() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    if old.status <> 'draft' then
      raise exception 'policy version % is %: only drafts can be deleted', old.version, old.status;
    end if;
    return old;
  end if;
  if old.status = 'draft' then
    return new;
  end if;
  if old.status = 'published'
     and new.status in ('published', 'retired')
     and (to_jsonb(new) - array['status', 'effective_to', 'updated_at', 'row_version'])
       = (to_jsonb(old) - array['status', 'effective_to', 'updated_at', 'row_version']) then
    return new;
  end if;
  raise exception 'policy version % is %: it cannot be changed — create a new version', old.version, old.status;
end $$;

create trigger policies_guard before update or delete on public.policies
  for each row execute function private.guard_policy_change();
create trigger policies_touch before update on public.policies for each row execute function private.touch_row();
create trigger policies_actor before insert on public.policies for each row execute function private.stamp_actor('created_by');
create trigger fee_items_touch before update on public.fee_items for each row execute function private.touch_row();
