-- Photos of a service request (报修照片, 现场照片): what the owner sent at intake and what field staff took on site
-- — kept with the request for review, like every other service record (never changed or deleted). The bytes live
-- in Postgres: a work order carries a few photos the console shrinks to about 200 KB each, this keeps them under
-- the same row-level security as their request, and the migration deploys to a hosted project unchanged (a
-- project that prefers Supabase Storage would move `bytes` to an object path behind the same policies).

-- What the bytes are, from their first bytes: the declared type must be what the file really is.
create function private.image_type(b bytea) returns text
language sql immutable set search_path = '' as $$
  select case
    when substring(b from 1 for 3) = '\xffd8ff'::bytea then 'image/jpeg'
    when substring(b from 1 for 8) = '\x89504e470d0a1a0a'::bytea then 'image/png'
    when substring(b from 1 for 4) = '\x52494646'::bytea and substring(b from 9 for 4) = '\x57454250'::bytea then 'image/webp'
  end
$$;

create table public.service_photos (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects(id),
  request_id uuid not null,
  content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
  bytes bytea not null,
  size_bytes integer generated always as (octet_length(bytes)) stored,
  caption text check (length(caption) <= 200),
  taken_by uuid,
  taken_at timestamptz not null default now(),
  foreign key (project_id, request_id) references public.service_requests (project_id, id),
  constraint service_photos_size check (octet_length(bytes) between 1 and 1048576),
  constraint service_photos_type check (private.image_type(bytes) is not distinct from content_type)
);
create index service_photos_request_idx on public.service_photos (project_id, request_id, taken_at);

create trigger service_photos_actor before insert on public.service_photos
  for each row execute function private.stamp_actor('taken_by');

-- At most nine photos a request (as a WeChat message carries). The request row is locked first, so two uploads
-- at once cannot both take the ninth place; definer because field staff may not lock requests themselves.
create function private.photos_within_limit() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  perform 1 from public.service_requests r where r.project_id = new.project_id and r.id = new.request_id for update;
  if (select count(*) from public.service_photos p where p.project_id = new.project_id and p.request_id = new.request_id) >= 9 then
    raise exception 'request already has 9 photos, the most it can keep' using errcode = '23514';
  end if;
  return new;
end $$;
create trigger service_photos_limit before insert on public.service_photos
  for each row execute function private.photos_within_limit();

-- Kept for review: nobody changes or removes a photo, the superuser included.
create trigger service_photos_append_only before update or delete on public.service_photos
  for each row execute function private.guard_append_only();

alter table public.service_photos enable row level security;
revoke all on public.service_photos from anon, authenticated;
grant select, insert on public.service_photos to authenticated;

-- Whoever reads the request sees its photos (office roles of the project; field staff of its department).
create policy read on public.service_photos for select to authenticated
  using (exists (select 1 from public.service_requests r where r.project_id = service_photos.project_id and r.id = service_photos.request_id));
-- The office adds photos to its project's requests; field staff to the requests of their department.
create policy add on public.service_photos for insert to authenticated
  with check (project_id = any ((select private.my_project_ids('{manager,agent,hq_admin}'))::uuid[])
              or exists (select 1 from public.service_requests r
                          where r.project_id = service_photos.project_id and r.id = service_photos.request_id
                            and (r.project_id::text || ':' || r.department) = any ((select private.my_departments())::text[])));

revoke all on function private.image_type(bytea), private.photos_within_limit() from public, anon;
grant execute on function private.image_type(bytea) to authenticated;
