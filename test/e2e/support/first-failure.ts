/**
 * Every end-to-end test may run twice (`retry: 1` in vitest.e2e.config.ts). A failure that the second run does
 * not repeat still says what it was, in the log: a flake is a finding to look at, not something to hide.
 */
import { beforeEach } from 'vitest';

beforeEach(({ task, onTestFailed }) => {
  onTestFailed(() => {
    const attempt = (task.result?.retryCount ?? 0) + 1;
    const errors = (task.result?.errors ?? []).map((e) => e.message ?? String(e)).join('\n  ');
    console.warn(`[e2e attempt ${attempt} failed] ${task.name}\n  ${errors}`);
  });
});
