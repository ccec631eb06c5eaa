/**
 * Never take article text to get precision: when the page states its own body (JSON-LD `articleBody`) and the
 * cleaned text holds much less of it than Readability alone would, the heuristics took article text. The
 * caller cleans again without them and says so in `warnings`.
 */
import type { PageLookups } from '../dom/page-lookups';
import { countWords } from '../dom/text';

/** Below this share of the stated body's words, the result is suspiciously short. */
const MIN_SHARE = 0.6;
/** A stated body shorter than this says too little to judge by. */
const MIN_BODY_WORDS = 80;

/** The longest `articleBody` string in the page's JSON-LD blocks, or null. */
export function statedArticleBody(page: PageLookups): string | null {
  let best: string | null = null;
  for (const script of page.jsonLd()) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a page's broken JSON-LD is the page's, not an engine error: there is just no stated body
    }
    for (const body of findBodies(data, 0)) if (!best || body.length > best.length) best = body;
  }
  return best;
}

function findBodies(value: unknown, depth: number): string[] {
  if (depth > 6 || value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((v) => findBodies(v, depth + 1));
  const out: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (key === 'articleBody' && typeof v === 'string') out.push(v);
    else out.push(...findBodies(v, depth + 1));
  }
  return out;
}

/** Whether `text` keeps too little of the stated body. */
export function tooShortAgainst(text: string, statedBody: string | null): boolean {
  if (!statedBody) return false;
  const bodyWords = countWords(statedBody);
  return bodyWords >= MIN_BODY_WORDS && countWords(text) < MIN_SHARE * bodyWords;
}
