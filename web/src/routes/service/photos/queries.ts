// A request's photos (service_photos: RLS lets whoever reads the request see them, the office and the
// department's field staff add them; none is ever changed or removed).
import { supabaseClient as db } from '../../../providers/supabase-client';
import { rowsOf } from '../../../providers/query-rows';
import { bytesToHex, hexToBytes } from './hex';
import { shrinkPhoto } from './shrink';

export interface Photo {
  readonly id: string;
  readonly caption: string | null;
  readonly taken_by: string | null;
  readonly taken_at: string;
  readonly size_bytes: number;
  /** An object URL of the image, for <img>. */
  readonly url: string;
}

interface PhotoRow extends Omit<Photo, 'url'> {
  readonly content_type: string;
  readonly bytes: string;
}

export async function requestPhotos(requestId: string): Promise<Photo[]> {
  const rows = await rowsOf<PhotoRow[]>(db.from('service_photos').select('id,caption,taken_by,taken_at,size_bytes,content_type,bytes')
    .eq('request_id', requestId).order('taken_at').order('id'));
  return rows.map(({ bytes, content_type, ...photo }) => ({
    ...photo, url: URL.createObjectURL(new Blob([hexToBytes(bytes) as Uint8Array<ArrayBuffer>], { type: content_type })),
  }));
}

/** Shrinks each file and stores it; stops at the first refusal (the ones before it are kept). */
export async function addPhotos(projectId: string, requestId: string, files: readonly Blob[]): Promise<void> {
  for (const file of files) {
    const jpeg = new Uint8Array(await (await shrinkPhoto(file)).arrayBuffer());
    await rowsOf(db.from('service_photos').insert({ project_id: projectId, request_id: requestId, content_type: 'image/jpeg', bytes: bytesToHex(jpeg) }));
  }
}
