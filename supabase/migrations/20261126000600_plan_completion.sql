-- An active installment plan whose owner has paid its total since it began is completed: the dunning run
-- settles plans before it chases (settle_plans), so a finished plan neither pauses the ladder nor shows as open.
create function public.settle_plans(p_project_id uuid) returns integer
language sql security definer set search_path = '' as $$
  with done as (
    update public.installment_plans p set status = 'completed'
     where p.project_id = p_project_id and p.status = 'active'
       and p.total <= coalesce((select sum(x.amount) from public.payments x
                                 where x.project_id = p.project_id and x.owner_id = p.owner_id and x.method <> 'prepaid'
                                   and x.paid_at >= p.created_at), 0)
    returning 1)
  select count(*)::integer from done
$$;
revoke all on function public.settle_plans(uuid) from public, anon, authenticated;
grant execute on function public.settle_plans(uuid) to service_role;
