import type {
  BaseRecord,
  CreateManyParams,
  CreateParams,
  DataProvider,
  DeleteManyParams,
  DeleteOneParams,
  GetListParams,
  GetManyParams,
  GetOneParams,
  HttpError,
  UpdateManyParams,
  UpdateParams,
} from '@refinedev/core';
import { dataProvider as supabaseDataProvider } from '@refinedev/supabase';
import type { SupabaseClient } from '@supabase/supabase-js';
import { localeStore } from '../i18n/locale-store';
import { dbErrorText, tableLabel } from '../i18n/messages';
import { describeDbError, NOT_FOUND_CODE, STALE_CODE } from './postgrest-errors';

/** The console's columns of a table with their labels in the current language (column → label). */
export type ColumnLabels = (resource: string) => ReadonlyMap<string, string>;

/** A readable refine HttpError; `errors` puts the message under the offending form fields. */
export function toHttpError(error: unknown, resource: string, columnLabels: ColumnLabels): HttpError {
  const labels = columnLabels(resource);
  const description = describeDbError(error, [...labels.keys()]);
  const locale = localeStore.get();
  const message = dbErrorText(locale, description, (kind, name) =>
    kind === 'table' ? tableLabel(locale, name) : (labels.get(name) ?? name),
  );
  const fieldErrors = Object.fromEntries(description.columns.map((column) => [column, message]));
  return {
    message,
    statusCode: description.status,
    ...(description.columns.length > 0 ? { errors: fieldErrors } : {}),
  };
}

const notFound = () => ({ code: NOT_FOUND_CODE });

/**
 * refine's Supabase data provider with readable errors. Writes that touch no row (RLS hides it,
 * or someone deleted it meanwhile) fail instead of reporting a success that did not happen.
 */
export function createDataProvider(client: SupabaseClient, columnLabels: ColumnLabels): DataProvider {
  const base = supabaseDataProvider(client);
  const guard = <T>(resource: string, run: () => Promise<T>): Promise<T> =>
    run().catch((error: unknown) => {
      throw toHttpError(error, resource, columnLabels);
    });
  const requireRow = <R extends { data: unknown }>(response: R): R => {
    if (response.data === undefined || response.data === null) throw notFound();
    return response;
  };

  return {
    ...base,
    getList: <TData extends BaseRecord = BaseRecord>(params: GetListParams) =>
      guard(params.resource, () => base.getList<TData>(params)),
    getMany: <TData extends BaseRecord = BaseRecord>(params: GetManyParams) =>
      guard(params.resource, () => base.getMany<TData>(params)),
    getOne: <TData extends BaseRecord = BaseRecord>(params: GetOneParams) =>
      guard(params.resource, async () => requireRow(await base.getOne<TData>(params))),
    create: <TData extends BaseRecord = BaseRecord, TVariables = object>(params: CreateParams<TVariables>) =>
      guard(params.resource, () => base.create<TData, TVariables>(params)),
    createMany: <TData extends BaseRecord = BaseRecord, TVariables = object>(params: CreateManyParams<TVariables>) =>
      guard(params.resource, () => base.createMany<TData, TVariables>(params)),
    // Own implementation: an edit carrying the row_version it was loaded with saves only over that version.
    update: <TData extends BaseRecord = BaseRecord, TVariables = object>({ resource, id, variables }: UpdateParams<TVariables>) =>
      guard(resource, async () => {
        const { row_version: loadedVersion, ...changes } = variables as Record<string, unknown>;
        let query = client.from(resource).update(changes).eq('id', id);
        if (loadedVersion !== undefined) query = query.eq('row_version', loadedVersion);
        const { data, error } = await query.select();
        if (error) throw error;
        const [row] = data;
        if (row) return { data: row as TData };
        if (loadedVersion === undefined) throw notFound();
        // Nothing saved: tell "changed by someone else" apart from "gone or not yours".
        const { data: current } = await client.from(resource).select('id').eq('id', id).maybeSingle();
        throw current ? { code: STALE_CODE } : notFound();
      }),
    updateMany: <TData extends BaseRecord = BaseRecord, TVariables = object>(params: UpdateManyParams<TVariables>) =>
      guard(params.resource, () => base.updateMany<TData, TVariables>(params)),
    // Own implementation: the stock one does not ask for the deleted row, so it cannot tell "nothing deleted".
    deleteOne: <TData extends BaseRecord = BaseRecord, TVariables = object>({ resource, id }: DeleteOneParams<TVariables>) =>
      guard(resource, async () => {
        const { data, error } = await client.from(resource).delete().eq('id', id).select('id');
        if (error) throw error;
        const [row] = data;
        if (!row) throw notFound();
        return { data: row as TData };
      }),
    deleteMany: <TData extends BaseRecord = BaseRecord, TVariables = object>(params: DeleteManyParams<TVariables>) =>
      guard(params.resource, () => base.deleteMany<TData, TVariables>(params)),
  };
}
