/**
 * Stage 2: Mozilla Readability scores the rule-cleaned copy and picks the article. Readability works by moving
 * and dropping nodes; our page ids survive that (`readability-ids.ts` follows its renames and re-parses), so
 * after it runs we can name every block it dropped: the outermost elements with ids, and text, whose ids are
 * neither in the article nor ancestors of something in it.
 */
import { Readability } from '@mozilla/readability';
import { normalizedText } from '../dom/text';
import type { PageContext } from './page-context';
import { copyPageIds, elementsWithIds, movePageId, pageId, setPageId } from './page-ids';
import { keepingPageIds } from './readability-ids';
import { KeptBlocks } from './kept-blocks';
import { restoreKeptBlocks } from './restore-kept';
import { restoreLandmarkProse } from './restore-landmark';
import { restoreLead } from './restore-lead';
import { restoreSplitBody } from './restore-split';
import { headlineSection } from './headline-section';
import { kindOf } from './dropped-kind';
import { withStaticImageLists } from './readability-image-step';
import { stageFailed } from '../warnings';

export interface ReadabilityOutcome {
  article: Element | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  excerpt: string | null;
  /** The headline's section when the article Readability kept stands apart from it (see headline-section). */
  headlineSection: string | null;
}

export function runReadability(ctx: PageContext): ReadabilityOutcome {
  // Readability edits nodes in place before it gives up on an attempt and re-parses the page from its HTML, so
  // the live nodes can lose their text. Record what was dropped from a copy taken before it runs.
  const { before, parentOf } = ctx.doc.body
    ? taggedCopy(ctx.doc.body)
    : { before: new Map<string, Element>(), parentOf: new Map<string, string | null>() };
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    const reader = new Readability<Element>(ctx.doc, {
      keepClasses: true,
      serializer: (node) => node as Element,
    });
    withStaticImageLists(reader, ctx.doc);
    const done = keepingPageIds(reader, ctx.doc.body);
    try {
      parsed = reader.parse();
    } finally {
      done();
    }
  } catch (error) {
    // Readability's own bug on this page (or this DOM's): the rules' cuts still stand, so that is the result.
    ctx.warnings.push(stageFailed('Readability', error, 'showing the page cleaned by the rules alone'));
    parsed = null;
  }
  const article = parsed?.content ?? null;
  // The headline and the byline leave the body because the result carries them as metadata: say so.
  const metadata = new Map<string, { id: string; reason: string }>();
  if (parsed?.title)
    metadata.set(parsed.title.trim(), { id: 'headline', reason: 'Headline (shown as the title)' });
  if (parsed?.byline)
    metadata.set(parsed.byline.trim(), { id: 'byline', reason: 'Byline (shown with the title)' });
  let section: string | null = null;
  if (article) {
    restoreKeptBlocks(ctx, article, before, parentOf);
    restoreLead(article, before, parsed?.title ?? null);
    const kept = new KeptBlocks(article, before, parentOf);
    restoreLandmarkProse(ctx, kept);
    restoreSplitBody(ctx, kept);
    section = headlineSection(kept, parsed?.title ?? null);
    logDropped(ctx, article, before, parentOf, metadata);
  }
  return {
    article,
    title: parsed?.title ?? null,
    byline: clean(parsed?.byline),
    siteName: clean(parsed?.siteName),
    publishedTime: clean(parsed?.publishedTime),
    lang: clean(parsed?.lang),
    excerpt: clean(parsed?.excerpt),
    headlineSection: section,
  };
}

