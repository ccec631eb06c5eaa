/**
 * The background entry: every listener is registered synchronously at the top level, as MV3 service workers
 * (and Firefox event pages) need, so a wake-up event is never missed.
 */
import browser from 'webextension-polyfill';
import { dispatch } from '../shared/messages';
import { syncAutoClean } from './auto-clean';
import { backgroundHandlers } from './handlers';
import { createMenus, onCommand, onMenuClicked } from './menus';
import { store } from './store';

// Popup, options and content scripts all send here; messages that are not our envelopes get no answer.
browser.runtime.onMessage.addListener((message: unknown) => dispatch(backgroundHandlers, message, undefined));

browser.runtime.onInstalled.addListener(() => {
  void createMenus();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  void onMenuClicked(info, tab);
});

browser.commands.onCommand.addListener((command, tab) => {
  void onCommand(command, tab);
});

browser.storage.onChanged.addListener((changes) => {
  store.onChanged(changes);
  void store.load().then((loaded) => {
    if (loaded.ok) void syncAutoClean(loaded.value);
  });
});

// Registrations do not persist across sessions: rebuild them from the stored settings at every start.
void store.load().then((loaded) => {
  if (loaded.ok) void syncAutoClean(loaded.value);
});

/**
 * For the e2e tests: the same functions the listeners above call, reachable from the worker's console
 * (`serviceWorker.evaluate`). Nothing outside the extension can reach a service worker's globals.
 */
Object.assign(globalThis, { pith: { handlers: backgroundHandlers, onMenuClicked, onCommand, store } });
