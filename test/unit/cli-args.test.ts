import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('defaults: text, jsdom, built-in rules on', () => {
    expect(parseArgs(['extract', 'a.html'])).toEqual({
      kind: 'extract',
      options: { format: 'text', builtinRules: true, dom: 'jsdom', files: ['a.html'] },
    });
  });

  it('every option, in both --flag value and --flag=value forms', () => {
    const parsed = parseArgs([
      'extract',
      '--format',
      'jsonl',
      '--url=https://example.com/a',
      '--rules',
      'my.txt',
      '--no-builtin-rules',
      '--dom=linkedom',
      'a.html',
      '-',
      'b.html',
    ]);
    expect(parsed).toEqual({
      kind: 'extract',
      options: {
        format: 'jsonl',
        url: 'https://example.com/a',
        rulesFile: 'my.txt',
        builtinRules: false,
        dom: 'linkedom',
        files: ['a.html', '-', 'b.html'],
      },
    });
  });

  it('-- ends the options, so a file may start with a dash', () => {
    const parsed = parseArgs(['extract', '--', '--weird.html']);
    expect(parsed.kind === 'extract' && parsed.options.files).toEqual(['--weird.html']);
  });

  it('--help and -h anywhere ask for help', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['extract', 'a.html', '-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], 'no command given'],
    [['scrape', 'a.html'], "unknown command 'scrape'"],
    [['extract'], 'no input FILE given'],
    [['extract', '--fromat', 'json', 'a.html'], "unknown option '--fromat'"],
    [['extract', '--format', 'pdf', 'a.html'], "unknown format 'pdf'"],
    [['extract', '--dom', 'happy-dom', 'a.html'], "unknown DOM library 'happy-dom'"],
    [['extract', 'a.html', '--format'], "option '--format' needs a value"],
    [['extract', '--url', '--format', 'json', 'a.html'], "option '--url' needs a value"],
    [['extract', '--url', 'example.com/a', 'a.html'], '--url needs an absolute URL'],
    [['extract', '-', '-'], "standard input '-' given more than once"],
  ])('%j is a usage error: %s', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('usage-error');
    expect(parsed.kind === 'usage-error' && parsed.message).toContain(message);
  });
});
