// A small seeded PRNG (sfc32, seeded through cyrb128). Only integer ops (Math.imul, shifts), so the same seed gives
// the same sequence on every platform and Node version — the seed's output must be byte-identical run to run.

/** Hashes any string to four 32-bit words (cyrb128): the state for sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Byte `shift / 8` of a 32-bit word as two hex digits. */
function hexByte(word: number, shift: number): string {
  return HEX[(word >>> shift) & 0xff] as string;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `key` names an independent stream, e.g. `${seed}/jinxiu/jxhy/records`. */
  constructor(key: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(key);
    for (let i = 0; i < 15; i++) this.uint32(); // sfc32 needs a few rounds to mix a weak seed
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by relative weight: `[[value, weight], ...]`. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [value, w] of items) {
      r -= w;
      if (r < 0) return value;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }

  /** A v4-shaped UUID from this stream (version nibble 4, variant 10xx). */
  uuid(): string {
    const w0 = this.uint32();
    const w1 = (this.uint32() & 0xffff0fff) | 0x00004000;
    const w2 = (this.uint32() & 0x3fffffff) | 0x80000000;
    const w3 = this.uint32();
    return (
      hexByte(w0, 24) + hexByte(w0, 16) + hexByte(w0, 8) + hexByte(w0, 0) + '-' +
      hexByte(w1, 24) + hexByte(w1, 16) + '-' + hexByte(w1, 8) + hexByte(w1, 0) + '-' +
      hexByte(w2, 24) + hexByte(w2, 16) + '-' + hexByte(w2, 8) + hexByte(w2, 0) +
      hexByte(w3, 24) + hexByte(w3, 16) + hexByte(w3, 8) + hexByte(w3, 0)
    );
  }
}
