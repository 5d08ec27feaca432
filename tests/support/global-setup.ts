// Starts one throw-away stack (own ports, own temp data folder) with the demo data for the whole test run.
import type { TestProject } from 'vitest/node';
import { startThrowawayStack } from '../../stack/throwaway.js';
import { ensureDemoData } from '../../stack/demo.js';
import './stack-info.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stack, dispose } = await startThrowawayStack('test');
  await ensureDemoData(stack, () => undefined);
  project.provide('stack', { apiUrl: stack.apiUrl, anonKey: stack.anonKey, serviceRoleKey: stack.serviceRoleKey, dbUrl: stack.dbUrl, jwtSecret: stack.jwtSecret });
  return dispose;
}
