-- Records an office keeps: buildings, units, owners (with ownership history), parking spaces, meters, readings.
-- Every tenant table carries project_id and references its parents by (project_id, id), so a row can never point
-- into another project, and project_id stays a valid distribution column should we ever shard.

create type public.unit_usage as enum ('residential', 'commercial', 'office', 'storage');
create type public.occupancy_status as enum ('unsold', 'vacant', 'occupied', 'renovating');
create type public.meter_kind as enum ('water', 'electricity', 'gas');

create table public.buildings (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  code text not null check (length(trim(code)) > 0),
  name text not null check (length(trim(name)) > 0),
  floors integer check (floors between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, code)
);

create table public.units (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  building_id uuid not null,
  room_no text not null check (length(trim(room_no)) > 0),
  floor integer,
  area numeric(10,2) not null check (area > 0),
  usage public.unit_usage not null default 'residential',
  handover_date date,
  renovation_date date,
  occupancy_date date,
  occupancy public.occupancy_status not null default 'vacant',
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, room_no),
  foreign key (project_id, building_id) references public.buildings (project_id, id),
  check (renovation_date is null or handover_date is null or renovation_date >= handover_date),
  check (occupancy_date is null or handover_date is null or occupancy_date >= handover_date)
);
create index units_building_idx on public.units (project_id, building_id);

create table public.owners (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  name text not null check (length(trim(name)) > 0),
  phone text check (phone ~ '^[0-9+() -]{5,20}$'),
  id_card_tail text check (id_card_tail ~ '^[0-9Xx]{4}$'),
  tags text[] not null default '{}',
  note text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id)
);
create index owners_name_idx on public.owners (project_id, name);
create index owners_phone_idx on public.owners (project_id, phone);

create table public.unit_ownerships (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  unit_id uuid not null,
  owner_id uuid not null,
  from_date date not null,
  to_date date,
  created_at timestamptz not null default now(),
  unique (project_id, id),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id),
  check (to_date is null or to_date >= from_date)
);
-- one current owner per unit
create unique index unit_ownerships_current_idx on public.unit_ownerships (project_id, unit_id) where to_date is null;
create index unit_ownerships_owner_idx on public.unit_ownerships (project_id, owner_id);

create table public.parking_spaces (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  code text not null check (length(trim(code)) > 0),
  zone text,
  kind text not null default 'owned' check (kind in ('owned', 'rented', 'visitor')),
  unit_id uuid,
  owner_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, code),
  foreign key (project_id, unit_id) references public.units (project_id, id),
  foreign key (project_id, owner_id) references public.owners (project_id, id)
);

create table public.meters (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  unit_id uuid not null,
  kind public.meter_kind not null,
  serial text not null check (length(trim(serial)) > 0),
  multiplier numeric(10,2) not null default 1 check (multiplier > 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, serial),
  foreign key (project_id, unit_id) references public.units (project_id, id)
);
create index meters_unit_idx on public.meters (project_id, unit_id);

create table public.meter_readings (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  meter_id uuid not null,
  read_on date not null,
  reading numeric(14,3) not null check (reading >= 0),
  source text not null default 'manual',
  recorded_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  row_version bigint not null default 1,
  unique (project_id, id),
  unique (project_id, meter_id, read_on),
  foreign key (project_id, meter_id) references public.meters (project_id, id)
);

create trigger buildings_touch before update on public.buildings for each row execute function private.touch_row();
create trigger units_touch before update on public.units for each row execute function private.touch_row();
create trigger owners_touch before update on public.owners for each row execute function private.touch_row();
create trigger parking_spaces_touch before update on public.parking_spaces for each row execute function private.touch_row();
create trigger meters_touch before update on public.meters for each row execute function private.touch_row();
create trigger meter_readings_touch before update on public.meter_readings for each row execute function private.touch_row();
create trigger meter_readings_actor before insert on public.meter_readings for each row execute function private.stamp_actor('recorded_by');
