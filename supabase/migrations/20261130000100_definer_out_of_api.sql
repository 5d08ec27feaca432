-- Privileged functions live where the API cannot reach them. Seven SECURITY DEFINER functions had been
-- created in `public`, the schema PostgREST exposes: each moves to `private` as it is (body, owner, fixed
-- search_path and grants travel with it), and `public` keeps a thin SECURITY INVOKER wrapper of the same
-- signature, so callers (the console, the edge functions, the scheduler) do not change. The wrapper runs with
-- the caller's rights: the caller still needs execute on the private function, which only the roles that had
-- it keep.

alter function public.dunning_candidates(uuid, date) set schema private;
alter function public.record_dunning(uuid, date, jsonb, uuid[]) set schema private;
alter function public.claim_outbox(integer, integer, uuid) set schema private;
alter function public.finish_outbox(uuid, text, integer) set schema private;
alter function public.log_channel_delivery(uuid, public.dunning_channel, text, text, text, text) set schema private;
alter function public.settle_plans(uuid) set schema private;
alter function public.department_staff(uuid, public.department) set schema private;

create function public.dunning_candidates(p_project_id uuid, p_as_of date)
returns table (bill_id uuid, owner_id uuid, unit_id uuid, fee_item text, due_date date, balance text, stages_done text[],
               promised_until date, plan_id uuid, plan_kept boolean)
language sql stable security invoker set search_path = '' as $$
  select * from private.dunning_candidates(p_project_id, p_as_of)
$$;

create function public.record_dunning(p_project_id uuid, p_as_of date, p_actions jsonb, p_broken_plans uuid[] default '{}')
returns jsonb language sql security invoker set search_path = '' as $$
  select private.record_dunning(p_project_id, p_as_of, p_actions, p_broken_plans)
$$;

create function public.claim_outbox(p_limit integer, p_lease_seconds integer default 120, p_project_id uuid default null)
returns setof public.outbox language sql security invoker set search_path = '' as $$
  select * from private.claim_outbox(p_limit, p_lease_seconds, p_project_id)
$$;

create function public.finish_outbox(p_id uuid, p_error text default null, p_retry_in_seconds integer default null)
returns void language sql security invoker set search_path = '' as $$
  select private.finish_outbox(p_id, p_error, p_retry_in_seconds)
$$;

create function public.log_channel_delivery(p_project_id uuid, p_channel public.dunning_channel, p_recipient text, p_dedupe_key text, p_subject text, p_body text)
returns boolean language sql security invoker set search_path = '' as $$
  select private.log_channel_delivery(p_project_id, p_channel, p_recipient, p_dedupe_key, p_subject, p_body)
$$;

create function public.settle_plans(p_project_id uuid) returns integer
language sql security invoker set search_path = '' as $$
  select private.settle_plans(p_project_id)
$$;

create function public.department_staff(p_project_id uuid, p_department public.department)
returns table (user_id uuid, full_name text, phone text)
language sql stable security invoker set search_path = '' as $$
  select * from private.department_staff(p_project_id, p_department)
$$;

-- The wrappers are granted exactly as the functions they replace were.
revoke all on function public.dunning_candidates(uuid, date), public.record_dunning(uuid, date, jsonb, uuid[]),
  public.claim_outbox(integer, integer, uuid), public.finish_outbox(uuid, text, integer),
  public.log_channel_delivery(uuid, public.dunning_channel, text, text, text, text), public.settle_plans(uuid)
  from public, anon, authenticated;
grant execute on function public.dunning_candidates(uuid, date), public.record_dunning(uuid, date, jsonb, uuid[]),
  public.claim_outbox(integer, integer, uuid), public.finish_outbox(uuid, text, integer),
  public.log_channel_delivery(uuid, public.dunning_channel, text, text, text, text), public.settle_plans(uuid)
  to service_role;
revoke all on function public.department_staff(uuid, public.department) from public, anon;
grant execute on function public.department_staff(uuid, public.department) to authenticated;
