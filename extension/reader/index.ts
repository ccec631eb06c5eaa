/**
 * The in-page reader view: a full-page overlay in a shadow root, so page CSS cannot reach it and its
 * CSS cannot reach the page. Closing puts the document back exactly as it was.
 */
import type { ReaderPrefs } from '../shared/storage';
import { renderArticle, TITLE_ID } from './article-view';
import type { ReaderArticle } from './article-view';
import { handleReaderKeydown } from './keyboard';
import { createListenPanel, speechApiOf } from './listen-panel';
import type { ListenPanel } from './listen-panel';
import { lockPage } from './page-state';
import { applyAction, normalizePrefs, resolveTheme, samePrefs } from './prefs';
import type { PrefsAction } from './prefs';
import { installPrintSheet } from './print-sheet';
import { applyStyles } from './shadow-styles';
import { createToolbar } from './toolbar';
import type { CopyChoice, SaveChoice } from './toolbar';

export type { ReaderArticle } from './article-view';
export type { CopyChoice, SaveChoice } from './toolbar';
export type { ReaderPrefs } from '../shared/storage';
export { DEFAULT_READER_PREFS } from '../shared/storage';
export { FONT_SIZE, LINE_WIDTH, normalizePrefs } from './prefs';

export interface ReaderHooks {
  /** Called with the new, clamped prefs after a toolbar change; the caller stores them. */
  onPrefsChange(p: ReaderPrefs): void;
  /** Called once when the reader closes (Esc, the Close button, `close()`, or being replaced). */
  onClose(): void;
  /** Copies the article (the caller has the engine's result); without it the toolbar has no Copy button. */
  onCopy?(choice: CopyChoice): void;
  /** Saves the article as a file; without it the toolbar has no Save button. */
  onSave?(choice: SaveChoice): void;
}

export interface ReaderHandle {
  close(): void;
  /** Applies prefs from elsewhere (another tab, the options page); does not call `onPrefsChange`. */
  update(prefs: ReaderPrefs): void;
  isOpen(): boolean;
}

/** The host element's tag; custom-element style so no page selector for real tags matches it. */
export const READER_HOST_TAG = 'pith-reader';

const openReaders = new WeakMap<Document, ReaderHandle>();

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

function announce(prefs: ReaderPrefs, action: PrefsAction): string {
  switch (action.kind) {
    case 'theme':
      return `${action.theme[0]?.toUpperCase()}${action.theme.slice(1)} theme`;
    case 'toggle-font':
      return prefs.font === 'serif' ? 'Serif font' : 'Sans-serif font';
    case 'font-size':
      return `Text size ${prefs.fontSize} pixels`;
    case 'line-width':
      return `Lines ${prefs.lineWidth} characters wide`;
  }
}

export function openReader(
  doc: Document,
  article: ReaderArticle,
  prefs: ReaderPrefs,
  hooks: ReaderHooks,
): ReaderHandle {
  const win = doc?.defaultView;
  if (!win || !doc.documentElement) {
    throw new Error('Pith reader: openReader needs a document that is shown in a window.');
  }
  if (!article || typeof article !== 'object') {
    throw new Error('Pith reader: openReader needs an article object (title, html, url…).');
  }
  if (typeof hooks?.onPrefsChange !== 'function' || typeof hooks.onClose !== 'function') {
    throw new Error('Pith reader: openReader needs hooks { onPrefsChange(prefs), onClose() }.');
  }

  // One reader per document: the old one closes first, so it restores the page before we record it.
  openReaders.get(doc)?.close();

  let current = normalizePrefs(prefs);
  let open = true;

  const pageState = lockPage(doc);
  const printSheet = installPrintSheet(doc, READER_HOST_TAG);
  // `theme: 'system'` follows the OS light/dark setting, live, until the user picks a theme.
  const systemDark =
    typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;

  const host = doc.createElement(READER_HOST_TAG);
  // Open mode so the extension's tests and tools can inspect it; page CSS still cannot reach inside.
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(win, shadow);

  const dialog = doc.createElement('div');
  dialog.className = 'root';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', TITLE_ID);
  dialog.tabIndex = -1;

  const status = doc.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');

  const render = (): void => {
    const theme = resolveTheme(current.theme, systemDark?.matches === true);
    host.setAttribute('data-theme', theme);
    host.setAttribute('data-font', current.font);
    dialog.style.setProperty('--font-size', `${current.fontSize}px`);
    dialog.style.setProperty('--line-width', String(current.lineWidth));
    toolbar.render({ ...current, theme });
  };

  const onAction = (action: PrefsAction): void => {
    const next = applyAction(current, action);
    if (samePrefs(next, current)) return;
    current = next;
    render();
    status.textContent = announce(current, action);
    hooks.onPrefsChange({ ...current });
  };

  // If the page's own scripts throw our host out (some SPAs rebuild <html>'s children), release the page.
  const observer = new win.MutationObserver(() => {
    if (!host.isConnected) close();
  });

  const close = (): void => {
    if (!open) return;
    open = false;
    win.removeEventListener('keydown', onWindowKeydown, true);
    systemDark?.removeEventListener?.('change', render);
    listen?.dispose();
    observer.disconnect();
    host.remove();
    printSheet.remove();
    pageState.restore();
    if (openReaders.get(doc) === handle) openReaders.delete(doc);
    hooks.onClose();
  };

  // Capture on the window so Esc works wherever focus is, before page handlers can swallow it.
  const onWindowKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      event.stopImmediatePropagation();
      close();
    }
  };

  const articleView = renderArticle(doc, win, article);
  const speech = speechApiOf(win);
  let listen: ListenPanel | null = null;
  const toolbar = createToolbar(doc, onAction, close, {
    ...(hooks.onCopy ? { copy: hooks.onCopy } : {}),
    ...(hooks.onSave ? { save: hooks.onSave } : {}),
    print: () => win.print(),
    ...(speech
      ? {
          listen: () => {
            if (!listen) return;
            if (listen.isOpen()) listen.close();
            else listen.open();
          },
        }
      : {}),
  });
  if (speech) {
    listen = createListenPanel(doc, articleView, speech, article.lang ?? null, (on) =>
      toolbar.setListening(on),
    );
    toolbar.element.append(listen.element);
  }
  dialog.append(toolbar.element, articleView, status);
  shadow.append(dialog);

  shadow.addEventListener('keydown', (event) => handleReaderKeydown(event as KeyboardEvent, shadow, dialog));
  // Keys typed in the reader are not the page's shortcuts (space, j/k, "/" to search…).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    host.addEventListener(type, (event) => event.stopPropagation());
  }
  dialog.addEventListener('click', (event) => {
    // In-article anchors (#fn1) point into the shadow root, which the page's URL hash cannot reach.
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    const id = link?.getAttribute('href')?.slice(1);
    if (!link || !id) return;
    const name = safeDecode(id);
    const target =
      shadow.getElementById(name) ??
      Array.from(shadow.querySelectorAll('a[name]')).find((a) => a.getAttribute('name') === name);
    event.preventDefault();
    target?.scrollIntoView({ block: 'start' });
  });

  render();
  systemDark?.addEventListener?.('change', render);
  win.addEventListener('keydown', onWindowKeydown, true);
  doc.documentElement.append(host);

  observer.observe(doc.documentElement, { childList: true });

  dialog.focus({ preventScroll: true });

  const handle: ReaderHandle = {
    close,
    update(next) {
      if (!open) return;
      current = normalizePrefs(next);
      render();
    },
    isOpen: () => open,
  };
  openReaders.set(doc, handle);
  return handle;
}
