import { describe, expect, it } from 'vitest';
import { checkField } from '../fields';
import { columnLabels, RESOURCE_SPECS } from './specs';

describe('resource specs', () => {
  it('are keyed by their table name and define each column once', () => {
    for (const [name, spec] of Object.entries(RESOURCE_SPECS)) {
      expect(spec.name).toBe(name);
      const keys = spec.fields.map((def) => def.key);
      expect(new Set(keys).size, name).toBe(keys.length);
    }
  });

  it('sort, search and start create forms with valid values only', () => {
    for (const spec of Object.values(RESOURCE_SPECS)) {
      expect(spec.fields.map((def) => def.key)).toContain(spec.defaultSort.field);
      for (const def of spec.fields) {
        if (def.initial !== undefined) expect(checkField(def, def.initial).ok, `${spec.name}.${def.key}`).toBe(true);
      }
    }
  });

  it('accept realistic records and reject typical typing errors', () => {
    const units = RESOURCE_SPECS.units.fields;
    const area = units.find((def) => def.key === 'area');
    const tail = RESOURCE_SPECS.owners.fields.find((def) => def.key === 'id_card_tail');
    const phone = RESOURCE_SPECS.owners.fields.find((def) => def.key === 'phone');
    if (!area || !tail || !phone) throw new Error('missing field');
    expect(checkField(area, '89.5').ok).toBe(true);
    expect(checkField(area, '0').ok).toBe(false);
    expect(checkField(tail, '123x').ok).toBe(true);
    expect(checkField(tail, '12345').ok).toBe(false);
    expect(checkField(phone, '138 0013 8000').ok).toBe(true);
    expect(checkField(phone, 'call me').ok).toBe(false);
  });

  it('name columns for error messages in both languages', () => {
    expect(columnLabels('units', 'zh-CN').get('room_no')).toBe('房号');
    expect(columnLabels('units', 'en').get('room_no')).toBe('Room no.');
    expect(columnLabels('units', 'en').has('nope')).toBe(false);
    expect(columnLabels('bills', 'en').size).toBe(0);
  });
});
