/** The built-in packs as the options page lists them: name, what they remove (the file's header), rule count. */
import { BUILTIN_PACKS } from '../../src/rules/builtin-packs.generated';
import { parseRules } from '../../src/rules/parse';

export interface PackSummary {
  name: string;
  description: string;
  rules: number;
}

export function packSummaries(): PackSummary[] {
  return Object.entries(BUILTIN_PACKS).map(([name, text]) => {
    const header: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.startsWith('!') || /^!\s*reason\s*:/i.test(line)) break;
      header.push(line.replace(/^!\s?/, ''));
    }
    return { name, description: header.join(' ').trim(), rules: parseRules(text, name).rules.length };
  });
}
