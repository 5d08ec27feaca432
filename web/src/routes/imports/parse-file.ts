// The whole client-side check of an uploaded file: refuse what is hostile, read the first sheet, validate
// every row. Pure and synchronous apart from the zip check, so the worker, the benchmark and the tests run
// exactly this.
import { IMPORT_KINDS } from './kinds';
import type { ImportKindId } from './kinds/types';
import { readFirstSheet } from './sheet/read-sheet';
import { guardXlsxZip } from './sheet/zip-guard';
import { validateSheet, type ValidatedSheet } from './validate';

export type ParseStage = 'checking' | 'reading' | 'validating';

export interface ParseProgress {
  readonly stage: ParseStage;
  readonly done?: number;
  readonly total?: number;
}

export async function parseImportFile(kindId: ImportKindId, bytes: Uint8Array, onProgress: (p: ParseProgress) => void = () => undefined): Promise<ValidatedSheet> {
  onProgress({ stage: 'checking' });
  await guardXlsxZip(bytes);
  onProgress({ stage: 'reading' });
  const sheet = readFirstSheet(bytes);
  const total = sheet.rows.length;
  onProgress({ stage: 'validating', done: 0, total });
  return validateSheet(IMPORT_KINDS[kindId], sheet, (done) => onProgress({ stage: 'validating', done, total }));
}
