// xlsx imports against the real stack: a workbook goes through the console's own parser and validator
// (parseImportFile) and then the import functions through PostgREST, as a signed-in user. Dry runs report
// every row's problems and write nothing; a commit with any problem writes nothing (422); a clean commit
// writes everything; roles and projects are enforced by the database. Project jxhy: readings dated 2041,
// rooms named IMP-*, bills of 2041 — no other test touches those.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import type pg from 'pg';
import * as XLSX from 'xlsx';
import { signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';
import { parseImportFile } from '../../web/src/routes/imports/parse-file.js';
import type { ImportKindId, ImportRow } from '../../web/src/routes/imports/kinds/types.js';

let db: pg.Client;
let manager: SupabaseClient;
let cashier: SupabaseClient;
let finance: SupabaseClient;
let projectId: string;
let meter: { room: string; serial: string; id: string; last: string };

const workbook = (rows: unknown[][]) => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '导入数据');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

async function parsed(kind: ImportKindId, rows: unknown[][]): Promise<ImportRow[]> {
  const result = await parseImportFile(kind, workbook(rows));
  expect(result.issues).toEqual([]);
  return [...result.rows];
}

const rpcName: Record<ImportKindId, string> = {
  meter_readings: 'import_meter_readings',
  units_owners: 'import_units_owners',
  bill_adjustments: 'import_bill_adjustments',
};
const run = (client: SupabaseClient, kind: ImportKindId, rows: unknown, dryRun: boolean) =>
  client.rpc(rpcName[kind], { p_project_id: projectId, p_rows: rows, p_dry_run: dryRun, p_note: 'test.xlsx' });

const readingsOf = async (meterId: string) =>
  (await db.query<{ read_on: string; reading: string }>(
    `select read_on::text, reading::text from meter_readings where meter_id = $1 and read_on >= '2041-01-01' order by read_on`, [meterId])).rows;

beforeAll(async () => {
  db = await superuser();
  [manager, cashier, finance] = await Promise.all([signedIn(LOGINS.manager), signedIn(LOGINS.cashier), signedIn(LOGINS.finance)]);
  projectId = (await db.query<{ id: string }>(`select id from projects where code = 'jxhy'`)).rows[0]!.id;
  meter = (await db.query<typeof meter>(
    `select u.room_no as room, m.serial, m.id, (select max(reading)::text from meter_readings r where r.meter_id = m.id) as last
       from meters m join units u on u.id = m.unit_id
      where m.project_id = $1 and m.kind = 'water' order by u.room_no limit 1`, [projectId])).rows[0]!;
});

afterAll(async () => {
  await db.query(`delete from meter_readings where meter_id = $1 and read_on >= '2041-01-01'`, [meter.id]);
  await db.query(`delete from bill_adjustments a using bills b where b.id = a.bill_id and b.project_id = $1 and b.period_start >= '2041-01-01'`, [projectId]);
  await db.query(`delete from bills where project_id = $1 and period_start >= '2041-01-01'`, [projectId]);
  await db.query(`delete from unit_ownerships w using units u where u.id = w.unit_id and u.project_id = $1 and u.room_no like 'IMP-%'`, [projectId]);
  await db.query(`delete from units where project_id = $1 and room_no like 'IMP-%'`, [projectId]);
  await db.query(`delete from owners o where o.project_id = $1 and o.name like '导入%' and not exists (select 1 from unit_ownerships w where w.owner_id = o.id)`, [projectId]);
  await db.end();
});

