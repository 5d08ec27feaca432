// `npm run seed -- --projects N --units M`: runs seed/cli.ts against the local stack (the running one, or one
// started just for this command).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { openLocalStack } from './local-stack.js';
import { repoRoot } from './paths.js';

const local = await openLocalStack(() => undefined).catch((e: unknown) => {
  console.error((e as Error).message);
  process.exit(1);
});
// Asynchronous on purpose: the auth service that creates the demo logins may be running in this very process.
const child = spawn(process.execPath, ['--import', 'tsx', resolve(repoRoot, 'seed/cli.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, FEEGRID_DB_URL: local.dbUrl, FEEGRID_API_URL: local.apiUrl, FEEGRID_SERVICE_ROLE_KEY: local.serviceRoleKey },
});
const code = await new Promise<number>((done) => child.once('exit', (status) => done(status ?? 1)));
await local.release();
process.exit(code);
