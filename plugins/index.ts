// The built-in plugins, written exactly like a third party's: one folder each.
import type { Plugin } from '../rules/plugin/types.js';
import { coreChannels } from './core-channels/index.js';
import { coreCharge } from './core-charge/index.js';
import { coreDue } from './core-due/index.js';
import { coreDunning } from './core-dunning/index.js';
import { coreFacts } from './core-facts/index.js';
import { coreLateFee } from './core-late-fee/index.js';
import { coreRelief } from './core-relief/index.js';
import { coreStatus } from './core-status/index.js';

export const builtInPlugins: Plugin[] = [coreFacts, coreCharge, coreStatus, coreRelief, coreLateFee, coreDue, coreDunning, coreChannels];
