-- xlsx imports: the console parses and checks each field of a file (web/src/routes/imports); these functions
-- check what only the database knows (rooms, meters, bills, earlier readings), report every problem with
-- its row and column, and commit a file all-or-nothing. Each takes the rows as JSON and p_dry_run:
--   dry run → {counts, issues} and nothing written; commit → {counts, issues: []}, or, if any row has an
--   issue, error PT422 whose detail is the issues as JSON (PostgREST answers 422) and nothing written.
-- Issues: [{row, column, code, params?}]; codes are the ones web/src/routes/imports/kinds/types.ts lists.

-- Who may import into the project, the batch's shape, and the reason the audit log records.
create function private.import_begin(p_project_id uuid, p_rows jsonb, p_roles public.app_role[], p_note text)
returns void language plpgsql security definer set search_path = '' as $$
begin
  if p_project_id is null or not (p_project_id = any (private.my_project_ids(p_roles))) then
    raise exception 'you may not import this into the project' using errcode = '42501';
  end if;
  if jsonb_typeof(p_rows) is distinct from 'array' or jsonb_array_length(p_rows) = 0 then
    raise exception 'the file has no rows to import' using errcode = '22023';
  end if;
  if jsonb_array_length(p_rows) > 100000 then
    raise exception 'at most 100,000 rows per import; split the file' using errcode = '22023';
  end if;
  perform set_config('feegrid.reason', left(coalesce(nullif(trim(p_note), ''), 'xlsx import'), 200), true);
end $$;

-- Rows as a typed temp table; a value of the wrong type (only a forged request gets here) fails the batch.
create function private.import_rows_failed(p_error text) returns void
language plpgsql set search_path = '' as $$
begin
  raise exception 'a row has a value of the wrong type: %', p_error using errcode = '22023';
end $$;

create function private.issue(p_column text, p_code text, p_params jsonb default null) returns jsonb
language sql immutable set search_path = '' as $$
  select jsonb_build_object('column', p_column, 'code', p_code) || case when p_params is null then '{}'::jsonb else jsonb_build_object('params', p_params) end
$$;

-- Dry run or commit, given the issues the import found in its temp table's `issues` column.
create function private.import_outcome(p_issues jsonb, p_counts jsonb, p_dry_run boolean)
returns jsonb language plpgsql set search_path = '' as $$
begin
  if jsonb_array_length(p_issues) > 0 and not p_dry_run then
    raise exception '% rows of the file have problems; nothing was imported', (select count(distinct i->>'row') from jsonb_array_elements(p_issues) i)
      using errcode = 'PT422', detail = (select jsonb_agg(i)::text from (select i from jsonb_array_elements(p_issues) i limit 1000) s),
            hint = 'fix the rows named in the detail and import the file again';
  end if;
  return jsonb_build_object('counts', p_counts, 'issues', p_issues);
end $$;

-- ── 抄表读数 ─────────────────────────────────────────────────────────────────────────────────────────────

