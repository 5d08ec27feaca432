// The configured local stack for one-off commands (seed, reset): reuse the running `npm run dev` if there is
// one, otherwise start the stack on the configured ports for the duration of the command.
import { configFromEnv, type StackConfig } from './config.js';
import { runningInstance } from './lock.js';
import { isPortFree } from './ports.js';
import { startStack } from './stack.js';
import { apiKeys } from './jwt.js';

export interface LocalStack {
  config: StackConfig;
  apiUrl: string;
  dbUrl: string;
  serviceRoleKey: string;
  /** Stops what this command started (nothing when it reused `npm run dev`). */
  release(): Promise<void>;
}

export async function openLocalStack(log: (line: string) => void): Promise<LocalStack> {
  const config = configFromEnv();
  const running = runningInstance(config.dataDir);
  if (running) {
    const { serviceRoleKey } = await apiKeys(config.jwtSecret);
    const dbUrl = `postgres://postgres:${encodeURIComponent(config.dbPassword)}@127.0.0.1:${config.dbPort}/postgres`;
    return { config, apiUrl: running.apiUrl, dbUrl, serviceRoleKey, release: async () => undefined };
  }
  for (const [name, port] of [['FEEGRID_API_PORT', config.apiPort], ['FEEGRID_DB_PORT', config.dbPort], ['FEEGRID_REST_PORT', config.restPort]] as const) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} (${name}) is in use by another program. Free it or set ${name}.`);
  }
  const stack = await startStack({ ...config, durable: true, onLog: log });
  return { config, apiUrl: stack.apiUrl, dbUrl: stack.dbUrl, serviceRoleKey: stack.serviceRoleKey, release: stack.stop };
}
