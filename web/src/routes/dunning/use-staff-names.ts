// Who recorded a call or proposed and approved a plan, by name; an id whose staff row is not visible shows as '—'.
import { useQuery } from '@tanstack/react-query';
import { staffNames } from './desk-queries';

export function useStaffNames(userIds: readonly (string | null)[]): (id: string | null) => string {
  const ids = [...new Set(userIds.filter((id): id is string => id !== null))].sort();
  const names = useQuery({ queryKey: ['dunning', 'staff', ids], queryFn: () => staffNames(ids), enabled: ids.length > 0 });
  return (id) => (id && names.data?.get(id)) || '—';
}
