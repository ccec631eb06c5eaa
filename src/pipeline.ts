/**
 * The Pith pipeline. clean() never touches the document it is given: it works on a clone.
 *
 *   0. clone     copy the page, give every element its page id (to say later where a cut block was; kept
 *                beside the DOM, `stages/page-ids.ts`), drop scripts and styles
 *   1. pre-rules rules (built-in packs, site packs, the user's) and heuristics cut blocks from the whole page,
 *                so Readability never scores a share bar or a comment thread as content; then, with a
 *                `siteTemplate`, the boxes the site memory knows repeat on the site's pages (`src/memory/`)
 *   2. readability  Mozilla Readability picks the article; every block it drops is logged too. When what it
 *                kept is a short box apart from the page's headline, it picks again on a fresh copy (1 redone)
 *                with all but the headline's section dropped (`stages/headline-section.ts`)
 *   3. post-rules   rules and heuristics run again inside the article, where clutter that sat in the article's
 *                own container remains (inline promos, credits, video notices, syndication lines); then the
 *                headline, byline and doubled standfirst a template left atop the body (`stages/metadata-echo.ts`)
 *   4. serialise html, plain text (no title, no captions), Markdown (Turndown + GFM, made on first read of
 *                `markdown`), metadata and stats
 *
 * When Readability finds no article, the result is the rule-cleaned body with isArticle: false.
 */
import { withoutClobbering } from './dom/clobbering';
import { PageLookups } from './dom/page-lookups';
import { baseHref, isJsonLd, tags, tagsInDocument } from './dom/tags';
import { countWords, normalizedText } from './dom/text';
import { TextIndex } from './dom/text-index';
import { buildRuleSet } from './rules/rule-set';
import { toMarkdown } from './serialise/markdown';
import { localizeInPageLinks } from './serialise/in-page-links';
import { stripScriptVectors } from './serialise/safe-html';
import { toPlainText } from './serialise/text';
import { composeText, composed } from './serialise/composed';
import { cutPageLandmarks, nonChromeHeuristicIds } from './heuristics/page-chrome';
import { boundedCopy } from './stages/bounded-copy';
import { MAX_JSON_LD } from './stages/head-copy';
import { cutBlocks } from './stages/cut-blocks';
import { DEFAULT_LIMITS } from './stages/page-limits';
import { releaseCopy } from './stages/release-copy';
import { rescueContent } from './stages/rescue-content';
import { dropOutside } from './stages/headline-section';
import { metadataEchoes } from './stages/metadata-echo';
import { PageContext } from './stages/page-context';
import { runReadability, type ReadabilityOutcome } from './stages/readability-stage';
import { statedArticleBody, tooShortAgainst } from './stages/retry-short';
import type { CleanOptions, CleanResult, CleanStats, RemovedBlock, RestoredBlock } from './types';
import { cleanByline } from './metadata/byline';
import { splitCaptionCredits } from './heuristics/caption-credit';
import { applySiteTemplate, blockPrints, memoryBlocks } from './memory/stage';
import type { PageBlock } from './memory/blocks';

const MIN_ARTICLE_CHARS = 140;
/** What the working copy drops: script and style text would count as block text (JSON-LD stays). */
const DROPPED_ELEMENTS = 'script:not([type="application/ld+json"]), style, template';
const DROPPED_TAGS = tags('script, style, template');
const MIN_PARAGRAPH_CHARS = 80;
const INLINE = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'small',
  'sup',
  'sub',
  'q',
  'cite',
  'abbr',
  'time',
  'mark',
  'u',
  'br',
]);

export function clean(page: Document, options: CleanOptions): CleanResult {
  // Markup can shadow DOM built-ins (`<input name="removeAttribute">` in a form): read a copy where it cannot.
  const doc = withoutClobbering(page);
  try {
    return cleanDocument(doc, options);
  } finally {
    if (doc !== page) releaseCopy(doc);
  }
}

function cleanDocument(doc: Document, options: CleanOptions): CleanResult {
  const lookups = new PageLookups(doc, DEFAULT_LIMITS.maxElements);
  // Site memory: the original page's blocks, read once (null unless asked for).
  const blocks = memoryBlocks(doc, options);
  const result = cleanOnce(doc, lookups, options, blocks);
  if (blocks && options.collectPrints) result.prints = blockPrints(blocks);
  if (options.heuristics === false || options.rulesOnly) return result;
  const stated = statedArticleBody(lookups);
  if (!tooShortAgainst(result.text, stated)) return result;
  // The heuristics took article text: clean again with rules only, and say so.
  const retried = cleanOnce(doc, lookups, { ...options, heuristics: false }, blocks);
  if (retried.text.length <= result.text.length) return result;
  if (result.prints) retried.prints = result.prints;
  retried.warnings.push({
    code: 'retry',
    message:
      'The result was much shorter than the body the page states (JSON-LD articleBody); cleaned again without heuristics.',
  });
  return retried;
}

