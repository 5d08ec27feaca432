-- What the rule engine needs about a unit for one period beyond `unit_facts`: meter readings (the last one
-- before the period and the last one inside it) and unpaid earlier bills. Read by the console's simulation and
-- by billing alike; runs as the caller, so RLS decides which rows count.
create function public.unit_period_facts(p_project_id uuid, p_start date, p_end date)
returns table (unit_id uuid, meters jsonb, arrears jsonb)
language sql stable security invoker set search_path = '' as $$
  with readings as (
    select m.unit_id, m.kind, m.multiplier,
           (select r.reading from public.meter_readings r
             where r.project_id = m.project_id and r.meter_id = m.id and r.read_on < p_start
             order by r.read_on desc limit 1) as previous,
           (select r.reading from public.meter_readings r
             where r.project_id = m.project_id and r.meter_id = m.id and r.read_on between p_start and p_end
             order by r.read_on desc limit 1) as current
      from public.meters m
     where m.project_id = p_project_id
  ),
  meters as (
    select unit_id,
           jsonb_object_agg(kind, jsonb_build_object('previous', previous::text, 'current', current::text, 'multiplier', multiplier::text)) as meters
      from readings
     where previous is not null and current is not null
     group by unit_id
  ),
  arrears as (
    select b.unit_id,
           jsonb_agg(jsonb_build_object('billId', b.id, 'feeItem', f.code, 'balance', b.balance::text, 'dueDate', b.due_date)
                     order by b.due_date, b.id) as arrears
      from public.bills b
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
     where b.project_id = p_project_id and b.balance > 0 and b.due_date is not null and b.period_end < p_start
       and b.status in ('approved', 'issued')
     group by b.unit_id
  )
  select coalesce(m.unit_id, a.unit_id), m.meters, a.arrears
    from meters m full join arrears a on a.unit_id = m.unit_id
   order by 1
$$;

revoke all on function public.unit_period_facts(uuid, date, date) from public, anon;
grant execute on function public.unit_period_facts(uuid, date, date) to authenticated;
create index meter_readings_meter_day_idx on public.meter_readings (project_id, meter_id, read_on desc);
