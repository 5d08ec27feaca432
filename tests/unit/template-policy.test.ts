// The demo companies' HQ template is the standard policy written with shared conditions and water rounded to
// the jiao: on seeded units it charges exactly what the standard policy charges, water aside, and both
// evaluators agree on it.
import { describe, expect, test } from 'vitest';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { compilePolicy } from '../../rules/evaluate/compiled.js';
import { referencePolicy } from '../../rules/evaluate/reference.js';
import { dec } from '../../rules/money.js';
import { builtInPlugins } from '../../plugins/index.js';
import { standardPolicy, templatePolicy } from '../../seed/generate/policy.js';
import { seededUnitFacts } from '../../bench/engine-units.js';

const registry = new PluginRegistry(builtInPlugins);
const input = { period: { start: '2027-01-01', end: '2027-03-31' }, asOf: '2027-01-15' };

describe('the HQ template', () => {
  test('charges what the standard policy charges, water rounded to the jiao, through both evaluators', async () => {
    const standard = compilePolicy(standardPolicy(), registry);
    const template = compilePolicy(templatePolicy(), registry);
    const reference = referencePolicy(templatePolicy(), registry);
    let viaShared = 0;
    for (const facts of seededUnitFacts(300)) {
      for (const item of ['mgmt', 'parking', 'water', 'electricity']) {
        const line = template.evaluate(item, facts, input);
        expect(line).toEqual(await reference.evaluate(item, facts, input));
        const before = standard.evaluate(item, facts, input);
        if (!line.ok || !before.ok) {
          expect(line).toEqual(before);
          continue;
        }
        if (line.fired.some((f) => f.name === 'residential-rate')) viaShared += 1;
        expect(line.fired.map((f) => f.name)).toEqual(before.fired.map((f) => f.name));
        if (item !== 'water') {
          expect(line).toEqual(before);
        } else {
          expect(line.principal).toMatch(/^\d+\.\d0$/);
          expect(dec(line.principal).minus(dec(before.principal)).abs().lessThanOrEqualTo('0.05')).toBe(true);
        }
      }
    }
    expect(viaShared).toBeGreaterThan(100);
  });
});
