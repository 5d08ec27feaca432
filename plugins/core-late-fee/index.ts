import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { daily } from './daily.js';
import { fixtures } from './fixtures.js';

export const coreLateFee: Plugin = {
  manifest: builtInManifest('core.lateFee', '滞纳金', 'Late fees'),
  actions: [daily],
  fixtures,
};
