// Which companies and projects exist, and each project's character (age, building shapes, shops, parking).
import { Rng } from './rng.js';
import { toDay, toIso } from './calendar.js';
import { officeContacts } from './office.js';
import type { SeedOptions } from './options.js';
import type { CompanyRow, ProjectRow } from './rows.js';

/** A building shape: floors × entrances (单元) × rooms per floor per entrance. */
export interface BuildingShape { floors: number; entrances: number; rooms: number }

export interface ProjectProfile {
  /** 交付日期: handovers start here. */
  deliveredOn: string;
  shapes: BuildingShape[];
  /** Share of buildings with shops (商铺) on the ground floor. */
  shopBuildingShare: number;
  /** 精装交付: delivered furnished, so most owners move in without renovating. */
  furnished: boolean;
  /** Share of units sold; the rest stay with the developer (occupancy 'unsold'). */
  soldShare: number;
  /** Parking spaces per unit. */
  parkingRatio: number;
}

export interface PlannedProject { company: CompanyRow; row: ProjectRow; profile: ProjectProfile }

export interface SeedPlan { companies: CompanyRow[]; projects: PlannedProject[] }

const COMPANIES = [
  { code: 'jinxiu', name: '锦绣物业集团', city: '杭州市', districts: ['西湖区', '拱墅区', '上城区', '滨江区', '余杭区', '萧山区'] },
  { code: 'huating', name: '华庭物业', city: '苏州市', districts: ['工业园区', '姑苏区', '吴中区', '相城区', '高新区'] },
] as const;

type CompanyCode = (typeof COMPANIES)[number]['code'];

interface NamedProject { company: CompanyCode; code: string; name: string; address: string; profile: ProjectProfile }

/** The demo logins refer to these; listed in the order they are included. */
const NAMED_PROJECTS: readonly NamedProject[] = [
  {
    company: 'jinxiu', code: 'jxhy', name: '锦绣花园', address: '杭州市西湖区文一西路588号',
    profile: {
      deliveredOn: '2012-09-28', shapes: [{ floors: 18, entrances: 2, rooms: 2 }, { floors: 11, entrances: 2, rooms: 2 }],
      shopBuildingShare: 0.25, furnished: false, soldShare: 0.97, parkingRatio: 0.6,
    },
  },
  {
    company: 'huating', code: 'htya', name: '华庭雅苑', address: '苏州市工业园区星湖街299号',
    profile: {
      deliveredOn: '2015-05-20', shapes: [{ floors: 6, entrances: 3, rooms: 2 }, { floors: 18, entrances: 2, rooms: 2 }],
      shopBuildingShare: 0.1, furnished: false, soldShare: 0.95, parkingRatio: 0.5,
    },
  },
  {
    company: 'jinxiu', code: 'chy', name: '翠湖苑', address: '杭州市余杭区五常大道166号',
    profile: {
      deliveredOn: '2018-06-30', shapes: [{ floors: 26, entrances: 1, rooms: 4 }, { floors: 11, entrances: 2, rooms: 2 }],
      shopBuildingShare: 0.15, furnished: false, soldShare: 0.93, parkingRatio: 0.9,
    },
  },
  {
    company: 'jinxiu', code: 'bjyh', name: '滨江壹号', address: '杭州市滨江区江南大道1号',
    profile: {
      deliveredOn: '2024-12-28', shapes: [{ floors: 33, entrances: 1, rooms: 4 }],
      shopBuildingShare: 0.2, furnished: true, soldShare: 0.78, parkingRatio: 1.1,
    },
  },
];

// Generated project names: a prefix and a suffix with their pinyin initials (the project code).
// 20 prefixes and 11 suffixes: gcd(20 + 1, 11) = 1, so the first 220 combinations below are all distinct.
const PREFIXES: readonly (readonly [string, string])[] = [
  ['金桂', 'jg'], ['紫荆', 'zj'], ['碧水', 'bs'], ['枫林', 'fl'], ['银杏', 'yx'], ['御景', 'yj'], ['香樟', 'xz'],
  ['明珠', 'mz'], ['天悦', 'ty'], ['云栖', 'yq'], ['星河', 'xh'], ['海棠', 'ht'], ['丽都', 'ld'], ['阳光', 'yg'],
  ['湖畔', 'hp'], ['东方', 'df'], ['世纪', 'sj'], ['绿洲', 'lz'], ['龙湾', 'lw'], ['春江', 'cj'],
];
const SUFFIXES: readonly (readonly [string, string])[] = [
  ['花园', 'hy'], ['苑', 'y'], ['府', 'f'], ['雅居', 'yj'], ['公馆', 'gg'], ['家园', 'jy'], ['名邸', 'md'],
  ['华府', 'hf'], ['新城', 'xc'], ['山庄', 'sz'], ['湾', 'w'],
];
const ROADS = ['学院路', '古墩路', '莫干山路', '东新路', '金鸡路', '苏州大道', '长江路', '人民路', '解放路', '建设路', '湖滨路'];
const PHASE_DIGITS = ['', '', '二', '三', '四', '五', '六', '七', '八', '九'];
const SHAPE_MENU: readonly BuildingShape[] = [
  { floors: 6, entrances: 3, rooms: 2 }, { floors: 11, entrances: 2, rooms: 2 }, { floors: 18, entrances: 2, rooms: 2 },
  { floors: 18, entrances: 1, rooms: 3 }, { floors: 26, entrances: 1, rooms: 4 }, { floors: 33, entrances: 1, rooms: 4 },
];

