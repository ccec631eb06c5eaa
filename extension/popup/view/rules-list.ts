/** The rules that fired here, each with its count and a per-site switch; Readability's cuts as one line. */
import type { RulesView } from '../rules-model';
import { fill, h } from '../h';

export interface RulesHandlers {
  toggle(ruleId: string, enabled: boolean): void;
  show(ruleId: string): void;
}

export function renderRules(container: HTMLElement, view: RulesView, handlers: RulesHandlers): void {
  const items = view.entries.map((entry) =>
    h(
      'li',
      { className: entry.enabled ? 'rule' : 'rule off', 'data-rule': entry.ruleId },
      h(
        'label',
        { title: entry.ruleId },
        h('input', {
          type: 'checkbox',
          className: 'rule-toggle',
          'data-rule': entry.ruleId,
          checked: entry.enabled,
          onchange: (event) => handlers.toggle(entry.ruleId, (event.target as HTMLInputElement).checked),
        }),
        h('span', { className: 'rule-reason' }, entry.reason),
      ),
      h('span', { className: 'rule-count', title: 'Blocks removed on this page' }, String(entry.count)),
      entry.count > 0
        ? h(
            'button',
            {
              type: 'button',
              className: 'link show',
              'aria-label': `Show what "${entry.reason}" removed`,
              onclick: () => handlers.show(entry.ruleId),
            },
            'Show',
          )
        : null,
      h('code', { className: 'rule-id' }, entry.ruleId),
    ),
  );
  fill(
    container,
    items.length > 0
      ? h('ul', { className: 'rules' }, items)
      : h('p', { className: 'muted' }, 'No rule removed anything on this page.'),
    view.readabilityCount > 0
      ? h(
          'p',
          { className: 'muted readability-note' },
          `Not part of the article (Readability): ${view.readabilityCount} block${view.readabilityCount === 1 ? '' : 's'}. Readability has no rule to switch off; use Keep this on a block to bring it back.`,
        )
      : null,
    h('p', { className: 'muted hint' }, 'Unticked rules stay off on this site until you tick them again.'),
  );
}