describe('meter readings', () => {
  const header = ['房号', '表类型', '抄表日期', '本次读数'];

  test('a dry run names every problem by row and column and writes nothing', async () => {
    const last = Number(meter.last);
    const rows = [
      ...(await parsed('meter_readings', [header, [meter.room, '水表', '2041-01-25', String(last + 10)]])),
      { row: 3, room_no: 'NO-SUCH-ROOM', kind: 'water', serial: null, read_on: '2041-01-25', reading: '1.000' },
      { row: 4, room_no: meter.room, kind: 'gas', serial: null, read_on: '2041-01-25', reading: '1.000' },
      { row: 5, room_no: meter.room, kind: 'water', serial: null, read_on: '2041-02-25', reading: String(last + 5) },
      { row: 6, room_no: meter.room, kind: 'water', serial: null, read_on: '2041-01-25', reading: String(last + 10) },
    ];
    const { data, error } = await run(manager, 'meter_readings', rows, true);
    expect(error).toBeNull();
    expect(data.issues).toEqual([
      { row: 3, column: 'room_no', code: 'unknownRoom', params: { room: 'NO-SUCH-ROOM' } },
      { row: 4, column: 'kind', code: 'unknownMeter' },
      { row: 5, column: 'reading', code: 'readingBelowPrevious', params: { previous: last + 10, on: '2041-01-25' } },
      { row: 6, column: 'read_on', code: 'duplicateInFile', params: { first: 2 } },
    ]);
    expect(await readingsOf(meter.id)).toEqual([]);
  });

  test('a commit with a bad row is refused with 422 and the rows named; nothing is written', async () => {
    const rows = [
      { row: 2, room_no: meter.room, kind: 'water', serial: null, read_on: '2041-01-25', reading: '999999.000' },
      { row: 3, room_no: 'NO-SUCH-ROOM', kind: 'water', serial: null, read_on: '2041-01-25', reading: '1.000' },
    ];
    const { error, status } = await run(manager, 'meter_readings', rows, false);
    expect(status).toBe(422);
    expect(error?.message).toMatch(/1 rows .* nothing was imported/);
    expect(JSON.parse(error!.details!)).toEqual([{ row: 3, column: 'room_no', code: 'unknownRoom', params: { room: 'NO-SUCH-ROOM' } }]);
    expect(await readingsOf(meter.id)).toEqual([]);
  });

  test('a clean file is committed; the same file again changes nothing; a different value needs a manager', async () => {
    const last = Number(meter.last);
    const file = [header, [meter.room, '水表', '2041-01-25', last + 10], [meter.room, 'Water', '2041/2/25', `${last + 20}`]];
    const rows = await parsed('meter_readings', file);
    const first = await run(cashier, 'meter_readings', rows, false);
    expect(first.error).toBeNull();
    expect(first.data).toEqual({ counts: { inserted: 2, updated: 0, unchanged: 0 }, issues: [] });
    expect(await readingsOf(meter.id)).toEqual([
      { read_on: '2041-01-25', reading: (last + 10).toFixed(3) },
      { read_on: '2041-02-25', reading: (last + 20).toFixed(3) },
    ]);
    expect((await run(cashier, 'meter_readings', rows, false)).data.counts).toEqual({ inserted: 0, updated: 0, unchanged: 2 });

    const corrected = rows.map((r) => (r.read_on === '2041-02-25' ? { ...r, reading: `${last + 15}` } : r));
    const byCashier = await run(cashier, 'meter_readings', corrected, true);
    expect(byCashier.data.issues).toEqual([{ row: 3, column: 'reading', code: 'readingExists', params: { current: last + 20 } }]);
    const byManager = await run(manager, 'meter_readings', corrected, false);
    expect(byManager.data.counts).toEqual({ inserted: 0, updated: 1, unchanged: 1 });
    expect((await readingsOf(meter.id))[1]).toEqual({ read_on: '2041-02-25', reading: (last + 15).toFixed(3) });
  });

  test('another company’s manager and finance (no reading rights) are refused', async () => {
    const htya = await signedIn('manager@htya.demo');
    const rows = [{ row: 2, room_no: meter.room, kind: 'water', serial: null, read_on: '2041-03-25', reading: '1' }];
    for (const client of [htya, finance]) {
      const { error } = await run(client, 'meter_readings', rows, true);
      expect(error?.code).toBe('42501');
    }
  });
});

describe('units and owners', () => {
  const header = ['楼栋编号', '房号', '建筑面积', '用途', '收房日期', '业主姓名', '联系电话', '标签', '产权起始日'];

  test('creates units with their owners, updates an existing unit and transfers it to a new owner', async () => {
    const building = (await db.query<{ code: string }>(`select code from buildings where project_id = $1 order by code limit 1`, [projectId])).rows[0]!.code;
    const create = await parsed('units_owners', [
      header,
      [building, 'IMP-101', '88.5', '住宅', '2040-06-30', '导入张三', '13800000001', '老年人', ''],
      [building, 'IMP-102', 120, '商铺', '2040-06-30', '导入张三', '13800000001', '', ''],
      [building, 'IMP-103', '66', '', '', '', '', '', ''],
    ]);
    const first = await run(manager, 'units_owners', create, false);
    expect(first.error).toBeNull();
    expect(first.data.counts).toEqual({ created: 3, updated: 0, unchanged: 0, ownersChanged: 2 });
    const owned = await db.query(
      `select u.room_no, u.area::text, u.usage::text, o.name, o.phone, o.tags, w.from_date::text
         from units u left join unit_ownerships w on w.unit_id = u.id and w.to_date is null left join owners o on o.id = w.owner_id
        where u.project_id = $1 and u.room_no like 'IMP-%' order by u.room_no`, [projectId]);
    expect(owned.rows).toEqual([
      { room_no: 'IMP-101', area: '88.50', usage: 'residential', name: '导入张三', phone: '13800000001', tags: ['senior'], from_date: '2040-06-30' },
      { room_no: 'IMP-102', area: '120.00', usage: 'commercial', name: '导入张三', phone: '13800000001', tags: ['senior'], from_date: '2040-06-30' },
      { room_no: 'IMP-103', area: '66.00', usage: 'residential', name: null, phone: null, tags: null, from_date: null },
    ]);
    const owners = await db.query(`select count(*)::int as n from owners where project_id = $1 and name = '导入张三'`, [projectId]);
    expect(owners.rows[0].n).toBe(1);

    const transfer = await parsed('units_owners', [
      header,
      [building, 'IMP-101', '', '', '', '导入李四', '13800000002', '', '2041-05-01'],
      [building, 'IMP-102', '121', '', '', '导入张三', '', '', ''],
    ]);
    const second = await run(manager, 'units_owners', transfer, false);
    expect(second.error).toBeNull();
    expect(second.data.counts).toEqual({ created: 0, updated: 1, unchanged: 0, ownersChanged: 1 });
    const history = await db.query(
      `select o.name, w.from_date::text, w.to_date::text from unit_ownerships w join owners o on o.id = w.owner_id
         join units u on u.id = w.unit_id where u.project_id = $1 and u.room_no = 'IMP-101' order by w.from_date`, [projectId]);
    expect(history.rows).toEqual([
      { name: '导入张三', from_date: '2040-06-30', to_date: '2041-04-30' },
      { name: '导入李四', from_date: '2041-05-01', to_date: null },
    ]);
    expect((await db.query(`select area::text from units where project_id = $1 and room_no = 'IMP-102'`, [projectId])).rows[0].area).toBe('121.00');
  });

  test('unknown buildings, dates out of order and an earlier transfer date are reported; a cashier may not import units', async () => {
    const building = (await db.query<{ code: string }>(`select code from buildings where project_id = $1 order by code limit 1`, [projectId])).rows[0]!.code;
    const rows = [
      { row: 2, building_code: 'NO-SUCH', room_no: 'IMP-201', area: '50.00', owner_tags: [] },
      { row: 3, building_code: building, room_no: 'IMP-202', area: '50.00', handover_date: '2040-06-30', renovation_date: '2040-01-01', owner_tags: [] },
      { row: 4, building_code: building, room_no: 'IMP-101', owner_name: '导入王五', owner_from: '2041-01-01', owner_tags: [] },
    ];
    const { data } = await run(manager, 'units_owners', rows, true);
    expect(data.issues).toEqual([
      { row: 2, column: 'building_code', code: 'unknownBuilding', params: { code: 'NO-SUCH' } },
      { row: 3, column: 'renovation_date', code: 'datesOutOfOrder' },
      { row: 4, column: 'owner_from', code: 'datesOutOfOrder', params: { since: '2041-05-01' } },
    ]);
    expect((await run(cashier, 'units_owners', rows, true)).error?.code).toBe('42501');
  });
});

