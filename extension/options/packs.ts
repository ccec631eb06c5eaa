/**
 * The built-in packs as the options page lists them: a switch, the name, what they remove (the file's header),
 * the rule count. A switch turns the pack off on every site (`StoredSettings.disabledPacks`, written by the
 * background); the engine then runs none of its rules, and the popup offers no switch for them.
 */
import { BUILTIN_PACKS } from '../../src/rules/builtin-packs.generated';
import { parseRules } from '../../src/rules/parse';
import { h } from '../shared/h';
import { sendToBackground } from '../shared/send';
import type { StoredSettings } from '../shared/storage';
import type { SitesViewHooks } from './sites-view';

export interface PackSummary {
  name: string;
  description: string;
  rules: number;
}

export function packSummaries(): PackSummary[] {
  return Object.entries(BUILTIN_PACKS).map(([name, text]) => {
    const header: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('!') || /^!\s*reason\s*:/i.test(line)) break;
      header.push(line.replace(/^!\s?/, ''));
    }
    return { name, description: header.join(' ').trim(), rules: parseRules(text, name).rules.length };
  });
}

const SUMMARIES = packSummaries();

async function setPack(pack: string, on: boolean, hooks: SitesViewHooks): Promise<void> {
  const saved = await sendToBackground('settings/pack', { pack, on });
  if (!saved.ok) hooks.say(saved.error.message, 'error');
  else hooks.say(`The ${pack} pack is ${on ? 'on' : 'off'} on every site.`, 'ok');
  await hooks.refresh();
}

/** One row per pack, its switch showing the stored state. */
export function renderPacks(body: HTMLElement, settings: StoredSettings, hooks: SitesViewHooks): void {
  const off = new Set(settings.disabledPacks ?? []);
  body.replaceChildren(
    ...SUMMARIES.map((pack) => {
      const input = h('input', { type: 'checkbox', 'aria-label': `Use the ${pack.name} pack on every site` });
      input.checked = !off.has(pack.name);
      input.addEventListener('change', () => void setPack(pack.name, input.checked, hooks));
      return h(
        'tr',
        { 'data-pack': pack.name, className: off.has(pack.name) ? 'pack-off' : '' },
        h('td', {}, h('label', { className: 'switch' }, input, off.has(pack.name) ? ' Off' : ' On')),
        h('td', {}, h('code', {}, pack.name)),
        h('td', {}, pack.description),
        h('td', { className: 'num' }, String(pack.rules)),
      );
    }),
  );
}
