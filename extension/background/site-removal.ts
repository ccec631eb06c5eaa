/**
 * "Remove site" in the rules manager: the site's settings go, and what Pith learned there goes with them. Pure over
 * the two stores, so a unit test runs it on a fake storage area.
 */
import type { Result } from '../shared/messages';
import type { SettingsStore, StoredSettings } from '../shared/storage';
import type { MemoryStore } from './memory-store';

export async function removeSite(
  settings: SettingsStore,
  memory: MemoryStore,
  host: string,
): Promise<Result<StoredSettings>> {
  const saved = await settings.update((draft) => {
    delete draft.sites[host];
  });
  // Forgotten only once the settings are gone; a failure to forget does not bring the settings back.
  if (saved.ok) await memory.forget(host);
  return saved;
}
