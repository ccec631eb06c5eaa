/** The background's one settings store; its cache follows `storage.onChanged`. */
import { browserSettingsArea } from '../shared/browser-settings-area';
import { SettingsStore } from '../shared/storage';

/** The area, for where the settings are kept (the options page's note when they are not synced). */
export const settingsArea = browserSettingsArea();
export const store = new SettingsStore(settingsArea);
