// The documents a new draft starts from: the project's fee items with no rules yet (an "empty" policy), or a
// copy of another version.
import type { FeeItemPolicy, PolicyDocument } from '../../../../../rules';

export interface FeeItemLike {
  readonly code: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly cycle: FeeItemPolicy['cycle'];
  readonly active: boolean;
}

export function feeItemSkeleton(item: FeeItemLike): FeeItemPolicy {
  return { code: item.code, name: { 'zh-CN': item.name_zh, en: item.name_en }, cycle: item.cycle, rules: [] };
}

/** One fee item per active fee item of the project, each without rules. */
export function emptyDocument(feeItems: readonly FeeItemLike[]): PolicyDocument {
  return { rounding: { step: '0.01', mode: 'half-up' }, feeItems: feeItems.filter((item) => item.active).map(feeItemSkeleton) };
}