function generatedName(index: number): { name: string; code: string } {
  const combos = PREFIXES.length * SUFFIXES.length;
  const k = index % combos;
  const p = PREFIXES[k % PREFIXES.length];
  const s = SUFFIXES[(k + Math.floor(k / PREFIXES.length)) % SUFFIXES.length];
  if (!p || !s) throw new Error('unreachable: name tables are non-empty');
  const phase = Math.floor(index / combos) + 1;
  const phaseName = phase === 1 ? '' : `${PHASE_DIGITS[phase] ?? String(phase)}期`;
  return { name: p[0] + s[0] + phaseName, code: p[1] + s[1] + (phase === 1 ? '' : String(phase)) };
}

function generatedProfile(rng: Rng, asOfDay: number): ProjectProfile {
  const first = toDay('2008-01-01');
  const last = Math.min(toDay('2025-12-31'), asOfDay - 30);
  const delivered = rng.int(first, Math.max(first, last));
  const shapes = [rng.pick(SHAPE_MENU)];
  if (rng.chance(0.6)) shapes.push(rng.pick(SHAPE_MENU));
  const age = (asOfDay - delivered) / 365;
  return {
    deliveredOn: toIso(delivered),
    shapes,
    shopBuildingShare: rng.pick([0, 0.1, 0.2, 0.3]),
    furnished: delivered > toDay('2019-01-01') && rng.chance(0.4),
    soldShare: age > 5 ? 0.95 + rng.next() * 0.04 : 0.7 + rng.next() * 0.2,
    parkingRatio: 0.4 + rng.next() * 0.8,
  };
}

export function planSeed(options: SeedOptions): SeedPlan {
  const ids = new Rng(`${options.seed}/companies`);
  const companies = COMPANIES.map((c) => ({ id: ids.uuid(), code: c.code, name: c.name }));
  const companyByCode = new Map(companies.map((c) => [c.code, c]));
  const asOfDay = toDay(options.asOf);
  const codesTaken = new Set(NAMED_PROJECTS.map((p) => `${p.company}/${p.code}`));

  const projects: PlannedProject[] = [];
  const add = (companyCode: CompanyCode, code: string, name: string, address: string, profile: ProjectProfile) => {
    const company = companyByCode.get(companyCode);
    if (!company) throw new Error(`unknown company ${companyCode}`);
    const id = new Rng(`${options.seed}/${companyCode}/${code}/project`).uuid();
    const city = COMPANIES.find((c) => c.code === companyCode)!.city;
    const contacts = officeContacts(new Rng(`${options.seed}/${companyCode}/${code}/office`), { name: company.name, city }, { name, address });
    const row: ProjectRow = {
      id, company_id: company.id, code, name, address, timezone: 'Asia/Shanghai', active: true,
      office_phone: contacts.office_phone, payment_channels: JSON.stringify(contacts.payment_channels),
    };
    projects.push({ company, row, profile });
  };

  for (const p of NAMED_PROJECTS.slice(0, options.projects)) add(p.company, p.code, p.name, p.address, p.profile);
  for (let i = 0; projects.length < options.projects; i++) {
    const meta = COMPANIES[i % 2];
    if (!meta) throw new Error('unreachable: two companies');
    const { name, code: base } = generatedName(i);
    let code = base;
    for (let n = 2; codesTaken.has(`${meta.code}/${code}`); n++) code = `${base}${n}`;
    codesTaken.add(`${meta.code}/${code}`);
    const rng = new Rng(`${options.seed}/${meta.code}/${code}/profile`);
    const address = `${meta.city}${rng.pick(meta.districts)}${rng.pick(ROADS)}${rng.int(1, 999)}号`;
    add(meta.code, code, name, address, generatedProfile(rng, asOfDay));
  }
  return { companies, projects };
}
