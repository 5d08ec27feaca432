import type { ResourceSpec } from '../fields/resource-spec';
import type { Locale } from '../i18n/locales';
import { buildingsSpec } from './buildings/fields';
import { feeItemsSpec } from './fee-items/fields';
import { ownersSpec } from './owners/fields';
import { projectsSpec } from './projects/fields';
import { unitsSpec } from './units/fields';

/** Every resource with list/create/edit pages, keyed by table name. */
export const RESOURCE_SPECS = {
  projects: projectsSpec,
  buildings: buildingsSpec,
  units: unitsSpec,
  owners: ownersSpec,
  fee_items: feeItemsSpec,
} as const satisfies Record<string, ResourceSpec>;

export type CrudResourceName = keyof typeof RESOURCE_SPECS;

/** The console's columns of a table with their labels, e.g. units → { room_no → 房号, … }; empty for others. */
export function columnLabels(resource: string, locale: Locale): Map<string, string> {
  const spec = Object.values<ResourceSpec>(RESOURCE_SPECS).find((candidate) => candidate.name === resource);
  return new Map(spec?.fields.map((def) => [def.key, def.label[locale]]));
}
