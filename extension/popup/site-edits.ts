/** The settings changes the popup makes for a site, as pure functions over `SiteSettings` fields. */

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

/** Appends a rule line unless it is already there. */
export function addRuleLine(userRules: string, line: string): string {
  const all = lines(userRules);
  if (!all.includes(line)) all.push(line);
  return all.join('\n');
}

export function removeRuleLine(userRules: string, line: string): string {
  return lines(userRules)
    .filter((l) => l !== line)
    .join('\n');
}

/** The site's disabled rule ids with `ruleId` switched on (`enabled`) or off; sorted, no duplicates. */
export function setRuleEnabled(disabled: readonly string[], ruleId: string, enabled: boolean): string[] {
  const set = new Set(disabled);
  if (enabled) set.delete(ruleId);
  else set.add(ruleId);
  return [...set].sort();
}
