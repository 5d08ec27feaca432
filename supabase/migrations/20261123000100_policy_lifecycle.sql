-- Policy lifecycle and the facts the rule engine reads.
--  * publish_policy: a draft becomes the version in force from a date; the version it replaces ends the day
--    before. Runs as the caller, so RLS decides who may publish (the office manager, HQ admin).
--  * unit_facts: one row per unit with what the engine's facts need, read by the console's simulation and
--    by the billing function alike (security_invoker: the caller's RLS applies).

-- Two published versions of one project cannot start on the same day.
create unique index policies_published_start_idx on public.policies (company_id, project_id, effective_from)
  where status = 'published';

create function public.publish_policy(p_policy_id uuid, p_effective_from date, p_note text)
returns public.policies
language plpgsql security invoker set search_path = '' as $$
declare
  draft public.policies;
  published public.policies;
begin
  if p_effective_from is null then
    raise exception 'an effective date is required to publish a policy';
  end if;
  if length(trim(coalesce(p_note, ''))) = 0 then
    raise exception 'a note saying what changed is required to publish a policy';
  end if;
  select * into draft from public.policies where id = p_policy_id for update;
  if not found then
    raise exception 'policy % not found, or you may not publish it', p_policy_id;
  end if;
  if draft.status <> 'draft' then
    raise exception 'policy version % is % already', draft.version, draft.status;
  end if;
  -- The version in force on that day ends the day before; a later-starting one is superseded entirely.
  update public.policies p set effective_to = p_effective_from - 1
   where p.company_id = draft.company_id and p.project_id is not distinct from draft.project_id
     and p.status = 'published' and p.effective_from < p_effective_from
     and (p.effective_to is null or p.effective_to >= p_effective_from);
  update public.policies p set status = 'retired'
   where p.company_id = draft.company_id and p.project_id is not distinct from draft.project_id
     and p.status = 'published' and p.effective_from >= p_effective_from;
  update public.policies p
     set status = 'published', effective_from = p_effective_from, note = p_note,
         published_at = now(), published_by = (select auth.uid())
   where p.id = p_policy_id
  returning * into published;
  if not found then
    raise exception 'you may not publish policy %', p_policy_id;
  end if;
  return published;
end $$;

revoke all on function public.publish_policy(uuid, date, text) from public, anon;
grant execute on function public.publish_policy(uuid, date, text) to authenticated;

create view public.unit_facts with (security_invoker = true) as
select u.id as unit_id,
       u.project_id,
       u.room_no,
       b.code as building_code,
       u.area::text as area,
       u.usage,
       u.handover_date,
       u.renovation_date,
       u.occupancy_date,
       u.occupancy,
       o.id as owner_id,
       o.name as owner_name,
       o.tags as owner_tags,
       (select count(*)::int from public.parking_spaces ps where ps.project_id = u.project_id and ps.unit_id = u.id) as parking_spaces
  from public.units u
  join public.buildings b on b.project_id = u.project_id and b.id = u.building_id
  left join public.unit_ownerships uo on uo.project_id = u.project_id and uo.unit_id = u.id and uo.to_date is null
  left join public.owners o on o.project_id = u.project_id and o.id = uo.owner_id;

revoke all on public.unit_facts from anon;
grant select on public.unit_facts to authenticated;
create index parking_spaces_unit_idx on public.parking_spaces (project_id, unit_id);
