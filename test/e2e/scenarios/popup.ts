/**
 * The popup's page view in a real browser: both sides, highlighted cuts with reasons, a rule switched off and
 * back (undo), "Keep this" surviving a reload, copy read back from the clipboard, and each non-page state.
 */
import { expect } from 'vitest';
import type { SiteSettings, StoredSettings } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import type { PageHandle } from '../driver';
import { engineResult, expectOk } from './context';
import type { ScenarioContext } from './context';

export const POPUP_ARTICLE = '/e2e/popup-article.html';
const HOST = '127.0.0.1';

async function openPopup(ctx: ScenarioContext, tabId: number | string): Promise<PageHandle> {
  const popup = await ctx.driver.openExtensionPage(`extension/popup/index.html?tab=${tabId}`);
  await popup.waitFor(() => document.body.dataset.state !== 'loading', null);
  return popup;
}

/** `waitFor`, but a timeout says what the popup's status line and state were. */
async function waitFor<A>(popup: PageHandle, fn: (arg: A) => boolean, arg: A, what: string): Promise<void> {
  try {
    await popup.waitFor(fn, arg);
  } catch (error) {
    const seen = await popup.evaluate(
      () => `state=${document.body.dataset.state} status="${document.getElementById('status')?.textContent}"`,
      null,
    );
    throw new Error(`popup never showed ${what} (${seen})`, { cause: error });
  }
}

const text = (popup: PageHandle, selector: string) =>
  popup.evaluate((sel) => document.querySelector(sel)?.textContent ?? '', selector);

async function resetSite(ctx: ScenarioContext): Promise<void> {
  await expectOk(
    callBackground(ctx.driver, 'site/update', { host: HOST, patch: { userRules: '', disabledRuleIds: [] } }),
  );
}

/** Returns the measured time from script start to the first painted clean text, in ms. */
export async function popupShowsCutsAndSwitches(ctx: ScenarioContext): Promise<number> {
  const { driver, server } = ctx;
  await resetSite(ctx);
  const page = await driver.openPage(server.url(POPUP_ARTICLE));
  const tabId = await page.tabId();
  const expected = engineResult(POPUP_ARTICLE, page.url);
  let popup = await openPopup(ctx, tabId);
  try {
    expect(await popup.evaluate(() => document.body.dataset.state, null)).toBe('ready');
    await popup.waitFor(() => document.body.dataset.renderMs !== undefined, null);
    const renderMs = Number(await popup.evaluate(() => document.body.dataset.renderMs, null));
    expect(renderMs).toBeGreaterThan(0);

    // Header: title, host, word counts and cuts from the same engine result.
    expect(await text(popup, '#page-title')).toBe(expected.title);
    expect(await text(popup, '#host')).toBe(HOST);
    const byReadability = expected.removed.filter((b) => b.ruleId.startsWith('readability:')).length;
    expect(await text(popup, '#summary')).toBe(
      `${expected.stats.wordsBefore} → ${expected.stats.wordsAfter} words · ` +
        `${expected.removed.length - byReadability} blocks cut by Pith, ${byReadability} left out by Readability`,
    );

    // Right: the clean text. Left: the original with every cut highlighted, labelled, rule id in the tooltip.
    const clean = await text(popup, '#clean');
    expect(clean).toContain('Harold Mensah');
    expect(clean).not.toContain('oldest tenant');
    const cuts = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('#compare .row.cut')].map((row) => ({
          rule: row.dataset.rule ?? '',
          label: row.querySelector('.cut-label')?.textContent ?? '',
          text: row.querySelector('del')?.textContent ?? '',
          title: row.title,
          keep: row.querySelector('button.keep') !== null,
          keepAll: row.querySelector('button.keep-all') !== null,
        })),
      null,
    );
    expect(cuts.map((c) => c.rule).sort()).toEqual(expected.removed.map((b) => b.ruleId).sort());
    const share = cuts.find((c) => c.rule.startsWith('share:'));
    expect(share).toMatchObject({ label: 'Share buttons', keep: true });
    expect(share?.text).toContain('oldest tenant');
    expect(share?.title).toMatch(/by share:[0-9a-z]+$/);
    const header = cuts.find((c) => c.rule === 'readability:header');
    // Readability's cuts have no rule to switch off, but each can still be kept.
    expect(header).toMatchObject({ keep: true, keepAll: false });
    expect(
      await popup.evaluate(() => document.querySelectorAll('#compare details.group').length, null),
    ).toBeGreaterThan(0);
    // Kept text stands unmarked in the original column.
    expect(
      await popup.evaluate(() => document.querySelectorAll('#compare .row.kept').length, null),
    ).toBeGreaterThanOrEqual(5);

    // Copy, read back.
    await popup.click('#copy-text');
    await popup.waitFor(() => /^Copied /.test(document.getElementById('status')?.textContent ?? ''), null);
    expect(await driver.readClipboard()).toBe(expected.text);

    // "Show" in the rules list jumps to the rule's cut in the original and focuses it.
    await popup.click('li.rule[data-reason="Share buttons"] button.show');
    await popup.waitFor(
      () => document.activeElement?.matches('#compare .row.cut[data-rule^="share:"]') ?? false,
      null,
    );

    // A reason switched off for the site (every rule with it): the ad label comes back; Undo puts it away again.
    const promo = expected.firedRules.find((r) => r.reason === 'Advertisement label');
    expect(promo).toBeDefined();
    const promoId = promo?.ruleId ?? '';
    await popup.click('input.rule-toggle[data-reason="Advertisement label"]');
    await waitFor(
      popup,
      () => [...document.querySelectorAll('#clean p')].some((p) => p.textContent === 'Advertisement'),
      null,
      'the ad label back in the clean text',
    );
    expect(
      (await expectOk<SiteSettings>(callBackground(driver, 'site/get', { host: HOST }))).disabledRuleIds,
    ).toContain(promoId);
    expect(
      await popup.evaluate((id) => document.querySelector(`#compare [data-rule="${id}"]`) === null, promoId),
    ).toBe(true);
    await popup.click('#undo');
    await popup.waitFor(() => /^Undone/.test(document.getElementById('status')?.textContent ?? ''), null);
    expect(
      await popup.evaluate(
        () => [...document.querySelectorAll('#clean p')].some((p) => p.textContent === 'Advertisement'),
        null,
      ),
    ).toBe(false);

    // "Keep this": an exception for the site; the block is back, and stays back after a reload.
    await popup.click('#compare .row.cut[data-rule^="share:"] button.keep');
    await popup.waitFor(
      (needle) => (document.getElementById('clean')?.textContent ?? '').includes(needle),
      'oldest tenant',
    );
    expect(await text(popup, '#status')).toMatch(/^Kept "Share buttons"/);
    // Written from the block itself (its class), not its place, with its text beside it for the manager.
    const rule = `${HOST}#@#div.share-buttons`;
    const stored = await expectOk<StoredSettings>(callBackground(driver, 'settings/get', {}));
    expect(stored.sites[HOST]?.userRules).toBe(rule);
    expect(stored.sites[HOST]?.keptText?.[rule]).toMatch(/^Gardeners on the new site share seeds, .*…$/);
    await popup.close();
    await page.reload();
    popup = await openPopup(ctx, tabId);
    expect(await text(popup, '#clean')).toContain('oldest tenant');
    expect(
      await popup.evaluate(() => document.querySelector('#compare [data-rule^="share:"]') === null, null),
    ).toBe(true);

    // "Keep this" on a block Readability left out: the engine puts it back where it stood in the page.
    expect(await text(popup, '#clean')).not.toContain('Gardens');
    await popup.evaluate(() => {
      for (const group of document.querySelectorAll<HTMLDetailsElement>('#compare details.group'))
        group.open = true;
    }, null);
    await popup.click('#compare .row.cut[data-rule="readability:header"] button.keep');
    await popup.waitFor(
      (needle) => (document.getElementById('clean')?.textContent ?? '').includes(needle),
      'Gardens',
    );
    expect(await text(popup, '#status')).toMatch(/^Kept "Page header"/);
    return renderMs;
  } finally {
    await popup.close();
    await page.close();
    await resetSite(ctx);
  }
}

