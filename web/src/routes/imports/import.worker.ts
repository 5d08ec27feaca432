// Parses and validates an uploaded file off the page's thread; the page shows progress and stays responsive.
import { parseImportFile } from './parse-file';
import { ImportRefusal } from './sheet/refusal';
import type { ParseMessage, ParseRequest } from './worker-protocol';

const post = (message: ParseMessage) => (self as unknown as { postMessage(m: ParseMessage): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<ParseRequest>) => {
  try {
    const result = await parseImportFile(event.data.kind, new Uint8Array(event.data.bytes), (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (e) {
    if (e instanceof ImportRefusal) post({ type: 'refused', code: e.code, params: e.params });
    else post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
