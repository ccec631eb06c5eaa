/**
 * The element picker, drawn in a closed shadow root over the page (uBlock Origin's picker is the model): the
 * element under the pointer is outlined with its size and a suggested rule; the wheel or ↑/↓ go to the parent or
 * back to the child; a click fixes the choice and shows, live, everything the (editable) rule would remove, with a
 * count. Save hands the rule to `onSave`; Esc or Cancel removes every trace, so the page is exactly as it was.
 *
 * Only trusted input counts: the page can dispatch events, but not make the user pick or save.
 */
import { PickPath, previewRule, suggestRule } from './pick-model';
import { PICKER_CSS } from './picker-styles';

export interface PickerOptions {
  host: string;
  /** Saves the rule; resolves to an error message, or null when it was saved. */
  onSave(rule: string): Promise<string | null>;
  onClose?(saved: boolean): void;
}

export interface PickerHandle {
  close(): void;
}

const MAX_MARKS = 300;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

export function startPicker(doc: Document, options: PickerOptions): PickerHandle {
  const hostEl = doc.createElement('div');
  hostEl.setAttribute('data-pith-picker', '');
  const root = hostEl.attachShadow({ mode: 'closed' });
  const style = el('style', '');
  style.textContent = PICKER_CSS;
  const marks = el('div', 'marks');
  const box = el('div', 'box');
  const label = el('div', 'label');
  const panel = el('div', 'panel');
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', 'Pith: remove something on this page');
  const title = el(
    'p',
    'title',
    'Point at what to remove, then click. Wheel or ↑ ↓: bigger or smaller. Esc: leave.',
  );
  const input = el('input', 'rule');
  input.type = 'text';
  input.spellcheck = false;
  input.setAttribute('aria-label', 'Rule');
  const status = el('p', 'status');
  status.setAttribute('role', 'status');
  const save = el('button', 'save', 'Save for this site');
  const cancel = el('button', 'cancel', 'Cancel');
  const buttons = el('p', 'buttons');
  buttons.append(save, cancel);
  panel.append(title, input, status, buttons);
  root.append(style, marks, box, label, panel);
  doc.documentElement.append(hostEl);

  const path = new PickPath(doc.body);
  let locked = false;
  let closed = false;

  const outline = (target: Element, node: HTMLElement): void => {
    const r = target.getBoundingClientRect();
    Object.assign(node.style, {
      left: `${r.left + scrollX}px`,
      top: `${r.top + scrollY}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };

  const drawHover = (): void => {
    const target = path.element;
    outline(target, box);
    const r = target.getBoundingClientRect();
    label.textContent = `${Math.round(r.width)}×${Math.round(r.height)}  ${suggestRule(target, options.host).replace(/^[^#]*##/, '')}`;
    Object.assign(label.style, {
      left: `${r.left + scrollX}px`,
      top: `${Math.max(0, r.top + scrollY - 24)}px`,
    });
  };

  const drawPreview = (): void => {
    const preview = previewRule(doc, input.value, options.host, hostEl);
    marks.replaceChildren();
    if (!preview.ok) {
      status.textContent = preview.message;
      status.className = 'status error';
      save.disabled = true;
      hostEl.dataset.count = '';
      return;
    }
    for (const match of preview.matches.slice(0, MAX_MARKS)) {
      const mark = el('div', 'mark');
      outline(match, mark);
      marks.append(mark);
    }
    const n = preview.matches.length;
    status.textContent =
      n === 0
        ? 'This rule removes nothing on this page.'
        : `Removes ${n} block${n === 1 ? '' : 's'} on this page.`;
    status.className = 'status';
    save.disabled = n === 0;
    // For tests and assistive tools outside the closed root: the count, never read back by Pith.
    hostEl.dataset.count = String(n);
  };

  const choose = (): void => {
    locked = true;
    panel.classList.add('locked');
    title.textContent = 'This rule removes the marked blocks. Edit it if you like, then save.';
    input.value = suggestRule(path.element, options.host);
    hostEl.dataset.rule = input.value;
    box.hidden = true;
    label.hidden = true;
    drawPreview();
    input.focus();
  };

  const isOurs = (event: Event): boolean => event.composedPath().includes(hostEl);

  const onMove = (event: MouseEvent): void => {
    if (locked || !event.isTrusted || isOurs(event)) return;
    const target = event.target;
    if (!(target instanceof Element) || target === path.element) return;
    path.reset(target);
    drawHover();
  };

  const onClick = (event: MouseEvent): void => {
    if (isOurs(event)) return;
    // No click reaches the page while picking, trusted or not.
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!event.isTrusted) return;
    if (locked) {
      locked = false;
      box.hidden = false;
      label.hidden = false;
      panel.classList.remove('locked');
    }
    if (event.target instanceof Element) path.reset(event.target);
    choose();
  };

  const step = (up: boolean): void => {
    if (up) path.parent();
    else path.child();
    if (locked) choose();
    else drawHover();
  };

  const onWheel = (event: WheelEvent): void => {
    if (!event.isTrusted || isOurs(event) || event.deltaY === 0) return;
    event.preventDefault();
    step(event.deltaY < 0);
  };

  const onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopImmediatePropagation();
      close(false);
      return;
    }
    // ↑ ↓ work from the rule box too: it is one line, so they have nothing else to do there.
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopImmediatePropagation();
      step(event.key === 'ArrowUp');
    }
  };

  const listeners: [string, EventListener][] = [
    ['mousemove', onMove as EventListener],
    ['click', onClick as EventListener],
    ['wheel', onWheel as EventListener],
    ['keydown', onKey as EventListener],
  ];
  for (const [type, fn] of listeners) window.addEventListener(type, fn, { capture: true, passive: false });

  input.addEventListener('input', () => {
    hostEl.dataset.rule = input.value;
    drawPreview();
  });
  const saveRule = async (): Promise<void> => {
    if (save.disabled) return;
    save.disabled = true;
    const problem = await options.onSave(input.value.trim());
    if (problem) {
      status.textContent = problem;
      status.className = 'status error';
      save.disabled = false;
      return;
    }
    close(true);
  };
  input.addEventListener('keydown', (event) => {
    if (event.isTrusted && event.key === 'Enter') void saveRule();
  });
  save.addEventListener('click', (event) => {
    if (event.isTrusted) void saveRule();
  });
  cancel.addEventListener('click', (event) => {
    if (event.isTrusted) close(false);
  });

  function close(saved: boolean): void {
    if (closed) return;
    closed = true;
    for (const [type, fn] of listeners) window.removeEventListener(type, fn, { capture: true });
    hostEl.remove();
    options.onClose?.(saved);
  }

  drawHover();
  return { close: () => close(false) };
}
