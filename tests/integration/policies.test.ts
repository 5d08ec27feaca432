// Publishing fee policies: a draft becomes the version in force from a date, the version it replaces ends the
// day before, published versions never change, and only the office manager (or HQ admin) may publish.
import { beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { signedIn, superuser } from '../support/clients.js';
import { arrangeScope, insertRow } from './rls/fixtures.js';
import { LOGINS } from './rls/expected.js';

let manager: SupabaseClient;
let finance: SupabaseClient;
let companyId: string;
let projectId: string;
// Versions of this file's own, clear of other tests' fixtures.
const base = 50_000 + (process.pid % 1000) * 10;

beforeAll(async () => {
  [manager, finance] = await Promise.all([signedIn(LOGINS.manager), signedIn(LOGINS.finance)]);
  const { data } = await manager.from('projects').select('id, company_id').eq('code', 'jxhy').single();
  projectId = data!.id;
  companyId = data!.company_id;
});

async function draft(version: number): Promise<string> {
  const { data, error } = await manager.from('policies')
    .insert({ company_id: companyId, project_id: projectId, version, document: { feeItems: [] } }).select('id').single();
  expect(error).toBeNull();
  return data!.id as string;
}

const row = async (id: string) => (await manager.from('policies').select('status, effective_from, effective_to, note, published_by').eq('id', id).single()).data!;

describe('publish_policy', () => {
  test('the new version takes over from its date; the one before ends the day before', async () => {
    const v1 = await draft(base + 1);
    const first = await manager.rpc('publish_policy', { p_policy_id: v1, p_effective_from: '2031-01-01', p_note: '首版' });
    expect(first.error).toBeNull();
    const managerId = (await manager.auth.getUser()).data.user!.id;
    expect(await row(v1)).toEqual({ status: 'published', effective_from: '2031-01-01', effective_to: null, note: '首版', published_by: managerId });

    const v2 = await draft(base + 2);
    expect((await manager.rpc('publish_policy', { p_policy_id: v2, p_effective_from: '2031-04-01', p_note: '二季度调价' })).error).toBeNull();
    expect(await row(v1)).toMatchObject({ status: 'published', effective_to: '2031-03-31' });
    expect(await row(v2)).toMatchObject({ status: 'published', effective_from: '2031-04-01', effective_to: null });

    // Publishing again from the same day supersedes v2 entirely.
    const v3 = await draft(base + 3);
    expect((await manager.rpc('publish_policy', { p_policy_id: v3, p_effective_from: '2031-04-01', p_note: '更正' })).error).toBeNull();
    expect(await row(v2)).toMatchObject({ status: 'retired' });
    expect(await row(v3)).toMatchObject({ status: 'published' });
  });

  test('needs a note, a date, a draft — and a manager', async () => {
    const v = await draft(base + 4);
    expect((await manager.rpc('publish_policy', { p_policy_id: v, p_effective_from: '2032-01-01', p_note: ' ' })).error?.message).toMatch(/note/);
    expect((await finance.rpc('publish_policy', { p_policy_id: v, p_effective_from: '2032-01-01', p_note: '财务发布' })).error?.message).toMatch(/may not publish/);
    expect(await row(v)).toMatchObject({ status: 'draft' });
    expect((await manager.rpc('publish_policy', { p_policy_id: v, p_effective_from: '2032-01-01', p_note: 'ok' })).error).toBeNull();
    expect((await manager.rpc('publish_policy', { p_policy_id: v, p_effective_from: '2032-02-01', p_note: 'again' })).error?.message).toMatch(/published already/);
  });
});

describe('unit_facts', () => {
  test('gives the engine each unit with its current owner, money as text, scoped by RLS', async () => {
    // Units with a current owner (other tests add fixture units without one).
    const { data, error } = await manager.from('unit_facts').select('*').not('owner_id', 'is', null).order('room_no').limit(5);
    expect(error).toBeNull();
    expect(data!.length).toBe(5);
    for (const f of data!) {
      expect(f.project_id).toBe(projectId);
      expect(typeof f.area).toBe('string');
      expect(f.area).toMatch(/^\d+\.\d{2}$/);
      expect(Array.isArray(f.owner_tags)).toBe(true);
    }
    const other = await (await signedIn('manager@htya.demo')).from('unit_facts').select('unit_id').eq('project_id', projectId);
    expect(other.data).toEqual([]);
  });
});

describe('unit_period_facts', () => {
  test('gives each unit its readings around the period and its unpaid reviewed bills, as text', async () => {
    const db = await superuser();
    try {
      const scope = await arrangeScope(db, 'jxhy', (await manager.auth.getUser()).data.user!.id);
      await insertRow(db, 'meter_readings', { project_id: scope.projectId, meter_id: scope.meterId, read_on: '2030-12-31', reading: '100.000' });
      await insertRow(db, 'meter_readings', { project_id: scope.projectId, meter_id: scope.meterId, read_on: '2031-01-31', reading: '112.500' });
      await insertRow(db, 'meter_readings', { project_id: scope.projectId, meter_id: scope.meterId, read_on: '2031-02-28', reading: '121.000' });
      const due = await insertRow(db, 'bills', { project_id: scope.projectId, unit_id: scope.unitId, fee_item_id: scope.feeItemId, period_start: '2030-10-01', period_end: '2030-12-31', principal: '300.00', paid: '100.00', due_date: '2030-10-10', status: 'issued' });
      // A draft bill is not yet owed.
      await insertRow(db, 'bills', { project_id: scope.projectId, unit_id: scope.unitId, fee_item_id: scope.feeItemId, period_start: '2030-07-01', period_end: '2030-09-30', principal: '300.00', due_date: '2030-07-10' });

      const args = { p_project_id: scope.projectId, p_start: '2031-01-01', p_end: '2031-03-31', p_unit_ids: [scope.unitId] };
      const { data, error } = await manager.rpc('unit_period_facts', args);
      expect(error).toBeNull();
      const mine = (data as Array<{ unit_id: string; meters: unknown; arrears: unknown }>).find((r) => r.unit_id === scope.unitId);
      expect(mine).toEqual({
        unit_id: scope.unitId,
        meters: { water: { previous: '100.000', current: '121.000', multiplier: '1.00' } },
        arrears: [{ billId: due, feeItem: expect.any(String), balance: '200.00', dueDate: '2030-10-10' }],
      });
      const stranger = await (await signedIn('manager@htya.demo')).rpc('unit_period_facts', args);
      expect(stranger.data).toEqual([]);
    } finally {
      await db.end();
    }
  });
});
