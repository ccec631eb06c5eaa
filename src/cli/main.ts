/** `npm run pith -- extract …`: the entry point. Everything testable lives in `run.ts`. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exitQuietlyOnBrokenPipe, nodeIo } from './node-io';
import { run } from './run';

export { run };
export type { CliDeps, CliIo } from './run';

// Importing this module (from a test) must not start the CLI.
if (
  process.argv[1] !== undefined &&
  realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
) {
  exitQuietlyOnBrokenPipe();
  try {
    process.exitCode = await run(process.argv.slice(2), nodeIo());
  } catch (error) {
    process.stderr.write(
      `pith: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
