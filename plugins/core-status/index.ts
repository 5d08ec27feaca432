import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { fixtures } from './fixtures.js';
import { fromHandover } from './from-handover.js';
import { halfBeforeRenovation } from './half-before-renovation.js';
import { vacancy } from './vacancy.js';

export const coreStatus: Plugin = {
  manifest: builtInManifest('core.status', '计费起点与房屋状态', 'Start and status'),
  actions: [fromHandover, halfBeforeRenovation, vacancy],
  fixtures,
};
