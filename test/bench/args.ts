/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';
import type { DomImplementation } from '../../src/node';
import type { Half } from './halves';

export type BenchSet = 'aeb' | 'traf';

export interface BenchArgs {
  sets: BenchSet[];
  dom: DomImplementation;
  half: Half | null;
  pages: number | null;
  worst: number;
  page: string | null;
  json: string | null;
  data: string | null;
  trafData: string | null;
  dumpDir: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [options]
  --set aeb|traf|both    which data set(s) to run (default both)
  --dom linkedom|jsdom   DOM library to parse with (default linkedom)
  --half dev|check       only one fixed half of each set (a page's half is a hash of its id), to tune on dev
                         and check on the other; a full run reports both halves as well
  --pages N              only the first N pages of each set (after --half), for a quick run
  --worst N              list the N pages where Pith does worst, and the N where it loses most to Readability
  --page ID-PREFIX       run one page (AEB id or traf file name prefix) and print what each system kept or missed
  --json FILE            write the summaries and per-page numbers to FILE
  --dump DIR             where the per-page jsonl files go (default test-results): bench-aeb.jsonl,
                         bench-traf.jsonl, one line per page with what each system missed and leaked
  --data DIR             AEB folder (default ../shared/bench/aeb-dev from the repo root)
  --traf-data DIR        trafilatura-set folder (default ../shared/bench/traf-dev)
  --help                 this text`;

export class ArgsError extends Error {}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string', default: 'both' },
        dom: { type: 'string', default: 'linkedom' },
        half: { type: 'string' },
        pages: { type: 'string' },
        worst: { type: 'string' },
        page: { type: 'string' },
        json: { type: 'string' },
        dump: { type: 'string' },
        data: { type: 'string' },
        'traf-data': { type: 'string' },
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
  const set = values.set;
  if (set !== 'aeb' && set !== 'traf' && set !== 'both')
    throw new ArgsError(`--set must be aeb, traf or both, not "${set}".`);
  const half = values.half ?? null;
  if (half !== null && half !== 'dev' && half !== 'check')
    throw new ArgsError(`--half must be dev or check, not "${half}".`);
  if (values.page !== undefined && values.page.trim() === '')
    throw new ArgsError('--page needs a page id or id prefix.');
  return {
    sets: set === 'both' ? ['aeb', 'traf'] : [set],
    dom,
    half,
    pages: values.pages === undefined ? null : positive('--pages', values.pages),
    worst: values.worst === undefined ? 0 : positive('--worst', values.worst),
    page: values.page?.trim() ?? null,
    json: values.json ?? null,
    data: values.data ?? null,
    trafData: values['traf-data'] ?? null,
    dumpDir: values.dump ?? null,
    help: values.help ?? false,
  };
}

function positive(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new ArgsError(`${flag} needs a positive whole number, not "${value}".`);
  return n;
}
