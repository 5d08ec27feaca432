// The demo-data generator: deterministic, consistent with itself and with the schema's rules, and sized by its options.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { generateSeed, planSeed, READINGS_PER_METER, resolveOptions, type SeedData } from '../../seed/generate/index.js';
import { Rng } from '../../seed/generate/rng.js';
import { APP_ROLES, DEMO_PASSWORD, DEMO_USERS } from '../../seed/demo-users.js';
import { repoRoot } from '../../stack/paths.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = map.get(k);
    if (group) group.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Every invariant the seed promises, whatever the options. */
function checkInvariants(data: SeedData, asOf: string): void {
  const buildings = new Map(data.buildings.map((b) => [b.id, b]));
  for (const u of data.units) {
    const b = buildings.get(u.building_id);
    expect(b?.project_id).toBe(u.project_id);
    // 房号 = building-entrance-floor+room, e.g. 3-2-1502
    const m = /^(\d+)-(\d+)-(\d+)(\d{2})$/.exec(u.room_no);
    expect(m, u.room_no).not.toBeNull();
    expect(m?.[1]).toBe(b?.code);
    expect(Number(m?.[3])).toBe(u.floor);
    expect(u.floor).toBeLessThanOrEqual(b?.floors ?? 0);
    expect(u.area).toMatch(/^\d+\.\d{2}$/);
    const area = new Decimal(u.area);
    expect(area.gte(55) && area.lte(180), u.area).toBe(true);
    if (u.usage === 'commercial') expect(u.floor).toBe(1);

    for (const d of [u.handover_date, u.renovation_date, u.occupancy_date]) if (d !== null) expect(d <= asOf && DATE.test(d)).toBe(true);
    if (u.handover_date === null) {
      expect([u.renovation_date, u.occupancy_date, u.occupancy]).toEqual([null, null, 'unsold']);
    } else {
      expect(u.occupancy).not.toBe('unsold');
      if (u.renovation_date !== null) expect(u.renovation_date >= u.handover_date).toBe(true);
      if (u.occupancy_date !== null) expect(u.occupancy_date >= u.handover_date).toBe(true);
      if (u.renovation_date !== null && u.occupancy_date !== null) expect(u.occupancy_date >= u.renovation_date).toBe(true);
      expect(u.occupancy).toBe(u.occupancy_date !== null ? 'occupied' : u.occupancy === 'renovating' ? 'renovating' : 'vacant');
      if (u.occupancy === 'renovating') expect(u.renovation_date).not.toBeNull();
    }
  }
  for (const rows of groupBy(data.units, (u) => u.project_id).values()) {
    expect(new Set(rows.map((u) => u.room_no)).size).toBe(rows.length);
  }

  // Exactly one current owner per unit, and each unit's history is a clean sequence of periods.
  const owners = new Map(data.owners.map((o) => [o.id, o]));
  const byUnit = groupBy(data.unit_ownerships, (o) => o.unit_id);
  expect(byUnit.size).toBe(data.units.length);
  for (const u of data.units) {
    const periods = [...(byUnit.get(u.id) ?? [])].sort((a, b) => (a.from_date < b.from_date ? -1 : 1));
    expect(periods.filter((p) => p.to_date === null)).toHaveLength(1);
    expect(periods[periods.length - 1]?.to_date).toBeNull();
    for (const [i, p] of periods.entries()) {
      expect(owners.get(p.owner_id)?.project_id).toBe(u.project_id);
      expect(p.from_date <= asOf).toBe(true);
      if (p.to_date !== null) expect(p.to_date >= p.from_date && p.to_date < (periods[i + 1]?.from_date ?? '')).toBe(true);
    }
    const current = periods[periods.length - 1];
    if (u.handover_date === null) expect(owners.get(current?.owner_id ?? '')?.tags).toContain('developer');
  }
  for (const o of data.owners) {
    if (o.phone !== null && !o.tags.includes('developer')) expect(o.phone).toMatch(/^1[358]\d{9}$/);
    if (o.id_card_tail !== null) expect(o.id_card_tail).toMatch(/^\d{4}$/);
    expect(o.name.length).toBeGreaterThanOrEqual(2);
  }

  const currentOwner = new Map(data.unit_ownerships.filter((o) => o.to_date === null).map((o) => [o.unit_id, o.owner_id]));
  for (const rows of groupBy(data.parking_spaces, (p) => p.project_id).values()) {
    expect(new Set(rows.map((p) => p.code)).size).toBe(rows.length);
  }
  for (const p of data.parking_spaces) {
    if (p.kind === 'visitor') expect([p.unit_id, p.owner_id]).toEqual([null, null]);
    if (p.kind === 'owned') expect(p.unit_id).not.toBeNull();
    if (p.unit_id !== null) expect(p.owner_id).toBe(currentOwner.get(p.unit_id));
  }

  for (const rows of groupBy(data.meters, (m) => m.project_id).values()) {
    expect(new Set(rows.map((m) => m.serial)).size).toBe(rows.length);
  }
  for (const readings of groupBy(data.meter_readings, (r) => r.meter_id).values()) {
    expect(readings).toHaveLength(READINGS_PER_METER);
    for (const [i, r] of readings.entries()) {
      expect(r.read_on <= asOf).toBe(true);
      expect(r.reading).toMatch(/^\d+\.\d$/);
      const prev = readings[i - 1];
      if (prev) expect(prev.read_on < r.read_on && new Decimal(prev.reading).lte(r.reading)).toBe(true);
    }
  }

  const ids = Object.values(data).flatMap((rows: { id: string }[]) => rows.map((r) => r.id));
  for (const id of ids) expect(id).toMatch(UUID_V4);
  expect(new Set(ids).size).toBe(ids.length);
}

