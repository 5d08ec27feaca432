// The console for browser tests, against the test run's stack (see console-server.ts).
import { afterAll, beforeAll, inject } from 'vitest';
import { signIn, startConsoleFor, type ConsoleUnderTest } from './console-server.js';
import './stack-info.js';

export { signIn, type ConsoleUnderTest };

export async function startConsole(): Promise<ConsoleUnderTest> {
  return startConsoleFor(inject('stack'));
}

/** Starts the console before a test file's tests and closes it after them; `app` is set once started. */
export function useConsole(): { readonly app: ConsoleUnderTest } {
  const holder = {} as { app: ConsoleUnderTest };
  beforeAll(async () => {
    holder.app = await startConsole();
  });
  afterAll(async () => {
    await holder.app?.close();
  });
  return holder;
}
