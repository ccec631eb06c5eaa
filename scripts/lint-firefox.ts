/**
 * `npm run lint:firefox [dir]`: `web-ext lint` on the Firefox build (default dist/firefox; run `npm run build` first)
 * plus the manifest fields Firefox needs. Fails on any error, and on any warning or notice that does not come from
 * a bundled library we have checked: those are listed by name with the reason they are harmless.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Library code web-ext flags, recognised by the source around the flagged column. */
interface KnownFinding {
  library: string;
  code: string;
  /** The source just before the flagged column (anchored at its end) and from it (anchored at its start). */
  before: RegExp;
  at: RegExp;
  why: string;
}

const KNOWN: KnownFinding[] = [
  {
    library: 'DOMPurify 3 (_initDocument)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    before:
      /<html xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><head><\/head><body>.*createDocument\([^)]*`template`,null\);try\{$/,
    at: /^\w+\.documentElement\.innerHTML=/,
    why: 'the sanitiser parses the untrusted string into an inert document made by createDocument (never rendered, scripts never run); only a fallback when DOMParser fails',
  },
  {
    library: '@mozilla/readability 0.6 (grabArticle retry)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    before: /Article content after paging: .*this\._charThreshold\)\{if\(\w+=!1,$/,
    at: /^\w+\.innerHTML=\w+,this\._attempts\.push\(/,
    why: "restores Readability's own serialisation of the page (taken a moment earlier) between extraction attempts, on the engine's cloned document",
  },
  {
    library: '@mozilla/readability 0.6 (_unwrapNoscriptImages)',
    code: 'UNSAFE_VAR_ASSIGNMENT',
    before:
      /getElementsByTagName\(`noscript`\).*_isSingleImage\(\w+\)\)\{var \w+=\w+\.createElement\(`div`\);$/,
    at: /^\w+\.innerHTML=\w+\.innerHTML;/,
    why: "copies a <noscript> element's markup into a div of the same cloned document to recover lazy-loaded images; the reader shows the result only through DOMPurify",
  },
];

function fail(message: string): never {
  console.error(`lint:firefox: ${message}`);
  process.exit(1);
}

function checkManifest(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { scripts?: string[]; service_worker?: string };
    browser_specific_settings?: {
      gecko?: {
        id?: string;
        strict_min_version?: string;
        data_collection_permissions?: { required?: string[] };
      };
    };
  };
  const gecko = manifest.browser_specific_settings?.gecko;
  const problems: string[] = [];
  if (!manifest.background?.scripts?.length)
    problems.push('background.scripts is missing (Firefox has no service worker background)');
  if (manifest.background?.service_worker)
    problems.push('background.service_worker is set; Firefox MV3 ignores it');
  if (!gecko?.id) problems.push('browser_specific_settings.gecko.id is missing');
  if (!gecko?.strict_min_version)
    problems.push('browser_specific_settings.gecko.strict_min_version is missing');
  if (JSON.stringify(gecko?.data_collection_permissions?.required) !== '["none"]')
    problems.push('browser_specific_settings.gecko.data_collection_permissions.required must be ["none"]');
  return problems;
}

/** The flagged line around the flagged column (web-ext points at the start of the assignment). */
function sourceAround(dir: string, finding: LintMessage): { before: string; at: string } {
  if (!finding.file || !finding.line || !finding.column) return { before: '', at: '' };
  const line = readFileSync(join(dir, finding.file), 'utf8').split('\n')[finding.line - 1] ?? '';
  const column = finding.column - 1;
  return { before: line.slice(Math.max(0, column - 600), column), at: line.slice(column, column + 200) };
}

function runWebExt(dir: string): LintReport {
  const bin = resolve(import.meta.dirname, '../node_modules/.bin/web-ext');
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) fail(`could not run web-ext (${run.error.message})`);
  const start = run.stdout.indexOf('{');
  if (start < 0) fail(`web-ext printed no report:\n${run.stdout}${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as LintReport;
}

const dir = resolve(process.argv[2] ?? 'dist/firefox');
if (!existsSync(join(dir, 'manifest.json')))
  fail(`${dir}/manifest.json not found: run \`npm run build\` first`);

const manifestProblems = checkManifest(dir);
const report = runWebExt(dir);
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);

const unexplained: string[] = [];
for (const finding of [...report.errors, ...report.warnings, ...report.notices]) {
  const where = finding.file
    ? `${finding.file}:${finding.line ?? '?'}:${finding.column ?? '?'}`
    : '(no file)';
  const source = sourceAround(dir, finding);
  const known = report.errors.includes(finding)
    ? undefined
    : KNOWN.find((k) => k.code === finding.code && k.before.test(source.before) && k.at.test(source.at));
  if (known) console.log(`  library  ${finding.code} ${where}: ${known.library}; ${known.why}`);
  else unexplained.push(`  ${finding.code} ${where}: ${finding.message}`);
}
for (const problem of manifestProblems) unexplained.push(`  manifest: ${problem}`);

if (unexplained.length > 0)
  fail(`${unexplained.length} problem(s) not from a known library:\n${unexplained.join('\n')}`);
console.log('lint:firefox: 0 errors; every warning comes from a bundled library listed above.');
