/**
 * Markdown via Turndown with the GFM plugin (tables, strikethrough, task lists, fenced code).
 * Turndown is given the HTML string, not our DOM nodes: it then parses with its own parser (domino in Node,
 * DOMParser in a browser), so tables and lists convert the same whether the page came from jsdom, linkedom or
 * the live page (linkedom, for one, has no `table.rows`, which the GFM table rule reads).
 */
import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';

let service: TurndownService | null = null;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
      emDelimiter: '*',
      hr: '---',
    });
    service.use(gfm);
    service.remove([
      'script',
      'style',
      'noscript',
      'iframe',
      'button',
      'form',
      'input',
      'select',
      'textarea',
    ]);
  }
  return service;
}

/** Markdown of an HTML fragment; falls back to the given plain text if Turndown cannot convert it. */
export function toMarkdown(html: string, fallbackText: string): string {
  try {
    return turndown()
      .turndown(html)
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  } catch {
    return fallbackText;
  }
}
