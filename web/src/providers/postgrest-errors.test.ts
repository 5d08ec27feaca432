import { describe, expect, it } from 'vitest';
import { describeDbError, NOT_FOUND_CODE, STALE_CODE } from './postgrest-errors';

const uuid = '8b0c1d2e-3f40-4152-8637-48596a7b8c9d';
const unitColumns = ['room_no', 'building_id', 'floor', 'area', 'project_id'];

describe('describeDbError', () => {
  it('recognises a row-level security refusal', () => {
    expect(
      describeDbError({ code: '42501', message: 'new row violates row-level security policy for table "units"' }),
    ).toEqual({ key: 'forbidden', status: 403, columns: [] });
  });

  it('names the duplicate key without tenant columns', () => {
    expect(
      describeDbError({
        code: '23505',
        message: 'duplicate key value violates unique constraint "units_project_id_room_no_key"',
        details: `Key (project_id, room_no)=(${uuid}, 3-2-1502) already exists.`,
      }),
    ).toEqual({ key: 'duplicate', status: 409, columns: ['room_no'] });
  });

  it('reads the columns from the constraint name when RLS hides the key', () => {
    expect(
      describeDbError(
        { code: '23505', message: 'duplicate key value violates unique constraint "units_project_id_room_no_key"', details: null },
        unitColumns,
      ),
    ).toEqual({ key: 'duplicate', status: 409, columns: ['room_no'] });
    expect(
      describeDbError(
        {
          code: '23503',
          message: 'insert or update on table "units" violates foreign key constraint "units_project_id_building_id_fkey"',
          details: 'Key is not present in table "buildings".',
        },
        unitColumns,
      ),
    ).toEqual({ key: 'missingReference', status: 409, columns: ['building_id'] });
  });

  it('tells a missing reference from a row still in use', () => {
    expect(
      describeDbError({
        code: '23503',
        message: 'insert or update on table "units" violates foreign key constraint "units_building_id_fkey"',
        details: `Key (building_id)=(${uuid}) is not present in table "buildings".`,
      }),
    ).toEqual({ key: 'missingReference', status: 409, columns: ['building_id'] });
    expect(
      describeDbError({
        code: '23503',
        message: 'update or delete on table "buildings" violates foreign key constraint "units_building_id_fkey" on table "units"',
        details: 'Key is still referenced from table "units".',
      }),
    ).toEqual({ key: 'stillReferenced', status: 409, columns: [], table: 'units' });
  });

  it('finds the column of not-null and column check violations', () => {
    expect(
      describeDbError({ code: '23502', message: 'null value in column "area" of relation "units" violates not-null constraint' }),
    ).toMatchObject({ key: 'notNull', columns: ['area'] });
    expect(
      describeDbError(
        { code: '23514', message: 'new row for relation "units" violates check constraint "units_area_check"' },
        unitColumns,
      ),
    ).toEqual({ key: 'checkFailed', status: 400, columns: ['area'], constraint: 'units_area_check' });
    expect(
      describeDbError({ code: '23514', message: 'new row for relation "bills" violates check constraint "paid_not_above_due"' }),
    ).toMatchObject({ key: 'checkFailed', columns: [], constraint: 'paid_not_above_due' });
  });

  it('passes messages raised by triggers through', () => {
    expect(describeDbError({ code: 'P0001', message: 'payments are immutable' })).toMatchObject({
      key: 'rejected',
      detail: 'payments are immutable',
    });
  });

  it('asks for a new login when the token is refused', () => {
    expect(describeDbError({ code: 'PGRST301', message: 'JWT expired' })).toMatchObject({
      key: 'sessionExpired',
      status: 401,
    });
  });

  it('classifies bad input, missing rows, network failures and the rest', () => {
    expect(describeDbError({ code: '22P02', message: 'invalid input syntax for type numeric: "abc"' })).toMatchObject({
      key: 'invalidInput',
      detail: 'invalid input syntax for type numeric: "abc"',
    });
    expect(describeDbError({ code: NOT_FOUND_CODE })).toMatchObject({ key: 'notFound', status: 404 });
    expect(describeDbError({ code: STALE_CODE })).toMatchObject({ key: 'stale', status: 409 });
    expect(describeDbError({ code: '', message: 'TypeError: Failed to fetch' })).toMatchObject({ key: 'network' });
    expect(describeDbError(new Error('boom'))).toMatchObject({ key: 'unknown', detail: 'boom' });
  });
});
