// What a page's queries and RPCs answer, or an error a person can read in the console's language (the
// database's own words as the detail: which bill, which amount, which day).
import { localeStore } from '../i18n/locale-store';
import { dbErrorText } from '../i18n/messages';
import { describeDbError } from './postgrest-errors';

interface Answer {
  readonly data: unknown;
  readonly error: { readonly message: string; readonly code?: string; readonly details?: string | null } | null;
  readonly count?: number | null;
}

export function readableError(error: NonNullable<Answer['error']>): Error {
  return new Error(dbErrorText(localeStore.get(), describeDbError(error), (_, name) => name));
}

export async function rowsOf<T>(query: PromiseLike<Answer>): Promise<T> {
  const { data, error } = await query;
  if (error) throw readableError(error);
  return data as T;
}

/** A page of rows and how many match (a query with `{ count: 'exact' }`). */
export async function pageOf<T>(query: PromiseLike<Answer>): Promise<{ rows: T[]; total: number }> {
  const { data, error, count } = await query;
  if (error) throw readableError(error);
  return { rows: data as T[], total: count ?? 0 };
}
