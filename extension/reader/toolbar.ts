import type { ReaderPrefs, ReaderTheme } from '../shared/storage';
import { icon } from './icons';
import { FONT_SIZE, LINE_WIDTH, THEMES } from './prefs';
import type { PrefsAction } from './prefs';

export interface Toolbar {
  element: HTMLElement;
  /** Reflects `prefs` in pressed/disabled states and labels. */
  render(prefs: ReaderPrefs): void;
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

function setDisabled(b: HTMLButtonElement, disabled: boolean): void {
  // aria-disabled rather than `disabled`: a disabled button drops focus to the page behind the overlay.
  if (disabled) b.setAttribute('aria-disabled', 'true');
  else b.removeAttribute('aria-disabled');
}

export function createToolbar(
  doc: Document,
  onAction: (action: PrefsAction) => void,
  onClose: () => void,
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
  for (const sep of controls.querySelectorAll('.sep')) sep.setAttribute('aria-hidden', 'true');

  const close = button(doc, 'close', 'Close reader view (Esc)');
  close.append(icon(doc, 'close'), text(doc, 'label', 'Close'));
  close.addEventListener('click', onClose);

  bar.append(controls, close);

  return {
    element: bar,
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
