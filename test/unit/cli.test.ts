import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import type { CliDeps } from '../../src/cli/main';
import { formatRuleErrors, loadRuleParser } from '../../src/cli/rule-errors';
import type { CleanOptions, CleanResult } from '../../src/types';

const para = (s: string): string => `<p>${`${s} `.repeat(25)}</p>`;
const ARTICLE = `<!doctype html><html><head><title>Quiet Rivers</title>
<link rel="canonical" href="https://news.example/rivers"></head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>Quiet Rivers</h1>
${para('The river ran quietly past the town, and the people, who had lived there for years, barely noticed it.')}
${para('In the spring, however, the water rose, and everyone remembered, with some alarm, what it could do.')}
${para('Engineers were called, meetings were held, and in the end a new wall was built along the bank.')}
</article></body></html>`;
const NO_ARTICLE =
  '<!doctype html><html><head><title>Form</title></head><body><form><input></form></body></html>';

interface Captured {
  stdout: string;
  stderr: string;
  code: number;
}

async function runWith(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  options: { stdin?: string; deps?: CliDeps } = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const enc = new TextEncoder();
  const code = await run(
    argv,
    {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readFile: (path) => {
        const content = files[path];
        if (content === undefined) {
          return Promise.reject(Object.assign(new Error(`ENOENT: open '${path}'`), { code: 'ENOENT' }));
        }
        return Promise.resolve(typeof content === 'string' ? enc.encode(content) : content);
      },
      readStdin: () => Promise.resolve(enc.encode(options.stdin ?? '')),
    },
    options.deps,
  );
  return { stdout, stderr, code };
}

/** Records what the CLI hands the engine, and answers with a fixed result. */
function fakeEngine(over: Partial<CleanResult> = {}): { deps: CliDeps; calls: CleanOptions[] } {
  const calls: CleanOptions[] = [];
  const clean = (doc: Document, options: CleanOptions): CleanResult => {
    calls.push(options);
    return {
      title: doc.title,
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      excerpt: null,
      html: '<p>cleaned</p>',
      text: 'cleaned',
      markdown: 'cleaned',
      isArticle: true,
      removed: [],
      restored: [],
      firedRules: [],
      stats: {
        wordsBefore: 0,
        wordsAfter: 0,
        ms: { clone: 0, preRules: 0, readability: 0, postRules: 0, serialise: 0, total: 0 },
      },
      url: options.url,
      ruleErrors: [],
      warnings: [],
      ...over,
    };
  };
  return { deps: { clean, loadRuleParser: () => Promise.resolve(null) }, calls };
}

describe('run (in memory, real placeholder engine)', () => {
  it('prints the article text for one file and exits 0', async () => {
    const r = await runWith(['extract', 'rivers.html'], { 'rivers.html': ARTICLE });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The river ran quietly past the town');
    expect(r.stdout).not.toContain('About');
  });

  it('jsonl: one line per file, `file` exactly as given, url from the canonical link', async () => {
    const r = await runWith(['extract', '--format', 'jsonl', './rivers.html', 'again.html'], {
      './rivers.html': ARTICLE,
      'again.html': ARTICLE.replace('https://news.example/rivers', '/relative-only'),
    });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(first ?? {})).toEqual([
      'file',
      'url',
      'title',
      'byline',
      'siteName',
      'publishedTime',
      'text',
      'markdown',
      'isArticle',
      'removed',
      'restored',
      'engineMs',
    ]);
    const engineMs = (first?.['engineMs'] ?? {}) as Record<string, number>;
    expect(Object.keys(engineMs)).toEqual([
      'clone',
      'preRules',
      'readability',
      'postRules',
      'serialise',
      'total',
    ]);
    expect(engineMs['total']).toBeGreaterThan(0);
    expect(first).toMatchObject({
      file: './rivers.html',
      url: 'https://news.example/rivers',
      isArticle: true,
    });
    // No usable claim in the page: the file's own absolute file:// URL.
    expect(second?.['url']).toBe(pathToFileURL(join(process.cwd(), 'again.html')).href);
  });

  it('a bad file among good ones: one stderr line, the others still print, exit 1', async () => {
    const r = await runWith(['extract', 'a.html', 'missing.html', 'empty.html', 'bin.html', 'b.html'], {
      'a.html': ARTICLE,
      'empty.html': '',
      'bin.html': Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02]),
      'b.html': ARTICLE,
    });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'pith: missing.html: no such file',
      'pith: empty.html: empty file',
      'pith: bin.html: not HTML (binary data: NUL bytes in the first 1 KB)',
    ]);
    expect(r.stdout.match(/^==> .* <==$/gm)).toEqual(['==> a.html <==', '==> b.html <==']);
  });

  it('plain text with no tag is refused', async () => {
    const r = await runWith(['extract', 'notes.txt'], { 'notes.txt': 'just some notes\nno markup' });
    expect(r).toEqual({
      stdout: '',
      stderr: 'pith: notes.txt: not HTML (no tag in the first 1 KB)\n',
      code: 1,
    });
  });

  it('reads standard input for -, with about:blank as the fallback URL', async () => {
    const noCanonical = ARTICLE.replace(/<link[^>]*>/, '');
    const r = await runWith(['extract', '--format', 'json', '-'], {}, { stdin: noCanonical });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ file: '-', url: 'about:blank', title: 'Quiet Rivers' });
  });

  it('decodes windows-1252 bytes before parsing', async () => {
    // 'quietly' → 0xE9 0x92: é’ in windows-1252, and invalid UTF-8, so the fallback must kick in.
    const [before, after] = ARTICLE.split(/quietly(.*)/s);
    const enc = new TextEncoder();
    const bytes = Uint8Array.from([...enc.encode(before), 0xe9, 0x92, ...enc.encode(after)]);
    const r = await runWith(['extract', 'old.html'], { 'old.html': bytes });
    expect(r.stdout).toContain('The river ran é’ past');
  });

  it('no article: prints what the engine returns and warns in text format only', async () => {
    const text = await runWith(['extract', 'form.html'], { 'form.html': NO_ARTICLE });
    expect(text.code).toBe(0);
    expect(text.stderr).toBe('pith: form.html: no article found; printed the cleaned page\n');

    const jsonl = await runWith(['extract', '--format=jsonl', 'form.html'], { 'form.html': NO_ARTICLE });
    expect(jsonl.stderr).toBe('');
    expect(JSON.parse(jsonl.stdout)).toMatchObject({ file: 'form.html', isArticle: false });
  });

  it('both DOM libraries work', async () => {
    const r = await runWith(['extract', '--dom', 'linkedom', 'rivers.html'], { 'rivers.html': ARTICLE });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Engineers were called');
  });
});