create function private.import_meter_readings(p_project_id uuid, p_rows jsonb, p_dry_run boolean, p_note text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  may_replace constant boolean := p_project_id = any (private.my_project_ids('{manager,hq_admin}'));
  v_issues jsonb;
  v_counts jsonb;
begin
  perform private.import_begin(p_project_id, p_rows, '{manager,agent,cashier,hq_admin}', p_note);
  begin
    create temp table import_readings on commit drop as
    select r."row", trim(r.room_no) as room_no, r.kind, nullif(trim(r.serial), '') as serial, r.read_on,
           r.reading::numeric(14,3) as reading,
           null::uuid as unit_id, null::uuid as meter_id, null::numeric(14,3) as current_reading, '[]'::jsonb as issues
      from jsonb_to_recordset(p_rows) as r("row" integer, room_no text, kind public.meter_kind, serial text, read_on date, reading numeric);
  exception when data_exception then
    perform private.import_rows_failed(sqlerrm);
  end;

  update import_readings i set unit_id = u.id
    from public.units u where u.project_id = p_project_id and u.room_no = i.room_no;
  update import_readings i set issues = issues || private.issue('room_no', 'unknownRoom', jsonb_build_object('room', i.room_no))
   where unit_id is null;

  -- A serial names its meter (which must be that room's meter of that kind); else the room's one meter of the kind.
  update import_readings i set meter_id = m.id,
         issues = issues || case when m.unit_id is distinct from i.unit_id or m.kind <> i.kind
                                 then private.issue('serial', 'meterNotInRoom', jsonb_build_object('serial', i.serial)) else '[]' end
    from public.meters m where m.project_id = p_project_id and i.serial is not null and m.serial = i.serial;
  update import_readings i set issues = issues || private.issue('serial', 'unknownMeter', jsonb_build_object('serial', i.serial))
   where i.serial is not null and meter_id is null;
  update import_readings i
     set meter_id = case when c.n = 1 then c.one end,
         issues = issues || case c.n when 1 then '[]'::jsonb
                                     when 0 then private.issue('kind', 'unknownMeter')
                                     else private.issue('serial', 'ambiguousMeter', jsonb_build_object('count', c.n)) end
    from (select i2."row", count(m.id) as n, min(m.id::text)::uuid as one
            from import_readings i2 left join public.meters m
              on m.project_id = p_project_id and m.unit_id = i2.unit_id and m.kind = i2.kind
           where i2.serial is null and i2.unit_id is not null group by i2."row") c
   where c."row" = i."row";

  update import_readings i set issues = issues || private.issue('read_on', 'duplicateInFile', jsonb_build_object('first', d.first))
    from (select "row", min("row") over (partition by meter_id, read_on) as first from import_readings where meter_id is not null) d
   where d."row" = i."row" and d.first <> i."row";

  update import_readings i set current_reading = r.reading
    from public.meter_readings r where r.project_id = p_project_id and r.meter_id = i.meter_id and r.read_on = i.read_on;
  if not may_replace then
    update import_readings set issues = issues || private.issue('reading', 'readingExists', jsonb_build_object('current', current_reading))
     where current_reading is not null and current_reading <> reading;
  end if;

  -- Readings only go up: against the meter's readings before and after, the file's own included.
  with series as (
    select meter_id, read_on, reading, "row" from import_readings where meter_id is not null
    union all
    select r.meter_id, r.read_on, r.reading, null from public.meter_readings r
     where r.project_id = p_project_id and r.meter_id in (select meter_id from import_readings)
       and not exists (select 1 from import_readings i where i.meter_id = r.meter_id and i.read_on = r.read_on)
  ), neighbours as (
    select "row", reading,
           lag(reading) over w as prev, lag(read_on) over w as prev_on,
           lead(reading) over w as next, lead(read_on) over w as next_on, lead("row") over w as next_row
      from series window w as (partition by meter_id order by read_on, "row")
  )
  update import_readings i
     set issues = issues
       || case when n.prev > n.reading then private.issue('reading', 'readingBelowPrevious', jsonb_build_object('previous', n.prev, 'on', n.prev_on)) else '[]' end
       || case when n.next < n.reading and n.next_row is null then private.issue('reading', 'readingAboveNext', jsonb_build_object('next', n.next, 'on', n.next_on)) else '[]' end
    from neighbours n where n."row" = i."row";

  select coalesce(jsonb_agg(jsonb_build_object('row', i."row") || e order by i."row"), '[]') into v_issues
    from import_readings i cross join lateral jsonb_array_elements(i.issues) e;
  select jsonb_build_object(
           'inserted', count(*) filter (where current_reading is null),
           'updated', count(*) filter (where current_reading <> reading),
           'unchanged', count(*) filter (where current_reading = reading))
    into v_counts from import_readings;
  if jsonb_array_length(v_issues) = 0 and not p_dry_run then
    insert into public.meter_readings (project_id, meter_id, read_on, reading, source)
    select p_project_id, meter_id, read_on, reading, 'import' from import_readings where current_reading is null;
    update public.meter_readings r set reading = i.reading, source = 'import'
      from import_readings i
     where r.project_id = p_project_id and r.meter_id = i.meter_id and r.read_on = i.read_on and i.current_reading <> i.reading;
  end if;
  return private.import_outcome(v_issues, v_counts, p_dry_run);
end $$;

-- ── 房屋与业主 ───────────────────────────────────────────────────────────────────────────────────────────

create function private.import_units_owners(p_project_id uuid, p_rows jsonb, p_dry_run boolean, p_note text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  v_issues jsonb;
  v_counts jsonb;
  r record;
  v_unit uuid;
  v_owner uuid;
begin
  perform private.import_begin(p_project_id, p_rows, '{manager,hq_admin}', p_note);
  begin
    create temp table import_units on commit drop as
    select x."row", trim(x.building_code) as building_code, trim(x.room_no) as room_no, x.floor, x.area::numeric(10,2) as area,
           x.usage, x.handover_date, x.renovation_date, x.occupancy_date, x.occupancy,
           nullif(trim(x.owner_name), '') as owner_name, nullif(trim(x.owner_phone), '') as owner_phone,
           nullif(trim(x.owner_id_card_tail), '') as owner_id_card_tail, x.owner_tags, x.owner_from,
           null::uuid as building_id, null::uuid as unit_id, null::uuid as current_owner, null::text as current_name, null::date as current_from, false as changes_owner, false as changes_unit,
           '[]'::jsonb as issues
      from jsonb_to_recordset(p_rows) as x("row" integer, building_code text, room_no text, floor integer, area numeric,
           usage public.unit_usage, handover_date date, renovation_date date, occupancy_date date, occupancy public.occupancy_status,
           owner_name text, owner_phone text, owner_id_card_tail text, owner_tags text[], owner_from date);
  exception when data_exception then
    perform private.import_rows_failed(sqlerrm);
  end;

  update import_units i set building_id = b.id
    from public.buildings b where b.project_id = p_project_id and b.code = i.building_code;
  update import_units set issues = issues || private.issue('building_code', 'unknownBuilding', jsonb_build_object('code', building_code))
   where building_id is null;
  update import_units i set issues = issues || private.issue('room_no', 'duplicateInFile', jsonb_build_object('first', d.first))
    from (select "row", min("row") over (partition by room_no) as first from import_units) d
   where d."row" = i."row" and d.first <> i."row";
  update import_units i set issues = issues || private.issue('owner_name', 'ownerDetailsWithoutName')
   where owner_name is null and (owner_phone is not null or owner_id_card_tail is not null or cardinality(owner_tags) > 0 or owner_from is not null);

  update import_units i set unit_id = u.id,
         changes_unit = (i.building_id, coalesce(i.floor, u.floor), coalesce(i.area, u.area), coalesce(i.usage, u.usage),
                         coalesce(i.handover_date, u.handover_date), coalesce(i.renovation_date, u.renovation_date),
                         coalesce(i.occupancy_date, u.occupancy_date), coalesce(i.occupancy, u.occupancy))
                        is distinct from (u.building_id, u.floor, u.area, u.usage, u.handover_date, u.renovation_date, u.occupancy_date, u.occupancy),
         issues = issues
           || case when coalesce(i.renovation_date, u.renovation_date) < coalesce(i.handover_date, u.handover_date)
                   then private.issue('renovation_date', 'datesOutOfOrder') else '[]' end
           || case when coalesce(i.occupancy_date, u.occupancy_date) < coalesce(i.handover_date, u.handover_date)
                   then private.issue('occupancy_date', 'datesOutOfOrder') else '[]' end
    from public.units u where u.project_id = p_project_id and u.room_no = i.room_no;
  update import_units set changes_unit = true,
         issues = issues
           || case when area is null then private.issue('area', 'required') else '[]' end
           || case when renovation_date < handover_date then private.issue('renovation_date', 'datesOutOfOrder') else '[]' end
           || case when occupancy_date < handover_date then private.issue('occupancy_date', 'datesOutOfOrder') else '[]' end
   where unit_id is null;

  -- The current owner; a row naming someone else transfers the unit (the same name only updates the owner's details).
  update import_units i set current_owner = o.id, current_name = o.name, current_from = w.from_date
    from public.unit_ownerships w join public.owners o on o.project_id = w.project_id and o.id = w.owner_id
   where w.project_id = p_project_id and w.unit_id = i.unit_id and w.to_date is null;
  update import_units set changes_owner = owner_name is distinct from coalesce(current_name, owner_name) or (current_owner is null and owner_name is not null);
  update import_units set issues = issues || private.issue('owner_from', 'datesOutOfOrder', jsonb_build_object('since', current_from))
   where changes_owner and current_from is not null and coalesce(owner_from, current_date) <= current_from;

  select coalesce(jsonb_agg(jsonb_build_object('row', i."row") || e order by i."row"), '[]') into v_issues
    from import_units i cross join lateral jsonb_array_elements(i.issues) e;
  select jsonb_build_object(
           'created', count(*) filter (where unit_id is null),
           'updated', count(*) filter (where unit_id is not null and changes_unit),
           'unchanged', count(*) filter (where unit_id is not null and not changes_unit and not changes_owner),
           'ownersChanged', count(*) filter (where changes_owner))
    into v_counts from import_units;

  if jsonb_array_length(v_issues) = 0 and not p_dry_run then
    for r in select * from import_units order by "row" loop
      if r.unit_id is null then
        insert into public.units (project_id, building_id, room_no, floor, area, usage, handover_date, renovation_date, occupancy_date, occupancy)
        values (p_project_id, r.building_id, r.room_no, r.floor, r.area, coalesce(r.usage, 'residential'), r.handover_date,
                r.renovation_date, r.occupancy_date, coalesce(r.occupancy, 'vacant'))
        returning id into v_unit;
      else
        v_unit := r.unit_id;
        if r.changes_unit then
          update public.units u
             set building_id = r.building_id, floor = coalesce(r.floor, u.floor), area = coalesce(r.area, u.area),
                 usage = coalesce(r.usage, u.usage), handover_date = coalesce(r.handover_date, u.handover_date),
                 renovation_date = coalesce(r.renovation_date, u.renovation_date),
                 occupancy_date = coalesce(r.occupancy_date, u.occupancy_date), occupancy = coalesce(r.occupancy, u.occupancy)
           where u.id = v_unit;
        end if;
      end if;
      continue when r.owner_name is null;
      if r.changes_owner then
        -- the same person may own several units: match by name and phone
        select o.id into v_owner from public.owners o
         where o.project_id = p_project_id and o.name = r.owner_name and o.phone is not distinct from r.owner_phone
         order by o.created_at limit 1;
        if v_owner is null then
          insert into public.owners (project_id, name, phone, id_card_tail, tags)
          values (p_project_id, r.owner_name, r.owner_phone, r.owner_id_card_tail, coalesce(r.owner_tags, '{}'))
          returning id into v_owner;
        end if;
        update public.unit_ownerships set to_date = coalesce(r.owner_from, current_date) - 1
         where project_id = p_project_id and unit_id = v_unit and to_date is null;
        insert into public.unit_ownerships (project_id, unit_id, owner_id, from_date)
        values (p_project_id, v_unit, v_owner, coalesce(r.owner_from, r.handover_date, current_date));
      else
        v_owner := r.current_owner;
      end if;
      update public.owners o
         set phone = coalesce(r.owner_phone, o.phone), id_card_tail = coalesce(r.owner_id_card_tail, o.id_card_tail),
             tags = case when cardinality(r.owner_tags) > 0 then r.owner_tags else o.tags end
       where o.id = v_owner
         and (coalesce(r.owner_phone, o.phone), coalesce(r.owner_id_card_tail, o.id_card_tail), case when cardinality(r.owner_tags) > 0 then r.owner_tags else o.tags end)
             is distinct from (o.phone, o.id_card_tail, o.tags);
      v_owner := null;
    end loop;
  end if;
  return private.import_outcome(v_issues, v_counts, p_dry_run);
end $$;

-- ── 账单调整 ─────────────────────────────────────────────────────────────────────────────────────────────

create function private.import_bill_adjustments(p_project_id uuid, p_rows jsonb, p_dry_run boolean, p_note text)
returns jsonb language plpgsql security definer set search_path = '' as $$
declare
  v_issues jsonb;
  v_counts jsonb;
begin
  perform private.import_begin(p_project_id, p_rows, '{manager,finance,hq_admin}', p_note);
  begin
    create temp table import_adjustments on commit drop as
    select a."row", trim(a.room_no) as room_no, trim(a.fee_item) as fee_item, a.period_start, a.field,
           trim(a.new_value) as new_value, trim(a.reason) as reason,
           null::uuid as unit_id, null::uuid as fee_item_id, null::uuid as bill_id, null::public.bill_status as status,
           null::text as old_value, '[]'::jsonb as issues
      from jsonb_to_recordset(p_rows) as a("row" integer, room_no text, fee_item text, period_start date, field text, new_value text, reason text);
  exception when data_exception then
    perform private.import_rows_failed(sqlerrm);
  end;

  update import_adjustments i set unit_id = u.id
    from public.units u where u.project_id = p_project_id and u.room_no = i.room_no;
  update import_adjustments set issues = issues || private.issue('room_no', 'unknownRoom', jsonb_build_object('room', room_no))
   where unit_id is null;
  -- A fee item by its code or by its name in either language.
  update import_adjustments i set fee_item_id = f.id
    from public.fee_items f
   where f.project_id = p_project_id and (lower(f.code) = lower(i.fee_item) or f.name_zh = i.fee_item or lower(f.name_en) = lower(i.fee_item));
  update import_adjustments set issues = issues || private.issue('fee_item', 'unknownFeeItem', jsonb_build_object('item', fee_item))
   where fee_item_id is null;

  update import_adjustments i set bill_id = b.id, status = b.status, old_value = to_jsonb(b)->>i.field
    from public.bills b
   where b.project_id = p_project_id and b.unit_id = i.unit_id and b.fee_item_id = i.fee_item_id and b.period_start = i.period_start;
  update import_adjustments set issues = issues || private.issue('period_start', 'unknownBill')
   where unit_id is not null and fee_item_id is not null and bill_id is null;
  update import_adjustments set issues = issues || private.issue('period_start', 'billNotReviewed', jsonb_build_object('status', status))
   where status not in ('submitted', 'approved', 'issued');

  -- The same checks as a grid edit: known fields, two-decimal amounts ≥ 0, ISO dates.
  update import_adjustments
     set issues = issues || case
           when field not in ('principal', 'discount', 'surcharge', 'late_fee', 'due_date') then private.issue('field', 'invalidOption')
           when field = 'due_date' and (new_value !~ '^\d{4}-\d{2}-\d{2}$' or not pg_input_is_valid(new_value, 'date'))
             then private.issue('new_value', 'invalidNewValue')
           when field <> 'due_date' and new_value !~ '^\d{1,12}(\.\d{1,2})?$' then private.issue('new_value', 'invalidNewValue')
           else '[]' end
         || case when reason is null or reason = '' then private.issue('reason', 'required') else '[]' end;
  update import_adjustments
     set new_value = case when field = 'due_date' then new_value else new_value::numeric(14,2)::text end
   where jsonb_array_length(issues) = 0;
  update import_adjustments set issues = issues || private.issue('new_value', 'sameValue')
   where bill_id is not null and jsonb_array_length(issues) = 0 and new_value = old_value;
  update import_adjustments i set issues = issues || private.issue('field', 'pendingAdjustment')
   where exists (select 1 from public.bill_adjustments a
                  where a.project_id = p_project_id and a.bill_id = i.bill_id and a.field = i.field and a.status = 'proposed');
  update import_adjustments i set issues = issues || private.issue('field', 'duplicateInFile', jsonb_build_object('first', d.first))
    from (select "row", min("row") over (partition by bill_id, field) as first from import_adjustments where bill_id is not null) d
   where d."row" = i."row" and d.first <> i."row";

  select coalesce(jsonb_agg(jsonb_build_object('row', i."row") || e order by i."row"), '[]') into v_issues
    from import_adjustments i cross join lateral jsonb_array_elements(i.issues) e;
  select jsonb_build_object('proposed', count(*)) into v_counts from import_adjustments;
  if jsonb_array_length(v_issues) = 0 and not p_dry_run then
    insert into public.bill_adjustments (project_id, bill_id, field, old_value, new_value, reason)
    select p_project_id, bill_id, field, old_value, new_value, reason from import_adjustments;
  end if;
  return private.import_outcome(v_issues, v_counts, p_dry_run);
end $$;

-- The API's entry points: thin invoker wrappers (the checks above decide who may do what).
create function public.import_meter_readings(p_project_id uuid, p_rows jsonb, p_dry_run boolean default true, p_note text default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.import_meter_readings(p_project_id, p_rows, p_dry_run, p_note)
$$;
create function public.import_units_owners(p_project_id uuid, p_rows jsonb, p_dry_run boolean default true, p_note text default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.import_units_owners(p_project_id, p_rows, p_dry_run, p_note)
$$;
create function public.import_bill_adjustments(p_project_id uuid, p_rows jsonb, p_dry_run boolean default true, p_note text default null)
returns jsonb language sql security invoker set search_path = '' as $$
  select private.import_bill_adjustments(p_project_id, p_rows, p_dry_run, p_note)
$$;

revoke all on function private.import_begin(uuid, jsonb, public.app_role[], text), private.import_rows_failed(text),
  private.issue(text, text, jsonb), private.import_outcome(jsonb, jsonb, boolean),
  private.import_meter_readings(uuid, jsonb, boolean, text), private.import_units_owners(uuid, jsonb, boolean, text),
  private.import_bill_adjustments(uuid, jsonb, boolean, text) from public, anon;
grant execute on function private.import_meter_readings(uuid, jsonb, boolean, text), private.import_units_owners(uuid, jsonb, boolean, text),
  private.import_bill_adjustments(uuid, jsonb, boolean, text) to authenticated;
revoke all on function public.import_meter_readings(uuid, jsonb, boolean, text), public.import_units_owners(uuid, jsonb, boolean, text),
  public.import_bill_adjustments(uuid, jsonb, boolean, text) from public, anon;
grant execute on function public.import_meter_readings(uuid, jsonb, boolean, text), public.import_units_owners(uuid, jsonb, boolean, text),
  public.import_bill_adjustments(uuid, jsonb, boolean, text) to authenticated;
