/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import type { DomImplementation } from '../../src/node';

export interface BenchArgs {
  dom: DomImplementation;
  worst: number;
  page: string | null;
  json: string | null;
  data: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --dom linkedom|jsdom   DOM library to parse with (default linkedom)
  --worst N              list the N pages with Pith's lowest F1 and the N where Pith loses most to Readability
  --page ID-PREFIX       run one page and print what Pith kept that the truth lacks, and what it missed
  --json FILE            write per-page numbers to FILE
  --data DIR             benchmark folder (default ../shared/bench/aeb-dev from the repo root)
  --help                 this text`;

export class ArgsError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        dom: { type: 'string', default: 'linkedom' },
        worst: { type: 'string' },
        page: { type: 'string' },
        json: { type: 'string' },
        data: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ArgsError(error instanceof Error ? error.message : String(error));
  }
  const dom = values.dom;
  if (dom !== 'linkedom' && dom !== 'jsdom')
    throw new ArgsError(`--dom must be linkedom or jsdom, not "${dom}".`);
  let worst = 0;
  if (values.worst !== undefined) {
    worst = Number(values.worst);
    if (!Number.isInteger(worst) || worst < 1)
      throw new ArgsError(`--worst needs a positive whole number, not "${values.worst}".`);
  }
  if (values.page !== undefined && values.page.trim() === '')
    throw new ArgsError('--page needs a page id or id prefix.');
  return {
    dom,
    worst,
    page: values.page?.trim() ?? null,
    json: values.json ?? null,
    data: values.data ?? null,
    help: values.help ?? false,
  };
}
