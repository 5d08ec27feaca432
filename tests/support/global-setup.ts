// Starts one throw-away stack (own ports, own temp data folder) with the demo data for the whole test run, and
// builds the console for it once: every browser test file serves that build (a dev server per file would
// transform the console's modules again for each).
import type { TestProject } from 'vitest/node';
import { startThrowawayStack } from '../../stack/throwaway.js';
import { ensureDemoData } from '../../stack/demo.js';
import { buildConsole } from './console-server.js';
import './stack-info.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stack, dispose } = await startThrowawayStack('test');
  try {
    await ensureDemoData(stack, () => undefined);
    const built = await buildConsole(stack);
    project.provide('stack', { apiUrl: stack.apiUrl, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, dbUrl: stack.dbUrl, jwtSecret: stack.jwtSecret });
    project.provide('consoleBuild', built.dir);
    return async () => {
      built.remove();
      await dispose();
    };
  } catch (e) {
    await dispose();
    throw e;
  }
}
