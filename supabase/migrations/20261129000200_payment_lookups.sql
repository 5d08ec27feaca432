-- Lookups by payment alone. The cashier's answer (private.payment_outcome) and a receipt's reversal find a
-- payment's allocations and receipts by payment_id without the project, which the (project_id, payment_id)
-- indexes cannot serve: at 6.6 million allocations each post_payment spent 1.1 s in two sequential scans (the
-- analytics bench's write phase: post_payment p95 1.3 s).
create index payment_allocations_by_payment on public.payment_allocations (payment_id);
create index receipts_by_payment on public.receipts (payment_id);
