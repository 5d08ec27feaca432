import { builtInPlugins } from '../../../../plugins';
import { PluginRegistry } from '../../../../rules';

/** The plugins policies may use in the console: the built-ins (third-party plugins would be added here). */
export const policyRegistry = new PluginRegistry(builtInPlugins);
