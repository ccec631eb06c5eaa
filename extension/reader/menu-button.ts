/** A toolbar button that opens a short list of choices (Copy as…, Save as…) under it. */
import { icon } from './icons';
import type { IconName } from './icons';

export interface MenuItem {
  label: string;
  /** Stable hook for tests and styles (`data-choice`). */
  choice: string;
  run(): void;
}

export interface MenuButtonSpec {
  className: string;
  label: string;
  text: string;
  iconName: IconName;
  items: readonly MenuItem[];
}

export function menuButton(doc: Document, spec: MenuButtonSpec): HTMLElement {
  const wrap = doc.createElement('div');
  wrap.className = `menu ${spec.className}`;

  const trigger = doc.createElement('button');
  trigger.type = 'button';
  trigger.className = `${spec.className}-button`;
  trigger.setAttribute('aria-label', spec.label);
  trigger.title = spec.label;
  trigger.setAttribute('aria-haspopup', 'menu');
  trigger.setAttribute('aria-expanded', 'false');
  const label = doc.createElement('span');
  label.className = 'label';
  label.setAttribute('aria-hidden', 'true');
  label.textContent = spec.text;
  trigger.append(icon(doc, spec.iconName), label);

  const list = doc.createElement('div');
  list.className = 'menu-list';
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', spec.label);
  list.hidden = true;

  const setOpen = (open: boolean): void => {
    list.hidden = !open;
    trigger.setAttribute('aria-expanded', String(open));
  };

  for (const item of spec.items) {
    const entry = doc.createElement('button');
    entry.type = 'button';
    entry.setAttribute('role', 'menuitem');
    entry.dataset.choice = item.choice;
    entry.textContent = item.label;
    entry.addEventListener('click', () => {
      setOpen(false);
      trigger.focus();
      item.run();
    });
    list.append(entry);
  }

  trigger.addEventListener('click', () => {
    const open = list.hidden;
    setOpen(open);
    if (open) list.querySelector<HTMLElement>('button')?.focus();
  });
  // Focus leaving the menu (Tab, a click elsewhere in the reader) closes it.
  wrap.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !wrap.contains(next)) setOpen(false);
  });

  wrap.append(trigger, list);
  return wrap;
}

/**
 * Closes the open menu under `root`, if any, and gives focus back to its button (Esc closes the innermost
 * layer first). Returns whether there was one.
 */
export function closeOpenMenu(root: ParentNode): boolean {
  const list = root.querySelector<HTMLElement>('.menu-list:not([hidden])');
  if (!list) return false;
  list.hidden = true;
  const trigger = list.parentElement?.querySelector<HTMLElement>('[aria-haspopup="menu"]');
  trigger?.setAttribute('aria-expanded', 'false');
  trigger?.focus();
  return true;
}
