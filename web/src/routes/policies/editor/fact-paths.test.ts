import { describe, expect, it } from 'vitest';
import { policyRegistry } from '../registry';
import { factPaths, schemaAt, valueKindFor } from './fact-paths';

const unit = policyRegistry.fact('unit')!;
const owner = policyRegistry.fact('owner')!;

describe('fact paths', () => {
  it('offer every declared property of a fact, labelled in both languages', () => {
    const paths = factPaths(unit);
    const usage = paths.find((p) => p.path === '$.usage')!;
    expect(usage.labels.map((l) => l['zh-CN'])).toEqual(['房屋', '用途']);
    expect(usage.labels.map((l) => l.en)).toEqual(['Unit', 'Usage']);
    expect(paths.map((p) => p.path)).toContain('$.handoverDate');
  });

  it('walk nested objects and keep arrays whole', () => {
    const meters = factPaths(policyRegistry.fact('meters')!).map((p) => p.path);
    expect(meters).toContain('$.water.current');
    expect(factPaths(owner).map((p) => p.path)).toContain('$.tags');
    expect(factPaths(policyRegistry.fact('arrears')!)).toEqual([expect.objectContaining({ path: undefined })]);
  });

  it('find the schema at a path', () => {
    expect(schemaAt(unit, '$.usage')).toMatchObject({ type: 'string', enum: expect.arrayContaining(['residential']) });
    expect(schemaAt(unit, '$.nope')).toBeUndefined();
    expect(schemaAt(unit, undefined)?.type).toBe('object');
  });
});

describe('value kinds', () => {
  it('ask for a choice from an enum, several for in / notIn', () => {
    const usage = schemaAt(unit, '$.usage');
    expect(valueKindFor(usage, 'equal')).toMatchObject({ kind: 'enum', multiple: false });
    expect(valueKindFor(usage, 'in')).toMatchObject({ kind: 'enum', multiple: true });
    const option = (valueKindFor(usage, 'equal') as unknown as { options: { value: string; label?: { 'zh-CN': string } }[] }).options.find((o) => o.value === 'residential');
    expect(option?.label?.['zh-CN']).toBe('住宅');
  });

  it('ask for one element of an array for contains', () => {
    expect(valueKindFor(schemaAt(owner, '$.tags'), 'contains')).toEqual({ kind: 'text', multiple: false });
  });

  it('type dates, booleans and numbers', () => {
    expect(valueKindFor(schemaAt(unit, '$.handoverDate'), 'lessThan')).toEqual({ kind: 'date' });
    expect(valueKindFor(schemaAt(policyRegistry.fact('status')!, '$.handedOver'), 'equal')).toEqual({ kind: 'boolean' });
    expect(valueKindFor(schemaAt(policyRegistry.fact('parking')!, '$.spaces'), 'greaterThan')).toEqual({ kind: 'number' });
    // Decimal strings compare as text under <, so order comparisons take a number.
    expect(valueKindFor(schemaAt(unit, '$.area'), 'greaterThan')).toEqual({ kind: 'number' });
    expect(valueKindFor(schemaAt(unit, '$.area'), 'equal')).toEqual({ kind: 'text', multiple: false });
  });
});
