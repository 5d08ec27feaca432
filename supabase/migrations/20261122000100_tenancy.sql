-- Tenancy: companies → projects; who works where, in which role.
-- Security helpers live in schema `private`, which PostgREST does not expose.

create schema if not exists private;
revoke all on schema private from public;
alter default privileges in schema private revoke execute on functions from public;

create type public.app_role as enum ('hq_admin', 'hq_analyst', 'manager', 'finance', 'cashier', 'agent');

create table public.companies (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (code ~ '^[a-z0-9_-]{2,32}$'),
  name text not null check (length(trim(name)) > 0),
  created_at timestamptz not null default now()
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  company_id uuid not null references public.companies(id),
  code text not null check (code ~ '^[a-z0-9_-]{2,32}$'),
  name text not null check (length(trim(name)) > 0),
  address text,
  timezone text not null default 'Asia/Shanghai',
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (company_id, code),
  -- lets memberships and templates prove a project belongs to their company
  unique (company_id, id)
);

create table public.staff (
  user_id uuid primary key references auth.users(id) on delete cascade,
  company_id uuid not null references public.companies(id),
  full_name text not null check (length(trim(full_name)) > 0),
  phone text,
  created_at timestamptz not null default now()
);
create index staff_company_idx on public.staff (company_id);

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  company_id uuid not null references public.companies(id),
  -- null = every project of the company (HQ roles always; other roles when they serve the whole company)
  project_id uuid,
  role public.app_role not null,
  created_at timestamptz not null default now(),
  foreign key (company_id, project_id) references public.projects (company_id, id),
  check (role not in ('hq_admin', 'hq_analyst') or project_id is null),
  unique nulls not distinct (user_id, company_id, project_id, role)
);
create index memberships_user_idx on public.memberships (user_id);
create index memberships_company_idx on public.memberships (company_id);
create index memberships_project_idx on public.memberships (project_id);

-- The projects the current user may act on with one of `roles` (any role when null).
-- SECURITY DEFINER so policies can read memberships without recursing into their RLS; called as
-- `(select private.my_project_ids(...))` so Postgres evaluates it once per statement, not per row.
create function private.my_project_ids(roles public.app_role[] default null) returns uuid[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(distinct p.id), '{}')
  from public.memberships m
  join public.projects p on p.company_id = m.company_id and (m.project_id is null or m.project_id = p.id)
  where m.user_id = (select auth.uid()) and (roles is null or m.role = any (roles))
$$;

-- Companies where the current user holds one of `roles` (any role when null).
create function private.my_company_ids(roles public.app_role[] default null) returns uuid[]
language sql stable security definer set search_path = '' as $$
  select coalesce(array_agg(distinct m.company_id), '{}')
  from public.memberships m
  where m.user_id = (select auth.uid()) and (roles is null or m.role = any (roles))
$$;

-- Every editable row carries updated_at and a row_version for optimistic concurrency.
create function private.touch_row() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  new.row_version := old.row_version + 1;
  return new;
end $$;

-- Actor columns are filled from the caller's JWT, so nobody can record a row in someone else's name.
-- Service-side jobs (no JWT user) keep what they set.
create function private.stamp_actor() returns trigger
language plpgsql set search_path = '' as $$
declare
  actor uuid := (select auth.uid());
begin
  if actor is not null then
    new := jsonb_populate_record(new, jsonb_build_object(tg_argv[0], actor));
  end if;
  return new;
end $$;

create trigger projects_touch before update on public.projects for each row execute function private.touch_row();
