/**
 * Everything set for each site, each part editable and removable: the built-in rules and auto-clean switches,
 * the rules switched off there (by name, each with "Turn back on"), the blocks kept by an exception, and the
 * site's own rules in an editor with live errors.
 */
import browser from 'webextension-polyfill';
import { parseRules } from '../../src/rules/parse';
import { originPatterns } from '../shared/clean-options';
import { h } from '../shared/h';
import type { Result, SiteMemorySummary } from '../shared/messages';
import { sendToBackground } from '../shared/send';
import { isOn } from '../shared/storage';
import type { SiteSettings, StoredSettings } from '../shared/storage';
import { countsFor, mayBeStale } from '../shared/rule-health';
import type { RuleHealth, Visit } from '../shared/rule-health';
import { siteMemorySection } from './memory-view';
import { ruleName } from './rule-names';
import { rulesEditor } from './rules-editor';

export interface SitesViewHooks {
  /** Called after every change that went through, so the page redraws from the stored settings. */
  refresh(): Promise<void>;
  say(text: string, kind: 'ok' | 'error'): void;
}

/**
 * Sends the value itself, never `undefined` for "back to default": Chromium's messages are JSON, which drops an
 * `undefined` field, so such a patch arrived empty and changed nothing. The store drops default values itself.
 */
async function patch(
  host: string,
  change: Partial<SiteSettings>,
  hooks: SitesViewHooks,
): Promise<string | null> {
  const saved: Result<unknown> = await sendToBackground('site/update', { host, patch: change });
  if (!saved.ok) {
    hooks.say(saved.error.message, 'error');
    await hooks.refresh();
    return saved.error.message;
  }
  await hooks.refresh();
  return null;
}

function switchRow(label: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h('input', { type: 'checkbox' });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return h('label', { className: 'switch' }, input, ` ${label}`);
}

/** Each of the site's own removal rules with what it removed on recent visits, flagged when it matched nothing. */
function ruleHealthList(
  rules: ReturnType<typeof parseRules>['rules'],
  visits: readonly Visit[],
): HTMLElement | null {
  const hiding = rules.filter((rule) => !rule.exception);
  if (hiding.length === 0 || visits.length === 0) return null;
  return h(
    'ul',
    { className: 'rule-health' },
    hiding.map((rule) => {
      const stale = mayBeStale(visits, rule.id);
      return h(
        'li',
        { 'data-rule': rule.id, className: stale ? 'stale' : '' },
        h('code', {}, rule.source),
        h(
          'span',
          { className: 'muted' },
          ` removed ${countsFor(visits, rule.id).join(' · ')} on the last ${visits.length} visits`,
        ),
        stale ? h('strong', { className: 'stale-note' }, ' may be stale: the site changed?') : null,
      );
    }),
  );
}

/** The start of the kept block's text, as "Keep this" stored it; page text, so inserted as text. */
function keptSample(text: string | undefined): HTMLElement | null {
  return text ? h('q', { className: 'kept-text' }, text) : null;
}