function logDropped(
  ctx: PageContext,
  article: Element,
  before: Map<string, Element>,
  parentOf: Map<string, string | null>,
  metadata: Map<string, { id: string; reason: string }>,
): void {
  const kept = new Set<string>();
  for (const el of elementsWithIds(article)) kept.add(pageId(el) ?? '');
  const rebuilt = rebuiltCheck(article);
  const containers = new Set<string>();
  for (const id of kept) {
    for (let up = parentOf.get(id); up != null && !containers.has(up); up = parentOf.get(up))
      containers.add(up);
  }
  for (const [id, el] of before) {
    if (kept.has(id) || containers.has(id)) continue;
    const parent = parentOf.get(id);
    // Only the outermost dropped block: its parent is kept, a container of kept blocks, or the body.
    if (parent != null && !kept.has(parent) && !containers.has(parent)) continue;
    if (parent != null && kept.has(parent)) continue; // inside a kept block: Readability cleaned it, see below
    const text = normalizedText(el);
    if (text === '' || rebuilt(text)) continue;
    const kind = metadata.get(text) ?? kindOf(el);
    ctx.log(el, `readability:${kind.id}`, kind.reason, 'readability');
  }
  logCleanedInside(ctx, kept, containers, rebuilt, before, parentOf, metadata);
}

/** Blocks Readability removed from inside the article container (its "clean conditionally" pass). */
function logCleanedInside(
  ctx: PageContext,
  kept: Set<string>,
  /** Ancestors of kept blocks: Readability unwrapped them (a div around a single child), it did not drop them. */
  containers: Set<string>,
  rebuilt: (text: string) => boolean,
  before: Map<string, Element>,
  parentOf: Map<string, string | null>,
  metadata: Map<string, { id: string; reason: string }>,
): void {
  const cleaned = { id: 'cleaned', reason: 'Readability judged it not part of the article' };
  for (const [id, el] of before) {
    if (kept.has(id) || containers.has(id)) continue;
    const parent = parentOf.get(id);
    if (parent == null || !kept.has(parent)) continue;
    const text = normalizedText(el);
    if (text === '' || rebuilt(text)) continue;
    const kind = metadata.get(text) ?? cleaned;
    ctx.log(el, `readability:${kind.id}`, kind.reason, 'readability');
  }
}

/**
 * A deep copy of `body` with its page ids (`copyPageIds`), read as every element with an id in document order
 * (`elementsWithIds`) with the id of its nearest such ancestor: one walk of the two trees side by side gives the
 * ids and carries the ancestor's id down, instead of a walk to copy the ids, another to list them and a climb
 * from every element of the page.
 */
function taggedCopy(body: Element): {
  before: Map<string, Element>;
  parentOf: Map<string, string | null>;
} {
  const copy = body.cloneNode(true) as Element;
  movePageId(body, copy);
  const before = new Map<string, Element>();
  const parentOf = new Map<string, string | null>();
  // The copy stands in no tree: its nearest tagged ancestor is the body's own id, if it has one.
  let above = pageId(body);
  /** The `above` of each level the walk has gone down from. */
  const levels: (string | null)[] = [];
  let from: Element | null = body.firstElementChild;
  let to: Element | null = copy.firstElementChild;
  while (from && to) {
    const id = pageId(from);
    if (id !== null) {
      setPageId(to, id);
      before.set(id, to);
      parentOf.set(id, above);
    }
    // A template's content is not part of the page (querySelectorAll skips it; linkedom keeps it in the tree): its
    // ids are copied, and it is not listed.
    if (from.localName === 'template') copyPageIds(from, to);
    const first = from.localName === 'template' ? null : from.firstElementChild;
    if (first && to.firstElementChild) {
      levels.push(above);
      if (id !== null) above = id;
      from = first;
      to = to.firstElementChild;
      continue;
    }
    while (from && to && from !== body && !from.nextElementSibling) {
      from = from.parentElement;
      to = to.parentElement;
      above = levels.pop() ?? null;
    }
    if (!from || !to || from === body) break;
    from = from.nextElementSibling;
    to = to.nextElementSibling;
  }
  return { before, parentOf };
}

/**
 * Readability rebuilds some blocks instead of keeping them: a div of loose text becomes a new, untagged <p> that
 * replaces it. The text is in the article, so the block was not dropped; a record would cross out kept text.
 */
function rebuiltCheck(article: Element): (text: string) => boolean {
  const articleText = normalizedText(article);
  // Given the block's normalised text, which its caller has read already (a text read walks the block).
  return (text) => text.length >= 40 && articleText.includes(text);
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
