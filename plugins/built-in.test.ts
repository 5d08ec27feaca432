// Every built-in registers with the engine, and everything the console shows exists in both languages.
import { describe, expect, it } from 'vitest';
import { PluginRegistry } from '../rules/plugin/registry.js';
import type { JsonSchema } from '../rules/schema/types.js';
import { builtInPlugins } from './index.js';

function untitled(schema: JsonSchema, at: string, root: boolean): string[] {
  const here = !root && !(schema.title?.['zh-CN'] && schema.title.en) ? [at] : [];
  if (schema.type === 'object') return [...here, ...Object.entries(schema.properties).flatMap(([k, s]) => untitled(s, `${at}/${k}`, false))];
  if (schema.type === 'array') return [...here, ...untitled(schema.items, `${at}/items`, false)];
  if (schema.type === 'string' && schema.enum) return [...here, ...schema.enum.filter((v) => !(schema.enumLabels?.[v]?.['zh-CN'] && schema.enumLabels[v]!.en)).map((v) => `${at}=${v}`)];
  return here;
}

describe('built-in plugins', () => {
  it('register without refusal under the expected action types', () => {
    const registry = new PluginRegistry(builtInPlugins);
    expect(registry.allActions().map((a) => a.type).sort()).toEqual([
      'core.charge.areaRate', 'core.charge.fixed', 'core.charge.metered', 'core.charge.oneOff', 'core.charge.perParkingSpace',
      'core.due.window', 'core.dunning.ladder', 'core.lateFee.daily',
      'core.relief.fixedAmount', 'core.relief.percent', 'core.relief.prepayment',
      'core.status.fromHandover', 'core.status.halfBeforeRenovation', 'core.status.vacancy',
    ]);
    expect(registry.allFacts().map((f) => f.id)).toContain('status');
  });

  it('title every param, fact field and choice in Chinese and English', () => {
    const missing = builtInPlugins.flatMap((p) => [
      ...(p.actions ?? []).flatMap((a) => untitled(a.paramsSchema, `${p.manifest.id}.${a.name}`, true)),
      ...(p.facts ?? []).flatMap((f) => untitled(f.schema, `fact ${f.id}`, false)),
    ]);
    expect(missing).toEqual([]);
  });
});
