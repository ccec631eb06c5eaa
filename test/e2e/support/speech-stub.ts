/**
 * A speech engine that records instead of speaking (headless browsers here have no voice), put in place of
 * `speechSynthesis` in a tab's content-script world; the page sees what it did through
 * `<html data-pith-speech>`. Both drivers run it the same way, as an `in-tab` call.
 */
import type { BrowserDriver } from '../driver';

/** Self-contained: it is sent as source text and runs in the tab. */
function installRecordingSpeech(): null {
  const mark = (what: string) => document.documentElement.setAttribute('data-pith-speech', what);
  const engine = {
    speaking: false,
    speak(u: { text: string }) {
      engine.speaking = true;
      mark(`speaking:${u.text}`);
    },
    cancel() {
      if (engine.speaking) mark('cancelled');
      engine.speaking = false;
    },
    pause() {},
    resume() {},
    getVoices: () => [],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: engine });
  return null;
}

export async function stubSpeech(driver: BrowserDriver, tabId: number): Promise<void> {
  await driver.background({ kind: 'in-tab', tabId, source: installRecordingSpeech.toString(), args: [] });
}
