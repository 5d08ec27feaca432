// Runs parseImportFile in a Web Worker with a time limit: a file crafted to keep the parser busy is stopped
// (the worker is terminated) and refused, and the page never freezes.
import type { ImportKindId } from './kinds/types';
import type { ParseProgress } from './parse-file';
import { ImportRefusal } from './sheet/refusal';
import type { ValidatedSheet } from './validate';
import type { ParseMessage, ParseRequest } from './worker-protocol';

const TIME_LIMIT_MS = 60_000;

export function parseInWorker(kind: ImportKindId, bytes: ArrayBuffer, onProgress: (p: ParseProgress) => void): { result: Promise<ValidatedSheet>; cancel: () => void } {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  let settle: (error: Error | null, result?: ValidatedSheet) => void = () => undefined;
  const result = new Promise<ValidatedSheet>((resolve, reject) => {
    const timer = setTimeout(() => settle(new ImportRefusal('timeout', { seconds: TIME_LIMIT_MS / 1000 })), TIME_LIMIT_MS);
    settle = (error, value) => {
      clearTimeout(timer);
      worker.terminate();
      if (error) reject(error);
      else resolve(value!);
    };
    worker.onmessage = (event: MessageEvent<ParseMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') settle(null, message.result);
      else if (message.type === 'refused') settle(new ImportRefusal(message.code, message.params));
      else settle(new Error(message.message));
    };
    worker.onerror = (event) => settle(new Error(event.message || 'the import worker failed'));
  });
  // The bytes move to the worker (no copy).
  worker.postMessage({ kind, bytes } satisfies ParseRequest, [bytes]);
  return { result, cancel: () => settle(new Error('cancelled')) };
}
