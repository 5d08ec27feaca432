-- Field staff (现场人员 of engineering, cleaning, security, greening) work the orders dispatched to their
-- department. The role gets its own migration: a new enum value can be used only once it is committed.
alter type public.app_role add value if not exists 'engineer';

create type public.department as enum ('engineering', 'cleaning', 'security', 'greening', 'customer_service');

alter table public.memberships add column department public.department;
