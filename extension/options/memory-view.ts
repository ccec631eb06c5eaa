/**
 * The rules manager's view of the site memory: the global switch, and per site what Pith learned there (the
 * blocks that repeat on its pages, each with its selector, page count and last sighting), its own switch, "Make
 * this a rule" for each block and "Forget what Pith learned here". Only hashes and selectors are stored: there is
 * no page text to show.
 */
import { h } from '../shared/h';
import type { SiteMemorySummary } from '../shared/messages';
import { ruleNameFrom } from '../shared/named-rule';
import { sendToBackground } from '../shared/send';
import { isOn } from '../shared/storage';
import type { SiteSettings, StoredSettings } from '../shared/storage';

export interface MemoryViewHooks {
  refresh(): Promise<void>;
  say(text: string, kind: 'ok' | 'error'): void;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function when(ms: number): string {
  return new Date(ms).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
}

async function report(
  reply: Promise<{ ok: true } | { ok: false; error: { message: string } }>,
  done: string,
  hooks: MemoryViewHooks,
): Promise<void> {
  const result = await reply;
  if (result.ok) hooks.say(done, 'ok');
  else hooks.say(result.error.message, 'error');
  await hooks.refresh();
}

/** The global switch and "Forget everything", for the page's Site memory section. */
export function renderMemoryGlobal(
  container: HTMLElement,
  settings: StoredSettings,
  memories: readonly SiteMemorySummary[],
  hooks: MemoryViewHooks,
): void {
  const on = isOn(settings.siteMemory);
  const input = h('input', { type: 'checkbox', id: 'site-memory-global' });
  input.checked = on;
  input.addEventListener('change', () => {
    void report(
      sendToBackground('settings/site-memory', { on: input.checked }),
      input.checked
        ? 'Site memory is on: Pith learns each site’s template from the pages you read there.'
        : 'Site memory is off on every site: Pith neither learns nor cuts repeating blocks.',
      hooks,
    );
  });
  const pages = memories.reduce((sum, m) => sum + m.pages, 0);
  const bytes = memories.reduce((sum, m) => sum + m.bytes, 0);
  container.replaceChildren(
    h('label', { className: 'switch' }, input, ' Learn each site’s template from the pages I read there'),
    h(
      'p',
      { className: 'muted', id: 'memory-total' },
      memories.length === 0
        ? 'Nothing learned yet.'
        : `${plural(memories.length, 'site')}, ${plural(pages, 'page')} remembered, ${Math.ceil(bytes / 1024)} KB on this computer.`,
    ),
    h(
      'button',
      {
        type: 'button',
        id: 'forget-all',
        disabled: memories.length === 0,
        title: memories.length === 0 ? 'Pith has learned nothing yet.' : null,
        onclick: () => {
          void report(
            sendToBackground('memory/forget', {}),
            'Pith forgot what it learned on every site.',
            hooks,
          );
        },
      },
      'Forget what Pith learned on every site',
    ),
  );
}

/** One site's memory, for its card in the sites list. */
export function siteMemorySection(
  host: string,
  site: SiteSettings,
  settings: StoredSettings,
  memory: SiteMemorySummary | undefined,
  hooks: MemoryViewHooks,
): HTMLElement {
  const globalOn = isOn(settings.siteMemory);
  const blocks = memory?.blocks ?? [];
  const pages = memory?.pages ?? 0;
  /** Learned blocks "Keep this" switched off on the site (their ids in `disabledRuleIds`). */
  const kept = new Set(site.disabledRuleIds ?? []);
  const input = h('input', { type: 'checkbox', className: 'site-memory' });
  input.checked = isOn(site.memory);
  input.disabled = !globalOn;
  input.addEventListener('change', () => {
    void report(
      sendToBackground('site/update', { host, patch: { memory: input.checked } }),
      input.checked ? `Pith learns ${host}'s template.` : `Site memory is off on ${host}.`,
      hooks,
    );
  });
  return h(
    'section',
    { className: 'memory', 'data-host': host },
    h(
      'h4',
      {},
      `Site memory: ${plural(blocks.length, 'template block')} learned from ${plural(pages, 'page')}`,
    ),
    h(
      'label',
      {
        className: 'switch',
        title: globalOn ? null : 'Site memory is off for every site (the switch under "Site memory" above).',
      },
      input,
      ' Learn this site’s template',
    ),
    blocks.length === 0
      ? h(
          'p',
          { className: 'muted' },
          pages === 0
            ? 'Nothing learned here yet.'
            : 'No block repeats on enough pages yet: Pith cuts a block once it has seen it on 3 pages.',
        )
      : h(
          'ul',
          { className: 'learned' },
          blocks.map((block) =>
            h(
              'li',
              { 'data-print': block.print },
              block.selector
                ? h('code', {}, block.selector)
                : h('span', { className: 'muted' }, '(no selector)'),
              h(
                'span',
                { className: 'muted' },
                ` on ${plural(block.pages, 'page')}, last seen ${when(block.lastSeen)}`,
              ),
              kept.has(`memory:${block.print}`)
                ? h('strong', { className: 'kept-learned' }, ' · kept: not cut here')
                : null,
              ' ',
              h(
                'button',
                {
                  type: 'button',
                  className: 'make-rule',
                  disabled: block.selector === '',
                  title:
                    block.selector === ''
                      ? 'Pith found no stable selector for this block: use "Make this a rule" in the popup on a page where it appears.'
                      : `Add ${host}##${block.selector} to this site's rules`,
                  onclick: () => {
                    const name = ruleNameFrom(`Site template: ${block.selector}`, 'Site template block');
                    void report(
                      sendToBackground('memory/make-rule', { host, print: block.print, name }),
                      `Rule "${name}" added to ${host}.`,
                      hooks,
                    );
                  },
                },
                'Make this a rule',
              ),
            ),
          ),
        ),
    h(
      'button',
      {
        type: 'button',
        className: 'forget',
        disabled: pages === 0,
        title: pages === 0 ? 'Pith has learned nothing on this site.' : null,
        onclick: () => {
          void report(
            sendToBackground('memory/forget', { host }),
            `Pith forgot what it learned on ${host}.`,
            hooks,
          );
        },
      },
      'Forget what Pith learned here',
    ),
  );
}
