/** The background's side of `BackgroundProtocol`: one handler per message, checked complete by the type. */
import { fail, ok } from '../shared/messages';
import type { BackgroundProtocol, Handlers } from '../shared/messages';
import { siteOrDefault } from '../shared/storage';
import { openReaderIn, prepareCopy, reportOn, saveInPage } from './actions';
import { hasHostAccess } from './auto-clean';
import { store } from './store';
import { findTab } from './tabs';

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  'page/report': async ({ tabId, rulesOnly }) => {
    const tab = await findTab(tabId);
    return tab.ok ? reportOn(tab.value, rulesOnly) : tab;
  },
  'reader/open': async ({ tabId }) => {
    const tab = await findTab(tabId);
    return tab.ok ? openReaderIn(tab.value) : tab;
  },
  'copy/prepare': async ({ tabId, format }) => {
    const tab = await findTab(tabId);
    return tab.ok ? prepareCopy(tab.value, format) : tab;
  },
  'save/in-page': async ({ tabId, format }) => {
    const tab = await findTab(tabId);
    return tab.ok ? saveInPage(tab.value, format) : tab;
  },
  'site/get': async ({ host }) => {
    const settings = await store.load();
    return settings.ok ? ok(siteOrDefault(settings.value, host)) : settings;
  },
  'site/update': async ({ host, patch }) => {
    if (!host) return fail('no-tab', 'Pith has no site to change settings for on this page.');
    if (patch.autoClean === true && !(await hasHostAccess(host))) {
      return fail(
        'permission-needed',
        `Auto-clean needs access to ${host}. Allow it when the browser asks, or turn auto-clean on again.`,
      );
    }
    return store.updateSite(host, patch);
  },
  'reader-prefs/get': async () => {
    const settings = await store.load();
    return settings.ok ? ok(settings.value.reader) : settings;
  },
  'reader-prefs/update': async ({ patch }) => {
    const saved = await store.update((draft) => {
      draft.reader = { ...draft.reader, ...patch };
    });
    return saved.ok ? ok(saved.value.reader) : saved;
  },
};
