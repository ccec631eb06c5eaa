/**
 * clean() must leave nothing of its copies reachable from the page it was given. On jsdom a dropped copy of the
 * page stayed reachable from the page's window (its elements listed among the window's named properties), 8 MB
 * per clean of the page in `test/support/retention-child.ts`; emptied after the clean, well under 1 MB stays
 * (what jsdom's selector engine keeps per document it queried, out of the engine's reach). Measured in a process
 * of its own, where nothing else allocates, after full collections.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('../support/retention-child.ts', import.meta.url));
const MAX_MB_PER_CLEAN = 3;

it('keeps no copy of a jsdom page alive after clean()', () => {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD], { encoding: 'utf8' });
  const { perCleanMb } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { perCleanMb: number };
  expect(perCleanMb).toBeLessThan(MAX_MB_PER_CLEAN);
}, 60_000);
