import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { ladder } from './ladder.js';

// The ladder's dates are checked by its unit tests: a fee line does not carry dunning stages, so there is
// no engine fixture for them.
export const coreDunning: Plugin = {
  manifest: builtInManifest('core.dunning', '催缴', 'Dunning'),
  actions: [ladder],
};
