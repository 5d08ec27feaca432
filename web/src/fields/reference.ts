import { fail, isBlank, ok, type FieldTypeModule, type ReferenceFieldDef } from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const referenceField: FieldTypeModule<ReferenceFieldDef, string> = {
  parse(raw, def, ctx) {
    if (isBlank(raw)) return ok(null);
    if (typeof raw !== 'string' && typeof raw !== 'number') return fail('invalidReference');
    const text = String(raw).trim();
    if (UUID.test(text)) return ok(text.toLowerCase());
    const id = ctx?.referenceLookup?.(def.reference.resource, text);
    return id === undefined ? fail('invalidReference') : ok(id);
  },
  validate: () => null,
  format: (value) => value,
  toWire: (value) => value,
};

/** Name of the embedded referenced row in list queries, e.g. building_id → "building". */
export function embedAlias(def: ReferenceFieldDef): string {
  return def.key.endsWith('_id') ? def.key.slice(0, -3) : `${def.key}_ref`;
}

/**
 * PostgREST select fragment embedding the referenced row. No column hint: tenant foreign keys are
 * composite (project_id, building_id), which PostgREST cannot name by one column; one relationship
 * per table pair is all the console needs.
 */
export function embedSelect(def: ReferenceFieldDef): string {
  return `${embedAlias(def)}:${def.reference.resource}(${def.reference.labelFields.join(',')})`;
}

/** Human label of a referenced row, e.g. { code: '3', name: '3栋' } with labelFields ['name'] → "3栋". */
export function referenceLabel(def: ReferenceFieldDef, row: unknown): string {
  if (typeof row !== 'object' || row === null) return '';
  const record = row as Record<string, unknown>;
  return def.reference.labelFields
    .map((field) => record[field])
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map(String)
    .join(' ');
}
