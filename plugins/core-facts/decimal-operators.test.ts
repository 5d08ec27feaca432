import { describe, expect, test } from 'vitest';
import { decimalOperators } from './decimal-operators.js';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { validatePolicy } from '../../rules/policy/validate.js';
import { compilePolicy } from '../../rules/evaluate/compiled.js';
import { referencePolicy } from '../../rules/evaluate/reference.js';
import { builtInPlugins } from '../index.js';

const op = (name: string) => decimalOperators.find((o) => o.name === name)!;

describe('decimal operators', () => {
  test('compare exactly, where text comparison would say "100" < "88.50"', () => {
    expect('100' < '88.50').toBe(true); // why they exist
    expect(op('decimalLessThan').evaluate('88.50', '100')).toBe(true);
    expect(op('decimalLessThan').evaluate('100', '88.50')).toBe(false);
    expect(op('decimalGreaterThanInclusive').evaluate('144.00', '144')).toBe(true);
    expect(op('decimalLessThanInclusive').evaluate('0.30000000000000001', '0.3')).toBe(false);
  });

  test('a fact or value that is not a decimal string makes the condition false', () => {
    expect(op('decimalGreaterThan').evaluate(undefined, '1')).toBe(false);
    expect(op('decimalGreaterThan').evaluate(150, '1')).toBe(false);
  });

  test('validation steers float comparisons of decimal fields to them', () => {
    const registry = new PluginRegistry(builtInPlugins);
    const issues = validatePolicy({ feeItems: [{ code: 'mgmt', cycle: 'quarter', rules: [{
      name: 'large', conditions: { all: [{ fact: 'unit', path: '$.area', operator: 'greaterThan', value: 144 }] },
      event: { type: 'core.charge.areaRate', params: { ratePerM2Month: '3.00' } },
    }] }] }, registry);
    expect(issues).toEqual([{ pointer: '/feeItems/0/rules/0/conditions/all/0/operator', message: expect.objectContaining({ en: 'greaterThan compares $.area as text or as a float; use decimalGreaterThan with a decimal string value' }) }]);
  });

  test('compare two decimal facts exactly, and steer float comparisons of them too', async () => {
    const registry = new PluginRegistry(builtInPlugins);
    const rollover = (operator: string) => ({ feeItems: [{ code: 'water', cycle: 'month', rules: [{
      name: 'rollover', conditions: { all: [{ fact: 'meters', path: '$.water.current', operator, value: { fact: 'meters', path: '$.water.previous' } }] },
      event: { type: 'core.charge.fixed', params: { amountPerMonth: '10.00' } },
    }] }] });
    expect(validatePolicy(rollover('lessThan'), registry)).toEqual([{ pointer: '/feeItems/0/rules/0/conditions/all/0/value', message: expect.objectContaining({ en: 'lessThan compares decimals as text or as floats; use decimalLessThan' }) }]);
    expect(validatePolicy(rollover('equal'), registry)).toEqual([{ pointer: '/feeItems/0/rules/0/conditions/all/0/value', message: expect.objectContaining({ en: expect.stringContaining('"99.0" ≠ "99"') }) }]);
    expect(validatePolicy(rollover('decimalLessThan'), registry)).toEqual([]);
    const input = { period: { start: '2027-01-01', end: '2027-01-31' }, asOf: '2027-01-01' };
    const fast = compilePolicy(rollover('decimalLessThan'), registry);
    const reference = referencePolicy(rollover('decimalLessThan'), registry);
    // As text "100.5" < "99.0"; as decimals it is not.
    for (const [current, fires] of [['100.5', false], ['98.25', true]] as const) {
      const facts = { meters: { water: { previous: '99.0', current } } };
      const line = fast.evaluate('water', facts, input);
      expect(line).toEqual(await reference.evaluate('water', facts, input));
      expect(line.ok && line.fired.length).toBe(fires ? 1 : 0);
    }
  });
});
