// The plugins a policy may use: looked up by fact id, operator name and action type. Refuses plugins that
// could not work with this engine, that collide with another, or that would cut off services.
import { validateSchema } from '../schema/validate.js';
import type { ActionDef, ChannelDef, FactDef, OperatorDef, Plugin, PluginManifest } from './types.js';
import { ENGINE_API_VERSION } from './types.js';
import { BUILTIN_OPERATORS } from '../evaluate/operators.js';

export interface RegisteredAction extends ActionDef {
  type: string;
  plugin: PluginManifest;
}

export interface RegisteredOperator extends OperatorDef {
  /** json-rules-engine's own operators need no registration there. */
  builtin: boolean;
}

/** A plugin's operator threw: the evaluation that asked fails with this, naming the operator and plugin. */
export class OperatorFailed extends Error {
  constructor(readonly operator: string, readonly plugin: string, cause: unknown) {
    super(`operator ${operator} (plugin ${plugin}) failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'OperatorFailed';
  }
}

function guarded(op: OperatorDef, plugin: string): OperatorDef['evaluate'] {
  return (fact, value) => {
    try {
      return op.evaluate(fact, value);
    } catch (e) {
      throw new OperatorFailed(op.name, plugin, e);
    }
  };
}

const PLUGIN_ID = /^[a-z][a-z0-9-]*(\.[a-z][a-zA-Z0-9-]*)*$/;

export class PluginRefused extends Error {
  constructor(plugin: string, reason: string) {
    super(`plugin ${plugin} refused: ${reason}`);
    this.name = 'PluginRefused';
  }
}

export class PluginRegistry {
  readonly plugins: readonly Plugin[];
  private readonly actions = new Map<string, RegisteredAction>();
  private readonly operators = new Map<string, RegisteredOperator>();
  private readonly facts = new Map<string, FactDef & { plugin: PluginManifest }>();
  private readonly channels = new Map<string, ChannelDef & { plugin: PluginManifest }>();

  constructor(plugins: readonly Plugin[]) {
    this.plugins = plugins;
    for (const op of BUILTIN_OPERATORS) this.operators.set(op.name, { ...op, builtin: true });
    const seen = new Set<string>();
    for (const plugin of plugins) {
      const { id, apiVersion } = plugin.manifest;
      if (!PLUGIN_ID.test(id)) throw new PluginRefused(id, 'its id must be lower-case words separated by dots');
      if (seen.has(id)) throw new PluginRefused(id, 'another plugin has the same id');
      seen.add(id);
      if (apiVersion !== ENGINE_API_VERSION) throw new PluginRefused(id, `it targets engine API ${apiVersion}, this engine speaks ${ENGINE_API_VERSION}`);
      for (const action of plugin.actions ?? []) this.addAction(plugin.manifest, action);
      for (const op of plugin.operators ?? []) {
        if (this.operators.has(op.name)) throw new PluginRefused(id, `operator ${op.name} exists already`);
        this.operators.set(op.name, { ...op, builtin: false, evaluate: guarded(op, id) });
      }
      for (const fact of plugin.facts ?? []) {
        if (this.facts.has(fact.id)) throw new PluginRefused(id, `fact ${fact.id} exists already`);
        this.facts.set(fact.id, { ...fact, plugin: plugin.manifest });
      }
      for (const channel of plugin.channels ?? []) {
        if (this.channels.has(channel.id)) throw new PluginRefused(id, `channel ${channel.id} exists already`);
        this.channels.set(channel.id, { ...channel, plugin: plugin.manifest });
      }
    }
  }

  private addAction(plugin: PluginManifest, action: ActionDef): void {
    const type = `${plugin.id}.${action.name}`;
    if (action.cuts && action.cuts.length > 0) {
      throw new PluginRefused(plugin.id, `action ${type} would cut ${action.cuts.join(', ')}; cutting utilities to collect fees is unlawful (民法典 §944)`);
    }
    if (this.actions.has(type)) throw new PluginRefused(plugin.id, `action ${type} exists already`);
    // A schema the validator cannot read would accept anything: check it once, on an empty object.
    validateSchema(action.paramsSchema, {});
    this.actions.set(type, { ...action, type, plugin });
  }

  action(type: string): RegisteredAction | undefined {
    return this.actions.get(type);
  }

  operator(name: string): RegisteredOperator | undefined {
    return this.operators.get(name);
  }

  fact(id: string): (FactDef & { plugin: PluginManifest }) | undefined {
    return this.facts.get(id);
  }

  channel(id: string): (ChannelDef & { plugin: PluginManifest }) | undefined {
    return this.channels.get(id);
  }

  allActions(): RegisteredAction[] {
    return [...this.actions.values()];
  }

  allOperators(): RegisteredOperator[] {
    return [...this.operators.values()];
  }

  allFacts(): FactDef[] {
    return [...this.facts.values()];
  }

  /** Derived facts, in registration order. */
  derivedFacts(): FactDef[] {
    return this.allFacts().filter((f) => f.derive);
  }
}
