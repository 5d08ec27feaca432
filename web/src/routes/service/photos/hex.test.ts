import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from './hex';

describe('bytea hex text', () => {
  it('round-trips every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const hex = bytesToHex(all);
    expect(hex.slice(0, 10)).toBe('\\x00010203');
    expect(hex.length).toBe(2 + 512);
    expect(hexToBytes(hex)).toEqual(all);
  });

  it('refuses what Postgres would not have sent', () => {
    expect(() => hexToBytes('89504e47')).toThrow(/hex/);
    expect(() => hexToBytes('\\x8')).toThrow(/hex/);
    expect(hexToBytes('\\x')).toEqual(new Uint8Array(0));
  });
});
