// Delivers due outbox messages with the service role: claims a batch under a lease (claim_outbox), words each
// with its channel plugin, hands it to the channel's transport with the message's dedupe key, and finishes it
// as sent — or failed, to be retried after a growing backoff (1 min, 5 min, 30 min, 2 h, 12 h, then parked).
// A worker that dies mid-batch leaves messages in 'sending' until their lease expires; they are claimed again
// and the transport's dedupe key keeps the owner from getting them twice.
import type { SupabaseClient } from '@supabase/supabase-js';
import { PluginRegistry } from '../../../rules/plugin/registry.js';
import type { ChannelMessage } from '../../../rules/plugin/types.js';
import { builtInPlugins } from '../../../plugins/index.js';
import { call } from '../_shared/call.js';

const registry = new PluginRegistry(builtInPlugins);
export const BACKOFF_SECONDS = [60, 300, 1800, 7200, 43200] as const;

export interface OutboxRow {
  id: string;
  project_id: string;
  channel: string;
  recipient: string;
  payload: ChannelMessage;
  dedupe_key: string;
  attempts: number;
}

/** Sends one worded message; must not send a dedupe key twice. Throws when the message did not go out. */
export type Transport = (message: OutboxRow, words: { subject?: string; body: string }) => Promise<void>;

/** The local stand-in for every channel: records what would be sent, once per dedupe key. */
export const logTransport = (db: SupabaseClient): Transport => async (message, words) => {
  await call('logging the message', db.rpc('log_channel_delivery', {
    p_project_id: message.project_id, p_channel: message.channel, p_recipient: message.recipient,
    p_dedupe_key: message.dedupe_key, p_subject: words.subject ?? null, p_body: words.body,
  }));
};

export interface DeliveryOutcome {
  readonly claimed: number;
  readonly sent: number;
  readonly failed: number;
}

export async function deliverOutbox(db: SupabaseClient, options: { transport?: Transport; projectId?: string; limit?: number } = {}): Promise<DeliveryOutcome> {
  const transport = options.transport ?? logTransport(db);
  const batch = await call<OutboxRow[]>('claiming messages', db.rpc('claim_outbox', { p_limit: options.limit ?? 200, p_project_id: options.projectId ?? null }));
  let sent = 0;
  for (const message of batch) {
    let error: string | null = null;
    try {
      const channel = registry.channel(message.channel);
      if (!channel) throw new Error(`no plugin serves the channel ${message.channel}`);
      await transport(message, channel.render(message.payload));
      sent += 1;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    await call('finishing a message', db.rpc('finish_outbox', {
      p_id: message.id, p_error: error, p_retry_in_seconds: error === null ? null : (BACKOFF_SECONDS[message.attempts - 1] ?? null),
    }));
  }
  return { claimed: batch.length, sent, failed: batch.length - sent };
}
