/**
 * Suggests selectors a person can read and that keep working on the site's other pages, for one element of a
 * live page (the element picker, "Keep this"). In order of preference, as uBlock Origin's picker does: a usable
 * id, distinctive class names, telling attributes, the text of a heading inside the block (`:has-text()` then
 * `:upward()`), the same under a stable ancestor, and last a short path with `:nth-of-type`.
 *
 * Page names are untrusted: every identifier is escaped (`cssEscape`), and every suggestion is run against the
 * page and kept only when it matches exactly this one element. A tag named `x,p` can never yield a selector list.
 */
import { compileSelector } from '../rules/procedural';
import { cssEscape, cssString } from './css-escape';
import { normalizedText } from './text';

export type SelectorBasis = 'id' | 'class' | 'attribute' | 'heading' | 'ancestor' | 'path';

export interface SelectorSuggestion {
  selector: string;
  /** What makes it stable, for the UI ("by its id", "by its heading"). */
  basis: SelectorBasis;
}

/** Attributes that name what a block is, most telling first. */
const TELLING_ATTRIBUTES = [
  'data-testid',
  'data-test',
  'data-qa',
  'data-component',
  'data-module',
  'data-section',
  'data-type',
  'itemprop',
  'aria-label',
  'role',
  'name',
];

const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

/** Names a build tool generated (CSS modules, styled-components, emotion) or that carry a number: they change. */
export function looksGenerated(name: string): boolean {
  if (name.length > 40 || /\d{3,}/.test(name)) return true;
  if (/^(css|sc|jsx|emotion|styled|chakra|mui|svelte|astro|tw)-/i.test(name)) return true;
  if (/__[A-Za-z0-9_-]{4,}$/.test(name) && /\d/.test(name)) return true; // Button_root__a1B2c
  if (/^_/.test(name) && /\d/.test(name)) return true; // _3xYz9
  if (/^:|:$/.test(name)) return true; // React useId
  // A run of mixed letters and digits with no word in it: "a8f3k2", "x7Tq9".
  const letters = name.replace(/[^A-Za-z]/g, '');
  const digits = name.replace(/\D/g, '');
  return digits.length >= 2 && !/[a-z]{4,}/i.test(letters) && name.length >= 5;
}

/** Does `selector` find exactly `el` in its document? Broken selectors are simply not matches. */
export function matchesExactly(selector: string, el: Element): boolean {
  try {
    const found = compileSelector(selector).match(el.ownerDocument);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

function tagOf(el: Element): string {
  return cssEscape(el.localName);
}

function stableClasses(el: Element): string[] {
  return Array.from(el.classList).filter((name) => name.length >= 2 && !looksGenerated(name));
}

/** Selectors for the element alone, before uniqueness: id, classes, attributes. */
function ownCandidates(el: Element): SelectorSuggestion[] {
  const out: SelectorSuggestion[] = [];
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id) && !/\s/.test(id)) out.push({ selector: `#${cssEscape(id)}`, basis: 'id' });
  const tag = tagOf(el);
  const classes = stableClasses(el);
  for (const name of classes) out.push({ selector: `${tag}.${cssEscape(name)}`, basis: 'class' });
  for (let i = 0; i < classes.length; i++) {
    for (let j = i + 1; j < classes.length; j++) {
      out.push({
        selector: `${tag}.${cssEscape(classes[i] ?? '')}.${cssEscape(classes[j] ?? '')}`,
        basis: 'class',
      });
    }
  }
  for (const name of TELLING_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (
      value === null ||
      value.trim() === '' ||
      value.length > 60 ||
      looksGenerated(value.replace(/\s/g, ''))
    )
      continue;
    out.push({ selector: `${tag}[${cssEscape(name)}=${cssString(value)}]`, basis: 'attribute' });
  }
  return out;
}

/** `h2:has-text(/^Related stories$/):upward(2)`: the block found by the heading it carries. */
function headingCandidates(el: Element): SelectorSuggestion[] {
  const out: SelectorSuggestion[] = [];
  for (const heading of Array.from(el.querySelectorAll(HEADINGS)).slice(0, 3)) {
    const text = normalizedText(heading);
    if (text.length < 3 || text.length > 80) continue;
    let depth = 0;
    for (let cur: Element | null = heading; cur && cur !== el; cur = cur.parentElement) depth++;
    const pattern = `/^${escapeRegExp(text)}$/`;
    const found = `${tagOf(heading)}:has-text(${pattern})`;
    out.push({ selector: depth === 0 ? found : `${found}:upward(${depth})`, basis: 'heading' });
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The nearest ancestors (up to `levels`) that one of their own selectors finds alone on the page. */
function stableAncestors(el: Element, levels: number): string[] {
  const out: string[] = [];
  let cur = el.parentElement;
  for (let i = 0; cur && i < levels && cur.localName !== 'body'; i++, cur = cur.parentElement) {
    const unique = ownCandidates(cur).find((c) => matchesExactly(c.selector, cur as Element));
    if (unique) out.push(unique.selector);
  }
  return out;
}

/** Last resort: `#main > div:nth-of-type(2) > aside`, from the nearest uniquely named ancestor or `body`. */
function pathTo(el: Element): string {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.localName === 'body' || cur.localName === 'html') {
      steps.unshift(cur.localName);
      break;
    }
    if (cur !== el) {
      const named = ownCandidates(cur).find((c) => matchesExactly(c.selector, cur as Element));
      if (named) {
        steps.unshift(named.selector);
        break;
      }
    }
    steps.unshift(stepFor(cur));
  }
  return steps.join(' > ');
}

function stepFor(el: Element): string {
  const parent = el.parentElement;
  const simpleTag = /^[a-z][a-z0-9-]*$/.test(el.localName);
  if (!parent) return simpleTag ? el.localName : '*';
  const siblings = Array.from(parent.children);
  if (!simpleTag) return `*:nth-child(${siblings.indexOf(el) + 1})`;
  const same = siblings.filter((c) => c.localName === el.localName);
  return same.length > 1 ? `${el.localName}:nth-of-type(${same.indexOf(el) + 1})` : el.localName;
}

/**
 * Up to `limit` selectors that each match exactly `el` on its page, most stable first. Empty only when nothing
 * (not even a path) finds the element alone, e.g. an element no longer in its document.
 */
export function suggestSelectors(el: Element, limit = 4): SelectorSuggestion[] {
  const out: SelectorSuggestion[] = [];
  const seen = new Set<string>();
  const offer = (candidate: SelectorSuggestion): boolean => {
    if (out.length >= limit || seen.has(candidate.selector)) return false;
    seen.add(candidate.selector);
    if (!matchesExactly(candidate.selector, el)) return false;
    out.push(candidate);
    return true;
  };
  const own = ownCandidates(el);
  own.forEach(offer);
  headingCandidates(el).forEach(offer);
  if (out.length < 2) {
    const inner = [...own.filter((c) => c.basis !== 'id').map((c) => c.selector), tagOf(el)];
    for (const ancestor of stableAncestors(el, 6)) {
      for (const selector of inner)
        if (offer({ selector: `${ancestor} ${selector}`, basis: 'ancestor' })) break;
      if (out.length >= 2) break;
    }
  }
  if (out.length === 0) offer({ selector: pathTo(el), basis: 'path' });
  return out;
}
