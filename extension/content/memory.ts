/**
 * The page's part of the site memory: clean with the template the background sent, collect this page's block
 * prints on the first clean of this page load, and hand them to the background once the page has been drawn
 * (remembering costs the user nothing they wait for). Later cleans of the same address collect nothing.
 */
import type { BlockPrint, SiteTemplate } from '../../src/types';
import type { MemoryUse } from '../shared/messages';
import { afterPaint } from '../shared/after-paint';
import { sendToBackground } from '../shared/send';

/** The address whose prints were sent (or are about to be): one page load is remembered once. */
let rememberedUrl: string | null = null;

/** What the engine gets for `memory` (undefined: memory is off, so no template and no prints). */
export function memoryOptions(memory?: MemoryUse): { template: SiteTemplate; collect: boolean } | undefined {
  if (!memory) return undefined;
  return { template: memory.template, collect: rememberedUrl !== location.href };
}

/** Sends this page's prints to the background after the next paint, once per page load. */
export function rememberAfterPaint(prints: readonly BlockPrint[] | undefined): void {
  if (!prints || rememberedUrl === location.href) return;
  const url = location.href;
  rememberedUrl = url;
  // After the next paint, or after a second in a tab that paints nothing (a background tab).
  afterPaint(() => {
    // Fire and forget: a memory that could not be saved changes nothing on this page.
    void sendToBackground('memory/remember', { url, prints: [...prints] });
  }, 1000);
}
