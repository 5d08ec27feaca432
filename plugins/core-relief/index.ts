import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { fixedAmountRelief } from './fixed-amount.js';
import { fixtures } from './fixtures.js';
import { percentRelief } from './percent.js';
import { prepayment } from './prepayment.js';

export const coreRelief: Plugin = {
  manifest: builtInManifest('core.relief', '减免与优惠', 'Relief and discounts'),
  actions: [percentRelief, fixedAmountRelief, prepayment],
  fixtures,
};