describe('bill adjustments', () => {
  test('proposes adjustments to reviewed bills for finance; drafts, unchanged values and pending fields are reported', async () => {
    const units = (await db.query<{ id: string; room_no: string }>(
      `select id, room_no from units where project_id = $1 and room_no not like 'IMP-%' order by room_no limit 2`, [projectId])).rows;
    const fee = (await db.query<{ id: string }>(`select id from fee_items where project_id = $1 and code = 'mgmt'`, [projectId])).rows[0]!;
    await db.query(
      `insert into bills (project_id, unit_id, fee_item_id, period_start, period_end, principal, due_date, status)
       values ($1, $2, $4, '2041-01-01', '2041-03-31', 300.00, '2041-01-10', 'approved'),
              ($1, $3, $4, '2041-01-01', '2041-03-31', 300.00, '2041-01-10', 'draft')`, [projectId, units[0]!.id, units[1]!.id, fee.id]);
    const header = ['房号', '收费项目', '计费期', '调整项目', '调整后金额/日期', '调整原因'];
    const rows = await parsed('bill_adjustments', [
      header,
      [units[0]!.room_no, '物业管理费', '2041-01-01', '减免', '50', '长期外出'],
      [units[0]!.room_no, 'mgmt', '2041-01-01', '缴费截止日', '2041-02-10', '业主申请延期'],
      [units[1]!.room_no, 'mgmt', '2041-01-01', '减免', '10', '草稿'],
      [units[0]!.room_no, 'mgmt', '2041-01-01', '应收金额', '300', '无变化'],
    ]);
    const dry = await run(finance, 'bill_adjustments', rows, true);
    expect(dry.data.issues).toEqual([
      { row: 4, column: 'period_start', code: 'billNotReviewed', params: { status: 'draft' } },
      { row: 5, column: 'new_value', code: 'sameValue' },
    ]);
    const good = rows.slice(0, 2);
    const committed = await run(finance, 'bill_adjustments', good, false);
    expect(committed.error).toBeNull();
    expect(committed.data.counts).toEqual({ proposed: 2 });
    const proposals = await db.query(
      `select a.field, a.old_value, a.new_value, a.reason, a.status::text, a.requested_by is not null as by
         from bill_adjustments a join bills b on b.id = a.bill_id where b.unit_id = $1 and b.period_start = '2041-01-01' order by a.field`, [units[0]!.id]);
    expect(proposals.rows).toEqual([
      { field: 'discount', old_value: '0.00', new_value: '50.00', reason: '长期外出', status: 'proposed', by: true },
      { field: 'due_date', old_value: '2041-01-10', new_value: '2041-02-10', reason: '业主申请延期', status: 'proposed', by: true },
    ]);
    const again = await run(finance, 'bill_adjustments', good, true);
    expect(again.data.issues.map((i: { code: string }) => i.code)).toEqual(['pendingAdjustment', 'pendingAdjustment']);
  });
});
