/**
 * The files "Save" writes, from one engine result: Markdown with YAML front matter (the keys Obsidian Web
 * Clipper writes: title, source, author, published, created, plus site), and a self-contained HTML page.
 * Pure string functions, so the popup, the reader and the tests make byte-identical files.
 */
import type { CleanResult } from '../../src/types';

export type SaveFormat = 'markdown' | 'html';

export type SavedArticle = Pick<
  CleanResult,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'url' | 'lang' | 'markdown'
>;

export interface SavedFile {
  name: string;
  mime: string;
  text: string;
}

/**
 * A YAML double-quoted scalar. JSON's string syntax is a subset of YAML's, except that YAML 1.1 readers
 * take U+2028/U+2029 as line breaks, so those are escaped too.
 */
function yamlString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Markdown punctuation in page text (a title) is escaped so it stays text; newlines become spaces. */
export function escapeMarkdownText(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** `2024-03-05` from an ISO date-time; anything else as given (it is still a useful hint). */
function isoDay(raw: string | null): string | null {
  const text = raw?.trim() ?? '';
  if (!text) return null;
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text;
}

/** Authors as a list: "Ada Example and Bo Sample" and "A, B" are two people. */
function authors(byline: string | null): string[] {
  const text = byline?.replace(/^by\s+/i, '').trim() ?? '';
  if (!text) return [];
  return text
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((a) => a.trim())
    .filter(Boolean);
}

type Titled = Pick<SavedArticle, 'title'> & { siteName?: string | null };

function titleOf(article: Titled): string {
  return article.title?.trim() || article.siteName?.trim() || 'Untitled article';
}

/** The article as Markdown, starting with its title as a heading (what "Copy as Markdown" gives). */
export function markdownWithTitle(article: Titled & Pick<SavedArticle, 'markdown'>): string {
  const heading = `# ${escapeMarkdownText(titleOf(article))}`;
  const body = article.markdown.trim();
  // An article whose body already opens with its title as a heading keeps just that one.
  if (body === heading || body.startsWith(`${heading}\n`)) return body;
  return body ? `${heading}\n\n${body}` : heading;
}

export function frontMatter(article: SavedArticle, savedAt: Date): string {
  const lines = ['---', `title: ${yamlString(titleOf(article))}`];
  if (article.url) lines.push(`source: ${yamlString(article.url)}`);
  const people = authors(article.byline);
  if (people.length > 0) lines.push('author:', ...people.map((p) => `  - ${yamlString(p)}`));
  if (article.siteName?.trim()) lines.push(`site: ${yamlString(article.siteName.trim())}`);
  const published = isoDay(article.publishedTime);
  if (published) lines.push(`published: ${yamlString(published)}`);
  lines.push(`created: ${yamlString(savedAt.toISOString())}`, 'tags:', '  - "clippings"', '---');
  return `${lines.join('\n')}\n`;
}

/** A file name from the title: no path separators or characters Windows refuses, at most 100 characters. */
export function fileNameFor(title: string, extension: 'md' | 'html'): string {
  const base =
    title
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 100)
      .trim() || 'article';
  return `${base}.${extension}`;
}

export function markdownFile(article: SavedArticle, savedAt: Date): SavedFile {
  return {
    name: fileNameFor(titleOf(article), 'md'),
    mime: 'text/markdown',
    text: `${frontMatter(article, savedAt)}\n${markdownWithTitle(article)}\n`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const SAVED_CSS = `body{margin:0;background:#fff;color:#1f1f1f;font:19px/1.6 Charter,Georgia,"Noto Serif",serif}
article{max-width:68ch;margin:0 auto;padding:48px 24px 96px}
.site,.meta,figcaption,table{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif}
.site{margin:0 0 10px;font-size:.72em;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:#62625f}
h1{font-size:2em;line-height:1.2;margin:0 0 .5em}.meta{font-size:.8em;color:#62625f;border-bottom:1px solid #ddd;padding-bottom:1.2em}
img,video{max-width:100%;height:auto}figcaption{font-size:.8em;color:#62625f}
pre{overflow-x:auto;padding:1em;background:#f2f2ef;border-radius:6px;font-size:.8em}
code{font-family:ui-monospace,Menlo,Consolas,monospace}blockquote{margin:1.5em 0;padding-left:1.2em;border-left:3px solid #ccc}
table{border-collapse:collapse;font-size:.82em}th,td{border:1px solid #ddd;padding:.4em .7em;text-align:left}
@media (prefers-color-scheme:dark){body{background:#1b1b1d;color:#e6e6e6}a{color:#8ab4f8}pre,th{background:#26262a}.meta,.site,figcaption{color:#a3a3a8}}`;

/**
 * A self-contained HTML page. `sanitizedBodyHtml` must already have been through the sanitizer; the page's
 * CSP also forbids scripts, so a file opened from disk cannot run anything.
 */
export function htmlFile(article: SavedArticle, sanitizedBodyHtml: string, savedAt: Date): SavedFile {
  const title = titleOf(article);
  const lang = article.lang?.trim() ? ` lang="${escapeHtml(article.lang.trim())}"` : '';
  const meta: string[] = [];
  if (article.byline?.trim()) meta.push(`<span class="byline">${escapeHtml(article.byline.trim())}</span>`);
  if (article.publishedTime?.trim()) meta.push(`<time>${escapeHtml(article.publishedTime.trim())}</time>`);
  const safeUrl = /^https?:\/\//i.test(article.url ?? '') ? article.url : '';
  if (safeUrl) meta.push(`<a href="${escapeHtml(safeUrl)}">${escapeHtml(safeUrl)}</a>`);
  const text = `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; media-src https: http:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${safeUrl ? `<link rel="canonical" href="${escapeHtml(safeUrl)}">\n` : ''}<meta name="generator" content="Pith">
<meta name="pith:saved" content="${savedAt.toISOString()}">
<style>${SAVED_CSS}</style>
</head>
<body>
<article>
<header>
${article.siteName?.trim() ? `<p class="site">${escapeHtml(article.siteName.trim())}</p>\n` : ''}<h1>${escapeHtml(title)}</h1>
${meta.length > 0 ? `<p class="meta">${meta.join(' · ')}</p>\n` : ''}</header>
${sanitizedBodyHtml}
</article>
</body>
</html>
`;
  return { name: fileNameFor(title, 'html'), mime: 'text/html', text };
}
