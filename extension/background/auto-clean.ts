/**
 * Auto-clean: one registered content script whose matches are the hosts with `autoClean` on and host access
 * granted. Registrations do not persist; `syncAutoClean` rebuilds them at every start and on every settings change.
 */
import browser from 'webextension-polyfill';
import autoScript from '../content/auto.ts?script&iife';
import { originPatterns } from '../shared/clean-options';
import { describeError, fail, ok } from '../shared/messages';
import type { Result } from '../shared/messages';
import type { StoredSettings } from '../shared/storage';

const SCRIPT_ID = 'pith-auto-clean';

export async function hasHostAccess(host: string): Promise<boolean> {
  return browser.permissions.contains({ origins: originPatterns(host) }).catch(() => false);
}

async function autoCleanMatches(settings: StoredSettings): Promise<string[]> {
  const matches: string[] = [];
  for (const [host, site] of Object.entries(settings.sites)) {
    if (site.autoClean === true && (await hasHostAccess(host))) matches.push(...originPatterns(host));
  }
  return matches;
}

async function register(settings: StoredSettings): Promise<Result<string[]>> {
  try {
    const matches = await autoCleanMatches(settings);
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    if (matches.length > 0) {
      await browser.scripting.registerContentScripts([
        { id: SCRIPT_ID, matches, js: [autoScript], runAt: 'document_idle', persistAcrossSessions: false },
      ]);
    }
    return ok(matches);
  } catch (error) {
    return fail('internal', `Pith could not set up auto-clean (${describeError(error)}).`);
  }
}

let queue: Promise<Result<string[]>> = Promise.resolve(ok([]));

/** Serialised: two quick changes must not interleave their unregister/register calls. */
export function syncAutoClean(settings: StoredSettings): Promise<Result<string[]>> {
  queue = queue.then(() => register(settings));
  return queue;
}
