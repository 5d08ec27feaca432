-- Finance decides proposed adjustments (from the grid's edits of reviewed bills, or from a billing run): an
-- approved adjustment changes its bill — the one way money changes after review — and a rejected one does not.
-- All-or-nothing over a selection; an adjustment whose bill no longer holds the value it was proposed against
-- (the bill changed since) is refused rather than applied blindly. Users no longer update adjustments directly.

drop policy change on public.bill_adjustments;
revoke update on public.bill_adjustments from authenticated;

create function private.decide_adjustments(p_ids uuid[], p_decision text, p_comment text) returns integer
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
          adj.bill_id, adj.field, coalesce(current_value, 'empty'), coalesce(adj.old_value, 'empty'), adj.id using errcode = 'PT409';
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
           decided_by = (select auth.uid()), decided_at = now()
     where a.id = adj.id;
    n := n + 1;
  end loop;
  if n <> cardinality(p_ids) then
    raise exception 'some selected adjustments do not exist or you may not decide them' using errcode = '42501';
  end if;
  return n;
end $$;

create function public.decide_adjustments(p_ids uuid[], p_decision text, p_comment text default null) returns integer
language sql security invoker set search_path = '' as $$
  select private.decide_adjustments(p_ids, p_decision, p_comment)
$$;

revoke all on function private.decide_adjustments(uuid[], text, text) from public, anon;
revoke all on function public.decide_adjustments(uuid[], text, text) from public, anon;
grant execute on function private.decide_adjustments(uuid[], text, text) to authenticated;
grant execute on function public.decide_adjustments(uuid[], text, text) to authenticated;
