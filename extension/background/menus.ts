/** Context menu items and keyboard commands: each maps to one action from `actions.ts`. */
import browser from 'webextension-polyfill';
import type { Menus, Tabs } from 'webextension-polyfill';
import { hostKey } from '../shared/clean-options';
import { copyInPage, openReaderIn, saveInPage, startPickerIn } from './actions';
import { notify } from './notify';
import { findTab } from './tabs';
import { toggleAutoClean } from './toggle-auto-clean';

export const MENU_ITEMS = {
  'pith-open-reader': 'Open in Pith reader',
  'pith-copy-text': 'Copy clean text',
  'pith-copy-markdown': 'Copy as Markdown',
  'pith-save-markdown': 'Save as Markdown',
  'pith-save-html': 'Save as web page (HTML)',
  'pith-toggle-auto-clean': 'Toggle auto-clean on this site',
  'pith-pick-element': 'Remove something on this page…',
} as const;

export type MenuItemId = keyof typeof MENU_ITEMS;

export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const [id, title] of Object.entries(MENU_ITEMS)) {
    browser.contextMenus.create({ id, title, contexts: ['page', 'selection'] });
  }
}

/** What a menu click does; the result comes back for the e2e tests and the toast/badge goes to the user. */
export async function onMenuClicked(info: Pick<Menus.OnClickData, 'menuItemId'>, tab?: Tabs.Tab) {
  const found = tab?.id !== undefined ? { ok: true as const, value: tab } : await findTab();
  if (!found.ok) return found;
  const target = found.value;
  switch (info.menuItemId as MenuItemId) {
    case 'pith-open-reader': {
      const result = await openReaderIn(target);
      await notify(target.id, result);
      return result;
    }
    case 'pith-copy-text':
    case 'pith-copy-markdown': {
      // The page shows its own toast on success; only failures need `notify`.
      const result = await copyInPage(target, info.menuItemId === 'pith-copy-text' ? 'text' : 'markdown');
      if (!result.ok) await notify(target.id, result);
      return result;
    }
    case 'pith-save-markdown':
    case 'pith-save-html': {
      // The page shows its own toast on success; only failures need `notify`.
      const result = await saveInPage(target, info.menuItemId === 'pith-save-html' ? 'html' : 'markdown');
      if (!result.ok) await notify(target.id, result);
      return result;
    }
    case 'pith-toggle-auto-clean': {
      const result = await toggleAutoClean(target);
      const host = hostKey(target.url ?? '');
      const message = result.ok
        ? result.value.autoClean
          ? `Auto-clean is on for ${host}: the reader view opens on its pages.`
          : `Auto-clean is off for ${host}.`
        : undefined;
      if (result.ok && result.value.autoClean) await openReaderIn(target);
      await notify(target.id, result, message);
      return result;
    }
    case 'pith-pick-element': {
      const result = await startPickerIn(target);
      if (!result.ok) await notify(target.id, result);
      return result;
    }
    default:
      return {
        ok: false as const,
        error: { code: 'bad-message' as const, message: `Unknown menu item ${String(info.menuItemId)}.` },
      };
  }
}

export type CommandName = 'open-reader' | 'copy-text';

export async function onCommand(command: string, tab?: Tabs.Tab) {
  const found = tab?.id !== undefined ? { ok: true as const, value: tab } : await findTab();
  if (!found.ok) return found;
  if (command === 'open-reader') {
    const result = await openReaderIn(found.value, true);
    await notify(found.value.id, result);
    return result;
  }
  if (command === 'copy-text') {
    const result = await copyInPage(found.value, 'text');
    if (!result.ok) await notify(found.value.id, result);
    return result;
  }
  return {
    ok: false as const,
    error: { code: 'bad-message' as const, message: `Unknown command ${command}.` },
  };
}
