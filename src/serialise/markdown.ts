/**
 * Markdown via Turndown with the GFM plugin (tables, strikethrough, task lists, fenced code).
 * Turndown is given the HTML string, not our DOM nodes: it then parses with its own parser (domino in Node,
 * DOMParser in a browser), so tables and lists convert the same whether the page came from jsdom, linkedom or
 * the live page (linkedom, for one, has no `table.rows`, which the GFM table rule reads).
 *
 * The Markdown cannot carry script wherever it is rendered: page text stays text (a `<` that could open a tag
 * and an `&` that could spell an entity are escaped), links keep only http, https, mailto and relative targets,
 * images only http(s) ones, and no raw HTML is ever passed through (Turndown's "keep" would copy it verbatim).
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import { addContentRules } from './markdown-content';
import { addFootnoteRules } from './markdown-footnotes';
import { isSafeLink, isSafeResource } from './safe-url';
import type { EngineWarning } from '../types';
import { stageFailed } from '../warnings';

let service: TurndownService | null = null;
/** Blocks that cannot sit inside emphasis in Markdown. */
const EMPHASIS_BREAKERS = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'TABLE',
  'BLOCKQUOTE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]);

function turndown(): TurndownService {
  if (!service) {
    const td = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
      emDelimiter: '*',
      hr: '---',
      // GFM keeps a table without a heading row as raw HTML; write its converted content instead.
      keepReplacement: (content, node) => (isBlock(node) ? `\n\n${content}\n\n` : content),
    });
    td.use(gfm);
    addContentRules(td);
    td.remove(['script', 'style', 'noscript', 'iframe', 'button', 'form', 'input', 'select', 'textarea']);
    const escapeMarkdown = td.escape.bind(td);
    td.escape = (text: string): string => escapeText(escapeMarkdown(text));
    // Added rules are tried before Turndown's own, so these replace its link and image rules.
    td.addRule('safeLink', {
      filter: (node) => node.nodeName === 'A' && node.getAttribute('href') !== null,
      replacement: (content, node) => {
        const href = (node as Element).getAttribute('href') ?? '';
        if (!isSafeLink(href) || href.trim() === '') return content;
        const title = (node as Element).getAttribute('title')?.trim();
        return `[${content}](${destination(href)}${title ? ` "${escapeTitle(title)}"` : ''})`;
      },
    });
    // Emphasis left open by broken HTML (an unclosed <b> in a byline) can hold whole paragraphs; "**" around
    // blocks is not Markdown emphasis, only stray asterisks at the start and end of the text.
    td.addRule('blockEmphasis', {
      filter: (node) =>
        /^(B|STRONG|I|EM)$/.test(node.nodeName) &&
        Array.from(node.getElementsByTagName('*')).some((el) => EMPHASIS_BREAKERS.has(el.nodeName)),
      replacement: (content) => content,
    });
    td.addRule('safeImage', {
      filter: 'img',
      replacement: (_content, node) => {
        const src = (node as Element).getAttribute('src') ?? '';
        if (!isSafeResource(src, false)) return '';
        const alt = escapeText(escapeMarkdown(oneLine((node as Element).getAttribute('alt') ?? '')));
        const title = (node as Element).getAttribute('title')?.trim();
        return `![${alt}](${destination(src)}${title ? ` "${escapeTitle(title)}"` : ''})`;
      },
    });
    addFootnoteRules(td);
    service = td;
  }
  return service;
}

/**
 * On top of Turndown's escaping of Markdown syntax: a `<` that could start a tag, comment or autolink, and an
 * `&` that could spell an entity, are backslash-escaped, so `&lt;img onerror=…&gt;` in the page stays text.
 */
export function escapeText(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
}

/** A link destination: whitespace cannot end it early, and brackets cannot close the link or open a tag. */
function destination(url: string): string {
  return url
    .trim()
    .replace(/[\t\n\r]/g, '')
    .replace(/\s/g, encodeURIComponent)
    .replace(/[<>()\\]/g, (c) => `\\${c}`);
}

function escapeTitle(title: string): string {
  return oneLine(title).replace(/["\\]/g, (c) => `\\${c}`);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isBlock(node: Node): boolean {
  return /^(TABLE|DIV|P|SECTION|ARTICLE|UL|OL|BLOCKQUOTE|FIGURE|PRE)$/.test(node.nodeName);
}

/**
 * Markdown of an HTML fragment. When Turndown cannot convert it, the Markdown is the given plain text (escaped),
 * and `warnings` says so.
 */
export function toMarkdown(html: string, fallbackText: string, warnings: EngineWarning[] = []): string {
  try {
    return turndown()
      .turndown(html)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } catch (error) {
    warnings.push(stageFailed('Markdown conversion', error, 'the Markdown is the plain text, without links'));
    return escapeText(fallbackText);
  }
}
