import { describe, expect, test } from 'vitest';
import { decimalOperators } from './decimal-operators.js';
import { PluginRegistry } from '../../rules/plugin/registry.js';
import { validatePolicy } from '../../rules/policy/validate.js';
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
});
