/**
 * Looks into the reader's CLOSED shadow root from the extension's side. The page cannot do this; the extension's
 * own world can (`chrome.dom.openOrClosedShadowRoot` in Chromium, `element.openOrClosedShadowRoot` in Firefox),
 * so the drivers run `readerProbe` there with `scripting.executeScript` (BackgroundCall `in-tab`).
 *
 * `readerProbe` must stay self-contained: it is sent to the browser as source text.
 */

export interface ReaderState {
  open: boolean;
  /** The reader's text (toolbar, header, article). */
  text: string;
  theme: string;
  font: string;
  /** The host element's tag, and whether the page could reach the shadow root (`host.shadowRoot`). */
  hostTag: string;
  shadowReachable: boolean;
  /** The host covers the viewport and is not hidden. */
  visible: boolean;
}

export type ReaderProbeResult =
  | ReaderState
  /** `center`: the middle of the element matched by the selector, in viewport pixels (null: none, or not laid out). */
  | { x: number; y: number }
  /** `audit`: the state, and what in the reader could run code or load a scriptable URL. */
  | (ReaderState & { problems: string[]; elements: number })
  | null;

export function readerProbe(op: 'state' | 'center' | 'audit', selector: string): ReaderProbeResult {
  type ShadowApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };
  const api = (globalThis as unknown as { chrome?: ShadowApi }).chrome;
  const shadowOf = (el: Element): ShadowRoot | null =>
    api?.dom?.openOrClosedShadowRoot?.(el) ??
    (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ??
    null;
  let host: Element | null = null;
  let root: ShadowRoot | null = null;
  let dialog: HTMLElement | null = null;
  for (const el of Array.from(document.documentElement.children).reverse()) {
    const r = shadowOf(el);
    const d = r?.querySelector<HTMLElement>('.root[role="dialog"]');
    if (r && d) {
      host = el;
      root = r;
      dialog = d;
      break;
    }
  }
  const stateOf = (): ReaderState => {
    if (!host || !root || !dialog) {
      return {
        open: false,
        text: '',
        theme: '',
        font: '',
        hostTag: '',
        shadowReachable: false,
        visible: false,
      };
    }
    const rect = host.getBoundingClientRect();
    const style = getComputedStyle(host);
    return {
      open: true,
      text: root.textContent ?? '',
      theme: dialog.getAttribute('data-theme') ?? host.getAttribute('data-theme') ?? '',
      font: dialog.getAttribute('data-font') ?? host.getAttribute('data-font') ?? '',
      hostTag: host.localName,
      shadowReachable: host.shadowRoot !== null,
      visible:
        rect.width >= innerWidth - 1 &&
        rect.height >= innerHeight - 1 &&
        style.visibility === 'visible' &&
        style.display !== 'none' &&
        Number(style.opacity) === 1,
    };
  };
  if (op === 'state') return stateOf();
  if (op === 'center') {
    const target = root?.querySelector(selector);
    if (!target) return null;
    const r = target.getBoundingClientRect();
    // A menu item whose menu has not opened yet has no box: its "middle" would be the viewport's corner.
    if (r.width === 0 || r.height === 0) return null;
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }
  // audit
  const problems: string[] = [];
  const all = root ? Array.from(root.querySelectorAll('*')) : [];
  const safeUrl = (value: string, media: boolean): boolean => {
    const v = value.trim();
    if (!media && v.startsWith('#')) return true;
    try {
      const p = new URL(v, 'https://relative.invalid/').protocol;
      return media ? p === 'http:' || p === 'https:' : ['http:', 'https:', 'mailto:'].includes(p);
    } catch {
      return false;
    }
  };
  const BANNED =
    /^(script|iframe|frame|object|embed|form|input|button|textarea|select|base|meta|link|style|template|noscript|foreignobject|animate|set|handler|listener)$/i;
  for (const el of all) {
    const tag = el.localName;
    if (BANNED.test(tag) && el.closest('.article')) problems.push(`<${tag}> in the article`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (
        ['href', 'xlink:href', 'action', 'formaction', 'data', 'background', 'poster', 'src'].includes(name)
      ) {
        const media = name === 'src' || name === 'poster' || (name === 'href' && tag === 'image');
        if (!safeUrl(attr.value, media)) problems.push(`<${tag} ${name}="${attr.value.slice(0, 40)}">`);
      }
      if (name === 'srcset') {
        for (const part of attr.value.split(/,\s+/)) {
          const url = part.trim().split(/\s+/)[0] ?? '';
          if (url && !safeUrl(url, true)) problems.push(`<${tag} srcset="${url.slice(0, 40)}">`);
        }
      }
      if (name === 'style' && /url\(|expression/i.test(attr.value))
        problems.push(`<${tag} style="${attr.value.slice(0, 40)}">`);
    }
  }
  return { ...stateOf(), problems, elements: all.length };
}
