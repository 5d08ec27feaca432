// Pure demo-data generation: no I/O. Use planSeed + generateProjectRecords to stream project by project
// (what the writer does), or generateSeed for everything at once (small sizes, tests).
import { planSeed, type PlannedProject, type SeedPlan } from './catalog.js';
import { generateProjectRecords } from './project.js';
import { resolveOptions, type SeedOptions } from './options.js';
import { PROJECT_TABLES, type CompanyRow, type ProjectRecords, type ProjectRow } from './rows.js';

export { planSeed, generateProjectRecords, resolveOptions, PROJECT_TABLES };
export { DEFAULT_SEED_OPTIONS } from './options.js';
export { READINGS_PER_METER } from './meters.js';
export type { SeedOptions, SeedPlan, PlannedProject };
export type * from './rows.js';

export interface SeedData extends ProjectRecords {
  companies: CompanyRow[];
  projects: ProjectRow[];
}

export function generateSeed(partial: Partial<SeedOptions> = {}): SeedData {
  const options = resolveOptions(partial);
  const plan = planSeed(options);
  const data: SeedData = {
    companies: plan.companies, projects: plan.projects.map((p) => p.row),
    buildings: [], units: [], owners: [], unit_ownerships: [], parking_spaces: [], meters: [], meter_readings: [], fee_items: [],
  };
  for (const planned of plan.projects) {
    const records = generateProjectRecords(planned, options);
    for (const table of PROJECT_TABLES) {
      const into = data[table] as unknown[];
      for (const row of records[table]) into.push(row); // not push(...rows): that overflows the stack on large tables
    }
  }
  return data;
}
