import type { Plugin } from '../../rules/plugin/types.js';
import { builtInManifest } from '../shared/plugin.js';
import { areaRate } from './area-rate.js';
import { fixed } from './fixed.js';
import { fixtures } from './fixtures.js';
import { metered } from './metered.js';
import { oneOff } from './one-off.js';
import { perParkingSpace } from './per-parking-space.js';

export const coreCharge: Plugin = {
  manifest: builtInManifest('core.charge', '收费标准', 'Charges'),
  actions: [areaRate, fixed, perParkingSpace, metered, oneOff],
  fixtures,
};
