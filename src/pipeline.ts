import { Readability } from '@mozilla/readability';
import type { CleanOptions, CleanResult } from './types';

// PLACEHOLDER: Readability only; the real pipeline replaces this file.
export function clean(doc: Document, options: CleanOptions): CleanResult {
  const t0 = performance.now();
  const copy = doc.cloneNode(true) as Document;
  const article = new Readability(copy).parse();
  const text = article?.textContent?.trim() ?? '';
  return {
    title: article?.title ?? doc.title,
    byline: article?.byline ?? null,
    siteName: article?.siteName ?? null,
    publishedTime: article?.publishedTime ?? null,
    lang: article?.lang ?? null,
    excerpt: article?.excerpt ?? null,
    html: article?.content ?? '',
    text,
    markdown: text,
    isArticle: article !== null,
    removed: [],
    firedRules: [],
    stats: {
      wordsBefore: 0,
      wordsAfter: 0,
      ms: { clone: 0, preRules: 0, readability: 0, postRules: 0, serialise: 0, total: performance.now() - t0 },
    },
    url: options.url,
  };
}
