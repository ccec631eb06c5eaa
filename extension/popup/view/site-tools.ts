/**
 * The popup's ways into the site's own rules: "Remove something on this page…" (the element picker, the same
 * `picker/start` as the context menu; the popup closes so the page can be pointed at), and the site rules that
 * removed nothing on the last visits ("may be stale: the site changed?"), as the rules manager flags them.
 */
import browser from 'webextension-polyfill';
import { fill, h } from '../../shared/h';
import type { PageReport, Result } from '../../shared/messages';
import { STALE_AFTER, staleSiteRules } from '../../shared/rule-health';
import type { RuleHealth } from '../../shared/rule-health';

/** Starts the picker in the tab; closes the popup when it started, or says why not. */
export async function startPicking(
  start: () => Promise<Result<null>>,
  say: (text: string) => void,
): Promise<void> {
  const started = await start();
  if (started.ok) window.close();
  else say(started.error.message);
}

/** Draws the stale rules (hidden when none), with a way to the rules manager. */
export function renderStaleRules(container: HTMLElement, host: string, stale: readonly string[]): void {
  container.hidden = stale.length === 0;
  if (stale.length === 0) return fill(container);
  fill(
    container,
    h(
      'p',
      { className: 'stale-note' },
      h('strong', {}, 'May be stale: the site changed? '),
      stale.length === 1
        ? `This rule of yours for ${host} removed nothing on the last ${STALE_AFTER} visits.`
        : `${stale.length} rules of yours for ${host} removed nothing on the last ${STALE_AFTER} visits.`,
    ),
    h(
      'ul',
      { className: 'stale-rules' },
      stale.map((source) => h('li', {}, h('code', {}, source))),
    ),
    h(
      'button',
      { type: 'button', className: 'link', onclick: () => void browser.runtime.openOptionsPage() },
      'Edit in Pith settings',
    ),
  );
}

/** Reads the rule-health log and draws this site's stale rules for `report`. */
export async function showStaleRules(
  container: HTMLElement,
  report: PageReport,
  health: () => Promise<Result<RuleHealth>>,
): Promise<void> {
  const log = await health();
  const visits = log.ok ? (log.value.sites[report.host] ?? []) : [];
  renderStaleRules(container, report.host, staleSiteRules(report.settings.userRules ?? '', visits));
}
