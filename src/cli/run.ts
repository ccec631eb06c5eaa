/** The CLI's work, with all I/O injected so tests can run it in memory. `main.ts` wires it to the real process. */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { clean, limitHtml, parseDocument, TRUNCATED_WARNING } from '../node';
import type { CleanOptions, CleanResult } from '../types';
import { parseArgs, USAGE } from './args';
import type { ExtractOptions } from './args';
import { decodeHtml } from './decode';
import { createOutputWriter } from './format-output';
import { resolvePageUrl } from './page-url';
import { formatRuleErrors, loadRuleParser } from './rule-errors';
import type { RuleErrorLister } from './rule-errors';
import { whyNotHtml } from './sniff-html';
import { SiteMemoryDir } from './site-memory';

export interface CliIo {
  /** May return a promise to apply back-pressure (a slow pipe). */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  readStdin: () => Promise<Uint8Array>;
  /** Writes a text file, making its directory when missing (`--site-memory`). */
  writeFile?: (path: string, text: string) => Promise<void>;
}

export interface CliDeps {
  /** Where `--rules` diagnostics come from; defaults to the engine's `parseRules` when it exists. */
  loadRuleParser?: () => Promise<RuleErrorLister | null>;
  /** The engine; defaults to `clean` from `src/node.ts`. Tests swap it to pin down what the CLI does with a result. */
  clean?: (doc: Document, options: CleanOptions) => CleanResult;
}

/** Runs `pith ARGS…` and resolves to the exit code: 0 ok, 1 some input failed, 2 usage error. */
export async function run(argv: readonly string[], io: CliIo, deps: CliDeps = {}): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    await io.stdout(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`pith: ${parsed.message}\n${USAGE}`);
    return 2;
  }
  return extract(parsed.options, io, deps);
}

async function extract(options: ExtractOptions, io: CliIo, deps: CliDeps): Promise<number> {
  let failed = false;
  let rules: string | undefined;
  if (options.rulesFile !== undefined) {
    const rulesFile = options.rulesFile;
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(rulesFile);
    } catch (error) {
      // Extracting without the rules the user asked for would print the wrong thing: stop before any output.
      io.stderr(`pith: ${rulesFile}: ${describeReadError(error)}\n`);
      return 1;
    }
    rules = new TextDecoder('utf-8').decode(bytes);
    const lister = await (deps.loadRuleParser ?? loadRuleParser)();
    const errors = lister === null ? [] : lister(rules);
    if (errors.length > 0) {
      // The engine skips bad lines and goes on; so do we, but the run is not a success.
      io.stderr(formatRuleErrors(rulesFile, errors));
      failed = true;
    }
  }

  let memory: SiteMemoryDir | null = null;
  if (options.siteMemoryDir !== undefined) {
    if (!io.writeFile) {
      io.stderr('pith: --site-memory: this runner cannot write files\n');
      return 1;
    }
    memory = new SiteMemoryDir(options.siteMemoryDir, { readFile: io.readFile, writeFile: io.writeFile });
  }

  const writer = createOutputWriter(options.format, options.files.length > 1);
  for (const file of options.files) {
    // Whatever goes wrong with one page (a parser or engine error, a stack overflow on a hostile page) is that
    // page's failure, said on stderr; the batch goes on to the next file.
    let outcome: CleanResult | string;
    let entry = '';
    try {
      outcome = await extractOne(file, options, rules, io, deps.clean ?? clean, memory);
      if (typeof outcome !== 'string') entry = writer.entry(file, outcome);
    } catch (error) {
      outcome = `failed: ${errorMessage(error)}`;
    }
    if (typeof outcome === 'string') {
      io.stderr(`pith: ${file}: ${outcome}\n`);
      failed = true;
      continue;
    }
    await io.stdout(entry);
    for (const warning of outcome.warnings ?? []) {
      // Rule parse errors were listed above with their line and column.
      if (warning.code !== 'rule-error') io.stderr(`pith: ${file}: ${warning.message}\n`);
    }
    if (!outcome.isArticle && options.format !== 'json' && options.format !== 'jsonl') {
      // JSON output carries `isArticle`; for the human formats say it, or a cleaned page passes for an article.
      io.stderr(`pith: ${file}: no article found; printed the cleaned page\n`);
    }
  }
  const end = writer.end();
  if (end !== '') await io.stdout(end);
  return failed ? 1 : 0;
}

/** One input → its result, or the one-line reason it has none. */
async function extractOne(
  file: string,
  options: ExtractOptions,
  rules: string | undefined,
  io: CliIo,
  engine: NonNullable<CliDeps['clean']>,
  memory: SiteMemoryDir | null,
): Promise<CleanResult | string> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    return describeReadError(error);
  }
  if (bytes.length === 0) return 'empty file';
  const { text } = decodeHtml(bytes);
  const notHtml = whyNotHtml(text);
  if (notHtml !== null) return notHtml;

  // Standard input has no path to stand in for its address.
  const fallback = file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href;
  const url = resolvePageUrl(text, options.url, fallback);
  const truncated = limitHtml(text).truncated;
  let doc: Document;
  try {
    doc = parseDocument(text, url, options.dom);
  } catch (error) {
    // jsdom parses inline CSS as it builds the tree, and some real pages' CSS makes it throw.
    const hint = options.dom === 'jsdom' ? ' (try --dom linkedom)' : '';
    return `${options.dom} could not parse the page: ${errorMessage(error)}${hint}`;
  }
  // With one --url for every file, the files are told apart by their paths, or they would be one page.
  const pageId = options.url !== undefined && file !== '-' ? fallback : url;
  const siteTemplate = memory ? await memory.templateFor(url, pageId) : undefined;
  try {
    const result = engine(doc, {
      url,
      builtinRules: options.builtinRules,
      ...(rules === undefined ? {} : { rules }),
      ...(memory ? { siteTemplate, collectPrints: true } : {}),
    });
    if (memory) await memory.remember(url, pageId, result.prints ?? []);
    return truncated
      ? { ...result, warnings: [{ ...TRUNCATED_WARNING }, ...(result.warnings ?? [])] }
      : result;
  } catch (error) {
    // No window to close after: a jsdom page is parsed without one (see parseWithJsdom in src/node.ts).
    return `extraction failed: ${errorMessage(error)}`;
  }
}

function describeReadError(error: unknown): string {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
  }
  return `cannot read: ${errorMessage(error)}`;
}

/** Error text on one line: stderr gets one line per failed file. */
function errorMessage(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
}
