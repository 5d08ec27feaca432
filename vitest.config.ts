import { defineConfig } from 'vitest/config';

// One run covers unit tests (beside the code), integration tests against the real local stack, and browser
// tests in headless Chromium. The stack is started once for the run by tests/support/global-setup.ts.
export default defineConfig({
  test: {
    root: '.',
    include: ['{web,rules,plugins,seed,stack,supabase}/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/closing-line-reporter.ts'],
    // Browser tests share two cores with the other worker's stack and browser: a step can take tens of seconds.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: two workers at most.
    maxWorkers: 2,
    // A browser step waits on Vite, PostgREST and Postgres sharing two cores with the other worker: poll for
    // up to 30 s (vitest's default of 1 s fails correct pages on a busy machine).
    expect: { poll: { timeout: 30_000 } },
  },
});
