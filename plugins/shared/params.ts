// Params arrive validated against the action's paramsSchema; each params object is parsed once (Decimals,
// display texts, derived constants) and the result is reused for every unit the rule fires for.
import type { Json } from '../../rules/policy/types.js';
import type { Localized } from '../../rules/localized.js';
import { dec, type Decimal } from '../../rules/money.js';

export type Params = Readonly<Record<string, Json>>;

function isEmpty(params: Params): boolean {
  for (const _ in params) return false;
  return true;
}

/** Memoises `parse` per params object. Empty params share one parse: the engine may pass a fresh `{}`. */
export function parsedOnce<P>(parse: (params: Params) => P): (params: Params) => P {
  const cache = new WeakMap<Params, P>();
  let empty: P | undefined;
  return (params) => {
    const hit = cache.get(params);
    if (hit !== undefined) return hit;
    if (isEmpty(params)) return (empty ??= parse(params));
    const parsed = parse(params);
    cache.set(params, parsed);
    return parsed;
  };
}

export function decimalParam(params: Params, key: string, fallback?: string): Decimal {
  const value = params[key] ?? fallback;
  return dec(value as string);
}

export function integerParam(params: Params, key: string): number {
  const value = params[key];
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new Error(`${key} must be an integer, got ${JSON.stringify(value)}`);
  return value;
}

/** A label an office typed: Chinese required, English falls back to it. */
export function labelParam(params: Params, key: string, fallback?: Localized): Localized {
  const value = params[key] as { 'zh-CN'?: string; en?: string } | undefined;
  if (!value && fallback) return fallback;
  const zh = value?.['zh-CN'];
  if (!zh) throw new Error(`${key} needs a Chinese text (zh-CN)`);
  return { 'zh-CN': zh, en: value?.en || zh };
}

/**
 * Explanation values are shared by both languages, so a localized label travels as two values and each
 * language's template picks its own.
 */
export const labelValues = (label: Localized): { labelZh: string; labelEn: string } => ({ labelZh: label['zh-CN'], labelEn: label.en });
