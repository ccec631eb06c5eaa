/** The background's side of `BackgroundProtocol`: one handler per message, checked complete by the type. */
import { fail, ok } from '../shared/messages';
import type { BackgroundProtocol, Handlers } from '../shared/messages';
import { BUILTIN_PACK_NAMES } from '../../src/rules/builtin';
import { parseRules } from '../../src/rules/parse';
import { planImport } from '../shared/import-plan';
import { readImportFile } from '../shared/settings-file';
import { defaultSettings, siteOrDefault } from '../shared/storage';
import {
  comparisonOn,
  inertReasonsOn,
  keepIn,
  openReaderIn,
  prepareCopy,
  reportOn,
  saveInPage,
  startPickerIn,
} from './actions';
import { hasHostAccess } from './auto-clean';
import { healthAfterWrites } from './health';
import { makeRule, rememberPage, templateForPage } from './memory-actions';
import { removeSite } from './site-removal';
import { memory, settingsArea, store } from './store';
import { findTab } from './tabs';

export const backgroundHandlers: Handlers<BackgroundProtocol> = {
  'page/report': async ({ tabId, rulesOnly, rowsLater }) => {
    const tab = await findTab(tabId);
    return tab.ok ? reportOn(tab.value, rulesOnly, rowsLater) : tab;
  },
  'page/comparison': async ({ tabId, rulesOnly }) => {
    const tab = await findTab(tabId);
    return tab.ok ? comparisonOn(tab.value, rulesOnly) : tab;
  },
  'page/inert-reasons': async ({ tabId, rulesOnly }) => {
    const tab = await findTab(tabId);
    return tab.ok ? inertReasonsOn(tab.value, rulesOnly) : tab;
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
    const invalid = patch.userRules === undefined ? null : firstRuleError(patch.userRules);
    if (invalid) return fail('invalid-rules', `Your rules for ${host}: ${invalid}`);
    return store.updateSite(host, patch);
  },
  'settings/get': () => store.load(),
  'settings/location': async () => {
    try {
      return ok(await settingsArea.location());
    } catch (error) {
      return fail('storage-failed', `Pith could not tell where its settings are kept (${String(error)}).`);
    }
  },
  'settings/global-rules': async ({ text }) => {
    const invalid = firstRuleError(text);
    if (invalid) return fail('invalid-rules', `${invalid} Nothing was saved.`);
    return store.update((draft) => {
      draft.globalRules = text;
    });
  },
  'settings/pack': async ({ pack, on }) => {
    if (!BUILTIN_PACK_NAMES.includes(pack))
      return fail('bad-message', `Pith has no built-in pack "${pack}".`);
    return store.update((draft) => {
      const off = new Set(draft.disabledPacks ?? []);
      if (on) off.delete(pack);
      else off.add(pack);
      draft.disabledPacks = [...off];
    });
  },
  'site/remove': ({ host }) => removeSite(store, memory, host),
  'settings/import-preview': async ({ text, mode }) => {
    const file = readImportFile(text);
    if (!file.ok) return file;
    const loaded = await store.load();
    return loaded.ok ? ok(planImport(loaded.value, file.value, mode)) : loaded;
  },
  'settings/import': async ({ text, mode }) => {
    const file = readImportFile(text);
    if (!file.ok) return file;
    // Planned inside the queued update, on the settings as they are when it runs.
    let plan = planImport(store.peek() ?? defaultSettings(), file.value, mode);
    let removedHosts: string[] = [];
    const saved = await store.update((draft) => {
      plan = planImport(draft, file.value, mode);
      removedHosts = Object.keys(draft.sites).filter((host) => !(host in plan.next.sites));
      Object.assign(draft, plan.next);
    });
    if (!saved.ok) return saved;
    // A replace that drops a site drops what Pith learned there too, as "Remove site" does.
    for (const host of removedHosts) await memory.forget(host);
    return ok(plan);
  },
  'health/get': async () => ok(await healthAfterWrites()),
  'site/add-rule': async ({ host, rule }) => {
    const line = rule.trim();
    if (!host) return fail('no-tab', 'Pith has no site to add the rule to.');
    if (line === '' || /[\r\n]/.test(line)) return fail('invalid-rules', 'Write one rule on one line.');
    const invalid = firstRuleError(line);
    if (invalid) return fail('invalid-rules', invalid);
    const saved = await store.update((draft) => {
      const site = draft.sites[host] ?? {};
      const lines = (site.userRules ?? '').split('\n').filter((l) => l.trim() !== '');
      if (!lines.includes(line)) lines.push(line);
      draft.sites[host] = { ...site, userRules: lines.join('\n') };
    });
    return saved.ok ? ok(siteOrDefault(saved.value, host)) : saved;
  },
  'site/keep': async ({ tabId, block }) => {
    const tab = await findTab(tabId);
    return tab.ok ? keepIn(tab.value, block) : tab;
  },
  'picker/start': async ({ tabId }) => {
    const tab = await findTab(tabId);
    return tab.ok ? startPickerIn(tab.value) : tab;
  },
  'memory/make-rule': (req) => makeRule(req),
  'memory/remember': ({ url, prints }) => rememberPage(url, prints),
  'memory/template': ({ url }) => templateForPage(url),
  'memory/list': async () => ok(await memory.list()),
  'memory/forget': ({ host }) => memory.forget(host),
  'settings/site-memory': ({ on }) =>
    store.update((draft) => {
      // On is the default: stored only when off, so settings stay as small as before.
      if (on) delete draft.siteMemory;
      else draft.siteMemory = false;
    }),
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

/** The first parse error in a rule list, as a sentence with its line and column; null when the list is valid. */
function firstRuleError(text: string): string | null {
  const { errors } = parseRules(text, 'user');
  const first = errors[0];
  return first ? `Line ${first.line}, column ${first.column}: ${first.message}.` : null;
}
