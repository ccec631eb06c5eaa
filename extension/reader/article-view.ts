import type { CleanResult } from '../../src/types';
import { formatPublished } from './format-date';
import { readingTime } from './reading-time';
import { sanitizedArticle } from './sanitize';

export type ReaderArticle = Pick<
  CleanResult,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'html' | 'url' | 'lang'
> & {
  /** The engine's word count of the clean text (`stats.wordsAfter`), for the reading time. */
  words?: number;
};

export const TITLE_ID = 'pith-reader-title';

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Only http(s) originals get a link: anything else (javascript:, data:) is not somewhere to send a reader. */
function originalUrl(raw: unknown): URL | null {
  try {
    const url = new URL(str(raw));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function validLang(raw: unknown): string | null {
  const lang = str(raw);
  if (!lang) return null;
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? null;
  } catch {
    return null;
  }
}

/** Tables scroll inside a wrapper instead of widening the column. */
function wrapTables(doc: Document, root: ParentNode): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.parentElement?.closest('table')) continue;
    const wrap = doc.createElement('div');
    wrap.className = 'table-wrap';
    table.replaceWith(wrap);
    wrap.append(table);
  }
}

export function renderArticle(
  doc: Document,
  win: Window & typeof globalThis,
  article: ReaderArticle,
): HTMLElement {
  const root = doc.createElement('article');
  root.className = 'article';
  const lang = validLang(article.lang);
  if (lang) root.lang = lang;
  root.dir = 'auto';

  const header = doc.createElement('header');
  const url = originalUrl(article.url);
  const siteName = str(article.siteName) || url?.hostname.replace(/^www\./, '') || '';
  if (siteName) {
    const site = doc.createElement('p');
    site.className = 'site';
    site.textContent = siteName;
    header.append(site);
  }

  const title = doc.createElement('h1');
  title.className = 'title';
  title.id = TITLE_ID;
  title.textContent = str(article.title) || siteName || 'Untitled article';
  header.append(title);

  const meta = doc.createElement('p');
  meta.className = 'meta';
  const byline = str(article.byline);
  if (byline) {
    const span = doc.createElement('span');
    span.className = 'byline';
    span.textContent = byline;
    meta.append(span);
  }
  // The date in the reader's own language (the browser's), not the page's: it is metadata for the reader.
  const dateLang = validLang(win.navigator?.language) ?? lang;
  const published = formatPublished(article.publishedTime, dateLang);
  if (published) {
    const time = doc.createElement('time');
    time.textContent = published;
    // Inside an article in another language, the date says which one it is written in (screen readers).
    if (dateLang && dateLang !== lang) time.lang = dateLang;
    if (published !== str(article.publishedTime)) time.dateTime = str(article.publishedTime);
    meta.append(time);
  }
  const minutes = readingTime(article.words);
  if (minutes) {
    const span = doc.createElement('span');
    span.className = 'reading-time';
    span.textContent = minutes;
    meta.append(span);
  }
  if (url) {
    const link = doc.createElement('a');
    link.className = 'original';
    link.href = url.href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    link.textContent = `Original on ${url.hostname.replace(/^www\./, '')} ↗`;
    meta.append(link);
  }
  if (meta.childNodes.length > 0) header.append(meta);
  if (url) {
    // On paper the link cannot be clicked: print the whole address instead (styles.ts shows it only in print).
    const source = doc.createElement('p');
    source.className = 'print-only print-source';
    source.textContent = `Source: ${url.href}`;
    header.append(source);
  }
  root.append(header);

  const body = doc.createElement('div');
  body.className = 'body';
  const content = sanitizedArticle(doc, win, str(article.html), { baseUrl: url?.href });
  wrapTables(doc, content);
  if (content.textContent?.trim() || content.querySelector('img, picture, video, svg')) {
    body.append(content);
  } else {
    const empty = doc.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'Pith found no readable text on this page.';
    body.append(empty);
  }
  root.append(body);
  return root;
}
