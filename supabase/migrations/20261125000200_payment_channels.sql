-- Payment notices (缴费通知单): how an office takes payments, printed on every notice, and what the notice reads.
--  * projects.payment_channels: [{kind, label, detail}], e.g. {"kind": "bank_transfer", "label": "银行转账",
--    "detail": "户名 … 开户行 … 账号 …"}; kind lets later features (receipts, online payment) tell channels apart.
--  * projects.office_phone: the 管理处 phone a notice tells owners to call.
-- Both are project settings like name and address: everyone in the project reads them, HQ admins change them (the
-- table's existing grants and policies cover new columns).
--  * view notice_lines: bills as a notice lists them (room, owner, fee item in the project's order, the unit's
--    building to select by); amounts as text, so no amount passes through a float on the wire. The console puts
--    only approved and issued bills on a notice.

-- Immutable and free of table access, so a check constraint may call it. Checks run as the writing user: HQ admins
-- (authenticated) and server-side jobs (service_role) need execute.
create function private.valid_payment_channels(channels jsonb) returns boolean
language sql immutable set search_path = '' as $$
  -- case, not and: the key and length functions would raise on a scalar instead of answering false.
  select case when jsonb_typeof(channels) <> 'array' then false
              when jsonb_array_length(channels) > 10 then false
              else coalesce((
                select bool_and(case when jsonb_typeof(c) <> 'object' then false
                  else (select array_agg(k order by k) from jsonb_object_keys(c) as k) = '{detail,kind,label}'
                       and c ->> 'kind' in ('wechat', 'alipay', 'bank_transfer', 'cashier_desk', 'direct_debit', 'other')
                       and jsonb_typeof(c -> 'label') = 'string' and length(trim(c ->> 'label')) between 1 and 40
                       and jsonb_typeof(c -> 'detail') = 'string' and length(trim(c ->> 'detail')) between 1 and 300 end)
                  from jsonb_array_elements(channels) as c), true) end
$$;
revoke all on function private.valid_payment_channels(jsonb) from public;
grant execute on function private.valid_payment_channels(jsonb) to authenticated, service_role;

alter table public.projects
  add column payment_channels jsonb not null default '[]'
    constraint projects_payment_channels_valid check (private.valid_payment_channels(payment_channels)),
  add column office_phone text check (office_phone ~ '^[0-9+() -]{5,20}$');

create view public.notice_lines with (security_invoker = true) as
select b.id, b.project_id, b.status, b.period_start, b.period_end, b.due_date,
       (b.principal - b.discount + b.surcharge)::text as receivable, b.late_fee::text as late_fee,
       b.arrears_carried::text as arrears_carried, b.paid::text as paid, b.balance::text as balance,
       b.unit_id, b.owner_id, u.room_no, u.building_id, o.name as owner_name,
       f.code as fee_code, f.name_zh as fee_name_zh, f.name_en as fee_name_en, f.sort as fee_sort
  from public.bills b
  join public.units u on u.project_id = b.project_id and u.id = b.unit_id
  join public.fee_items f on f.project_id = b.project_id and f.id = b.fee_item_id
  left join public.owners o on o.project_id = b.project_id and o.id = b.owner_id;

revoke all on public.notice_lines from anon;
grant select on public.notice_lines to authenticated;
