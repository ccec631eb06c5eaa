import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/fixtures/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
