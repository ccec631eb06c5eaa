/** Decides whether decoded text is worth handing to an HTML parser, so a PDF or a JSON file gets a clear error. */

const SNIFF_CHARS = 1024;

/** Returns why `text` is not HTML, or null when it looks like HTML. */
export function whyNotHtml(text: string): string | null {
  if (text.length === 0) return 'empty file';
  const head = text.slice(0, SNIFF_CHARS);
  if (head.includes('\u0000')) return 'not HTML (binary data: NUL bytes in the first 1 KB)';
  if (head.trim() === '')
    return text.trim() === '' ? 'empty file (only whitespace)' : 'not HTML (no tag in the first 1 KB)';
  // A start tag, end tag, comment, doctype or processing instruction.
  if (!/<[a-zA-Z!/?]/.test(head)) return 'not HTML (no tag in the first 1 KB)';
  return null;
}
