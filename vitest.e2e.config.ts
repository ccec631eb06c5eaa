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
  },
});
