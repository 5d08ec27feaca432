// Ports, secrets and folders of the local stack: environment variables with safe local defaults.
import { resolve } from 'node:path';
import { repoRoot } from './paths.js';
import { reachableDataDir } from './postgres.js';

export interface StackConfig {
  host: string;
  apiPort: number;
  dbPort: number;
  restPort: number;
  webPort: number;
  jwtSecret: string;
  dbPassword: string;
  /** Folder holding the Postgres cluster and the dev lock; git-ignored. */
  dataDir: string;
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

export function configFromEnv(): StackConfig {
  const jwtSecret = process.env.FEEGRID_JWT_SECRET ?? 'feegrid-local-only-jwt-secret-not-for-production';
  if (jwtSecret.length < 32) throw new Error('FEEGRID_JWT_SECRET must be at least 32 characters (PostgREST requires it)');
  return {
    host: '127.0.0.1',
    apiPort: port('FEEGRID_API_PORT', 54321),
    dbPort: port('FEEGRID_DB_PORT', 54322),
    restPort: port('FEEGRID_REST_PORT', 54323),
    webPort: port('FEEGRID_WEB_PORT', 5173),
    jwtSecret,
    dbPassword: process.env.FEEGRID_DB_PASSWORD ?? 'postgres',
    dataDir: reachableDataDir(process.env.FEEGRID_DATA_DIR ?? resolve(repoRoot, '.local')),
  };
}
