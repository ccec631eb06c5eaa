import { defineConfig } from 'vitest/config';

// Real-browser tests: one worker, files in sequence, generous timeouts (a browser start takes ~1 s on 2 cores).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/build-extension.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Real browsers on a shared CI machine: a test that fails is run once more from its start, and fails the run
    // only if it fails again. Each test is written to start from a clean state (its own tab, its own site data),
    // and a first failure is printed in the log (support/first-failure.ts), so a flake is seen, not hidden.
    retry: 1,
    setupFiles: ['test/e2e/support/first-failure.ts'],
  },
});
