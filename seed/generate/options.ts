import { toDay } from './calendar.js';

export interface SeedOptions {
  /** Same seed (with the same other options) → byte-identical rows. */
  seed: number;
  /**
   * Total projects across both companies. The first four are the named demo projects in the order
   * jxhy, htya, chy, bjyh (so 2 already gives each company one); more are generated, alternating jinxiu / huating.
   */
  projects: number;
  /** Exact number of units in every project. */
  unitsPerProject: number;
  /** The "today" of the generated data: every date is on or before it. Fixed by default so output is reproducible. */
  asOf: string;
}

export const DEFAULT_SEED_OPTIONS: SeedOptions = { seed: 2026, projects: 4, unitsPerProject: 300, asOf: '2026-11-15' };

export function resolveOptions(partial: Partial<SeedOptions> = {}): SeedOptions {
  const o: SeedOptions = { ...DEFAULT_SEED_OPTIONS, ...partial };
  if (!Number.isSafeInteger(o.seed)) throw new Error(`seed must be an integer, got ${o.seed}`);
  if (!Number.isInteger(o.projects) || o.projects < 1 || o.projects > 5000) {
    throw new Error(`projects must be an integer from 1 to 5000, got ${o.projects}`);
  }
  if (!Number.isInteger(o.unitsPerProject) || o.unitsPerProject < 1 || o.unitsPerProject > 200_000) {
    throw new Error(`unitsPerProject must be an integer from 1 to 200000, got ${o.unitsPerProject}`);
  }
  toDay(o.asOf); // validates
  return o;
}
