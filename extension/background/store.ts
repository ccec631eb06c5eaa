/** The background's one settings store (its cache follows `storage.onChanged`) and its one site-memory store. */
import browser from 'webextension-polyfill';
import { browserSettingsArea } from '../shared/browser-settings-area';
import { SettingsStore } from '../shared/storage';
import { MemoryStore } from './memory-store';

/** The area, for where the settings are kept (the options page's note when they are not synced). */
export const settingsArea = browserSettingsArea();
export const store = new SettingsStore(settingsArea);
/** Site memory stays on this computer (`storage.local`), never in sync. */
export const memory = new MemoryStore(browser.storage.local);
