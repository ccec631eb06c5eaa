/**
 * Which reason switches would change nothing on this page. A reason's rules may cut blocks that Readability
 * leaves out of the article anyway, or that another reason cuts too; switching such a reason off changes no word
 * of the clean text, and a switch that does nothing must say so instead of pretending (issue 8). The only honest
 * test is the engine's: clean the page again with the reason off and compare the text. It runs after the popup
 * has drawn the page, once per reason that is on.
 */
import { clean } from '../../src/index';
import { cleanOptionsFor } from '../shared/clean-options';
import type { CleanHow } from '../shared/clean-options';
import type { ReasonGroup } from '../shared/messages';
import { isOn } from '../shared/storage';
import type { SiteSettings } from '../shared/storage';

export function inertReasons(
  doc: Document,
  url: string,
  settings: SiteSettings,
  /** How the report was cleaned (with the site memory's template: learned blocks are reasons too). */
  how: CleanHow,
  /** What the report showed: its reasons, and the clean text each trial is compared with. */
  shown: { reasons: readonly ReasonGroup[]; result: { text: string } },
): string[] {
  if (!isOn(settings.builtinRules)) return []; // Pith is off here: the switches are disabled, saying so
  const off = new Set(settings.disabledRuleIds ?? []);
  const inert: string[] = [];
  for (const group of shown.reasons) {
    if (group.ruleIds.every((id) => off.has(id))) continue; // already off: its switch turns it back on
    const trial: SiteSettings = {
      ...settings,
      disabledRuleIds: [...new Set([...off, ...group.ruleIds])].sort(),
    };
    const text = clean(doc, cleanOptionsFor(url, trial, how)).text;
    if (text === shown.result.text) inert.push(group.reason);
  }
  return inert;
}
