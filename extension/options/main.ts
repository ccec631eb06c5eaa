/**
 * The options page: the user's global rules, the built-in packs, everything set per site, export and import.
 * It reads and writes only through the background's messages: the background is the one settings writer.
 */
import browser from 'webextension-polyfill';
import { sendToBackground } from '../shared/send';
import { emptyHealth } from '../shared/rule-health';
import type { RuleHealth } from '../shared/rule-health';
import { exportSettings, isSettingsChange } from '../shared/storage';
import type { StoredSettings } from '../shared/storage';
import type { SiteMemorySummary } from '../shared/messages';
import { importView } from './import-view';
import { renderMemoryGlobal } from './memory-view';
import { renderPacks } from './packs';
import { rulesEditor } from './rules-editor';
import { renderSites } from './sites-view';

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`options page lacks #${id}`);
  return el as T;
}

function say(text: string, kind: 'ok' | 'error'): void {
  const el = $('backup-status');
  el.textContent = text;
  el.className = kind;
}

const globalEditor = rulesEditor({
  id: 'global-rules',
  label: 'Your rules for every site',
  value: '',
  rows: 10,
  async onSave(text) {
    const saved = await sendToBackground('settings/global-rules', { text });
    return saved.ok ? null : saved.error.message;
  },
});
$('global-rules-editor').replaceChildren(globalEditor.element);

const hooks = { refresh, say };
const imports = importView($('import-preview'), hooks);

async function refresh(): Promise<void> {
  const [loaded, health, memories] = await Promise.all([
    sendToBackground('settings/get', {}),
    sendToBackground('health/get', {}),
    sendToBackground('memory/list', {}),
  ]);
  if (!loaded.ok) return say(loaded.error.message, 'error');
  draw(loaded.value, health.ok ? health.value : emptyHealth(), memories.ok ? memories.value : []);
  void showWhereKept();
}

/** A visible note when the settings are not synced (too large for browser sync, or sync refused a write). */
async function showWhereKept(): Promise<void> {
  const where = await sendToBackground('settings/location', {});
  const note = $('storage-note');
  note.hidden = !where.ok || where.value.area === 'sync';
  note.textContent = where.ok && where.value.area === 'local' ? where.value.reason : '';
}

function draw(settings: StoredSettings, health: RuleHealth, memories: SiteMemorySummary[]): void {
  // Never overwrite what the user is typing: their edit wins until they save it.
  if (document.activeElement !== globalEditor.textarea) {
    globalEditor.textarea.value = settings.globalRules;
    globalEditor.check();
  }
  renderMemoryGlobal($('memory-global'), settings, memories, hooks);
  renderPacks($('packs'), settings, hooks);
  if (!document.activeElement?.closest('#sites textarea'))
    renderSites($('sites'), settings, health, hooks, memories);
}

$('export').addEventListener('click', async () => {
  const loaded = await sendToBackground('settings/get', {});
  if (!loaded.ok) return say(loaded.error.message, 'error');
  const url = URL.createObjectURL(new Blob([exportSettings(loaded.value)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'pith-settings.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  say('Exported to pith-settings.json.', 'ok');
});

$<HTMLInputElement>('import').addEventListener('change', async (event) => {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) await imports.preview(await file.text(), file.name);
});

$('import-paste').addEventListener('click', async () => {
  const text = $<HTMLTextAreaElement>('import-text').value;
  if (text.trim() === '') return say('Paste a filter list or a Pith export first.', 'error');
  await imports.preview(text, 'pasted text');
});

browser.storage.onChanged.addListener((changes) => {
  // Settings, or the site memory (`memory:<host>`, `memoryIndex`) as pages are read in other tabs.
  if (isSettingsChange(changes) || Object.keys(changes).some((key) => key.startsWith('memory')))
    void refresh();
});

void refresh();
