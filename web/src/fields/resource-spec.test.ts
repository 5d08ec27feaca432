import { describe, expect, it } from 'vitest';
import { listSelect, scopeColumn, scopeValue, type ResourceSpec } from './resource-spec';

const label = { 'zh-CN': '字段', en: 'Field' };

describe('resource specs', () => {
  const units: ResourceSpec = {
    name: 'units',
    scope: 'project',
    fields: [
      { type: 'text', key: 'room_no', label },
      { type: 'reference', key: 'building_id', label, reference: { resource: 'buildings', labelFields: ['name'] } },
    ],
    defaultSort: { field: 'room_no', order: 'asc' },
  };

  it('embeds the label columns of referenced rows', () => {
    expect(listSelect(units)).toBe('*,building:buildings(name)');
    expect(listSelect({ ...units, fields: [] })).toBe('*');
  });

  it('scopes records to the project or to its company', () => {
    expect(scopeColumn(units)).toBe('project_id');
    expect(scopeColumn({ ...units, scope: 'company' })).toBe('company_id');
    const project = { id: 'p-jxhy', company_id: 'c-jinxiu' };
    expect(scopeValue(units, project)).toBe('p-jxhy');
    expect(scopeValue({ ...units, scope: 'company' }, project)).toBe('c-jinxiu');
  });
});
