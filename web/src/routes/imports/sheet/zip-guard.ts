// An xlsx file is a zip. Before SheetJS sees one, every entry is inflated here once with a byte cap, so a
// zip bomb (a few kB that inflate to gigabytes) or a header that lies about sizes is refused after reading
// at most the cap, and XML with a DTD (entity expansion) never reaches the parser. Uses the platform's
// DecompressionStream: the same code runs in the browser's worker and in Node.
import { ImportRefusal } from './refusal';

export const ZIP_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  entries: 500,
  /** Inflated bytes of all entries together. A 100,000-row sheet is a few tens of MB. */
  totalBytes: 256 * 1024 * 1024,
  /** Inflated ÷ compressed above this, for an entry over 1 MB, is no spreadsheet anyone typed. */
  ratio: 200,
} as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const DTD = new TextEncoder().encode('<!DOCTYPE');

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressed: number;
  readonly localOffset: number;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function endOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new ImportRefusal('notXlsx');
}

function centralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw new ImportRefusal('unsupportedZip');
  if (count > ZIP_LIMITS.entries) throw new ImportRefusal('tooManyEntries', { count, max: ZIP_LIMITS.entries });
  const decoder = new TextDecoder();
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ImportRefusal('notXlsx');
    const flags = view.getUint16(at + 8, true);
    if (flags & 1) throw new ImportRefusal('encrypted');
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ImportRefusal('notXlsx');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressed > bytes.length) throw new ImportRefusal('notXlsx');
  return bytes.subarray(start, start + entry.compressed);
}

/** Finds `<!DOCTYPE` in a stream of chunks; `tail` carries the bytes that may start a match across chunks. */
class DtdScanner {
  private tail = new Uint8Array(0);
  found(chunk: Uint8Array): boolean {
    const joined = new Uint8Array(this.tail.length + chunk.length);
    joined.set(this.tail);
    joined.set(chunk, this.tail.length);
    for (let i = 0; i + DTD.length <= joined.length; i++) {
      if (joined[i] !== 0x3c) continue;
      let j = 1;
      while (j < DTD.length && joined[i + j] === DTD[j]) j++;
      if (j === DTD.length) return true;
    }
    this.tail = joined.subarray(Math.max(0, joined.length - DTD.length + 1));
    return false;
  }
}

/** Inflates one entry, stopping as soon as it passes `budget` bytes; returns the bytes it inflated to. */
async function inflateChecked(entry: Entry, data: Uint8Array, budget: number): Promise<number> {
  const scanner = new DtdScanner();
  const check = (chunk: Uint8Array) => {
    if (entry.name.endsWith('.xml') || entry.name.endsWith('.rels')) if (scanner.found(chunk)) throw new ImportRefusal('dtd', { entry: entry.name });
  };
  if (entry.method === 0) {
    check(data);
    return data.length;
  }
  if (entry.method !== 8) throw new ImportRefusal('unsupportedZip');
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.byteLength;
      if (total > budget) throw new ImportRefusal('bomb', { entry: entry.name });
      check(value);
    }
  } catch (error) {
    if (error instanceof ImportRefusal) {
      await reader.cancel().catch(() => undefined);
      throw error;
    }
    throw new ImportRefusal('notXlsx');
  }
}

/** Refuses what is not a plain, sane xlsx zip; resolves when SheetJS may read the bytes. */
export async function guardXlsxZip(bytes: Uint8Array): Promise<void> {
  if (bytes.length > ZIP_LIMITS.fileBytes) throw new ImportRefusal('tooLarge', { mb: Math.round(ZIP_LIMITS.fileBytes / 1048576) });
  // Password-protected workbooks (and legacy .xls) are OLE compound files, not zips.
  if (startsWith(bytes, OLE_MAGIC)) throw new ImportRefusal('encrypted');
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ImportRefusal('notXlsx');
  const entries = centralDirectory(bytes);
  if (!entries.some((e) => e.name === '[Content_Types].xml')) throw new ImportRefusal('notXlsx');
  let left: number = ZIP_LIMITS.totalBytes;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    // An entry may inflate to the ratio cap (at least 1 MB) and never past what the file as a whole has left.
    const budget = Math.min(left, Math.max(1024 * 1024, entry.compressed * ZIP_LIMITS.ratio));
    left -= await inflateChecked(entry, data, budget);
  }
}
