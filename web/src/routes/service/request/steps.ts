// Which steps a request offers, by its status and the user's roles — the RPCs' own status rules
// (supabase/migrations/20261128000300_service_flow.sql), so a button never leads to a refusal about the status.
import type { AppRole } from '../../../domain/enums';
import { may } from '../permissions';
import type { RequestStatus } from '../queries';

export type Step = 'accept' | 'reject' | 'dispatch' | 'on_site' | 'done' | 'callback' | 'close' | 'note';

const BY_STATUS: Readonly<Record<RequestStatus, readonly Step[]>> = {
  received: ['accept', 'reject'],
  // The office may complete what it handled itself (a question answered on the phone).
  accepted: ['dispatch', 'done', 'reject', 'close'],
  dispatched: ['on_site', 'done', 'dispatch'],
  on_site: ['done', 'dispatch'],
  done: ['callback', 'close'],
  called_back: ['close'],
  closed: [],
  rejected: [],
};

const NEEDS: Readonly<Record<Step, 'work' | 'close' | 'fieldWork'>> = {
  accept: 'work', reject: 'work', dispatch: 'work', callback: 'work', note: 'fieldWork',
  on_site: 'fieldWork', done: 'fieldWork', close: 'close',
};

export function stepsFor(status: RequestStatus, roles: readonly AppRole[]): Step[] {
  const office = may(roles, 'work');
  return [...BY_STATUS[status], 'note' as const].filter((step) =>
    may(roles, NEEDS[step])
    // completing an accepted request is the office's (field staff work dispatched ones)
    && !(step === 'done' && status === 'accepted' && !office));
}
