/**
 * Left side: the whole page in reading order, as the content script's row model says: kept text plain, each cut
 * block tinted and struck through under its reason (one row per removal record), page text in neither shown
 * muted, and landmarks with nothing kept (header, navigation, sidebars, footer) as collapsed, labelled groups.
 */
import type { RemovedBlock } from '../../../src/types';
import type { CompareRow, Comparison, MemoryStatus } from '../../shared/messages';
import { fill, h } from '../../shared/h';
import { NO_EFFECT } from './rules-list';

export interface CompareHandlers {
  keep(record: number): void;
  /** "Make this a rule" on a learned cut (`memory:<print>`). */
  makeRule(record: number): void;
  /** Switches the block's reason off on this site; absent for Readability's cuts (no rule to switch off). */
  switchOff(reason: string): void;
}

const STAGE: Record<RemovedBlock['stage'], string> = {
  'pre-rules': 'before Readability',
  readability: 'by Readability',
  'post-rules': 'after Readability',
};

const isReadability = (block: RemovedBlock): boolean => block.ruleId.startsWith('readability:');

/** What the rows need to know of the site memory: the learned cuts' selectors. */
export type CompareMemory = Pick<MemoryStatus, 'cut'> | undefined;

/**
 * "Make this a rule" for a learned cut: it needs a selector, the remembered one or one the page suggests for the
 * block's element, which needs the block still on the page. Null when it can act, else why not.
 */
function whyNoRule(block: RemovedBlock, memory: CompareMemory, placed: boolean): string | null {
  if (memory?.cut[block.ruleId]?.selector) return null;
  return placed
    ? null
    : 'Pith remembered no selector for this block and it is no longer on the page: reload the page and try again.';
}

/** What the pane is drawn with, beside the comparison's rows. */
export interface CompareView {
  removed: readonly RemovedBlock[];
  handlers: CompareHandlers;
  /** Pith is on on this site: the reasons' switches can act. */
  pithOn: boolean;
  /** Reasons whose switch would not change the clean text: their "Keep all like this" is disabled. */
  inert?: ReadonlySet<string>;
  /** The site memory's learned cuts on this page, for "Make this a rule". */
  memory?: CompareMemory;
}

/** A view as the rows read it, with the groups that were open before this drawing. */
interface Pane extends CompareView {
  inert: ReadonlySet<string>;
  open: ReadonlySet<string>;
}

function makeRuleButton(
  record: number,
  block: RemovedBlock,
  pane: Pane,
  placed: boolean,
): HTMLElement | null {
  if (!block.ruleId.startsWith('memory:')) return null;
  const why = whyNoRule(block, pane.memory, placed);
  const selector = pane.memory?.cut[block.ruleId]?.selector ?? '';
  return h(
    'button',
    {
      type: 'button',
      className: 'make-rule link',
      title:
        why ??
        (selector
          ? `Add a named rule for this site: ##${selector}`
          : 'Add a named rule for this site, with a selector for this block'),
      disabled: why !== null,
      onclick: () => pane.handlers.makeRule(record),
    },
    'Make this a rule',
  );
}

/** `placed`: the block is still on the page (a learned cut's "Make this a rule" can ask it for a selector). */
function cutRow(record: number, text: string, pane: Pane, placed = true): HTMLElement {
  const block = pane.removed[record];
  if (!block) return h('p', { className: 'row muted' }, text);
  const switchable = !isReadability(block) && pane.pithOn;
  const noEffect = pane.inert.has(block.reason);
  return h(
    'div',
    {
      className: `row cut${isReadability(block) ? ' quiet' : ''}`,
      'data-record': record,
      'data-rule': block.ruleId,
      tabindex: -1,
      title: `Cut ${STAGE[block.stage]} by ${block.ruleId}`,
    },
    h('span', { className: 'cut-label' }, block.reason),
    h('del', { className: 'cut-text' }, text || '(no text)'),
    h(
      'span',
      { className: 'cut-actions' },
      h(
        'button',
        { type: 'button', className: 'keep', onclick: () => pane.handlers.keep(record) },
        'Keep this',
      ),
      switchable
        ? h(
            'button',
            {
              type: 'button',
              className: 'keep-all link',
              title: noEffect
                ? NO_EFFECT
                : `Switch off every rule with the reason "${block.reason}" on this site`,
              disabled: noEffect,
              onclick: () => pane.handlers.switchOff(block.reason),
            },
            'Keep all like this',
          )
        : null,
      makeRuleButton(record, block, pane, placed),
    ),
  );
}

function rowEl(row: CompareRow, pane: Pane): HTMLElement {
  switch (row.kind) {
    case 'kept':
      return row.heading
        ? h('h4', { className: 'row kept heading' }, row.text)
        : h('p', { className: 'row kept' }, row.text);
    case 'cut':
      return cutRow(row.record, row.text, pane);
    case 'left-out':
      return h('p', { className: 'row left-out', title: `Not in the clean text: ${row.why}` }, row.text);
    case 'region':
      return group(
        row.label,
        row.rows.map((r) => rowEl(r, pane)),
        pane.open,
      );
  }
}

function group(label: string, children: HTMLElement[], open: ReadonlySet<string>): HTMLElement {
  return h(
    'details',
    { className: 'group', 'data-key': label, open: open.has(label) },
    h('summary', {}, label),
    children,
  );
}

function recordsGroup(
  label: string,
  records: readonly number[],
  pane: Pane,
  placed: boolean,
): HTMLElement | null {
  if (records.length === 0) return null;
  const counts = new Map<string, number>();
  for (const i of records) {
    const reason = pane.removed[i]?.reason ?? '';
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  const reasons = [...counts].map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason)).join(', ');
  return group(
    `${label} · ${records.length} block${records.length === 1 ? '' : 's'}: ${reasons}`,
    records.map((i) => cutRow(i, pane.removed[i]?.text ?? '', pane, placed)),
    pane.open,
  );
}

export function renderCompare(container: HTMLElement, comparison: Comparison, view: CompareView): void {
  const open = new Set(
    [...container.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.key ?? ''),
  );
  const pane: Pane = { ...view, inert: view.inert ?? new Set(), open };
  fill(
    container,
    comparison.rows.length === 0 ? h('p', { className: 'muted' }, 'This page has no text to compare.') : null,
    comparison.rows.map((row) => rowEl(row, pane)),
    recordsGroup('Also cut, with no text', comparison.emptyCuts, pane, true),
    recordsGroup('Cut, but no longer on the page', comparison.unplaced, pane, false),
  );
}

/** Disables, in place, "Keep all like this" for reasons whose switch would change nothing (see `markInertSwitches`). */
export function markInertKeepAll(
  container: HTMLElement,
  removed: readonly RemovedBlock[],
  inert: ReadonlySet<string>,
): void {
  for (const button of container.querySelectorAll<HTMLButtonElement>('button.keep-all')) {
    const record = removed[Number(button.closest<HTMLElement>('[data-record]')?.dataset.record)];
    if (!record || !inert.has(record.reason)) continue;
    button.disabled = true;
    button.title = NO_EFFECT;
  }
}
