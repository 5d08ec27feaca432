-- Editing and reviewing bills. Users no longer update bills directly: every change goes through
--  * save_bill_edits: the grid's batch — one transaction, optimistic concurrency by row version (a row someone
--    else changed since it was loaded is a conflict reported with both values, and nothing is saved); drafts
--    and returned bills change, bills under review or issued get proposed adjustments; the batch's reason
--    lands in the audit log with every changed field;
--  * transition_bills: the review workflow draft → submitted (manager) → approved or returned with a comment
--    (finance) → issued, all-or-nothing over a selection.
-- Both are SECURITY DEFINER in the private schema with their own role checks; public wrappers expose them.

alter table public.bills add column review_comment text;

drop policy change on public.bills;
revoke update on public.bills from authenticated;

create function private.save_bill_edits(p_edits jsonb, p_reason text) returns jsonb
language plpgsql security definer set search_path = '' as $$
declare
  bad record;
  conflicts jsonb;
  n_updated integer;
  n_proposed integer;
begin
  if length(trim(coalesce(p_reason, ''))) = 0 then
    raise exception 'a reason is required to save bill edits' using errcode = '22023';
  end if;
  if jsonb_typeof(p_edits) is distinct from 'array' or jsonb_array_length(p_edits) = 0 then
    raise exception 'no edits to save' using errcode = '22023';
  end if;
  perform set_config('feegrid.reason', p_reason, true);

  create temp table edit on commit drop as
  select e.id, e.row_version, e.changes
    from jsonb_to_recordset(p_edits) as e(id uuid, row_version bigint, changes jsonb);

  -- Each value is checked as the grid checks it: two-decimal amounts ≥ 0, ISO dates, known fields only.
  select e.id, k.key, e.changes->>k.key as value into bad
    from edit e cross join lateral jsonb_object_keys(e.changes) as k(key)
   where not case k.key
           when 'due_date' then coalesce(e.changes->>k.key ~ '^\d{4}-\d{2}-\d{2}$', false)
           when 'principal' then coalesce(e.changes->>k.key ~ '^\d{1,12}(\.\d{1,2})?$', false)
           when 'discount' then coalesce(e.changes->>k.key ~ '^\d{1,12}(\.\d{1,2})?$', false)
           when 'surcharge' then coalesce(e.changes->>k.key ~ '^\d{1,12}(\.\d{1,2})?$', false)
           when 'late_fee' then coalesce(e.changes->>k.key ~ '^\d{1,12}(\.\d{1,2})?$', false)
           else false end
   limit 1;
  if found then
    raise exception 'bill %: % cannot be set to %', bad.id, bad.key, coalesce(bad.value, 'nothing')
      using errcode = '22023', hint = 'amounts: a number ≥ 0 with at most two decimals; due_date: YYYY-MM-DD; editable fields: principal, discount, surcharge, late_fee, due_date';
  end if;

  -- Lock the rows (in id order: two batches never deadlock); each must be in a project where the user edits bills.
  perform 1 from public.bills b join edit e on e.id = b.id order by b.id for update of b;
  create temp table target on commit drop as
  select b.*, e.row_version as loaded_version, e.changes
    from edit e join public.bills b on b.id = e.id;
  select e.id into bad from edit e
   where not exists (select 1 from target t where t.id = e.id
                       and t.project_id = any (private.my_project_ids('{manager,finance,hq_admin}')))
   limit 1;
  if found then
    raise exception 'bill % does not exist or you may not edit it', bad.id using errcode = '42501';
  end if;
  select t.id, t.status into bad from target t where t.status = 'void' limit 1;
  if found then
    raise exception 'bill % is void and cannot be edited', bad.id using errcode = '22023';
  end if;

  -- Changed by someone else since loaded: report every such field with both values, save nothing.
  select jsonb_agg(jsonb_build_object('id', t.id, 'field', k.key, 'yours', t.changes->>k.key,
           'theirs', to_jsonb(t)->>k.key, 'loadedVersion', t.loaded_version, 'currentVersion', t.row_version) order by t.id, k.key)
    into conflicts
    from target t cross join lateral jsonb_object_keys(t.changes) as k(key)
   where t.row_version <> t.loaded_version;
  if conflicts is not null then
    raise exception '% of the edited bills were changed by someone else since you loaded them; nothing was saved',
      (select count(distinct c->>'id') from jsonb_array_elements(conflicts) c)
      using errcode = 'PT409', detail = conflicts::text, hint = 'reload the bills, then apply your edits again';
  end if;

  -- The new values of drafts, checked together so the message names the bill.
  create temp table next_values on commit drop as
  select t.id,
         coalesce((t.changes->>'principal')::numeric(14,2), t.principal) as principal,
         coalesce((t.changes->>'discount')::numeric(14,2), t.discount) as discount,
         coalesce((t.changes->>'surcharge')::numeric(14,2), t.surcharge) as surcharge,
         coalesce((t.changes->>'late_fee')::numeric(14,2), t.late_fee) as late_fee,
         case when t.changes ? 'due_date' then (t.changes->>'due_date')::date else t.due_date end as due_date,
         t.paid
    from target t where t.status in ('draft', 'returned');
  select n.id into bad from next_values n where n.discount > n.principal + n.surcharge limit 1;
  if found then
    raise exception 'bill %: the discount would exceed principal + surcharge', bad.id using errcode = '23514';
  end if;
  select n.id into bad from next_values n where n.paid > n.principal - n.discount + n.surcharge + n.late_fee limit 1;
  if found then
    raise exception 'bill %: the amount due would fall below what was already paid', bad.id using errcode = '23514';
  end if;

  update public.bills b
     set principal = n.principal, discount = n.discount, surcharge = n.surcharge, late_fee = n.late_fee, due_date = n.due_date
    from next_values n
   where b.id = n.id
     and (b.principal, b.discount, b.surcharge, b.late_fee, b.due_date) is distinct from (n.principal, n.discount, n.surcharge, n.late_fee, n.due_date);
  get diagnostics n_updated = row_count;

  -- Bills under review or issued: each changed field becomes a proposed adjustment for finance.
  insert into public.bill_adjustments (project_id, bill_id, field, old_value, new_value, reason)
  select t.project_id, t.id, k.key, to_jsonb(t)->>k.key, t.changes->>k.key, p_reason
    from target t cross join lateral jsonb_object_keys(t.changes) as k(key)
   where t.status in ('submitted', 'approved', 'issued')
     and (to_jsonb(t)->>k.key) is distinct from (case when k.key = 'due_date' then t.changes->>k.key
                                                    else ((t.changes->>k.key)::numeric(14,2))::text end);
  get diagnostics n_proposed = row_count;
  return jsonb_build_object('updated', n_updated, 'proposed', n_proposed);