function siteCard(
  host: string,
  site: SiteSettings,
  settings: StoredSettings,
  visits: readonly Visit[],
  memory: SiteMemorySummary | undefined,
  hooks: SitesViewHooks,
): HTMLElement {
  const own = parseRules(site.userRules ?? '', 'user').rules;
  const exceptions = own.filter((rule) => rule.exception);
  const disabled = site.disabledRuleIds ?? [];
  const userText = `${settings.globalRules}\n${site.userRules ?? ''}`;

  const autoClean = async (on: boolean): Promise<void> => {
    // Only a click may ask for host access, so ask here, before the message.
    if (on && !(await browser.permissions.request({ origins: originPatterns(host) }).catch(() => false))) {
      hooks.say(`Auto-clean needs access to ${host}; nothing was changed.`, 'error');
      await hooks.refresh();
      return;
    }
    await patch(host, { autoClean: on }, hooks);
  };

  const editor = rulesEditor({
    id: `rules-${host}`,
    label: `Your rules for ${host}`,
    value: site.userRules ?? '',
    rows: Math.min(8, Math.max(3, own.length + 1)),
    onSave: (text) => patch(host, { userRules: text }, hooks),
  });

  return h(
    'article',
    { className: 'site', 'data-host': host },
    h(
      'header',
      {},
      h('h3', {}, host),
      h(
        'button',
        {
          type: 'button',
          className: 'remove',
          'aria-label': `Remove all settings for ${host}`,
          title: `Remove all settings for ${host}, and forget what Pith learned there`,
          onclick: async () => {
            const removed = await sendToBackground('site/remove', { host });
            if (!removed.ok) hooks.say(removed.error.message, 'error');
            await hooks.refresh();
          },
        },
        'Remove site',
      ),
    ),
    switchRow('Clean with the built-in rules', isOn(site.builtinRules), (on) => {
      void patch(host, { builtinRules: on }, hooks);
    }),
    switchRow(
      'Auto-clean: open the reader view by itself',
      site.autoClean === true,
      (on) => void autoClean(on),
    ),
    h('h4', {}, `Switched off here (${disabled.length})`),
    disabled.length === 0
      ? h('p', { className: 'muted' }, 'No rule is switched off on this site.')
      : h(
          'ul',
          { className: 'disabled-rules' },
          disabled.map((id) => {
            const name = ruleName(id, userText);
            // A kept learned block: say which, by the selector the memory has for it.
            const learned = memory?.blocks.find((b) => `memory:${b.print}` === id);
            if (learned?.selector) name.detail = `site memory: ${learned.selector}`;
            return h(
              'li',
              { 'data-rule': id },
              h('strong', {}, name.reason),
              h('span', { className: 'muted' }, ` ${name.detail}`),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => {
                    const left = disabled.filter((other) => other !== id);
                    void patch(host, { disabledRuleIds: left }, hooks);
                  },
                },
                'Turn back on',
              ),
            );
          }),
        ),
    h('h4', {}, `Kept blocks (${exceptions.length})`),
    exceptions.length === 0
      ? h('p', { className: 'muted' }, 'No exception: nothing is protected from cleaning here.')
      : h(
          'ul',
          { className: 'exceptions' },
          exceptions.map((rule) =>
            h(
              'li',
              {},
              h('span', {}, 'Keeps '),
              h('code', {}, rule.selectorText),
              keptSample(site.keptText?.[rule.source]),
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  onclick: () => {
                    const lines = (site.userRules ?? '')
                      .split('\n')
                      .filter((line) => line.trim() !== rule.source);
                    const text = lines.join('\n');
                    void patch(host, { userRules: text }, hooks);
                  },
                },
                'Remove',
              ),
            ),
          ),
        ),
    h('h4', {}, 'Own rules'),
    ruleHealthList(own, visits),
    editor.element,
    siteMemorySection(host, site, settings, memory, hooks),
  );
}

export function renderSites(
  container: HTMLElement,
  settings: StoredSettings,
  health: RuleHealth,
  hooks: SitesViewHooks,
  /** What Pith learned per site: a site with a memory and no settings is listed too. */
  memories: readonly SiteMemorySummary[] = [],
): void {
  const byHost = new Map(memories.map((m) => [m.host, m]));
  const hosts = [...new Set([...Object.keys(settings.sites), ...byHost.keys()])].sort((a, b) =>
    a.localeCompare(b),
  );
  container.replaceChildren(
    ...(hosts.length === 0
      ? [h('p', { className: 'muted', id: 'no-sites' }, 'No per-site settings yet: the popup adds them.')]
      : hosts.map((host) =>
          siteCard(
            host,
            settings.sites[host] ?? {},
            settings,
            health.sites[host] ?? [],
            byHost.get(host),
            hooks,
          ),
        )),
  );
}
