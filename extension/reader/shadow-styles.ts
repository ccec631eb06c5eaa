import { READER_CSS } from './styles';

/**
 * Puts the reader's CSS into its shadow root. A constructed stylesheet is tried first because page CSPs
 * with a strict `style-src` may block an inline `<style>` element in some browsers; where constructed
 * sheets are missing or refused (older engines, jsdom, Firefox content-script wrappers) a `<style>` is used.
 */
export function applyStyles(win: Window & typeof globalThis, shadow: ShadowRoot): void {
  try {
    if (typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in shadow) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(READER_CSS);
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Fall through to a <style> element.
  }
  // The platform's createElement: the page's document may have a named element called `createElement`.
  const style = win.Document.prototype.createElement.call(shadow.ownerDocument, 'style');
  style.textContent = READER_CSS;
  shadow.append(style);
}
