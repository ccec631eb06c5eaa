/**
 * Left side: the original region in reading order. Removed blocks are tinted and struck through with their
 * reason as a label and the rule id in the tooltip; Readability's cuts sit in collapsed groups.
 */
import type { Group, RemovedRow, Row } from '../compare-model';
import { fill, h } from '../h';

export interface CompareHandlers {
  keep(row: RemovedRow): void;
  keepAll(row: RemovedRow): void;
  /** Shows in the clean text where the block was cut. */
  jump(row: RemovedRow, el: HTMLElement): void;
}

const STAGE: Record<string, string> = {
  'pre-rules': 'before Readability',
  readability: 'by Readability',
  'post-rules': 'after Readability',
};

/** `all`: Keep this and Keep all like this; `keep`: only Keep this (Readability's cuts have no rule to turn off). */
type Actions = 'all' | 'keep';

function removedRow(row: RemovedRow, handlers: CompareHandlers, actions: Actions): HTMLElement {
  const switchable = actions === 'all';
  const { block } = row;
  const where = row.located ? '' : ' (outside the part of the page shown here)';
  const el: HTMLElement = h(
    'div',
    {
      className: `row removed${switchable ? '' : ' quiet'}`,
      id: `cut-${row.index}`,
      'data-rule': block.ruleId,
      'data-index': row.index,
      tabindex: -1,
      title: `Removed ${STAGE[block.stage] ?? ''} by ${block.ruleId}${where}. Click to see where it was cut.`,
      onclick: (event) => {
        if (!(event.target instanceof HTMLElement) || !event.target.closest('button')) handlers.jump(row, el);
      },
    },
    h('span', { className: 'cut-label' }, block.reason),
    h('del', { className: 'cut-text' }, block.text || '(no text)'),
    h(
      'span',
      { className: 'cut-actions' },
      h('button', { type: 'button', className: 'keep', onclick: () => handlers.keep(row) }, 'Keep this'),
      switchable
        ? h(
            'button',
            {
              type: 'button',
              className: 'keep-all link',
              title: `Turn off ${block.ruleId} on this site`,
              onclick: () => handlers.keepAll(row),
            },
            'Keep all like this',
          )
        : null,
    ),
  );
  return el;
}

function keptRow(row: Extract<Row, { kind: 'kept' }>): HTMLElement {
  return h('p', { className: 'row kept', 'data-para': row.para ?? null }, row.text);
}

export function renderCompare(
  container: HTMLElement,
  groups: readonly Group[],
  handlers: CompareHandlers,
): void {
  const open = new Set(
    [...container.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.key),
  );
  fill(
    container,
    groups.length === 0 ? h('p', { className: 'muted' }, 'The page sent no text to compare.') : null,
    groups.map((g) => {
      if (g.kind === 'row')
        return g.row.kind === 'kept' ? keptRow(g.row) : removedRow(g.row, handlers, 'all');
      const key = g.rows.map((r) => r.index).join('-');
      const words = g.rows.reduce((n, r) => n + r.block.text.split(/\s+/).filter(Boolean).length, 0);
      return h(
        'details',
        { className: 'group', 'data-key': key, open: open.has(key) },
        h(
          'summary',
          {},
          `Not part of the article (Readability) · ${g.rows.length} block${g.rows.length === 1 ? '' : 's'}, ${words} words`,
        ),
        g.rows.map((r) => removedRow(r, handlers, 'keep')),
      );
    }),
  );
}
