-- 应收明细表 (receivable statement): one row per unit for a project and a period range, in the office's columns
-- 房号, 业主姓名, 房屋面积, 管理费标准, 应收金额, 上期欠费, 滞纳金, 本期应收 (编号 and the 合计 row are the console's:
-- the row number, and exact sums of these rows). Security invoker: the caller's RLS on bills, units, buildings,
-- owners and fee items decides what the statement holds, so another project's units are simply absent.
--
--  * Bills counted: the project's bills whose period starts inside [p_from, p_to], not void, on the main ledger
--    (deposits are kept apart) — drafts included, because the statement is what finance reviews before the
--    notices go out. Optionally one building and some fee items (codes). Units without such bills have no row.
--  * 房号: units.room_no, with the building's code for sorting and filtering.
--  * 业主姓名: the owner on the unit's latest bill in the range (the one the next notice goes to).
--  * 房屋面积: the unit's recorded area.
--  * 管理费标准: the ¥/m²·月 the management fee (fee items of category 'management') was charged at — the `rate`
--    of its area × rate explanation line (core.charge.areaRate records `area` and `rate`), from the latest period
--    whose bill has one. It is the policy's standard rate: half price before renovation and relief are applied
--    after it and show in 应收金额. A bill without such a line (entered by hand, a fixed charge) gives no rate:
--    null rather than principal ÷ area ÷ months, which proration, half price and edits would make wrong.
--  * 应收金额 = Σ (principal − discount + surcharge): what this period charges.
--  * 上期欠费 = Σ arrears_carried: unpaid balances of earlier bills, noted by the billing run on the first bill of
--    each fee item (a snapshot when billed). The money stays owed on those earlier bills: arrears_carried is not
--    part of any total_due.
--  * 滞纳金 = Σ late_fee: the late fee charged this period on those arrears.
--  * 本期应收 = 应收金额 + 上期欠费 + 滞纳金 = Σ (total_due + arrears_carried): what the owner has to pay to be clear
--    after this period's notice. Added up over several periods it counts arrears again: a figure to collect,
--    not revenue.
--
-- Amounts are text (exact decimals on the wire). Pages of at most 1,000 units in room_no order: the caller passes
-- the last room_no it has, and each page aggregates only its own units' bills.
create function public.receivable_statement(
  p_project_id uuid, p_from date, p_to date,
  p_building_id uuid default null, p_fee_items text[] default null,
  p_after_room_no text default null, p_limit integer default 1000
) returns table (
  unit_id uuid, building_code text, room_no text, owner_name text, area text, mgmt_rate text,
  receivable text, arrears_carried text, late_fee text, total_due text
)
language sql stable security invoker set search_path = '' as $$
  with counted as not materialized (
    select b.unit_id, b.owner_id, b.period_start, b.principal, b.discount, b.surcharge, b.late_fee, b.arrears_carried,
           b.explanation, f.category, f.sort
      from public.bills b
      join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
     where b.project_id = p_project_id and b.period_start between p_from and p_to
       and b.status <> 'void' and f.ledger = 'main'
       and (p_fee_items is null or f.code = any (p_fee_items))
  ),
  page as (
    select u.id, u.room_no, u.area, bl.code
      from public.units u
      join public.buildings bl on bl.project_id = u.project_id and bl.id = u.building_id
     where u.project_id = p_project_id
       and (p_building_id is null or u.building_id = p_building_id)
       and (p_after_room_no is null or u.room_no > p_after_room_no)
       and exists (select 1 from counted c where c.unit_id = u.id)
     order by u.room_no
     limit least(greatest(coalesce(p_limit, 1000), 1), 1000)
  ),
  rated as (
    select c.*,
           case when c.category = 'management'
                then jsonb_path_query_first(c.explanation, '$[*] ? (@.phase == "base" && exists (@.v.area)).v.rate') #>> '{}'
           end as rate
      from page p join counted c on c.unit_id = p.id
  ),
  sums as (
    select r.unit_id,
           sum(r.principal - r.discount + r.surcharge) as receivable,
           sum(r.arrears_carried) as arrears_carried,
           sum(r.late_fee) as late_fee,
           (array_agg(r.owner_id order by r.period_start desc, r.sort) filter (where r.owner_id is not null))[1] as owner_id,
           (array_agg(r.rate order by r.period_start desc, r.sort) filter (where r.rate ~ '^\d{1,8}(\.\d{1,6})?$'))[1] as mgmt_rate
      from rated r
     group by r.unit_id
  )
  select p.id, p.code, p.room_no, o.name, p.area::text, s.mgmt_rate,
         s.receivable::text, s.arrears_carried::text, s.late_fee::text,
         (s.receivable + s.arrears_carried + s.late_fee)::text
    from page p
    join sums s on s.unit_id = p.id
    left join public.owners o on o.project_id = p_project_id and o.id = s.owner_id
   order by p.room_no
$$;

revoke all on function public.receivable_statement(uuid, date, date, uuid, text[], text, integer) from public, anon;
grant execute on function public.receivable_statement(uuid, date, date, uuid, text[], text, integer) to authenticated;
