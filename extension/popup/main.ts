/**
 * Minimal popup: the page's actions and the two per-site switches, with one status line.
 * `?tab=<id>` targets a given tab (the popup opened as a page, as the e2e tests do); otherwise the active tab.
 */
import browser from 'webextension-polyfill';
import { originPatterns } from '../shared/clean-options';
import { copyConfirmation } from '../shared/copy-format';
import type { CopyFormat, Result } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isOn } from '../shared/storage';

function $<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`popup.html lacks #${id}`);
  return el as T;
}

const status = $<HTMLParagraphElement>('status');
const clear = $<HTMLButtonElement>('clear-status');
const cleanSite = $<HTMLInputElement>('clean-site');
const autoClean = $<HTMLInputElement>('auto-clean');
const tabParam = new URLSearchParams(location.search).get('tab');
const tabId = tabParam ? Number(tabParam) : undefined;
let host = '';

function say(text: string, kind: 'ok' | 'error' | '' = ''): void {
  status.textContent = text;
  status.className = kind;
  clear.hidden = text === '';
}

function showError(result: Result<unknown>): boolean {
  if (result.ok) return false;
  say(result.error.message, 'error');
  return true;
}

clear.addEventListener('click', () => say(''));

async function load(): Promise<void> {
  const report = await sendToBackground('page/report', { tabId });
  const summary = $<HTMLParagraphElement>('summary');
  if (!report.ok) {
    summary.textContent = '';
    showError(report);
    for (const el of document.querySelectorAll<HTMLButtonElement | HTMLInputElement>(
      'button:not(.link), input',
    )) {
      el.disabled = report.error.code === 'restricted-page';
    }
    return;
  }
  host = report.value.host;
  $('host').textContent = host;
  const { result, settings } = report.value;
  const words = result.text.split(/\s+/).filter(Boolean).length;
  summary.textContent = result.isArticle
    ? `${result.title} — ${words.toLocaleString('en')} words, ${result.removed.length} blocks cut.`
    : 'No article found; the reader shows the cleaned page.';
  cleanSite.checked = isOn(settings.builtinRules);
  autoClean.checked = settings.autoClean === true;
}

$('open-reader').addEventListener('click', async () => {
  const opened = await sendToBackground('reader/open', { tabId });
  if (!showError(opened)) window.close();
});

const COPY_BUTTONS: [string, CopyFormat][] = [
  ['copy-text', 'text'],
  ['copy-markdown', 'markdown'],
  ['copy-with-link', 'with-link'],
];
for (const [id, format] of COPY_BUTTONS) {
  $(id).addEventListener('click', async () => {
    const prepared = await sendToBackground('copy/prepare', { tabId, format });
    if (showError(prepared)) return;
    if (!prepared.ok) return;
    try {
      await navigator.clipboard.writeText(prepared.value.text);
      say(copyConfirmation(format, prepared.value.text.length), 'ok');
    } catch (error) {
      say(
        `Pith could not write to the clipboard (${error instanceof Error ? error.message : String(error)}).`,
        'error',
      );
    }
  });
}

cleanSite.addEventListener('change', async () => {
  const saved = await sendToBackground('site/update', { host, patch: { builtinRules: cleanSite.checked } });
  if (showError(saved)) cleanSite.checked = !cleanSite.checked;
  else
    say(
      cleanSite.checked
        ? `Pith cleans ${host} with its built-in rules.`
        : `Built-in rules are off on ${host}.`,
      'ok',
    );
});

autoClean.addEventListener('change', async () => {
  const on = autoClean.checked;
  // Ask first, inside the click: the browser only shows the permission prompt for a user gesture.
  const granted = on
    ? await browser.permissions.request({ origins: originPatterns(host) }).catch(() => false)
    : true;
  if (!granted) {
    autoClean.checked = false;
    say(`Auto-clean needs access to ${host}; the browser did not grant it.`, 'error');
    return;
  }
  const saved = await sendToBackground('site/update', { host, patch: { autoClean: on } });
  if (showError(saved)) autoClean.checked = !on;
  else say(on ? `The reader view opens by itself on ${host}.` : `Auto-clean is off for ${host}.`, 'ok');
});

void load();