describe('seed generator', () => {
  test('the same seed gives byte-identical output; another seed gives other data', () => {
    const a = JSON.stringify(generateSeed({ seed: 7, unitsPerProject: 120 }));
    expect(JSON.stringify(generateSeed({ seed: 7, unitsPerProject: 120 }))).toBe(a);
    const b = generateSeed({ seed: 8, unitsPerProject: 120 });
    expect(JSON.stringify(b)).not.toBe(a);
    expect(b.projects.map((p) => p.code)).toEqual(['jxhy', 'htya', 'chy', 'bjyh']);
  });

  test('the default demo holds every invariant', () => {
    const options = resolveOptions();
    checkInvariants(generateSeed(options), options.asOf);
  });

  test('invariants hold for any seed, size and date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 150 }),
        fc.date({ min: new Date('2006-01-01'), max: new Date('2032-12-31'), noInvalidDate: true }),
        (seed, projects, unitsPerProject, date) => {
          const asOf = date.toISOString().slice(0, 10);
          checkInvariants(generateSeed({ seed, projects, unitsPerProject, asOf }), asOf);
        },
      ),
      { numRuns: 15 },
    );
  });

  test('counts scale with the options', () => {
    for (const [projects, unitsPerProject] of [[1, 10], [4, 50], [9, 33]] as const) {
      const d = generateSeed({ projects, unitsPerProject });
      expect(d.companies.map((c) => c.code)).toEqual(['jinxiu', 'huating']);
      expect(d.projects).toHaveLength(projects);
      expect(d.units).toHaveLength(projects * unitsPerProject);
      expect(d.meters).toHaveLength(2 * d.units.length);
      expect(d.meter_readings).toHaveLength(READINGS_PER_METER * d.meters.length);
      expect(d.fee_items).toHaveLength(5 * projects);
      expect(d.unit_ownerships.filter((o) => o.to_date === null)).toHaveLength(d.units.length);
    }
  });

  test('adding projects or units elsewhere leaves a project as it was', () => {
    const small = generateSeed({ projects: 2, unitsPerProject: 40 });
    const more = generateSeed({ projects: 5, unitsPerProject: 40 });
    const jxhy = (d: SeedData) => d.projects.find((p) => p.code === 'jxhy')?.id;
    expect(jxhy(more)).toBe(jxhy(small));
    expect(more.units.filter((u) => u.project_id === jxhy(more))).toEqual(small.units.filter((u) => u.project_id === jxhy(small)));
  });

  test('named projects come first; generated ones alternate companies with valid, unique codes', () => {
    const plan = planSeed(resolveOptions({ projects: 500 }));
    const codeOf = (i: number) => `${plan.projects[i]?.company.code}/${plan.projects[i]?.row.code}`;
    expect([0, 1, 2, 3].map(codeOf)).toEqual(['jinxiu/jxhy', 'huating/htya', 'jinxiu/chy', 'jinxiu/bjyh']);
    expect(plan.projects.map((p) => p.row.name)).toContain('锦绣花园');
    const keys = plan.projects.map((p) => `${p.company.code}/${p.row.code}`);
    expect(new Set(keys).size).toBe(500);
    expect(new Set(plan.projects.map((p) => p.row.name)).size).toBe(500);
    for (const p of plan.projects) expect(p.row.code).toMatch(/^[a-z0-9_-]{2,32}$/);
    expect(plan.projects.filter((p) => p.company.code === 'huating').length).toBeGreaterThan(240);
  });

  test('a realistic population: tags, shops, ownership history, statuses', () => {
    const d = generateSeed({ projects: 4, unitsPerProject: 2500 });
    const people = d.owners.filter((o) => !o.tags.includes('developer'));
    const share = (n: number) => n / people.length;
    expect(share(people.filter((o) => o.tags.includes('senior')).length)).toBeGreaterThan(0.045);
    expect(share(people.filter((o) => o.tags.includes('senior')).length)).toBeLessThan(0.075);
    expect(share(people.filter((o) => o.tags.includes('disabled')).length)).toBeGreaterThan(0.008);
    expect(share(people.filter((o) => o.tags.includes('disabled')).length)).toBeLessThan(0.025);
    expect(d.units.some((u) => u.usage === 'commercial')).toBe(true);
    expect(d.unit_ownerships.some((o) => o.to_date !== null)).toBe(true);
    const statuses = new Set(d.units.map((u) => u.occupancy));
    expect([...statuses].sort()).toEqual(['occupied', 'renovating', 'unsold', 'vacant']);
    expect(d.units.some((u) => u.handover_date !== null && u.renovation_date === null)).toBe(true);
    expect(new Set(d.parking_spaces.map((p) => p.kind))).toEqual(new Set(['owned', 'rented', 'visitor']));
  });

  test('the PRNG is the same stream for the same key and yields v4 UUIDs and in-range integers', () => {
    const a = new Rng('k');
    const b = new Rng('k');
    expect(Array.from({ length: 50 }, () => a.uint32())).toEqual(Array.from({ length: 50 }, () => b.uint32()));
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (key, min, span) => {
        const r = new Rng(key);
        expect(r.uuid()).toMatch(UUID_V4);
        const v = r.int(min, min + span);
        expect(v >= min && v <= min + span && Number.isInteger(v)).toBe(true);
      }),
    );
  });

  test('rejects options it cannot honour', () => {
    expect(() => resolveOptions({ projects: 0 })).toThrow(/projects/);
    expect(() => resolveOptions({ unitsPerProject: 1.5 })).toThrow(/unitsPerProject/);
    expect(() => resolveOptions({ asOf: '2026-02-30' })).toThrow(/calendar date/);
  });
});