function cleanOnce(
  doc: Document,
  page: PageLookups,
  options: CleanOptions,
  blocks: readonly PageBlock[] | null,
): CleanResult {
  const ms: CleanStats['ms'] = {
    clone: 0,
    preRules: 0,
    readability: 0,
    postRules: 0,
    serialise: 0,
    total: 0,
  };
  const start = now();
  let mark = start;
  const lap = (stage: Exclude<keyof CleanStats['ms'], 'total'>): void => {
    const t = now();
    ms[stage] += t - mark;
    mark = t;
  };
  const heuristics = options.heuristics !== false;
  const rules = buildRuleSet({
    url: options.url,
    userRules: options.rules,
    builtin: options.builtinRules !== false,
    disabledRuleIds: options.disabledRuleIds,
    disabledPacks: options.disabledPacks,
  });
  let ctx = workingCopy(doc, rules, options);
  lap('clone');
  cutBeforeReadability(ctx, options, blocks);
  lap('preRules');

  let outcome: ReadabilityOutcome | null = null;
  let isArticle = false;
  if (!options.rulesOnly) {
    outcome = runReadability(ctx);
    isArticle = outcome.article !== null && looksLikeArticle(outcome.article);
    // Readability kept a box beside the article (see headline-section): let it choose again, within the section
    // around the page's headline, and keep that choice when it reads as an article.
    const section = heuristics ? outcome.headlineSection : null;
    if (section) {
      const narrowed = workingCopy(doc, rules, options);
      cutBeforeReadability(narrowed, options, blocks);
      const again = dropOutside(narrowed, section) ? runReadability(narrowed) : null;
      if (again?.article && looksLikeArticle(again.article)) {
        releaseCopy(ctx.doc);
        ctx = narrowed;
        outcome = again;
        isArticle = true;
      } else {
        releaseCopy(narrowed.doc);
      }
    }
  }
  lap('readability');

  let root: Element;
  let removed: RemovedBlock[];
  let restored: RestoredBlock[] = [];
  /** The second working copy, made when Readability's result is not an article. */
  let fallback: PageContext | null = null;
  const title = pickTitle(outcome?.title ?? null, page.meta('og:title'), page.title());
  if (isArticle && outcome?.article) {
    root = outcome.article;
    cutBlocks(ctx, root, 'post-rules', heuristics);
    if (heuristics) cutMetadataEchoes(ctx, root, [title, outcome.title], outcome.byline);
    removed = ctx.removed;
    restored = ctx.restoredIn(root);
  } else {
    // Readability has rearranged the working copy; start again from the page and keep only the rules' cuts.
    fallback = outcome ? workingCopy(doc, rules, options) : ctx;
    if (outcome) cutBlocks(fallback, pageRoot(fallback.doc), 'pre-rules', false, fallback.doc);
    root = pageRoot(fallback.doc);
    removed = fallback.removed;
  }
  lap('postRules');

  dropLeadingTitle(root, title);
  composeText(root);
  stripScriptVectors(root);
  localizeInPageLinks(root, options.url);
  const text = toPlainText(root);
  const html = root.innerHTML;
  // The result holds only strings from here: let the copies go (see releaseCopy).
  releaseCopy(ctx.doc);
  if (fallback && fallback !== ctx) releaseCopy(fallback.doc);
  // Markdown is made on first read: the popup, the reader and the CLI's markdown and JSON output read it, the
  // plain-text callers (the CLI's text output, the benchmark) never do, and Turndown is a tenth of the work.
  let markdown: string | undefined;
  lap('serialise');
  ms.total = now() - start;
  const warnings = [
    ...rules.errors.map((e) => ({
      code: 'rule-error' as const,
      message: `Rule on line ${e.line}, column ${e.column} skipped: ${e.message}`,
    })),
    ...ctx.warnings,
  ];

  return {
    title: composed(title),
    byline: cleanByline(outcome?.byline),
    siteName: outcome?.siteName ?? page.meta('og:site_name'),
    publishedTime: outcome?.publishedTime ?? page.meta('article:published_time'),
    lang: outcome?.lang ?? (doc.documentElement?.getAttribute('lang') || null),
    excerpt: outcome?.excerpt ?? page.meta('og:description'),
    html,
    text,
    get markdown(): string {
      // A failed conversion adds its warning to the result's own list (read after this getter when serialised).
      markdown ??= toMarkdown(html, text, warnings);
      return markdown;
    },
    isArticle,
    removed,
    restored,
    firedRules: countFired(removed),
    stats: { wordsBefore: ctx.wordsBefore, wordsAfter: countWords(text), ms },
    url: options.url,
    ruleErrors: rules.errors,
    warnings,
  };
}

/** The pre-rules' cuts (and the site template's) in a working copy, as Readability is to see it. */
function cutBeforeReadability(
  ctx: PageContext,
  options: CleanOptions,
  blocks: readonly PageBlock[] | null,
): void {
  const heuristics = options.heuristics !== false;
  // Rules only (the user's "clean anyway"): on a page that is not an article, the heuristics' idea of clutter
  // (link lists, story cards) is the page's content; with `pageChrome` those that find page chrome still run.
  cutBlocks(
    ctx,
    pageRoot(ctx.doc),
    'pre-rules',
    heuristics && (!options.rulesOnly || !!options.pageChrome),
    ctx.doc,
  );
  if (options.rulesOnly && options.pageChrome && heuristics) cutPageLandmarks(ctx, pageRoot(ctx.doc));
  applySiteTemplate(ctx, blocks, options);
}

