import { billAdjustmentsImport } from './bill-adjustments';
import { meterReadingsImport } from './meter-readings';
import type { ImportKind, ImportKindId } from './types';
import { unitsOwnersImport } from './units-owners';

export const IMPORT_KINDS: Readonly<Record<ImportKindId, ImportKind>> = {
  meter_readings: meterReadingsImport,
  units_owners: unitsOwnersImport,
  bill_adjustments: billAdjustmentsImport,
};
