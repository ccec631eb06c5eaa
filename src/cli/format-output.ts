/**
 * Results → output text, one file at a time, so hundreds of files stream out without being held in memory.
 * Pure: returns strings; the caller writes them.
 */
import type { CleanResult } from '../types';
import type { OutputFormat } from './args';

/** What `json` and `jsonl` print for one file. `file` is the argument exactly as given. */
export interface OutputRecord {
  file: string;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  text: string;
  markdown: string;
  isArticle: boolean;
  removed: CleanResult['removed'];
  restored: CleanResult['restored'];
  /** The engine's time on this page in milliseconds, total and per stage (parsing the file not included). */
  engineMs: CleanResult['stats']['ms'];
}

export function toRecord(file: string, result: CleanResult): OutputRecord {
  return {
    file,
    url: result.url,
    title: result.title,
    byline: result.byline,
    siteName: result.siteName,
    publishedTime: result.publishedTime,
    text: result.text,
    markdown: result.markdown,
    isArticle: result.isArticle,
    removed: result.removed,
    restored: result.restored,
    engineMs: roundedMs(result.stats.ms),
  };
}

/** Tenths of a millisecond: finer digits are noise, and they would make every record longer. */
function roundedMs(ms: CleanResult['stats']['ms']): CleanResult['stats']['ms'] {
  const round = (x: number): number => Math.round(x * 10) / 10;
  return {
    clone: round(ms.clone),
    preRules: round(ms.preRules),
    readability: round(ms.readability),
    postRules: round(ms.postRules),
    serialise: round(ms.serialise),
    total: round(ms.total),
  };
}

export interface OutputWriter {
  /** The output for one successfully extracted file. */
  entry(file: string, result: CleanResult): string;
  /** What closes the output, after the last file (the `]` of a JSON array). */
  end(): string;
}

/** `multiple` is whether several inputs were given: it adds `==> FILE <==` headers, or makes `json` an array. */
export function createOutputWriter(format: OutputFormat, multiple: boolean): OutputWriter {
  let count = 0;
  switch (format) {
    case 'jsonl':
      return {
        entry: (file, result) => jsonLine(toRecord(file, result)) + '\n',
        end: () => '',
      };
    case 'json':
      if (!multiple) {
        return {
          entry: (file, result) => JSON.stringify(toRecord(file, result), null, 2) + '\n',
          end: () => '',
        };
      }
      return {
        entry: (file, result) => {
          const item = JSON.stringify(toRecord(file, result), null, 2).replace(/\n/g, '\n  ');
          return (count++ === 0 ? '[\n  ' : ',\n  ') + item;
        },
        end: () => (count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'text':
    case 'markdown':
    case 'html':
      return {
        entry: (file, result) => {
          // Like `tail`: a header per file when there are several, a blank line between sections.
          const header = multiple ? `${count === 0 ? '' : '\n'}==> ${file} <==\n` : '';
          count++;
          return header + withNewline(bodyFor(format, result));
        },
        end: () => '',
      };
  }
}

function bodyFor(format: 'text' | 'markdown' | 'html', result: CleanResult): string {
  if (format === 'markdown') return result.markdown;
  if (format === 'html') return result.html;
  return result.text;
}

function withNewline(s: string): string {
  return s === '' || s.endsWith('\n') ? s : s + '\n';
}

/**
 * One JSON value on one line. JSON.stringify leaves U+2028/U+2029 raw, and line splitters that follow Unicode
 * (Python's splitlines, some editors) would break the record there.
 */
export function jsonLine(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
