// What one kind of import is: its columns (each a shared field definition — the same parse/validate the
// forms and the grid use), the server function that checks and commits it, and who may run it.
import type { AppRole } from '../../../domain/enums';
import type { FieldDef, FieldIssue } from '../../../fields/types';
import type { LocalizedText } from '../../../i18n/locales';

export type ImportKindId = 'meter_readings' | 'units_owners' | 'bill_adjustments';

export interface ImportColumn {
  /** Key in the row sent to the server; `field.key` may differ (an owner's `name` travels as `owner_name`). */
  readonly wire: string;
  readonly field: FieldDef;
  /** More header spellings people use, beside the field's zh/en labels. */
  readonly aliases?: readonly string[];
  /** Sample value for the template. */
  readonly example: string;
}

/** A problem with one field of one row; `issue` is a field issue code or one of the server's. */
export interface RowIssue {
  readonly row: number;
  readonly column: string;
  readonly issue: FieldIssue | ServerIssue;
}

export interface ServerIssue {
  readonly code: ServerIssueCode;
  readonly params?: Readonly<Record<string, string | number | undefined>>;
}

/** Row issues beyond a field's own: found by the import functions in Postgres (*_imports.sql) or a kind's cross-field check. */
export const SERVER_ISSUE_CODES = [
  'duplicateInFile',
  'unknownRoom',
  'unknownBuilding',
  'unknownMeter',
  'ambiguousMeter',
  'meterNotInRoom',
  'readingBelowPrevious',
  'readingAboveNext',
  'readingExists',
  'unknownFeeItem',
  'unknownBill',
  'billNotReviewed',
  'sameValue',
  'pendingAdjustment',
  'ownerDetailsWithoutName',
  'invalidNewValue',
  'datesOutOfOrder',
] as const;
export type ServerIssueCode = (typeof SERVER_ISSUE_CODES)[number];

export type ImportRow = Readonly<Record<string, string | readonly string[] | number | null>> & { readonly row: number };

export interface ImportKind {
  readonly id: ImportKindId;
  readonly label: LocalizedText;
  /** Postgres function: (p_project_id, p_rows, p_dry_run) → counts, or the rows' issues. */
  readonly rpc: string;
  readonly roles: readonly AppRole[];
  readonly columns: readonly ImportColumn[];
  /** Columns that identify a row's target; two rows with the same values are an error. */
  readonly key: readonly string[];
  /** Checks across fields of one parsed row (wire values). */
  readonly checkRow?: (row: ImportRow) => readonly RowIssue[];
  /** What the template's notes sheet says, beside each column's format. */
  readonly notes: LocalizedText;
}