end $$;

create function public.save_bill_edits(p_edits jsonb, p_reason text) returns jsonb
language sql security invoker set search_path = '' as $$
  select private.save_bill_edits(p_edits, p_reason)
$$;

-- The review workflow over a selection of bills: every bill must be in the state the action starts from and
-- in a project where the user holds a role for it, or nothing changes.
create function private.transition_bills(p_ids uuid[], p_action text, p_comment text) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  rule record;
  bad record;
  n integer;
begin
  select * into rule from (values
    ('submit',  '{draft,returned}'::public.bill_status[], 'submitted'::public.bill_status, '{manager,hq_admin}'::public.app_role[]),
    ('approve', '{submitted}',                            'approved',                      '{finance,hq_admin}'),
    ('return',  '{submitted}',                            'returned',                      '{finance,hq_admin}'),
    ('issue',   '{approved}',                             'issued',                        '{finance,manager,hq_admin}')
  ) as r(action, from_states, to_state, roles) where r.action = p_action;
  if not found then
    raise exception 'unknown action %: submit, approve, return or issue', p_action using errcode = '22023';
  end if;
  if p_action = 'return' and length(trim(coalesce(p_comment, ''))) = 0 then
    raise exception 'say why the bills are sent back' using errcode = '22023';
  end if;
  if coalesce(cardinality(p_ids), 0) = 0 then
    raise exception 'no bills selected' using errcode = '22023';
  end if;
  perform set_config('feegrid.reason', coalesce(nullif(trim(p_comment), ''), p_action), true);
  perform 1 from public.bills b where b.id = any (p_ids) order by b.id for update;
  select i.id into bad from unnest(p_ids) as i(id)
   where not exists (select 1 from public.bills b where b.id = i.id and b.project_id = any (private.my_project_ids(rule.roles)))
   limit 1;
  if found then
    raise exception 'bill % does not exist or your role may not % it', bad.id, p_action using errcode = '42501';
  end if;
  select b.id, b.status into bad from public.bills b where b.id = any (p_ids) and not (b.status = any (rule.from_states)) limit 1;
  if found then
    raise exception 'bill % is %: it cannot be %', bad.id, bad.status,
      case p_action when 'submit' then 'submitted' when 'approve' then 'approved' when 'return' then 'returned' else 'issued' end
      using errcode = '22023';
  end if;
  update public.bills b
     set status = rule.to_state,
         review_comment = case when p_action = 'return' then p_comment when p_action = 'submit' then null else b.review_comment end
   where b.id = any (p_ids);
  get diagnostics n = row_count;
  return n;
end $$;

create function public.transition_bills(p_ids uuid[], p_action text, p_comment text default null) returns integer
language sql security invoker set search_path = '' as $$
  select private.transition_bills(p_ids, p_action, p_comment)
$$;

revoke all on function private.save_bill_edits(jsonb, text) from public, anon;
revoke all on function private.transition_bills(uuid[], text, text) from public, anon;
revoke all on function public.save_bill_edits(jsonb, text) from public, anon;
revoke all on function public.transition_bills(uuid[], text, text) from public, anon;
grant execute on function private.save_bill_edits(jsonb, text) to authenticated;
grant execute on function private.transition_bills(uuid[], text, text) to authenticated;
grant execute on function public.save_bill_edits(jsonb, text) to authenticated;
grant execute on function public.transition_bills(uuid[], text, text) to authenticated;

-- The bills grid and its exports read bills with what a clerk recognises them by (房号, 业主, 收费项目).
create view public.bill_grid with (security_invoker = true) as
select b.id, b.project_id, b.row_version, b.status, b.period_start, b.period_end, b.due_date,
       b.principal, b.discount, b.surcharge, b.late_fee, b.arrears_carried, b.total_due, b.paid, b.balance,
       b.review_comment, b.policy_version, b.unit_id, b.owner_id, b.fee_item_id,
       u.room_no, bl.code as building_code, u.area, o.name as owner_name,
       f.code as fee_code, f.name_zh as fee_name_zh, f.name_en as fee_name_en
  from public.bills b
  join public.units u on u.project_id = b.project_id and u.id = b.unit_id
  join public.buildings bl on bl.project_id = u.project_id and bl.id = u.building_id
  join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
  left join public.owners o on o.project_id = b.project_id and o.id = b.owner_id;

revoke all on public.bill_grid from anon;
grant select on public.bill_grid to authenticated;
