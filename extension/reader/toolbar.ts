import type { ReaderPrefs, ReaderTheme } from '../shared/storage';
import { icon } from './icons';
import type { IconName } from './icons';
import { menuButton } from './menu-button';
import { FONT_SIZE, LINE_WIDTH, THEMES } from './prefs';
import type { PrefsAction } from './prefs';

export interface Toolbar {
  element: HTMLElement;
  /** Reflects `prefs` in pressed/disabled states and labels. */
  render(prefs: ReaderPrefs): void;
  /** Shows whether the Listen panel is open. */
  setListening(open: boolean): void;
}

export type CopyChoice = 'text' | 'markdown' | 'with-link';
export type SaveChoice = 'markdown' | 'html';

/** What the toolbar's action buttons do; a button whose action is missing is not shown. */
export interface ToolbarActions {
  copy?(choice: CopyChoice): void;
  save?(choice: SaveChoice): void;
  print(): void;
  listen?(): void;
}

const THEME_LABELS: Record<ReaderTheme, string> = {
  light: 'Light theme',
  sepia: 'Sepia theme',
  dark: 'Dark theme',
};

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  return node;
}

function button(doc: Document, className: string, label: string): HTMLButtonElement {
  const b = el(doc, 'button', className);
  b.type = 'button';
  b.setAttribute('aria-label', label);
  b.title = label;
  return b;
}

function text(doc: Document, className: string, content: string, hidden = true): HTMLSpanElement {
  const span = el(doc, 'span', className);
  span.textContent = content;
  if (hidden) span.setAttribute('aria-hidden', 'true');
  return span;
}

function actionButton(doc: Document, className: string, label: string, name: IconName, caption: string) {
  const b = button(doc, className, label);
  b.append(icon(doc, name), text(doc, 'label', caption));
  return b;
}

function setDisabled(b: HTMLButtonElement, disabled: boolean): void {
  // aria-disabled rather than `disabled`: a disabled button drops focus to the page behind the overlay.
  if (disabled) b.setAttribute('aria-disabled', 'true');
  else b.removeAttribute('aria-disabled');
}

