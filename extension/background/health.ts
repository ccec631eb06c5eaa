/** The background keeps the rule-health log: one writer, one queued update at a time. */
import browser from 'webextension-polyfill';
import { emptyHealth, HEALTH_KEY, normaliseHealth, recordVisit } from '../shared/rule-health';
import type { RuleHealth } from '../shared/rule-health';
import { serialQueue } from '../shared/serial-queue';

const queue = serialQueue();

/** The log once the visits already asked for are written (the popup reads it right after its report). */
export function healthAfterWrites(): Promise<RuleHealth> {
  return queue.run(readHealth);
}

async function readHealth(): Promise<RuleHealth> {
  try {
    return normaliseHealth((await browser.storage.local.get(HEALTH_KEY))[HEALTH_KEY]);
  } catch {
    return emptyHealth();
  }
}

/** Logs one visit; a failed write only loses this entry of the log, never a setting. */
export function logVisit(host: string, fired: readonly { ruleId: string; count: number }[]): Promise<void> {
  return queue
    .run(async () => {
      const next = recordVisit(await readHealth(), host, fired, Date.now());
      await browser.storage.local.set({ [HEALTH_KEY]: next });
    })
    .catch(() => undefined);
}