describe('run (with a stand-in engine, to pin down the wiring)', () => {
  it('passes --url, --rules text and --no-builtin-rules to the engine', async () => {
    const { deps, calls } = fakeEngine();
    const r = await runWith(
      ['extract', '--url', 'https://flag.example/p', '--rules', 'mine.txt', '--no-builtin-rules', 'a.html'],
      { 'a.html': ARTICLE, 'mine.txt': '\uFEFFexample.com##.ad\n' },
      { deps },
    );
    expect(r.code).toBe(0);
    expect(calls).toEqual([
      { url: 'https://flag.example/p', builtinRules: false, rules: 'example.com##.ad\n' },
    ]);
  });

  it('without --rules: built-in rules on, no rules key', async () => {
    const { deps, calls } = fakeEngine();
    await runWith(['extract', 'a.html'], { 'a.html': ARTICLE }, { deps });
    expect(calls).toEqual([{ url: 'https://news.example/rivers', builtinRules: true }]);
  });

  it('an unreadable --rules file stops before any output', async () => {
    const { deps, calls } = fakeEngine();
    const r = await runWith(['extract', '--rules', 'nope.txt', 'a.html'], { 'a.html': ARTICLE }, { deps });
    expect(r).toEqual({ stdout: '', stderr: 'pith: nope.txt: no such file\n', code: 1 });
    expect(calls).toEqual([]);
  });

  it('rule parse errors print as FILE:LINE:COL: message, output still printed, exit 1', async () => {
    const { deps } = fakeEngine();
    deps.loadRuleParser = () =>
      Promise.resolve(() => [{ line: 2, column: 14, message: 'unclosed\nbracket', source: 'x##div[' }]);
    const r = await runWith(
      ['extract', '--rules', 'r.txt', 'a.html'],
      { 'a.html': ARTICLE, 'r.txt': 'a\nx##div[' },
      { deps },
    );
    expect(r.stderr).toBe('r.txt:2:14: unclosed bracket\n');
    expect(r.stdout).toBe('cleaned\n');
    expect(r.code).toBe(1);
  });

  it('an engine that throws costs that file only', async () => {
    const { deps } = fakeEngine();
    const working = deps.clean;
    deps.clean = (doc, options) => {
      if (doc.title === 'Form') throw new Error('boom\n  at somewhere');
      return working!(doc, options);
    };
    const r = await runWith(
      ['extract', 'form.html', 'a.html'],
      { 'form.html': NO_ARTICLE, 'a.html': ARTICLE },
      { deps },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('pith: form.html: extraction failed: boom at somewhere\n');
    expect(r.stdout).toBe('==> a.html <==\ncleaned\n');
  });

  it('a throw after the engine (here: output that cannot be serialised) costs that file only', async () => {
    const { deps } = fakeEngine();
    const working = deps.clean;
    deps.clean = (doc, options) => {
      const result = working!(doc, options);
      // JSON.stringify throws on a BigInt: the writer fails, outside the engine's own try.
      return doc.title === 'Form'
        ? { ...result, removed: [1n as unknown as CleanResult['removed'][0]] }
        : result;
    };
    const r = await runWith(
      ['extract', '--format', 'jsonl', 'a.html', 'form.html', 'b.html'],
      { 'a.html': ARTICLE, 'form.html': NO_ARTICLE, 'b.html': ARTICLE },
      { deps },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^pith: form\.html: failed: .*BigInt.*\n$/);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual(['a.html', 'b.html']);
  });

  it("prints the engine's warnings (a limit hit, a rule skipped) on stderr; they do not fail the run", async () => {
    const { deps } = fakeEngine({
      warnings: [
        {
          code: 'too-large',
          message: 'Page too large: showing what was cleaned in the first 20,000 elements',
        },
        { code: 'rule-error', message: 'listed elsewhere' },
      ],
    });
    const r = await runWith(['extract', 'a.html'], { 'a.html': ARTICLE }, { deps });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'pith: a.html: Page too large: showing what was cleaned in the first 20,000 elements\n',
    );
  });

  it('a batch with a hostile page in the middle finishes (real engine, 6,000 nested elements)', async () => {
    const deep = `<html><body>${'<div>'.repeat(6000)}deep${'</div>'.repeat(6000)}</body></html>`;
    const r = await runWith(
      ['extract', '--dom', 'linkedom', '--format', 'jsonl', 'a.html', 'deep.html', 'b.html'],
      {
        'a.html': ARTICLE,
        'deep.html': deep,
        'b.html': ARTICLE,
      },
    );
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).file),
    ).toEqual(['a.html', 'deep.html', 'b.html']);
    expect(r.stderr).toContain('pith: deep.html: Page nested too deep');
    expect(r.code).toBe(0);
  }, 60_000);

  it('html/markdown formats also warn when there is no article', async () => {
    const { deps } = fakeEngine({ isArticle: false });
    const r = await runWith(['extract', '--format', 'html', 'a.html'], { 'a.html': ARTICLE }, { deps });
    expect(r.stdout).toBe('<p>cleaned</p>\n');
    expect(r.stderr).toBe('pith: a.html: no article found; printed the cleaned page\n');
  });
});

