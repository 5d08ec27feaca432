// bytea on the wire: PostgREST reads and writes it as Postgres's hex text, '\x' then two hex digits a byte.

export function bytesToHex(bytes: Uint8Array): string {
  let out = '\\x';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

export function hexToBytes(hex: string): Uint8Array {
  if (!/^\\x([0-9a-fA-F]{2})*$/.test(hex)) throw new Error('not bytea hex text');
  const out = new Uint8Array((hex.length - 2) / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 + 2 * i, 4 + 2 * i), 16);
  return out;
}
