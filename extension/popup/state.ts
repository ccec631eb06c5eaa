/** What the popup knows, in one place, so re-rendering after a change never loses the user's place. */
import type { PageReport } from '../shared/messages';

export type TabName = 'clean' | 'compare' | 'rules';

export type Undo =
  | { kind: 'userRules'; previous: string; label: string }
  | { kind: 'disabledRuleIds'; previous: string[]; label: string };

export interface PopupState {
  /** `?tab=<id>`: the popup opened as a page for a given tab (the e2e tests); otherwise the active tab. */
  tabId: number | undefined;
  report: PageReport | null;
  /** "Clean anyway with rules only": Readability skipped. */
  rulesOnly: boolean;
  tab: TabName;
  undo: Undo | null;
  /** Reasons of rules seen this session, for rules that are now switched off and so no longer fire. */
  knownReasons: Map<string, string>;
}

export function parseTabId(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab') ?? new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

export function initialState(search: string): PopupState {
  return {
    tabId: parseTabId(search),
    report: null,
    rulesOnly: false,
    tab: 'clean',
    undo: null,
    knownReasons: new Map(),
  };
}
