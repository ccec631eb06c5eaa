/**
 * The in-page reader view: a full-page overlay in a CLOSED shadow root, so page CSS and page scripts cannot reach
 * it and its CSS cannot reach the page. Closing puts the document back exactly as it was.
 *
 * The page is hostile: the host is a plain `<div>` (a page can pre-define a custom element's name, never `div`'s)
 * styled by `:host` rules that beat the page's; the prefs live inside the closed root, not on the host; only
 * trusted (user) events reach the reader's controls; the page's document is read through `page-dom.ts`.
 */
import type { ReaderPrefs } from '../shared/storage';
import { renderArticle, TITLE_ID } from './article-view';
import type { ReaderArticle } from './article-view';
import { handleReaderKeydown } from './keyboard';
import { closeOpenMenu } from './menu-button';
import { createListenPanel, speechApiOf } from './listen-panel';
import type { ListenPanel } from './listen-panel';
import { lockPage } from './page-state';
import { listen as listenOnWindow, pageRoot, pageWindow, privateDocument } from './page-dom';
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

/**
 * Events a page could synthesise (`el.click()`, `dispatchEvent`) to drive the reader: only the user's own
 * (`isTrusted`) get past the shadow root.
 */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'input',
  'change',
  'submit',
  'toggle',
] as const;

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
  const win = doc ? pageWindow(doc) : null;
  const pageHtml = doc ? pageRoot(doc) : null;
  if (!win || !pageHtml) {
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
  // The host is a plain div; printing finds it by a mark no page can guess before the reader opens.
  const hostMark = `data-pith-${Array.from(win.crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
  const printSheet = installPrintSheet(doc, `div[${hostMark}]`);
  // `theme: 'system'` follows the OS light/dark setting, live, until the user picks a theme.
  const systemDark =
    typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;

  // Made with the platform's createElement: the page's document may have a named element called `createElement`.
  const host = win.Document.prototype.createElement.call(doc, 'div') as HTMLDivElement;
  host.setAttribute(hostMark, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  // Everything inside is built in a private document and adopted when appended.
  const own = privateDocument(win);

  const dialog = own.createElement('div');
  dialog.className = 'root';
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', TITLE_ID);
  dialog.tabIndex = -1;

  const status = own.createElement('div');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');

  const render = (): void => {
    const theme = resolveTheme(current.theme, systemDark?.matches === true);
    // On the dialog inside the closed root: the page cannot read the user's prefs off the host.
    dialog.setAttribute('data-theme', theme);
    dialog.setAttribute('data-font', current.font);
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
    listenOnWindow(win, 'keydown', onWindowKeydown as (event: Event) => void, true, true);
    systemDark?.removeEventListener?.('change', render);
    listen?.dispose();
    observer.disconnect();
    host.remove();
    printSheet.remove();
    pageState.restore();
    if (openReaders.get(doc) === handle) openReaders.delete(doc);
    hooks.onClose();
  };

  // Capture on the window so Esc works wherever focus is, before page handlers can swallow it. One layer at a
  // time: an open menu, then the Listen panel, then the reader itself.
  const onWindowKeydown = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (closeOpenMenu(shadow)) return;
      if (listen?.isOpen()) {
        listen.close();
        shadow.querySelector<HTMLElement>('button.listen')?.focus();
        return;
      }
      close();
    }
  };

  const articleView = renderArticle(own, win, article);
  const speech = speechApiOf(win);
  let listen: ListenPanel | null = null;
  const toolbar = createToolbar(own, onAction, close, {
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
    listen = createListenPanel(own, articleView, speech, article.lang ?? null, (on) =>
      toolbar.setListening(on),
    );
    toolbar.element.append(listen.element);
  }
  dialog.append(toolbar.element, articleView, status);

  // Capture at the shadow root runs before any control's own listener.
  for (const type of GUARDED_EVENTS) {
    shadow.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) return;
        event.stopImmediatePropagation();
        event.preventDefault();
      },
      true,
    );
  }

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
  listenOnWindow(win, 'keydown', onWindowKeydown as (event: Event) => void, true);
  pageHtml.append(host);
  // After the host is in the page: a constructed stylesheet must belong to the shadow root's document.
  applyStyles(win, shadow);
  shadow.append(dialog);

  observer.observe(pageHtml, { childList: true });

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
