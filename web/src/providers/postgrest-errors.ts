/**
 * Turns PostgREST / Postgres errors into something an office worker can act on:
 * which field, what was wrong. Pure: translation and column labels are supplied by the caller.
 */
export const DB_ERROR_KEYS = [
  'forbidden',
  'duplicate',
  'stillReferenced',
  'missingReference',
  'checkFailed',
  'notNull',
  'invalidInput',
  'rejected',
  'notFound',
  'stale',
  'network',
  'sessionExpired',
  'unknown',
] as const;
export type DbErrorKey = (typeof DB_ERROR_KEYS)[number];

export interface DbErrorDescription {
  readonly key: DbErrorKey;
  /** HTTP-like status for refine (401 logs out, 403/409 do not). */
  readonly status: number;
  /** Columns the error is about (tenant columns left out), for messages under form fields. */
  readonly columns: readonly string[];
  /** Raw pieces for the message: table or constraint name, server text. */
  readonly table?: string;
  readonly constraint?: string;
  readonly detail?: string;
}

/** The fields of a PostgrestError that matter here. */
interface PostgrestErrorLike {
  readonly message?: unknown;
  readonly code?: unknown;
  readonly details?: unknown;
}

/** Not-found outcome of a write that touched no row (RLS hides it, or it was deleted meanwhile). */
export const NOT_FOUND_CODE = 'FEEGRID_NOT_FOUND';
/** An edit based on a row version someone else has replaced since it was loaded. */
export const STALE_CODE = 'FEEGRID_STALE';

const TENANT_COLUMNS = new Set(['project_id', 'company_id']);

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** "Key (project_id, room_no)=(…) already exists." → the key's columns (shown only without RLS). */
function keyDetailColumns(details: string): string[] {
  const match = /Key \((.+?)\)=/.exec(details);
  return match ? (match[1] ?? '').split(/,\s*/).map((column) => column.trim()) : [];
}

/**
 * Columns named in a constraint such as "units_project_id_room_no_key" (Postgres' default naming).
 * Needed because under RLS Postgres leaves the key out of the error detail.
 */
function constraintColumns(constraint: string, knownColumns: readonly string[]): string[] {
  const padded = `_${constraint}_`;
  return knownColumns.filter((column) => padded.includes(`_${column}_`));
}

const quoted = (pattern: RegExp, source: string): string | undefined => pattern.exec(source)?.[1];

/** The non-tenant columns an error is about: from the detail when present, else from the constraint. */
function columnsOf(details: string, constraint: string | undefined, knownColumns: readonly string[]): string[] {
  const fromDetail = keyDetailColumns(details);
  const columns = fromDetail.length > 0 || !constraint ? fromDetail : constraintColumns(constraint, knownColumns);
  return columns.filter((column) => !TENANT_COLUMNS.has(column));
}

/** `knownColumns`: the resource's columns, to recognise them in constraint names. */
export function describeDbError(error: unknown, knownColumns: readonly string[] = []): DbErrorDescription {
  const e: PostgrestErrorLike = typeof error === 'object' && error !== null ? error : {};
  const code = text(e.code);
  const message = text(e.message) || (error instanceof Error ? error.message : String(error));
  const details = text(e.details);
  const constraint = quoted(/constraint "([^"]+)"/, message);

  switch (code) {
    case '42501':
      return { key: 'forbidden', status: 403, columns: [] };
    case '23505':
      return { key: 'duplicate', status: 409, columns: columnsOf(details, constraint, knownColumns) };
    case '23503': {
      const referencing = quoted(/still referenced from table "([^"]+)"/, details);
      if (referencing) return { key: 'stillReferenced', status: 409, columns: [], table: referencing };
      return { key: 'missingReference', status: 409, columns: columnsOf(details, constraint, knownColumns) };
    }
    case '23502': {
      const column = quoted(/column "([^"]+)"/, message);
      return { key: 'notNull', status: 400, columns: column ? [column] : [] };
    }
    case '23514':
      return {
        key: 'checkFailed',
        status: 400,
        columns: columnsOf('', constraint, knownColumns),
        constraint: constraint ?? '',
      };
    case 'P0001':
      return { key: 'rejected', status: 400, columns: [], detail: message };
    case 'PGRST301':
    case 'PGRST302':
    case 'PGRST303':
      return { key: 'sessionExpired', status: 401, columns: [] };
    case STALE_CODE:
      return { key: 'stale', status: 409, columns: [] };
    case NOT_FOUND_CODE:
    case 'PGRST116':
      return { key: 'notFound', status: 404, columns: [] };
    default:
      if (code.startsWith('22')) return { key: 'invalidInput', status: 400, columns: [], detail: message };
      if (/failed to fetch|fetch failed|networkerror|load failed/i.test(message)) {
        return { key: 'network', status: 503, columns: [] };
      }
      return { key: 'unknown', status: 500, columns: [], detail: message };
  }
}
