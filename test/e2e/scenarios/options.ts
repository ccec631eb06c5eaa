/** The options page: rule errors shown and not saved, a stranger's import file refused, per-site delete. */
import { join } from 'node:path';
import { expect } from 'vitest';
import type { SiteSettings } from '../../../extension/shared/storage';
import { callBackground } from '../driver';
import { expectOk } from './context';
import type { ScenarioContext } from './context';

function storedSettings(): Promise<unknown> {
  const api = (
    globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    }
  ).chrome;
  return api.storage.local.get('settings').then((all) => all.settings ?? null);
}

function statusText(id: string): string {
  return document.getElementById(id)?.textContent ?? '';
}

export async function optionsPageWorks({ driver, resultsDir }: ScenarioContext) {
  await expectOk(
    callBackground(driver, 'site/update', { host: 'example.com', patch: { builtinRules: false } }),
  );
  const options = await driver.openExtensionPage('extension/options/index.html');
  try {
    await options.waitFor(
      () => (document.getElementById('sites')?.textContent ?? '').includes('example.com'),
      null,
    );

    // A network filter is not a cosmetic rule: the parser's error shows, and Save refuses.
    await options.evaluate(() => {
      const box = document.getElementById('global-rules') as HTMLTextAreaElement;
      box.value = '##.share-bar\n||ads.example.com^';
      box.dispatchEvent(new Event('input'));
    }, null);
    await options.waitFor(() => document.querySelectorAll('#rule-errors li').length > 0, null);
    expect(
      await options.evaluate(() => document.querySelector('#rule-errors li')?.textContent ?? '', null),
    ).toMatch(/^Line 2, column \d+: /);
    await options.click('#save-rules');
    expect(await options.evaluate(statusText, 'rules-status')).toMatch(/nothing was saved/);
    const beforeImport = await options.evaluate(storedSettings, null);
    expect(beforeImport).toMatchObject({ globalRules: '' });

    // Fixed: saves.
    await options.evaluate(() => {
      const box = document.getElementById('global-rules') as HTMLTextAreaElement;
      box.value = '##.share-bar';
      box.dispatchEvent(new Event('input'));
    }, null);
    await options.click('#save-rules');
    await options.waitFor(() => document.getElementById('rules-status')?.textContent === 'Saved.', null);
    const saved = await options.evaluate(storedSettings, null);
    expect(saved).toMatchObject({ globalRules: '##.share-bar' });

    // Someone else's JSON: a clear message, nothing changes.
    await options.uploadFile('#import', {
      name: 'other.json',
      text: JSON.stringify({ sites: { 'evil.com': {} } }),
    });
    await options.waitFor(
      () => /Nothing was changed/.test(document.getElementById('backup-status')?.textContent ?? ''),
      null,
    );
    expect(await options.evaluate(statusText, 'backup-status')).toMatch(/not a Pith settings export/);
    expect(await options.evaluate(storedSettings, null)).toEqual(saved);

    await options.screenshot(join(resultsDir, `options-${driver.name}.png`));

    // Delete the per-site entry.
    await options.click('button[aria-label="Delete the settings for example.com"]');
    await options.waitFor(
      () => !(document.getElementById('sites')?.textContent ?? '').includes('example.com'),
      null,
    );
    expect(
      await expectOk<SiteSettings>(callBackground(driver, 'site/get', { host: 'example.com' })),
    ).toMatchObject({
      builtinRules: true,
    });

    // Leave the global rules empty for the other scenarios.
    await options.evaluate(() => {
      const box = document.getElementById('global-rules') as HTMLTextAreaElement;
      box.value = '';
      box.dispatchEvent(new Event('input'));
    }, null);
    await options.click('#save-rules');
  } finally {
    await options.close();
  }
}