describe('run: usage', () => {
  it('--help prints usage on stdout and exits 0', async () => {
    const r = await runWith(['--help'], {});
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: pith extract/);
    expect(r.stderr).toBe('');
  });

  it('unknown flags and missing arguments print usage on stderr and exit 2', async () => {
    for (const argv of [['extract', '--bogus', 'a.html'], ['extract'], []]) {
      const r = await runWith(argv, { 'a.html': ARTICLE });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^pith: .*\nUsage: pith extract/);
    }
  });
});

describe('rule-error plumbing', () => {
  it("lists the engine's parse errors with line and column", async () => {
    const lister = await loadRuleParser();
    const errors = lister?.('##.ok\n||ads.example.com^\nexample.com##div:style(color: red)') ?? [];
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 1],
      [3, 17],
    ]);
    expect(errors[0]?.message).toMatch(/network filters/);
    expect(errors[1]?.message).toMatch(/:style\(\) is not supported/);
  });

  it('formats errors one per line', () => {
    const errors = [
      { line: 1, column: 3, message: 'a', source: '' },
      { line: 9, column: 1, message: 'b', source: '' },
    ];
    expect(formatRuleErrors('rules.txt', errors)).toBe('rules.txt:1:3: a\nrules.txt:9:1: b\n');
  });
});

describe('the real command (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pith-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'npx tsx src/cli/main.ts: jsonl on stdout, one error line on stderr, exit 1',
    { timeout: 60_000 },
    () => {
      writeFileSync(join(dir, 'rivers.html'), ARTICLE);
      writeFileSync(join(dir, 'empty.html'), '');
      const given = join(dir, 'rivers.html');
      const result = spawnSync(
        'npx',
        ['tsx', 'src/cli/main.ts', 'extract', '--format', 'jsonl', given, join(dir, 'empty.html')],
        { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 },
      );
      expect(result.status).toBe(1);
      const errorLines = result.stderr.split('\n').filter((l) => l.startsWith('pith:'));
      expect(errorLines).toEqual([`pith: ${join(dir, 'empty.html')}: empty file`]);
      const lines = result.stdout.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0] ?? '')).toMatchObject({
        file: given,
        url: 'https://news.example/rivers',
        title: 'Quiet Rivers',
        isArticle: true,
      });
    },
  );

  it('exit 2 with usage on stderr for an unknown flag; exit 0 on success', { timeout: 60_000 }, () => {
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', '--nope'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("pith: unknown option '--nope'");
    expect(bad.stdout).toBe('');

    writeFileSync(join(dir, 'ok.html'), ARTICLE);
    const ok = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'extract', join(dir, 'ok.html')], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Engineers were called');
  });
});
