import { ENGINE_API_VERSION, type PluginManifest } from '../../rules/plugin/types.js';
import { text } from './schema.js';

/** The manifest every built-in shares apart from its id and name. */
export const builtInManifest = (id: string, zh: string, en: string): PluginManifest =>
  ({ id, version: '1.0.0', apiVersion: ENGINE_API_VERSION, label: text(zh, en) });