function pageRoot(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}

function workingCopy(doc: Document, rules: PageContext['rules'], options: CleanOptions): PageContext {
  // Copied only as far as the page limits reach: a huge page costs no more than its kept part.
  const { copy, warnings } = boundedCopy(doc, DEFAULT_LIMITS);
  const disabled = options.disabledRuleIds ?? [];
  const ctx = new PageContext(
    doc,
    copy,
    rules,
    options.rulesOnly && options.pageChrome ? [...disabled, ...nonChromeHeuristicIds()] : disabled,
  );
  ctx.warnings.push(...warnings);
  // The page's words as they were (script text included), counted in the copy: on a huge page, as far as the
  // limits reach.
  ctx.wordsBefore = countWords(copy.body?.textContent ?? '');
  // Script and style text would count as block text; JSON-LD stays, Readability reads metadata from it. Found
  // by a tag walk, and only a script whose type reads as JSON-LD is checked against the full selector (which
  // decides how its engine compares the value's case): with the `:not([type])` in a query, jsdom's selector
  // engine took 0.4 s on a 5 MB page, and linkedom compiles a selector on every `matches` call. A script inside a
  // template is found by the walk on linkedom, not by its query, but goes with the template either way.
  // Past MAX_JSON_LD blocks, the rest go too (thousands of them made Readability's metadata step quadratic on jsdom).
  let jsonLd = 0;
  for (const el of tagsInDocument(copy, DROPPED_TAGS)) {
    if (isJsonLd(el) && !el.matches(DROPPED_ELEMENTS) && ++jsonLd <= MAX_JSON_LD) continue;
    el.remove();
  }
  addBase(copy, options.url);
  rescueContent(copy);
  if (options.heuristics !== false && !ctx.disabled.has('heuristic:caption-credit'))
    splitCaptionCredits(copy);
  return ctx;
}

/** Readability resolves links against the document's base; a parsed string (linkedom) has none. */
function addBase(doc: Document, url: string): void {
  if (!/^https?:/.test(url)) return;
  if (baseHref(doc) !== null) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  (doc.head ?? doc.documentElement).prepend(base);
}

/**
 * Readability always returns its best guess, even on a site index or a login page. Call it an article when it
 * has some prose: enough text, not mostly links, and at least one paragraph-sized run of words.
 */
function looksLikeArticle(article: Element): boolean {
  const text = normalizedText(article);
  if (text.length < MIN_ARTICLE_CHARS || new TextIndex(article).linkDensity(article) > 0.5) return false;
  return Array.from(article.querySelectorAll('p, div, td, li, blockquote')).some((el) => {
    const own = Array.from(el.childNodes)
      .filter((n) => n.nodeType === 3 || (n.nodeType === 1 && INLINE.has((n as Element).localName)))
      .map((n) => n.textContent ?? '')
      .join('');
    return own.replace(/\s+/g, ' ').trim().length >= MIN_PARAGRAPH_CHARS;
  });
}

/** The headline and byline left at the top of the article's body (see metadata-echo), cut and logged. */
function cutMetadataEchoes(
  ctx: PageContext,
  article: Element,
  titles: readonly (string | null)[],
  byline: string | null,
): void {
  const echoes = metadataEchoes(article, new TextIndex(article), titles, byline).filter(
    (echo) => !ctx.disabled.has(echo.ruleId),
  );
  ctx.remove(echoes, 'post-rules');
}

/** Readability usually drops a heading that repeats the title; catch the ones it keeps. */
function dropLeadingTitle(root: Element, title: string): void {
  const first = root.querySelector('h1, h2');
  if (!first || !title) return;
  const norm = (s: string): string => s.toLowerCase().replace(/\W+/g, ' ').trim();
  if (norm(normalizedText(first)) !== norm(title)) return;
  const before = root.textContent?.indexOf(first.textContent ?? '') ?? -1;
  if (before >= 0 && normalizedText(root).indexOf(normalizedText(first)) < 40) first.remove();
}

/** Readability's title, unless og:title is the same headline without the " | Section | Site" tail. */
function pickTitle(readability: string | null, og: string | null, docTitle: string): string {
  let best = readability || og || docTitle;
  if (og && readability && readability.length > og.length && readability.startsWith(og)) best = og;
  // "Headline | Section – Site": a headline of four or more words before the first bar is the title.
  const head = best.split(' | ')[0] ?? best;
  return head !== best && head.split(/\s+/).length >= 4 ? head.trim() : best;
}

function countFired(removed: RemovedBlock[]): CleanResult['firedRules'] {
  const byId = new Map<string, { ruleId: string; reason: string; count: number }>();
  for (const block of removed) {
    const entry = byId.get(block.ruleId);
    if (entry) entry.count++;
    else byId.set(block.ruleId, { ruleId: block.ruleId, reason: block.reason, count: 1 });
  }
  return Array.from(byId.values());
}

function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}
