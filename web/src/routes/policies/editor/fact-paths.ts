// What the condition builder offers: every fact with the paths into it that its schema declares (labelled in
// both languages), and for a chosen path and operator what kind of value to ask for.
import { ELEMENT_OPERATORS, ORDER_OPERATORS, comparisonProblem, type FactDef, type FactRef, type Localized } from '../../../../../rules';
import type { JsonSchema } from '../../../../../rules/schema/types';

export interface FactPath {
  /** `$.a.b`, or undefined for the fact's whole value. */
  readonly path: string | undefined;
  /** Titles from the fact down to the property, e.g. [房屋, 用途]. */
  readonly labels: readonly Localized[];
  readonly schema: JsonSchema;
}

/** The paths a condition may name in a fact: each declared property, nested objects walked, arrays kept whole. */
export function factPaths(fact: Pick<FactDef, 'label' | 'schema'>): FactPath[] {
  const out: FactPath[] = [];
  const walk = (schema: JsonSchema, keys: readonly string[], labels: readonly Localized[]) => {
    if (schema.type !== 'object') {
      out.push({ path: keys.length ? `$.${keys.join('.')}` : undefined, labels, schema });
      return;
    }
    for (const [key, sub] of Object.entries(schema.properties)) {
      walk(sub, [...keys, key], [...labels, sub.title ?? { 'zh-CN': key, en: key }]);
    }
  };
  walk(fact.schema, [], [fact.label]);
  return out;
}

/**
 * The labels of a fact path as a fired rule's `saw` keys it (`fact` or `fact$.a.b`), e.g. [房屋, 收房日期]; undefined
 * for a fact or path the registry does not know.
 */
export function sawKeyLabels(facts: readonly Pick<FactDef, 'id' | 'label' | 'schema'>[], key: string): readonly Localized[] | undefined {
  const cut = key.indexOf('$');
  const factId = cut < 0 ? key : key.slice(0, cut);
  const path = cut < 0 ? undefined : key.slice(cut);
  const fact = facts.find((f) => f.id === factId);
  if (!fact) return undefined;
  if (path === undefined) return [fact.label];
  return factPaths(fact).find((p) => p.path === path)?.labels;
}

/** A field of a fact another condition may compare with. */
export interface ComparableField extends FactPath {
  readonly fact: string;
}

/** The fields of every fact that a condition on `self` (holding `left`) may compare with under `operator`; itself left out. */
export function comparableFields(
  facts: readonly Pick<FactDef, 'id' | 'label' | 'schema'>[],
  operator: string | undefined,
  left: JsonSchema | undefined,
  self: { readonly fact?: string; readonly path?: string },
): ComparableField[] {
  if (operator === undefined || left === undefined) return [];
  return facts.flatMap((f) => factPaths(f)
    .filter((p) => !(f.id === self.fact && p.path === self.path) && comparisonProblem(operator, left, p.schema) === null)
    .map((p) => ({ ...p, fact: f.id })));
}

/** The condition value that names a field. */
export const refTo = (field: { readonly fact: string; readonly path: string | undefined }): FactRef =>
  field.path === undefined ? { fact: field.fact } : { fact: field.fact, path: field.path };

export type ValueKind =
  | { readonly kind: 'enum'; readonly options: readonly { value: string; label: Localized | undefined }[]; readonly multiple: boolean }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'date' }
  | { readonly kind: 'number' }
  | { readonly kind: 'text'; readonly multiple: boolean };

const LIST_OPERATORS = new Set(['in', 'notIn']);

/** What a condition asks for when its value is cleared: nothing chosen, in the shape the value kind takes. */
export function emptyValue(kind: ValueKind): unknown {
  if (kind.kind === 'boolean') return true;
  if ('multiple' in kind && kind.multiple) return [];
  return kind.kind === 'number' ? 0 : '';
}

/**
 * The value a condition compares with, typed by the schema at its path: a list for in / notIn, an element for
 * contains on an array, a number for order comparisons of decimals and integers (json-rules-engine compares
 * with JavaScript's <, which orders decimal strings as text — "100" < "88.50").
 */
export function valueKindFor(schema: JsonSchema | undefined, operator: string | undefined): ValueKind {
  const multiple = operator !== undefined && LIST_OPERATORS.has(operator);
  let target = schema;
  if (target?.type === 'array' && operator !== undefined && (ELEMENT_OPERATORS.includes(operator) || multiple)) target = target.items;
  if (!target) return { kind: 'text', multiple };
  switch (target.type) {
    case 'boolean':
      return multiple ? { kind: 'enum', options: [{ value: 'true', label: undefined }, { value: 'false', label: undefined }], multiple } : { kind: 'boolean' };
    case 'integer':
      return multiple ? { kind: 'text', multiple } : { kind: 'number' };
    case 'string':
      if (target.enum) return { kind: 'enum', options: target.enum.map((value) => ({ value, label: target.enumLabels?.[value] })), multiple };
      if (target.format === 'date' && !multiple) return { kind: 'date' };
      if (target.format === 'decimal' && operator !== undefined && ORDER_OPERATORS.includes(operator)) return { kind: 'number' };
      return { kind: 'text', multiple };
    default:
      return { kind: 'text', multiple };
  }
}
