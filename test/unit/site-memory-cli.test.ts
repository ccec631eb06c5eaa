import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { run } from '../../src/cli/main';
import { nodeIo } from '../../src/cli/node-io';
import { memoryFileName } from '../../src/cli/site-memory';
import { parseMemory } from '../../src/memory/store';
import { CORPUS_DIR } from '../bench/site-memory-corpus';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs the real CLI with the real file system, capturing its output. */
async function pith(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    ...nodeIo(),
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const site = join(CORPUS_DIR, 'revista-lumen');
const pages = [1, 2, 3, 4, 5, 6].map((n) => join(site, `page-${n}.html`));

describe('pith extract --site-memory', () => {
  it('parses the option', () => {
    const parsed = parseArgs(['extract', '--site-memory', 'mem', 'a.html']);
    expect(parsed.kind === 'extract' && parsed.options.siteMemoryDir).toBe('mem');
    expect(parseArgs(['extract', '--site-memory']).kind).toBe('usage-error');
  });

  it('learns and applies in one pass, in file order, one JSON file a host', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-memory-'));
    dirs.push(dir);
    const memoryDir = join(dir, 'memory');
    const out = await pith(['extract', '--format', 'jsonl', '--site-memory', memoryDir, ...pages]);
    expect(out.code).toBe(0);
    const results = out.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { removed: { ruleId: string; reason: string; text: string }[] });
    const learned = results.map((r) => r.removed.filter((b) => b.ruleId.startsWith('memory:')));
    expect(learned.slice(0, 3).flat()).toEqual([]);
    expect(learned[3]?.map((b) => b.reason)).toContain('Repeats on 3 pages of this site');
    expect(learned[5]?.some((b) => b.text.includes('Suscríbete a Lumen'))).toBe(true);
    expect(readdirSync(memoryDir)).toEqual(['revistalumen.example.json']);
    const stored = parseMemory(
      JSON.parse(readFileSync(join(memoryDir, 'revistalumen.example.json'), 'utf8')),
    );
    expect(stored.pages).toHaveLength(6);
    // No page text in the memory.
    expect(readFileSync(join(memoryDir, 'revistalumen.example.json'), 'utf8')).not.toMatch(/Lumen|Suscr/);

    // A second run over one page uses what the first learned.
    const again = await pith(['extract', '--format', 'json', '--site-memory', memoryDir, pages[0] as string]);
    const one = JSON.parse(again.stdout) as { removed: { ruleId: string }[] };
    expect(one.removed.some((b) => b.ruleId.startsWith('memory:'))).toBe(true);
  });

  it('tells files apart by their path when one --url is given for all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pith-memory-'));
    dirs.push(dir);
    const out = await pith([
      'extract',
      '--format',
      'jsonl',
      '--url',
      'https://x.example/a',
      '--site-memory',
      dir,
      ...pages,
    ]);
    const last = JSON.parse(out.stdout.trim().split('\n').at(-1) ?? '{}') as {
      removed: { ruleId: string }[];
    };
    expect(last.removed.some((b) => b.ruleId.startsWith('memory:'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['x.example.json']);
  });

  it('names the memory file after the host, safely', () => {
    expect(memoryFileName('https://News.Example:8080/a')).toBe('news.example_8080.json');
    expect(memoryFileName('file:///tmp/a.html')).toBe('local-files.json');
    expect(memoryFileName('not a url')).toBe('local-files.json');
  });
});
