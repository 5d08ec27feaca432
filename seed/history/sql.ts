// The statements of the history load, one project at a time. Every choice (rates, amounts, who pays when, how,
// and to which cashier) is a hash of ids and the salt, never random(): the same seed gives the same bills,
// payments and ids.
//
// $1 is always the project; each statement takes only the parameters it names.

/**
 * 32 bits of an md5 as a non-negative bigint: word 0–3 of a digest (one digest gives a payment event its three
 * rolls), or the first word of a text's. Plain SQL functions, so the planner inlines them.
 */
export const HASH_FUNCTIONS = [`
create or replace function pg_temp.history_word(p_md5 text, p_word integer) returns bigint
language sql immutable parallel safe as $$ select ('x' || substr(p_md5, 1 + 8 * p_word, 8))::bit(32)::bigint $$`, `
create or replace function pg_temp.history_hash(p_text text) returns bigint
language sql immutable parallel safe as $$ select pg_temp.history_word(md5(p_text), 0) $$`];

/**
 * The bills, in a temp table: management quarterly for every unit while it has an owner (area × the project's
 * rate × 3; shops 1.6 × the rate; seniors 10 % and disabled owners 20 % off, as the standard policy relieves
 * them), parking monthly for a unit's linked spaces (a management fee per owned space, a rent per rented one),
 * water monthly for occupied units (4.0–28.9 t at ¥3.50). The owner is the one who held the unit at the end of
 * the period (a resale moves later bills to the buyer). Due on the 10th of the period's first month.
 * $2 first month, $3 last month, $4 salt.
 */
export const PLAN_BILLS = `
create temp table history_bills as
with rates as (
  select p.id, p.h % 15 * 0.05 + 2.50 as mgmt_rate, p.h / 15 % 5 * 10 + 60 as owned_space_fee, p.h / 75 % 5 * 25 + 150 as space_rent
    from (select id, pg_temp.history_hash($4 || '/rates/' || id) as h from public.projects where id = $1) p
),
periods as (
  select f.id as fee_item_id, f.code, m::date as period_start,
         (m + case when f.code = 'mgmt' then interval '3 months' else interval '1 month' end - interval '1 day')::date as period_end
    from generate_series($2::date::timestamp, $3::date::timestamp, interval '1 month') m
    join public.fee_items f on f.project_id = $1 and f.ledger = 'main' and f.code in ('mgmt', 'parking', 'water')
   where f.code <> 'mgmt' or date_trunc('quarter', m) = m
),
spaces as (
  select s.unit_id, sum(case when s.kind = 'owned' then r.owned_space_fee else r.space_rent end) as monthly
    from public.parking_spaces s cross join rates r
   where s.project_id = $1 and s.unit_id is not null and s.kind in ('owned', 'rented')
   group by s.unit_id
),
charged as (
  select distinct on (u.id, p.fee_item_id, p.period_start)
         u.id as unit_id, o.owner_id, p.fee_item_id, p.code, p.period_start, p.period_end,
         case p.code
           when 'mgmt' then round(u.area * round(r.mgmt_rate * case when u.usage = 'commercial' then 1.6 else 1 end, 2) * 3, 2)
           when 'parking' then sp.monthly
           else round((pg_temp.history_hash($4 || '/water/' || u.id || '/' || p.period_start) % 250 / 10.0 + 4) * 3.50, 2)
         end as principal
    from public.units u
    cross join rates r
    join periods p on p.code <> 'water' or u.occupancy_date <= p.period_end
    join public.unit_ownerships o on o.project_id = u.project_id and o.unit_id = u.id
     and o.from_date <= p.period_end and (o.to_date is null or o.to_date >= p.period_start)
    left join spaces sp on sp.unit_id = u.id
   where u.project_id = $1 and (p.code <> 'parking' or sp.unit_id is not null)
   order by u.id, p.fee_item_id, p.period_start, o.from_date desc
)
select md5($4 || '/bill/' || c.unit_id || '/' || c.fee_item_id || '/' || c.period_start)::uuid as id,
       c.unit_id, c.owner_id, c.fee_item_id, c.period_start, c.period_end, c.principal,
       case when c.code = 'mgmt' then round(c.principal * case when 'disabled' = any (o.tags) then 0.20 when 'senior' = any (o.tags) then 0.10 else 0 end, 2)
            else 0 end as discount,
       c.period_start + 9 as due_date
  from charged c join public.owners o on o.project_id = $1 and o.id = c.owner_id`;

/**
 * What was paid toward each bill and when, in a temp table (one row per bill and payment). Who pays how late is
 * rolled per unit and due date, so a unit's bills due together are paid together, in one payment:
 *   62 % within the first 10 days of the due month (direct debit: on the due date), 10 % later that month,
 *   15 % 1–8 months late, 8 % part (30–70 %) on time and, for half of them, the rest 1–6 months later,
 *   5 % never;
 * 10 % of units pay habitually late (20 / 10 / 50 / 12 / 8 %), and 1.5 % of owners (never the developer) never
 * pay at all — the chronic debtors at the top of the debtor lists. Each owner has a way of paying; those on
 * direct debit pay late bills by WeChat. Payments are made on business hours of the project's time zone, never
 * after the last day given; what would be paid later is still open. $2 salt, $3 the last day.
 */
