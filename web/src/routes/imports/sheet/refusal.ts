// Why a whole file is refused before any row is looked at. The code picks the localized message
// (imports.refusals.<code>); params fill it in, e.g. the cell holding a formula.
export const REFUSAL_CODES = [
  'notXlsx',
  'encrypted',
  'tooLarge',
  'tooManyEntries',
  'unsupportedZip',
  'bomb',
  'dtd',
  'unreadable',
  'empty',
  'tooManyRows',
  'tooManyColumns',
  'formula',
  'errorCell',
  'missingColumns',
  'duplicateColumn',
  'timeout',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export class ImportRefusal extends Error {
  constructor(readonly code: RefusalCode, readonly params: Readonly<Record<string, string | number>> = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'ImportRefusal';
  }
}
