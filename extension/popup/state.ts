/** What the popup page itself is about: the tab it works on and the pane shown in the narrow layout. */
export type TabName = 'clean' | 'compare' | 'rules';

/** `?tab=<id>`: the popup opened as a page for a given tab (the e2e tests); otherwise the active tab. */
export function parseTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab') ?? new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
