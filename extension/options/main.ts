/** Options: global rules (checked by the engine's own parser before saving), per-site list, export/import. */
import browser from 'webextension-polyfill';
import { parseRules } from '../../src/rules/parse';
import { exportSettings, isOn, parseSettingsExport, SettingsStore } from '../shared/storage';
import type { StoredSettings } from '../shared/storage';

const store = new SettingsStore(browser.storage.local);

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options.html lacks #${id}`);
  return el as T;
}

function say(id: string, text: string, kind: 'ok' | 'error'): void {
  const el = $(id);
  el.textContent = text;
  el.className = kind;
}

const rulesBox = $<HTMLTextAreaElement>('global-rules');

/** Shows the parser's errors under the box; returns whether the text is valid. */
function checkRules(): boolean {
  const { errors } = parseRules(rulesBox.value, 'user');
  const list = $<HTMLUListElement>('rule-errors');
  list.replaceChildren(
    ...errors.map((e) => {
      const li = document.createElement('li');
      li.textContent = `Line ${e.line}, column ${e.column}: ${e.message} — ${e.source}`;
      return li;
    }),
  );
  rulesBox.setAttribute('aria-invalid', String(errors.length > 0));
  return errors.length === 0;
}

function renderSites(settings: StoredSettings): void {
  const rows = Object.entries(settings.sites)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([host, site]) => {
      const tr = document.createElement('tr');
      const cells = [host, isOn(site.builtinRules) ? 'on' : 'off', site.autoClean ? 'on' : 'off'];
      const own = (site.userRules ?? '').split('\n').filter((l) => l.trim()).length;
      cells.push(own ? `${own} rule${own === 1 ? '' : 's'}` : '—');
      for (const text of cells) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      const del = document.createElement('button');
      del.type = 'button';
      del.textContent = 'Delete';
      del.setAttribute('aria-label', `Delete the settings for ${host}`);
      del.addEventListener('click', async () => {
        const saved = await store.update((draft) => {
          delete draft.sites[host];
        });
        if (saved.ok) renderSites(saved.value);
        else say('backup-status', saved.error.message, 'error');
      });
      const td = document.createElement('td');
      td.append(del);
      tr.append(td);
      return tr;
    });
  $('sites').replaceChildren(...rows);
  $('no-sites').hidden = rows.length > 0;
}

async function init(): Promise<void> {
  const loaded = await store.load();
  if (!loaded.ok) {
    say('rules-status', loaded.error.message, 'error');
    return;
  }
  rulesBox.value = loaded.value.globalRules;
  checkRules();
  renderSites(loaded.value);
}

rulesBox.addEventListener('input', () => checkRules());

$('save-rules').addEventListener('click', async () => {
  if (!checkRules()) {
    say('rules-status', 'Fix the errors above first; nothing was saved.', 'error');
    return;
  }
  const saved = await store.update((draft) => {
    draft.globalRules = rulesBox.value;
  });
  if (saved.ok) say('rules-status', 'Saved.', 'ok');
  else say('rules-status', saved.error.message, 'error');
});

$('export').addEventListener('click', async () => {
  const loaded = await store.load();
  if (!loaded.ok) return say('backup-status', loaded.error.message, 'error');
  const url = URL.createObjectURL(new Blob([exportSettings(loaded.value)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'pith-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say('backup-status', 'Exported to pith-settings.json.', 'ok');
});

$<HTMLInputElement>('import').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const parsed = parseSettingsExport(await file.text());
  if (!parsed.ok) return say('backup-status', `${parsed.error.message} Nothing was changed.`, 'error');
  const saved = await store.update((draft) => Object.assign(draft, parsed.value));
  if (!saved.ok) return say('backup-status', saved.error.message, 'error');
  rulesBox.value = saved.value.globalRules;
  checkRules();
  renderSites(saved.value);
  say(
    'backup-status',
    `Imported ${Object.keys(saved.value.sites).length} site settings and your rules.`,
    'ok',
  );
});

browser.storage.onChanged.addListener((changes, area) => store.onChanged(changes, area));

void init();
