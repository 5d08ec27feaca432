-- The adjustments screen (调整审批): finance reads proposed adjustments with what a clerk recognises them by, and
-- decides them. The decision's comment is kept on the adjustment itself (the audit log's reason alone is not
-- something the screen can show next to the decision), and a stale proposal's refusal carries, as JSON in its
-- detail, which adjustment and bill it is about, so the console can name the bill.

alter table public.bill_adjustments add column decision_comment text;

-- As 20261124000400, plus decision_comment and the refusal's detail.
create or replace function private.decide_adjustments(p_ids uuid[], p_decision text, p_comment text) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  adj public.bill_adjustments;
  current_value text;
  n integer := 0;
begin
  if p_decision not in ('approve', 'reject') then
    raise exception 'decide with approve or reject, not %', p_decision using errcode = '22023';
  end if;
  if coalesce(cardinality(p_ids), 0) = 0 then
    raise exception 'no adjustments selected' using errcode = '22023';
  end if;
  perform set_config('feegrid.reason', coalesce(nullif(trim(p_comment), ''), format('adjustment %sd', p_decision)), true);
  for adj in
    select a.* from public.bill_adjustments a where a.id = any (p_ids) order by a.created_at, a.id for update
  loop
    if not (adj.project_id = any (private.my_project_ids('{finance,hq_admin}'))) then
      raise exception 'adjustment % does not exist or your role may not decide it', adj.id using errcode = '42501';
    end if;
    if adj.status <> 'proposed' then
      raise exception 'adjustment % is % already', adj.id, adj.status using errcode = '22023';
    end if;
    if p_decision = 'approve' then
      select to_jsonb(b) ->> adj.field into current_value from public.bills b where b.id = adj.bill_id for update;
      if current_value is distinct from adj.old_value then
        raise exception 'bill %: % is % now, not % as when adjustment % was proposed; propose it again',
          adj.bill_id, adj.field, coalesce(current_value, 'empty'), coalesce(adj.old_value, 'empty'), adj.id
          using errcode = 'PT409',
                detail = jsonb_build_object('adjustment', adj.id, 'bill', adj.bill_id, 'field', adj.field,
                                            'current', current_value, 'proposedAgainst', adj.old_value)::text;
      end if;
      perform set_config('feegrid.adjusting', 'on', true);
      update public.bills b
         set principal = case when adj.field = 'principal' then adj.new_value::numeric(14,2) else b.principal end,
             discount = case when adj.field = 'discount' then adj.new_value::numeric(14,2) else b.discount end,
             surcharge = case when adj.field = 'surcharge' then adj.new_value::numeric(14,2) else b.surcharge end,
             late_fee = case when adj.field = 'late_fee' then adj.new_value::numeric(14,2) else b.late_fee end,
             due_date = case when adj.field = 'due_date' then adj.new_value::date else b.due_date end
       where b.id = adj.bill_id;
      perform set_config('feegrid.adjusting', '', true);
    end if;
    update public.bill_adjustments a
       set status = case when p_decision = 'approve' then 'approved'::public.adjustment_status else 'rejected'::public.adjustment_status end,
           decided_by = (select auth.uid()), decided_at = now(), decision_comment = nullif(trim(p_comment), '')
     where a.id = adj.id;
    n := n + 1;
  end loop;
  if n <> cardinality(p_ids) then
    raise exception 'some selected adjustments do not exist or you may not decide them' using errcode = '42501';
  end if;
  return n;
end $$;

-- create or replace keeps the function's grants (execute for authenticated only); the public wrapper is unchanged.

-- Adjustments with their bill's room, owner, fee item and period, and who asked and decided. Security invoker:
-- the tables' own RLS decides what each user sees; every join stays inside the project.
create view public.adjustment_review with (security_invoker = true) as
select a.id, a.project_id, a.bill_id, a.field, a.old_value, a.new_value, a.reason, a.status,
       a.requested_by, a.created_at, a.decided_by, a.decided_at, a.decision_comment,
       b.period_start, b.period_end, u.room_no, o.name as owner_name, f.code as fee_code,
       requester.full_name as requested_by_name, decider.full_name as decided_by_name
  from public.bill_adjustments a
  join public.bills b on b.project_id = a.project_id and b.id = a.bill_id
  join public.units u on u.project_id = b.project_id and u.id = b.unit_id
  join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
  left join public.owners o on o.project_id = b.project_id and o.id = b.owner_id
  left join public.staff requester on requester.user_id = a.requested_by
  left join public.staff decider on decider.user_id = a.decided_by;

revoke all on public.adjustment_review from anon;
grant select on public.adjustment_review to authenticated;
