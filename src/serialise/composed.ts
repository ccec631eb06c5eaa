/**
 * Unicode's composed form (NFC) for the article's text. A page can spell "ü" as "u" followed by a combining
 * diaeresis (text pasted from macOS file names and some editors has it so), and an Indic script its nukta
 * letters either way. Both read the same, but a search for the word, or a comparison with the same text typed
 * elsewhere, misses the decomposed spelling. The result's text, HTML and Markdown come from these text nodes.
 */
import { nextElement } from '../dom/walk';

/** Text with only ASCII and Latin-1 (no combining marks among them) needs no work. */
const MAY_DECOMPOSE = /[\u0100-\uffff]/;
/** A parser may end a text node before a mark written as a character reference (`u&#x308;`): linkedom does. */
const STARTS_WITH_MARK = /^\p{M}/u;

export function composeText(root: Element): void {
  for (let el: Element | null = root; el; el = nextElement(el, root)) {
    let node = el.firstChild;
    while (node) {
      const next = node.nextSibling;
      if (node.nodeType === 3) composeNode(node as Text);
      node = next;
    }
  }
}

function composeNode(node: Text): void {
  let value = node.data;
  if (!MAY_DECOMPOSE.test(value)) return;
  const before = node.previousSibling;
  if (before?.nodeType === 3 && STARTS_WITH_MARK.test(value)) {
    // The mark belongs to the last letter of the text before it: one node, composed as a whole.
    const joined = (before as Text).data + value;
    node.remove();
    node = before as Text;
    value = joined;
  }
  const nfc = value.normalize('NFC');
  if (nfc !== node.data) node.data = nfc;
}

export function composed(value: string): string {
  return MAY_DECOMPOSE.test(value) ? value.normalize('NFC') : value;
}
