/** The background's one settings store; its cache follows `storage.onChanged`. */
import browser from 'webextension-polyfill';
import { SettingsStore } from '../shared/storage';

export const store = new SettingsStore(browser.storage.local);
