// Announcements (停水停电, events, policy changes) to a building's or the whole project's owners: sent through
// send_announcement (one outbox message per owner and channel, delivered by the channel plugins), read back from
// announcement_delivery with each announcement's messages by delivery status.
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';

/** The channels an announcement goes out by: those that reach a phone (printed letters are the dunning desk's). */
export const ANNOUNCEMENT_CHANNELS = ['sms', 'app'] as const;
export type AnnouncementChannel = (typeof ANNOUNCEMENT_CHANNELS)[number];

export interface Delivery {
  readonly id: string;
  readonly building_id: string | null;
  readonly title: string;
  readonly body: string;
  readonly channels: readonly string[];
  readonly created_at: string;
  readonly recipients: number;
  readonly queued: number;
  readonly sending: number;
  readonly sent: number;
  readonly failed: number;
}

export function deliveries(projectId: string): Promise<Delivery[]> {
  return rowsOf<Delivery[]>(db.from('announcement_delivery')
    .select('id,building_id,title,body,channels,created_at,recipients,queued,sending,sent,failed')
    .eq('project_id', projectId).order('created_at', { ascending: false }).limit(200));
}

export interface Building { readonly id: string; readonly name: string }

export function buildings(projectId: string): Promise<Building[]> {
  return rowsOf<Building[]>(db.from('buildings').select('id,name').eq('project_id', projectId).order('code').range(0, 999));
}

export interface Announcement {
  readonly title: string;
  readonly body: string;
  readonly channels: readonly AnnouncementChannel[];
  /** null: every owner of the project. */
  readonly buildingId: string | null;
}

/** Queues the messages; answers how many were queued. */
export async function sendAnnouncement(projectId: string, a: Announcement): Promise<number> {
  const answer = await rowsOf<{ id: string; messages: number }>(db.rpc('send_announcement', {
    p_project_id: projectId, p_title: a.title, p_body: a.body, p_channels: a.channels, p_building_id: a.buildingId,
  }));
  return answer.messages;
}

/** Messages handed to their channel or given up on, out of all (100 when there were none to send). */
export function deliveredPercent(d: Delivery): number {
  const all = d.queued + d.sending + d.sent + d.failed;
  return all === 0 ? 100 : Math.floor((100 * (d.sent + d.failed)) / all);
}
