/** The site-memory corpus (`test/fixtures/site-memory/<site>/`): pages in reading order and their hand-made truth. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/site-memory');

export interface TruthPage {
  file: string;
  url: string;
  /** A snippet of each template block on the page: the memory should cut the block holding it. */
  template: string[];
  /** The article's paragraphs, whole: they must stay. */
  keep: string[];
  /** The keep paragraphs that repeat across the site (syndicated, shared, a recurring standfirst). */
  traps: string[];
}

export interface CorpusSite {
  site: string;
  lang: string;
  pages: (TruthPage & { html: string })[];
}

export function loadCorpus(): CorpusSite[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(CORPUS_DIR, d.name);
      const truth = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')) as Omit<CorpusSite, 'pages'> & {
        pages: TruthPage[];
      };
      return {
        ...truth,
        pages: truth.pages.map((p) => ({ ...p, html: readFileSync(join(dir, p.file), 'utf8') })),
      };
    });
}

/** White space folded, for containment checks between truth snippets and extracted text. */
export const fold = (text: string): string => text.replace(/\s+/g, ' ').trim();
