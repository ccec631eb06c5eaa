/** The settings area every part of the extension reads through: sync, split to fit, or local (settings-area.ts). */
import browser from 'webextension-polyfill';
import { SyncedSettingsArea } from './settings-area';

export function browserSettingsArea(): SyncedSettingsArea {
  return new SyncedSettingsArea(browser.storage.sync, browser.storage.local);
}
