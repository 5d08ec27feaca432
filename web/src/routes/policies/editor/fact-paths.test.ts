import { describe, expect, it } from 'vitest';
import { policyRegistry } from '../registry';
import { schemaAt } from '../../../../../rules';
import { comparableFields, factPaths, sawKeyLabels, valueKindFor } from './fact-paths';

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
    expect(schemaAt(unit.schema, '$.usage')).toMatchObject({ type: 'string', enum: expect.arrayContaining(['residential']) });
    expect(schemaAt(unit.schema, '$.nope')).toBeUndefined();
    expect(schemaAt(unit.schema, undefined)?.type).toBe('object');
  });
});

describe('value kinds', () => {
  it('ask for a choice from an enum, several for in / notIn', () => {
    const usage = schemaAt(unit.schema, '$.usage');
    expect(valueKindFor(usage, 'equal')).toMatchObject({ kind: 'enum', multiple: false });
    expect(valueKindFor(usage, 'in')).toMatchObject({ kind: 'enum', multiple: true });
    const option = (valueKindFor(usage, 'equal') as unknown as { options: { value: string; label?: { 'zh-CN': string } }[] }).options.find((o) => o.value === 'residential');
    expect(option?.label?.['zh-CN']).toBe('住宅');
  });

  it('ask for one element of an array for contains', () => {
    expect(valueKindFor(schemaAt(owner.schema, '$.tags'), 'contains')).toEqual({ kind: 'text', multiple: false });
  });

  it('type dates, booleans and numbers', () => {
    expect(valueKindFor(schemaAt(unit.schema, '$.handoverDate'), 'lessThan')).toEqual({ kind: 'date' });
    expect(valueKindFor(schemaAt(policyRegistry.fact('status')!.schema, '$.handedOver'), 'equal')).toEqual({ kind: 'boolean' });
    expect(valueKindFor(schemaAt(policyRegistry.fact('parking')!.schema, '$.spaces'), 'greaterThan')).toEqual({ kind: 'number' });
    // Decimal strings compare as text under <, so order comparisons take a number.
    expect(valueKindFor(schemaAt(unit.schema, '$.area'), 'greaterThan')).toEqual({ kind: 'number' });
    expect(valueKindFor(schemaAt(unit.schema, '$.area'), 'equal')).toEqual({ kind: 'text', multiple: false });
  });
});

describe('fields to compare with', () => {
  const facts = policyRegistry.allFacts();
  const keys = (fields: readonly { fact: string; path: string | undefined }[]) => fields.map((f) => `${f.fact}${f.path ?? ''}`);

  it('offer the fields holding the same type, never the field itself', () => {
    const handover = keys(comparableFields(facts, 'lessThan', schemaAt(unit.schema, '$.handoverDate'), { fact: 'unit', path: '$.handoverDate' }));
    expect(handover).toEqual(expect.arrayContaining(['unit$.renovationDate', 'unit$.occupancyDate', 'bill$.dueDate']));
    expect(handover).not.toContain('unit$.handoverDate');
    expect(handover).not.toContain('unit$.area');
    expect(handover).not.toContain('arrears');
  });

  it('pair a list on the left with an element for contains, and offer nothing for in', () => {
    const tags = keys(comparableFields(facts, 'contains', schemaAt(owner.schema, '$.tags'), { fact: 'owner', path: '$.tags' }));
    expect(tags).toContain('unit$.usage');
    expect(tags).not.toContain('parking$.spaces');
    expect(comparableFields(facts, 'in', schemaAt(unit.schema, '$.usage'), { fact: 'unit', path: '$.usage' })).toEqual([]);
  });

  it('offer only what saving accepts: exact operators for decimals, order for dates and integers', () => {
    const area = schemaAt(unit.schema, '$.area');
    expect(comparableFields(facts, 'lessThan', area, { fact: 'unit', path: '$.area' })).toEqual([]);
    expect(keys(comparableFields(facts, 'decimalLessThan', area, { fact: 'unit', path: '$.area' }))).toContain('meters$.water.current');
    expect(comparableFields(facts, 'greaterThan', schemaAt(unit.schema, '$.usage'), { fact: 'unit', path: '$.usage' })).toEqual([]);
  });

  it('offer nothing without an operator or a known field', () => {
    expect(comparableFields(facts, undefined, schemaAt(unit.schema, '$.usage'), { fact: 'unit', path: '$.usage' })).toEqual([]);
    expect(comparableFields(facts, 'equal', undefined, { fact: 'unit', path: '$.nope' })).toEqual([]);
  });
});

describe('what a fired rule saw, named', () => {
  const facts = policyRegistry.allFacts();
  const zh = (key: string) => sawKeyLabels(facts, key)?.map((l) => l['zh-CN']).join(' › ');

  it("names a saw key by the fact's and field's labels", () => {
    expect(zh('unit$.handoverDate')).toBe('房屋 › 收房日期');
    expect(zh('meters$.water.current')).toBe('抄表读数 › 水表 › 本期读数');
    expect(zh('arrears')).toBe('往期欠费');
  });

  it('knows nothing of a fact or field the registry lacks', () => {
    expect(sawKeyLabels(facts, 'unit$.nope')).toBeUndefined();
    expect(sawKeyLabels(facts, 'meter$.water')).toBeUndefined();
  });
});
