/**
 * Registered with scripting.registerContentScripts for hosts where the user turned on auto-clean: the core and the
 * extras in one file, since the reader opens as soon as the page is loaded.
 */
import { browserSettingsArea } from '../shared/browser-settings-area';
import { globalRulesOf, hostKey } from '../shared/clean-options';
import { SettingsStore, siteOrDefault } from '../shared/storage';
import { boot } from './boot';
import type { ArticleOf } from './core-bridge';
import { installExtras } from './extras-install';
import { memoryHere, openReaderHere } from './reader-open';
import { showToast } from './toast';

/** Opens the reader if the setting is still on. */
async function autoOpen(articleOf: ArticleOf): Promise<void> {
  const store = new SettingsStore(browserSettingsArea());
  const loaded = await store.load();
  if (!loaded.ok) return;
  const site = siteOrDefault(loaded.value, hostKey(location.href));
  if (site.autoClean !== true) return;
  // The site memory's template comes from the background, which keeps the memory.
  const opened = openReaderHere(
    articleOf,
    site,
    loaded.value.reader,
    globalRulesOf(loaded.value),
    await memoryHere(),
  );
  if (!opened.ok && opened.error.code !== 'not-an-article') showToast(opened.error.message, 'error');
}

const core = boot();
installExtras(core);
void autoOpen(core.articleOf);
