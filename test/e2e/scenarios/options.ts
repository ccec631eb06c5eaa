/**
 * The options page (the rules manager): live rule errors and nothing invalid saved, a rule added there applies
 * to a page, everything set for a site shown by name and removable, import with a preview (merge, replace, a bad
 * file changing nothing), and two quick toggles that both persist.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { PageReport } from '../../../extension/shared/messages';
import type { StoredSettings } from '../../../extension/shared/storage';
import { exportSettings, normaliseSettings } from '../../../extension/shared/storage';
import { builtinRules } from '../../../src/rules/builtin';
import { callBackground } from '../driver';
import type { PageHandle } from '../driver';
import { ARTICLE_PATH, expectOk } from './context';
import type { ScenarioContext } from './context';

function text(selector: string): string {
  return document.querySelector(selector)?.textContent ?? '';
}

function typeInto({ selector, value }: { selector: string; value: string }): void {
  const box = document.querySelector(selector) as HTMLTextAreaElement;
  box.value = value;
  box.dispatchEvent(new Event('input'));
}

const settingsNow = (driver: ScenarioContext['driver']): Promise<StoredSettings> =>
  expectOk<StoredSettings>(callBackground(driver, 'settings/get', {}));

async function waitForStatus(options: PageHandle, pattern: RegExp): Promise<string> {
  await options.waitFor(
    (source) => new RegExp(source).test(document.getElementById('backup-status')?.textContent ?? ''),
    pattern.source,
  );
  return options.evaluate(text, '#backup-status');
}

export async function optionsPageWorks({ driver, server, resultsDir }: ScenarioContext) {
  const share = builtinRules().find((rule) => rule.source === '##.share-bar');
  expect(share).toBeDefined();
  await expectOk(
    callBackground(driver, 'site/update', {
      host: 'example.com',
      patch: {
        builtinRules: false,
        disabledRuleIds: [share?.id ?? '', 'heuristic:dateline'],
        userRules: 'example.com#@#.keep-me\nexample.com##.promo',
      },
    }),
  );
  const options = await driver.openExtensionPage('extension/options/index.html');
  try {
    await options.waitFor(() => document.querySelector('.site[data-host="example.com"]') !== null, null);
    // Switched-off rules by name, the exception readable.
    const card = await options.evaluate(text, '.site[data-host="example.com"]');
    expect(card).toContain('Share buttons');
    expect(card).toContain('share pack: ##.share-bar');
    expect(card).toMatch(/Keeps\s*\.keep-me/);
    expect(await options.evaluate(text, '#packs')).toMatch(/share.*Share bars and buttons/s);

    // A network filter: its line and column show as you type, and Save stays off.
    await options.evaluate(typeInto, {
      selector: '#global-rules',
      value: '##.share-bar\n||ads.example.com^',
    });
    expect(await options.evaluate(text, '#global-rules-errors li')).toMatch(/^Line 2, column 1: /);
    expect(
      await options.evaluate(
        () => (document.querySelector('#global-rules-editor button.save') as HTMLButtonElement).disabled,
        null,
      ),
    ).toBe(true);
    expect((await settingsNow(driver)).globalRules).toBe('');

    // A rule added here applies to a page.
    await options.evaluate(typeInto, {
      selector: '#global-rules',
      value: '127.0.0.1##p:has-text(Surveyors will return)',
    });
    await options.click('#global-rules-editor button.save');
    await options.waitFor(
      () => document.querySelector('#global-rules-editor .status')?.textContent === 'Saved.',
      null,
    );
    const page = await driver.openPage(server.url(ARTICLE_PATH));
    const report = await expectOk<PageReport>(
      callBackground(driver, 'page/report', { tabId: await page.tabId() }),
    );
    await page.close();
    const cut = report.result.removed.find((r) => r.text.startsWith('Surveyors will return'));
    expect(cut?.ruleId).toMatch(/^user:/);
    expect(report.result.text).not.toContain('Surveyors will return');

    // Turn a switched-off rule back on, by name.
    await options.click(`.site[data-host="example.com"] li[data-rule="${share?.id}"] button`);
    await options.waitFor((id) => document.querySelector(`li[data-rule="${id}"]`) === null, share?.id ?? '');
    expect((await settingsNow(driver)).sites['example.com']?.disabledRuleIds).toEqual(['heuristic:dateline']);
    await options.evaluate(() => document.getElementById('sites')?.scrollIntoView(), null);
    await options.screenshot(join(resultsDir, `options-manager-${driver.name}.png`));

    // Bad files: a stranger's JSON, and `settings: {}` — each says why, nothing changes.
    const before = await settingsNow(driver);
    await options.uploadFile('#import', {
      name: 'other.json',
      text: JSON.stringify({ sites: { 'evil.com': {} } }),
    });
    expect(await waitForStatus(options, /Nothing was changed/)).toMatch(/not a Pith settings export/);
    await options.uploadFile('#import', {
      name: 'empty.json',
      text: JSON.stringify({ format: 'pith-settings', version: 2, settings: {} }),
    });
    expect(await waitForStatus(options, /settings\.sites" is missing/)).toMatch(/Nothing was changed/);
    expect(await settingsNow(driver)).toEqual(before);

    // A good file: the preview lists what changes; merge keeps what the file does not mention.
    const incoming = normaliseSettings({
      version: 2,
      sites: { 'new.example': { builtinRules: false }, 'example.com': { userRules: 'example.com##.rail' } },
      globalRules: '##.from-file',
      reader: before.reader,
    });
    await options.uploadFile('#import', { name: 'pith-settings.json', text: exportSettings(incoming) });
    await options.waitFor(() => document.querySelector('#import-changes') !== null, null);
    const preview = await options.evaluate(text, '#import-changes');
    expect(preview).toContain('Add: Site new.example');
    expect(preview).toContain('Replace: Site example.com');
    expect(await settingsNow(driver)).toEqual(before);
    await options.evaluate(() => document.getElementById('import-preview')?.scrollIntoView(), null);
    await options.screenshot(join(resultsDir, `options-import-preview-${driver.name}.png`));
    await options.click('#import-apply');
    expect(await waitForStatus(options, /^Imported/)).toMatch(/1 added, 2 replaced, 0 removed/);
    const merged = await settingsNow(driver);
    expect(merged.sites['new.example']).toEqual({ builtinRules: false });
    expect(merged.sites['example.com']?.userRules).toBe(
      'example.com#@#.keep-me\nexample.com##.promo\nexample.com##.rail',
    );
    expect(merged.globalRules).toBe('127.0.0.1##p:has-text(Surveyors will return)\n##.from-file');

    // Replace: the preview names what goes; afterwards the settings are exactly the file.
    await expectOk(
      callBackground(driver, 'site/update', { host: 'gone.example', patch: { builtinRules: false } }),
    );
    await options.uploadFile('#import', { name: 'pith-settings.json', text: exportSettings(incoming) });
    await options.waitFor(() => document.querySelector('input[value="replace"]') !== null, null);
    await options.click('input[value="replace"]');
    await options.waitFor(
      () => /Remove: Site gone\.example/.test(document.querySelector('#import-changes')?.textContent ?? ''),
      null,
    );
    await options.click('#import-apply');
    await waitForStatus(options, /^Imported/);
    expect(await settingsNow(driver)).toEqual(incoming);

    // Two quick toggles, clicked as a user clicks them (no wait in between): both persist. Each card's first
    // switch is "Clean with the built-in rules": off for example.com, back on for new.example (which then has
    // nothing left set, so its entry goes).
    const builtinSwitch = (host: string) => `.site[data-host="${host}"] > label.switch:nth-of-type(1) input`;
    await options.waitFor((sel) => document.querySelector(sel) !== null, builtinSwitch('new.example'));
    await options.click(builtinSwitch('example.com'));
    await options.click(builtinSwitch('new.example'));
    await expect
      .poll(
        async () => {
          const { sites } = await settingsNow(driver);
          return { 'example.com': sites['example.com']?.builtinRules, 'new.example': sites['new.example'] };
        },
        { timeout: 15000 },
      )
      .toEqual({ 'example.com': false, 'new.example': undefined });
    await options.waitFor(() => document.querySelector('.site[data-host="new.example"]') === null, null);

    // Remove every site from the manager; the other scenarios start from defaults.
    for (const host of ['example.com']) {
      await options.waitFor((h) => document.querySelector(`.site[data-host="${h}"]`) !== null, host);
      await options.click(`button[aria-label="Remove all settings for ${host}"]`);
      await options.waitFor((h) => document.querySelector(`.site[data-host="${h}"]`) === null, host);
    }
    await expectOk(callBackground(driver, 'settings/global-rules', { text: '' }));
    expect(await settingsNow(driver)).toMatchObject({ sites: {}, globalRules: '' });
  } finally {
    await options.close();
  }
}