export const PLAN_PAYMENTS = `
create temp table history_parts as
with rolled as (
  select b.id, b.unit_id, b.owner_id, b.period_start, b.principal - b.discount as total,
         pg_temp.history_word(e.roll, 0) % 1000 as class_roll, pg_temp.history_word(e.roll, 1) as when_roll,
         pg_temp.history_word(e.roll, 2) % 570 as minute, u.habitually_late,
         pg_temp.history_word(o.roll, 0) % 1000 < 15 and not o.developer as chronic, pg_temp.history_word(o.roll, 1) % 100 as method_roll
    from history_bills b
    cross join lateral (select md5($2 || '/event/' || b.unit_id || '/' || b.due_date) as roll) e
    join (select id, pg_temp.history_hash($2 || '/habit/' || id) % 100 < 10 as habitually_late from public.units where project_id = $1) u
      on u.id = b.unit_id
    join (select id, md5($2 || '/owner/' || id) as roll, 'developer' = any (tags) as developer from public.owners where project_id = $1) o
      on o.id = b.owner_id
),
classed as (
  select r.*,
         case when r.chronic then 'never'
              when r.class_roll < case when r.habitually_late then 200 else 620 end then 'on_time'
              when r.class_roll < case when r.habitually_late then 300 else 720 end then 'this_month'
              when r.class_roll < case when r.habitually_late then 800 else 870 end then 'late'
              when r.class_roll < case when r.habitually_late then 920 else 950 end then 'partial'
              else 'never' end as behaviour,
         case when r.method_roll < 30 then 'wechat' when r.method_roll < 48 then 'alipay' when r.method_roll < 63 then 'direct_debit'
              when r.method_roll < 78 then 'bank_card' when r.method_roll < 90 then 'cash' when r.method_roll < 97 then 'bank_transfer'
              else 'cheque' end as preferred,
         round(r.total * (r.when_roll % 41 + 30) / 100, 2) as part
    from rolled r
),
parts as (
  select c.id as bill_id, c.unit_id, c.owner_id, c.minute,
         case when c.behaviour = 'partial' then c.part else c.total end as amount,
         case c.behaviour
           when 'on_time' then c.period_start + case when c.preferred = 'direct_debit' then 9 else (c.when_roll % 10)::int end
           when 'this_month' then c.period_start + 10 + (c.when_roll % 18)::int
           when 'late' then (c.period_start + make_interval(months => 1 + (c.when_roll % 8)::int))::date + (c.when_roll / 8 % 28)::int
           else c.period_start + (c.when_roll % 10)::int
         end as paid_on,
         case when c.behaviour = 'on_time' or c.preferred <> 'direct_debit' then c.preferred else 'wechat' end as method
    from classed c where c.behaviour <> 'never'
  union all
  select c.id, c.unit_id, c.owner_id, c.minute, c.total - c.part,
         (c.period_start + make_interval(months => 1 + (c.when_roll / 82 % 6)::int))::date + (c.when_roll / 492 % 28)::int,
         case when c.preferred = 'direct_debit' then 'wechat' else c.preferred end
    from classed c where c.behaviour = 'partial' and c.when_roll / 41 % 2 = 0
),
timed as (
  select p.bill_id, p.unit_id, p.owner_id, p.amount, p.method::public.payment_method as method,
         (p.paid_on + time '08:30' + make_interval(mins => p.minute::int)) at time zone pr.timezone as paid_at
    from parts p cross join (select timezone from public.projects where id = $1) pr
   where p.paid_on <= $3 and p.amount > 0
)
select md5($2 || '/payment/' || t.unit_id || '/' || t.owner_id || '/' || extract(epoch from t.paid_at) || '/' || t.method)::uuid as payment_id, t.*
  from timed t`;

export const INSERT_BILLS = `
insert into public.bills (id, project_id, unit_id, owner_id, fee_item_id, period_start, period_end, principal, discount, paid, due_date, status)
select b.id, $1, b.unit_id, b.owner_id, b.fee_item_id, b.period_start, b.period_end, b.principal, b.discount, coalesce(p.paid, 0), b.due_date, 'issued'
  from history_bills b left join (select bill_id, sum(amount) as paid from history_parts group by bill_id) p on p.bill_id = b.id`;

/** A unit's parts paid at the same moment are one payment, taken by one of the project's cashiers ($2, may be empty). */
export const INSERT_PAYMENTS = `
insert into public.payments (id, project_id, owner_id, unit_id, kind, amount, method, paid_at, recorded_by, idempotency_key, note)
select payment_id, $1, owner_id, unit_id, 'payment', sum(amount), method, paid_at,
       ($2::uuid[])[1 + pg_temp.history_hash(payment_id::text) % greatest(cardinality($2::uuid[]), 1)],
       'history:' || payment_id, '历史数据迁移'
  from history_parts group by payment_id, owner_id, unit_id, method, paid_at`;

/** $2 salt. */
export const INSERT_ALLOCATIONS = `
insert into public.payment_allocations (id, project_id, payment_id, bill_id, amount)
select md5($2 || '/allocation/' || payment_id || '/' || bill_id)::uuid, $1, payment_id, bill_id, amount from history_parts`;
