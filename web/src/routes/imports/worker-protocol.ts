import type { ImportKindId } from './kinds/types';
import type { ParseProgress } from './parse-file';
import type { RefusalCode } from './sheet/refusal';
import type { ValidatedSheet } from './validate';

export interface ParseRequest {
  readonly kind: ImportKindId;
  readonly bytes: ArrayBuffer;
}

export type ParseMessage =
  | { readonly type: 'progress'; readonly progress: ParseProgress }
  | { readonly type: 'done'; readonly result: ValidatedSheet }
  | { readonly type: 'refused'; readonly code: RefusalCode; readonly params: Readonly<Record<string, string | number>> }
  | { readonly type: 'error'; readonly message: string };
