/**
 * Turndown rules for footnotes, as GitHub-flavoured Markdown writes them: `[^1]` where the page refers to a
 * note, and `[^1]: text` for the note (continuation lines indented), in place of the page's numbered list.
 * Which elements are references and notes is decided once per converted tree (see ./footnotes).
 */
import type TurndownService from 'turndown';
import { findFootnotes, type Footnotes } from './footnotes';

const found = new WeakMap<Node, Footnotes>();

function footnotesOf(node: Node): Footnotes {
  let top = node;
  while (top.parentNode) top = top.parentNode;
  let footnotes = found.get(top);
  if (!footnotes) {
    footnotes = findFootnotes(top as Document | Element);
    found.set(top, footnotes);
  }
  return footnotes;
}

const isElement = (node: Node): node is Element => node.nodeType === 1;

/** Added after the link rule: Turndown tries the rules added last first. */
export function addFootnoteRules(td: TurndownService): void {
  td.addRule('footnoteBacklink', {
    filter: (node) => isElement(node) && footnotesOf(node).isBacklink(node),
    replacement: () => '',
  });
  td.addRule('footnoteRef', {
    filter: (node) => isElement(node) && footnotesOf(node).refLabel(node) !== null,
    replacement: (_content, node) => `[^${footnotesOf(node).refLabel(node as Element) ?? ''}]`,
  });
  td.addRule('footnoteNote', {
    filter: (node) => isElement(node) && footnotesOf(node).noteLabel(node) !== null,
    replacement: (content, node) => {
      const label = footnotesOf(node).noteLabel(node as Element) ?? '';
      const text = content
        .trim()
        .split('\n')
        .map((line, i) => (i === 0 || line.trim() === '' ? line.trimEnd() : `    ${line}`))
        .join('\n');
      return `\n\n[^${label}]: ${text}\n\n`;
    },
  });
  td.addRule('footnoteList', {
    filter: (node) => isElement(node) && footnotesOf(node).isNoteList(node),
    replacement: (content) => `\n\n${content.trim()}\n\n`,
  });
}
