/** argv → typed options, or a usage error. Pure: no I/O. */
import type { DomImplementation } from '../node';

export const FORMATS = ['text', 'markdown', 'html', 'json', 'jsonl'] as const;
export type OutputFormat = (typeof FORMATS)[number];
const DOMS: readonly DomImplementation[] = ['jsdom', 'linkedom'];

export interface ExtractOptions {
  format: OutputFormat;
  /** The page URL for every input, overriding what the pages declare. */
  url?: string;
  /** Path of a user rule list (uBO cosmetic syntax). */
  rulesFile?: string;
  builtinRules: boolean;
  dom: DomImplementation;
  /** `--site-memory DIR`: learn each site's template from the files, in order, and cut it (one JSON file a host). */
  siteMemoryDir?: string;
  /** Inputs exactly as given; `-` is standard input. */
  files: string[];
}

export type ParsedArgs =
  { kind: 'help' } | { kind: 'extract'; options: ExtractOptions } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: pith extract [options] FILE...

Strip the boilerplate from saved article pages and print what is left.
FILE may be - for standard input.

Options:
  --format FORMAT      text (default), markdown, html, json or jsonl
                       jsonl: one JSON object per file, one per line
                       json: one object for one file, an array for several
  --url URL            the page URL, for every FILE (default: the page's canonical
                       link or og:url, else file://<absolute path>)
  --rules FILE         add the rules in FILE (uBlock Origin cosmetic syntax)
  --no-builtin-rules   do not use the built-in rule packs
  --dom jsdom|linkedom DOM library to parse with (default jsdom; linkedom is faster)
  --site-memory DIR    learn each site's template (blocks repeating on 3 or more
                       pages) from the files in the order given and cut it; the
                       memory is kept in DIR, one JSON file a host
  -h, --help           show this help

Exit status: 0 when every file was extracted, 1 when some file failed,
2 on a usage error.
`;

type ValueFlag = '--format' | '--url' | '--rules' | '--dom' | '--site-memory';
const VALUE_FLAGS = new Set<string>(['--format', '--url', '--rules', '--dom', '--site-memory']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.some((a, i) => (a === '--help' || a === '-h') && !argv.slice(0, i).includes('--'))) {
    return { kind: 'help' };
  }
  const [command, ...rest] = argv;
  if (command === undefined) return usageError('no command given');
  if (command !== 'extract')
    return usageError(`unknown command '${command}' (the only command is 'extract')`);

  const options: ExtractOptions = { format: 'text', builtinRules: true, dom: 'jsdom', files: [] };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '--no-builtin-rules') {
      options.builtinRules = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    if (!VALUE_FLAGS.has(flag)) return usageError(`unknown option '${flag}'`);
    let value: string | undefined;
    if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      value = rest[i + 1];
      i++;
      // `--url --format json` is a forgotten value, not a URL named "--format".
      if (value !== undefined && value.startsWith('--')) value = undefined;
    }
    if (value === undefined || value === '') return usageError(`option '${flag}' needs a value`);
    const error = applyValue(options, flag as ValueFlag, value);
    if (error !== null) return usageError(error);
  }
  if (options.files.length === 0) return usageError('no input FILE given');
  if (options.files.filter((f) => f === '-').length > 1)
    return usageError("standard input '-' given more than once");
  return { kind: 'extract', options };
}

function applyValue(options: ExtractOptions, flag: ValueFlag, value: string): string | null {
  switch (flag) {
    case '--format': {
      const format = FORMATS.find((f) => f === value);
      if (format === undefined) return `unknown format '${value}' (use ${FORMATS.join(', ')})`;
      options.format = format;
      return null;
    }
    case '--dom': {
      const dom = DOMS.find((d) => d === value);
      if (dom === undefined) return `unknown DOM library '${value}' (use ${DOMS.join(' or ')})`;
      options.dom = dom;
      return null;
    }
    case '--url':
      try {
        options.url = new URL(value).href;
      } catch {
        return `--url needs an absolute URL, got '${value}'`;
      }
      return null;
    case '--rules':
      options.rulesFile = value;
      return null;
    case '--site-memory':
      options.siteMemoryDir = value;
      return null;
  }
}

function usageError(message: string): ParsedArgs {
  return { kind: 'usage-error', message };
}