/** `browserPageUrl`: a page no extension may script, one the driver can open (Firefox: about:blank). */
export async function popupStates(ctx: ScenarioContext, browserPageUrl = 'chrome://version/'): Promise<void> {
  const { driver, server } = ctx;
  // Not an article: says what "Clean anyway" and the reader view will do, then shows the whole page without
  // its header, navigation, footer and sign-up box (rules and page-chrome heuristics), its links kept.
  const page = await driver.openPage(server.url('/fixtures/nonarticle--site-index.html'));
  let popup = await openPopup(ctx, await page.tabId());
  try {
    expect(await popup.evaluate(() => document.body.dataset.state, null)).toBe('not-article');
    expect(await text(popup, '#notice')).toMatch(/does not look like an article/);
    expect(await text(popup, '#notice')).toMatch(/reader view opens on that same text/);
    await popup.click('#rules-only');
    await popup.waitFor(() => document.body.dataset.state === 'ready', null);
    expect(await text(popup, '#summary')).toMatch(/^Whole page · \d+ blocks of page chrome cut/);
    expect(await text(popup, '#notice')).toMatch(/"Open reader view" shows this same text/);
    const cleaned = await text(popup, '#clean');
    expect(cleaned).toContain('Old Town bridge reopens after two-year repair');
    for (const chrome of ['Opinion Sport Culture', 'The Morning Meridian', 'We value your privacy'])
      expect(cleaned).not.toContain(chrome);
  } finally {
    await popup.close();
    await page.close();
  }

  // A browser page: cannot be read, the actions are off, and the sentence says what to do.
  const browserPage = await driver.openPage(browserPageUrl);
  popup = await openPopup(ctx, await browserPage.tabId());
  try {
    expect(await popup.evaluate(() => document.body.dataset.state, null)).toBe('restricted');
    // One message, in the notice, saying which kind of page this is.
    expect(await text(popup, '#notice')).toMatch(/Pith can't read this page: .+ Try it on an article page\./);
    expect(await text(popup, '#status')).toBe('');
    expect(
      await popup.evaluate(() => (document.getElementById('copy-text') as HTMLButtonElement).disabled, null),
    ).toBe(true);
  } finally {
    await popup.close();
    await browserPage.close();
  }

  // A tab that is gone: an error with a way forward.
  popup = await openPopup(ctx, 987654);
  try {
    expect(await popup.evaluate(() => document.body.dataset.state, null)).toBe('error');
    expect(await text(popup, '#notice')).toMatch(/Pith could not find that tab/);
    expect(await text(popup, '#notice')).toMatch(/Reload the page and open Pith again/);
    expect(await popup.evaluate(() => document.getElementById('retry') !== null, null)).toBe(true);
  } finally {
    await popup.close();
  }
}
