// Written dunning notices (催款通知单) from the outbox: each message worded by its channel's plugin exactly as the
// channel delivers it (plugins/core-channels: the title from the stage — 首次/第二次/最后催款通知单 — and the
// body), split into what the printed sheet lays out.
import type { DunningMessage } from '../../../../rules/plugin/types';
import { policyRegistry } from '../policies/registry';

/** Channels whose messages are printed and handed over. */
export const PRINTED_CHANNELS = ['letter', 'door'] as const;
export type PrintedChannel = (typeof PRINTED_CHANNELS)[number];

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

/** An outbox row as the page reads it. */
export interface OutboxRow {
  readonly id: string;
  readonly channel: PrintedChannel;
  readonly recipient: string;
  readonly payload: DunningMessage;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly last_error: string | null;
  readonly sent_at: string | null;
}

export interface Letter {
  readonly id: string;
  readonly project: string;
  readonly title: string;
  /** The body between its title line and its signature. */
  readonly lines: readonly string[];
  readonly signature: string;
}

export function letterOf(row: OutboxRow): Letter {
  const channel = policyRegistry.channel(row.channel);
  if (!channel) throw new Error(`no plugin words the ${row.channel} channel`);
  const { subject, body } = channel.render(row.payload);
  const lines = body.split('\n');
  // The body repeats the title on its first line; the sheet prints it as the heading instead.
  const text = lines[0] === subject ? lines.slice(1) : lines;
  return { id: row.id, project: row.payload.project, title: subject ?? '', lines: text.slice(0, -1), signature: text[text.length - 1] ?? '' };
}
