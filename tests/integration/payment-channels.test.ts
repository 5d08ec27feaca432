// A project's payment channels (printed on payment notices) through the real PostgREST: HQ admins set them, the
// database refuses anything but a list of {kind, label, detail}, an office manager cannot change them, and every
// role of the project reads them. Changes go to 翠湖苑 (chy), whose notices no test prints.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type pg from 'pg';
import { signedIn, superuser } from '../support/clients.js';
import { LOGINS } from './rls/expected.js';

let db: pg.Client;
let seeded: { id: string; payment_channels: unknown };

beforeAll(async () => {
  db = await superuser();
  seeded = (await db.query(`select id, payment_channels from projects where code = 'chy'`)).rows[0];
});

afterAll(async () => {
  await db.query('update projects set payment_channels = $2 where id = $1', [seeded.id, JSON.stringify(seeded.payment_channels)]);
  await db.end();
});

const desk = { kind: 'cashier_desk', label: '管理处', detail: '3 号楼底商，8:30–17:30' };

describe('payment channels', () => {
  test('the demo projects are seeded with channels and an office phone', async () => {
    const { rows } = await db.query(`select code, office_phone, jsonb_array_length(payment_channels) as n from projects where code in ('jxhy', 'chy')`);
    for (const row of rows) {
      expect(row.office_phone, row.code).toMatch(/^0571-\d{8}$/);
      expect(row.n, row.code).toBe(4);
    }
  });

  test('an HQ admin sets them; only a list of {kind, label, detail} with a known kind is accepted', async () => {
    const hq = await signedIn(LOGINS.hq_admin);
    const ok = await hq.from('projects').update({ payment_channels: [desk] }).eq('id', seeded.id).select('payment_channels');
    expect(ok.error).toBeNull();
    expect(ok.data).toEqual([{ payment_channels: [desk] }]);

    for (const bad of [
      desk,
      [{ ...desk, kind: 'cash_in_envelope' }],
      [{ kind: 'wechat', label: '微信' }],
      [{ ...desk, label: '  ' }],
      [{ ...desk, detail: 42 }],
      [{ ...desk, qr: 'https://example.com' }],
      ['wechat'],
    ]) {
      const refused = await hq.from('projects').update({ payment_channels: bad }).eq('id', seeded.id);
      expect(refused.error?.code, JSON.stringify(bad)).toBe('23514');
    }
    const { rows } = await db.query('select payment_channels from projects where id = $1', [seeded.id]);
    expect(rows[0].payment_channels).toEqual([desk]);
  });

  test('an office manager cannot change them; finance reads them', async () => {
    const [manager, finance] = await Promise.all([signedIn(LOGINS.manager), signedIn(LOGINS.finance)]);
    const own = await manager.from('projects').update({ payment_channels: [] }).eq('code', 'jxhy').select('id');
    expect(own.data ?? []).toEqual([]);
    const read = await finance.from('projects').select('payment_channels,office_phone').eq('code', 'jxhy').single();
    expect(read.error).toBeNull();
    expect(read.data!.payment_channels).toHaveLength(4);
  });
});
