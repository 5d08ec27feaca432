// Bills store explanation lines by template id, not text: a project keeps each template once
// (explanation_templates), so 400,000 bills do not carry 400,000 copies of the same sentence.
import type { Localized } from '../localized.js';

const ids = new WeakMap<Localized, string>();

// FNV-1a, two 32-bit lanes: 16 hex digits, deterministic everywhere (no crypto, no async).
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function templateId(t: Localized): string {
  let id = ids.get(t);
  if (id === undefined) {
    const text = `${t['zh-CN']}\u0000${t.en}`;
    id = fnv(text, 0x811c9dc5) + fnv(text, 0x2166136b);
    ids.set(t, id);
  }
  return id;
}
