import puppeteer from 'puppeteer-core';
import type { Page } from 'puppeteer-core';
import { startStaticServer } from '../test/e2e/support/static-server';
const UUID = '11111111-2222-4333-8444-555555555555';
const t0 = Date.now();
const server = await startStaticServer();
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true,
  extraPrefsFirefox: { 'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ 'pith@pith.example': UUID }),
    'dom.events.testing.asyncClipboard': true },
});
await browser.installExtension('/tmp/ff-e2e');
const page = await browser.newPage();
await page.goto(server.url('/e2e/article.html'));
const ext = `moz-extension://${UUID}/extension/options/index.html`;
await page.evaluate((u) => { window.open(u); }, ext);
async function findPage(url: string): Promise<Page> {
  for (let i = 0; i < 100; i++) {
    for (const p of await browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href === url) return p;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no page ' + url);
}
const ep = await findPage(ext);
console.log('found', Date.now() - t0);
const r = await ep.evaluate(async () => {
  const b = (globalThis as any).browser;
  const bg = await b.runtime.getBackgroundPage();
  const tabs = await b.tabs.query({});
  const pith = bg.pith;
  const rep = await pith.handlers['page/report']({ tabId: tabs.find((t: any) => (t.url ?? '').includes('article')).id });
  return { tabs: tabs.map((t: any) => [t.id, t.url]), keys: Object.keys(pith), rep: JSON.stringify(rep).slice(0, 300) };
}).catch((e) => 'ERR ' + e);
console.log(r);
const purl = `moz-extension://${UUID}/extension/popup/index.html?tab=2`;
await ep.evaluate(async (u) => { await (globalThis as any).browser.tabs.create({ url: u }); }, purl);
const pp = await findPage(purl);
console.log('popup', await pp.title(), Date.now() - t0);
await page.bringToFront();
await page.evaluate(() => navigator.clipboard.writeText('hello clip')).catch((e) => console.log('write err', e));
await ep.bringToFront();
console.log('read ext', await ep.evaluate(() => navigator.clipboard.readText()).catch((e) => 'ERR ' + e));
console.log('read page', await page.evaluate(() => navigator.clipboard.readText()).catch((e) => 'ERR ' + e));
await browser.close(); await server.close();
