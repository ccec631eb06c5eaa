/** Adds the reader, the picker and saving to the page's core (once), and starts following the settings. */
import type { PageCore } from './core-bridge';
import { extraHandlers } from './extra-handlers';
import { followSettings } from './reader-follow';

export function installExtras(core: PageCore): void {
  if (core.extras) return;
  core.extras = extraHandlers(core);
  followSettings(core.articleOf);
}
