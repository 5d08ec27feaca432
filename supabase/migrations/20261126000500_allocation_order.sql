-- A payment's allocations are reported in the order the money went to them (oldest due date first, as
-- lock_payable orders the bills): allocations made in one transaction share their created_at.
create or replace function private.payment_outcome(p_payment_id uuid, p_replayed boolean) returns jsonb
language sql stable set search_path = '' as $$
  select jsonb_build_object(
    'paymentId', p.id, 'amount', p.amount::text, 'method', p.method, 'paidAt', p.paid_at, 'replayed', p_replayed,
    'receiptId', r.id, 'receiptNo', r.receipt_no,
    'allocations', coalesce((select jsonb_agg(jsonb_build_object('billId', a.bill_id, 'amount', a.amount::text)
                                              order by b.due_date nulls last, b.period_start, b.id)
                               from public.payment_allocations a join public.bills b on b.id = a.bill_id
                              where a.payment_id = p.id), '[]'),
    'toPrepaid', (p.amount - coalesce((select sum(a.amount) from public.payment_allocations a where a.payment_id = p.id), 0))::text)
  from public.payments p
  left join lateral (select r.id, r.receipt_no from public.receipts r where r.payment_id = p.id and r.status = 'issued'
                      order by r.receipt_no desc limit 1) r on true
  where p.id = p_payment_id
$$;
