// The written notices the dunning run queued (outbox, readable by managers, agents and HQ), for a stage, a channel
// and the days they are dated — with their delivery status.
import { supabaseClient as db } from '../../providers/supabase-client';
import { everyRow } from './every-row';
import type { OutboxRow, PrintedChannel } from './letters';

export interface LetterFilter {
  readonly stage: string;
  readonly channel: PrintedChannel;
  readonly from: string;
  readonly to: string;
}

export function listLetters(projectId: string, filter: LetterFilter): Promise<OutboxRow[]> {
  return everyRow<OutboxRow>(() => db.from('outbox').select('id,channel,recipient,payload,status,attempts,last_error,sent_at')
    .eq('project_id', projectId).eq('channel', filter.channel).eq('payload->>stage', filter.stage)
    .gte('payload->>on', filter.from).lte('payload->>on', filter.to));
}
