/**
 * The page-level half of printing the reader. The reader is an overlay inside the page, so the browser
 * prints the page: this sheet hides everything under `<html>` except the reader host when printing, and
 * the reader's own `@media print` rules (styles.ts) let the article flow across pages.
 *
 * A constructed sheet on `document.adoptedStyleSheets` changes no DOM bytes and is not subject to the
 * page's `style-src` CSP; where it is refused (Firefox content-script wrappers) a `<style>` goes into
 * `<head>`. Either way `remove()` takes it away again, so closing leaves the page as it was.
 */
export function printSheetCss(hostTag: string): string {
  return `
@media print {
  html > :not(${hostTag}):not(head) { display: none !important; }
  html, html > ${hostTag} { overflow: visible !important; height: auto !important; }
}
@page { margin: 16mm 18mm; }
`;
}

export interface PrintSheet {
  remove(): void;
}

export function installPrintSheet(doc: Document, hostTag: string): PrintSheet {
  const win = doc.defaultView;
  const css = printSheetCss(hostTag);
  try {
    if (win && typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      if (doc.adoptedStyleSheets.includes(sheet)) {
        return {
          remove() {
            doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
          },
        };
      }
    }
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return { remove: () => style.remove() };
}
