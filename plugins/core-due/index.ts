import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { fixtures } from './fixtures.js';
import { dueWindow } from './window.js';

export const coreDue: Plugin = {
  manifest: builtInManifest('core.due', '缴费期限', 'Due dates'),
  actions: [dueWindow],
  fixtures,
};
