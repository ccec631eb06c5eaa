/**
 * The one manifest, with the Chrome/Firefox differences in `forBrowser`. crxjs reads it through
 * `defineManifest`; the build picks the target from the Vite mode (`chrome` or `firefox`).
 */
import { defineManifest } from '@crxjs/vite-plugin';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

export type TargetBrowser = 'chrome' | 'firefox';

export interface ManifestOptions {
  /**
   * Test builds only: host access granted up front for these patterns. Headless browsers cannot click the
   * toolbar button or accept a permission prompt, so this stands in for the activeTab grant a click gives.
   */
  testHostPermissions?: string[];
  /**
   * Test builds only: one extension page that pages on `matches` may open. Firefox refuses to navigate a tab to
   * moz-extension:// from WebDriver, so its e2e driver opens this page from the test page to get an extension
   * context (and from there `tabs.create`, `runtime.getBackgroundPage`).
   */
  testDoorPage?: { page: string; matches: string[] };
}

/** The gecko id AMO and the e2e Firefox driver use. */
export const GECKO_ID = 'pith@pith.example';

const icons = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};

/**
 * Chromium on Linux silently leaves Alt+Shift+<letter> suggestions unassigned (`commands.getAll()` shows an
 * empty shortcut; Alt+Shift+8 or Ctrl+Shift+Y are assigned), so Linux gets its own keys. Users can rebind either.
 */
function keys(main: string, linux: string) {
  return { default: main, linux };
}

function base() {
  return {
    manifest_version: 3 as const,
    name: 'Pith',
    version: pkg.version,
    description: pkg.description,
    icons,
    action: { default_popup: 'extension/popup/index.html', default_icon: icons, default_title: 'Pith' },
    options_ui: { page: 'extension/options/index.html', open_in_tab: true },
    // Host access is asked for per site, only when the user turns on auto-clean there.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'clipboardWrite'],
    optional_host_permissions: ['<all_urls>'],
    commands: {
      // The toolbar button's own shortcut: opens the popup with the same activeTab grant as a click.
      _execute_action: { suggested_key: keys('Alt+Shift+P', 'Ctrl+Shift+U') },
      'open-reader': {
        suggested_key: keys('Alt+Shift+R', 'Ctrl+Shift+Y'),
        description: 'Open or close the Pith reader view',
      },
      'copy-text': { suggested_key: keys('Alt+Shift+C', 'Ctrl+Shift+E'), description: 'Copy the clean text' },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'" },
  };
}

export function forBrowser(target: TargetBrowser, options: ManifestOptions = {}): ManifestV3Export {
  const background = 'extension/background/main.ts';
  const hosts = {
    ...(options.testHostPermissions ? { host_permissions: options.testHostPermissions } : {}),
    ...(options.testDoorPage
      ? {
          web_accessible_resources: [
            { resources: [options.testDoorPage.page], matches: options.testDoorPage.matches },
          ],
        }
      : {}),
  };
  if (target === 'firefox') {
    return {
      ...base(),
      ...hosts,
      // Firefox MV3 has no service worker background: an event page with module scripts.
      background: { scripts: [background], type: 'module' },
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140: first release that reads `data_collection_permissions`; scripting.registerContentScripts,
          // optional_host_permissions and module backgrounds are all older.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142.
        gecko_android: { strict_min_version: '142.0' },
      },
      // crxjs's manifest type does not know `gecko_android` yet.
    } as unknown as ManifestV3Export;
  }
  return {
    ...base(),
    ...hosts,
    minimum_chrome_version: '120',
    background: { service_worker: background, type: 'module' },
  };
}

export default (target: TargetBrowser, options?: ManifestOptions) =>
  defineManifest(forBrowser(target, options));