describe('demo users', () => {
  test('cover every role of app_role, as the migrations define it', () => {
    const dir = resolve(repoRoot, 'supabase/migrations');
    const sql = readdirSync(dir).map((f) => readFileSync(resolve(dir, f), 'utf8')).join('\n');
    const m = /create type public\.app_role as enum \(([^)]*)\)/.exec(sql);
    const added = [...sql.matchAll(/alter type public\.app_role add value if not exists '([a-z_]+)'/g)].map((r) => r[1]);
    const roles = [...[...(m?.[1] ?? '').matchAll(/'([a-z_]+)'/g)].map((r) => r[1]), ...added];
    expect(roles.sort()).toEqual([...APP_ROLES].sort());
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(APP_ROLES));
  });

  test('match the logins of the spec and the seeded projects', () => {
    const projects = generateSeed({ unitsPerProject: 1 }).projects.map((p) => p.code);
    expect(new Set(DEMO_USERS.map((u) => u.email)).size).toBe(DEMO_USERS.length);
    for (const u of DEMO_USERS) {
      expect(u.password).toBe(DEMO_PASSWORD);
      expect(u.full_name).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
      if (u.project !== null) expect(projects).toContain(u.project);
      if (u.role.startsWith('hq_')) expect(u.project).toBeNull();
    }
    expect(DEMO_USERS.map((u) => u.email)).toEqual(expect.arrayContaining([
      'hq.admin@jinxiu.demo', 'hq.analyst@jinxiu.demo', 'manager@jxhy.demo', 'finance@jxhy.demo', 'cashier@jxhy.demo',
      'agent@jxhy.demo', 'manager@chy.demo', 'hq.admin@huating.demo', 'manager@htya.demo',
    ]));
  });
});