export function createToolbar(
  doc: Document,
  onAction: (action: PrefsAction) => void,
  onClose: () => void,
  actions: ToolbarActions,
): Toolbar {
  const bar = el(doc, 'div', 'bar');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Reader view settings');

  const controls = el(doc, 'div', 'controls');

  const themeGroup = el(doc, 'div', 'group');
  themeGroup.setAttribute('role', 'group');
  themeGroup.setAttribute('aria-label', 'Theme');
  const themeButtons = new Map<ReaderTheme, HTMLButtonElement>();
  for (const theme of THEMES) {
    const b = button(doc, `swatch swatch-${theme}`, THEME_LABELS[theme]);
    b.dataset.theme = theme;
    b.append(el(doc, 'span'));
    b.addEventListener('click', () => onAction({ kind: 'theme', theme }));
    themeButtons.set(theme, b);
    themeGroup.append(b);
  }

  const fontToggle = button(doc, 'font-toggle', 'Switch to sans-serif font');
  const fontLabel = text(doc, 'label', 'Serif');
  fontToggle.append(text(doc, 'glyph', 'Aa'), fontLabel);
  fontToggle.addEventListener('click', () => onAction({ kind: 'toggle-font' }));

  const sizeGroup = el(doc, 'div', 'group');
  sizeGroup.setAttribute('role', 'group');
  sizeGroup.setAttribute('aria-label', 'Text size');
  const smaller = button(doc, 'size-down', 'Smaller text');
  smaller.append(text(doc, 'glyph glyph-small', 'A−'));
  const larger = button(doc, 'size-up', 'Larger text');
  larger.append(text(doc, 'glyph', 'A+'));
  smaller.addEventListener('click', () => {
    if (!smaller.hasAttribute('aria-disabled')) onAction({ kind: 'font-size', delta: -1 });
  });
  larger.addEventListener('click', () => {
    if (!larger.hasAttribute('aria-disabled')) onAction({ kind: 'font-size', delta: 1 });
  });
  sizeGroup.append(smaller, larger);

  const widthGroup = el(doc, 'div', 'group');
  widthGroup.setAttribute('role', 'group');
  widthGroup.setAttribute('aria-label', 'Line width');
  const narrower = button(doc, 'width-down', 'Narrower lines');
  narrower.append(icon(doc, 'narrower'));
  const wider = button(doc, 'width-up', 'Wider lines');
  wider.append(icon(doc, 'wider'));
  narrower.addEventListener('click', () => {
    if (!narrower.hasAttribute('aria-disabled')) onAction({ kind: 'line-width', delta: -1 });
  });
  wider.addEventListener('click', () => {
    if (!wider.hasAttribute('aria-disabled')) onAction({ kind: 'line-width', delta: 1 });
  });
  widthGroup.append(narrower, wider);

  controls.append(
    themeGroup,
    el(doc, 'span', 'sep'),
    fontToggle,
    el(doc, 'span', 'sep'),
    sizeGroup,
    el(doc, 'span', 'sep'),
    widthGroup,
  );

  const tools = el(doc, 'div', 'group tools');
  tools.setAttribute('role', 'group');
  tools.setAttribute('aria-label', 'Article');
  const { copy, save, listen } = actions;
  if (copy) {
    tools.append(
      menuButton(doc, {
        className: 'copy',
        label: 'Copy the article',
        text: 'Copy',
        iconName: 'copy',
        items: [
          { label: 'Copy as Markdown', choice: 'markdown', run: () => copy('markdown') },
          { label: 'Copy clean text', choice: 'text', run: () => copy('text') },
          { label: 'Copy with title and link', choice: 'with-link', run: () => copy('with-link') },
        ],
      }),
    );
  }
  if (save) {
    tools.append(
      menuButton(doc, {
        className: 'save',
        label: 'Save the article as a file',
        text: 'Save',
        iconName: 'save',
        items: [
          { label: 'Markdown (.md)', choice: 'markdown', run: () => save('markdown') },
          { label: 'Web page (.html)', choice: 'html', run: () => save('html') },
        ],
      }),
    );
  }
  const print = actionButton(doc, 'print', 'Print the article', 'print', 'Print');
  print.addEventListener('click', () => actions.print());
  tools.append(print);
  const listenButton = listen
    ? actionButton(doc, 'listen', 'Listen: read the article aloud', 'listen', 'Listen')
    : null;
  if (listenButton && listen) {
    listenButton.setAttribute('aria-pressed', 'false');
    listenButton.addEventListener('click', () => listen());
    tools.append(listenButton);
  }

  const close = button(doc, 'close', 'Close reader view (Esc)');
  close.append(icon(doc, 'close'), text(doc, 'label', 'Close'));
  close.addEventListener('click', onClose);

  controls.append(el(doc, 'span', 'sep'), tools);
  for (const sep of controls.querySelectorAll('.sep')) sep.setAttribute('aria-hidden', 'true');
  bar.append(controls, close);

  return {
    element: bar,
    setListening(open) {
      listenButton?.setAttribute('aria-pressed', String(open));
    },
    render(prefs) {
      for (const [theme, b] of themeButtons) b.setAttribute('aria-pressed', String(theme === prefs.theme));
      const sans = prefs.font === 'sans';
      fontLabel.textContent = sans ? 'Sans' : 'Serif';
      fontToggle.setAttribute('aria-label', sans ? 'Switch to serif font' : 'Switch to sans-serif font');
      fontToggle.title = fontToggle.getAttribute('aria-label') ?? '';
      setDisabled(smaller, prefs.fontSize <= FONT_SIZE.min);
      setDisabled(larger, prefs.fontSize >= FONT_SIZE.max);
      setDisabled(narrower, prefs.lineWidth <= LINE_WIDTH.min);
      setDisabled(wider, prefs.lineWidth >= LINE_WIDTH.max);
      smaller.title = `Smaller text (now ${prefs.fontSize}px)`;
      larger.title = `Larger text (now ${prefs.fontSize}px)`;
      narrower.title = `Narrower lines (now ${prefs.lineWidth} characters)`;
      wider.title = `Wider lines (now ${prefs.lineWidth} characters)`;
    },
  };
}
