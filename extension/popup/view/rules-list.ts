/**
 * The reasons Pith cut blocks for on this page, each with one per-site switch that acts on every rule and
 * heuristic giving that reason, and the rules' own text one click away. Readability's cuts are one line.
 */
import type { ReasonGroup } from '../../shared/messages';
import { fill, h } from '../../shared/h';

/** Why a reason's switch is disabled when switching it off would change nothing. */
export const NO_EFFECT =
  'Switching this off would not change the clean text on this page: Readability leaves these blocks out of the article anyway, or another reason cuts them too.';

const WHY_OFF = 'No effect here: the clean text is the same without it';

export interface RulesHandlers {
  setReason(reason: string, enabled: boolean): void;
  show(reason: string): void;
}

export function renderRules(
  container: HTMLElement,
  groups: readonly ReasonGroup[],
  disabledIds: readonly string[],
  readabilityCount: number,
  /** Why the switches cannot act, or null: e.g. Pith is off on this site. */
  disabledBecause: string | null,
  handlers: RulesHandlers,
  /** Reasons whose switch would not change the clean text here (null: not checked yet). */
  inert: ReadonlySet<string> | null = null,
): void {
  const off = new Set(disabledIds);
  if (updateInPlace(container, groups, off, disabledBecause, inert, readabilityNote(readabilityCount)))
    return;
  const items = groups.map((g) => {
    const enabled = !g.ruleIds.every((id) => off.has(id));
    const noEffect = enabled && disabledBecause === null && (inert?.has(g.reason) ?? false);
    return h(
      'li',
      { className: enabled ? 'rule' : 'rule off', 'data-reason': g.reason },
      h(
        'label',
        {
          title:
            disabledBecause ??
            (noEffect ? NO_EFFECT : `Switch "${g.reason}" ${enabled ? 'off' : 'on'} on this site`),
        },
        h('input', {
          type: 'checkbox',
          className: 'rule-toggle',
          'data-reason': g.reason,
          checked: enabled,
          disabled: disabledBecause !== null || noEffect,
          onchange: (event) => handlers.setReason(g.reason, (event.target as HTMLInputElement).checked),
        }),
        h('span', { className: 'rule-reason' }, g.reason),
      ),
      h('span', { className: 'rule-count', title: 'Blocks cut on this page' }, String(g.count)),
      noEffect ? h('span', { className: 'why-off muted' }, WHY_OFF) : null,
      g.count > 0
        ? h(
            'button',
            {
              type: 'button',
              className: 'link show',
              'aria-label': `Show what "${g.reason}" cut`,
              onclick: () => handlers.show(g.reason),
            },
            'Show',
          )
        : null,
      h(
        'details',
        { className: 'rule-source' },
        h('summary', {}, `${g.ruleIds.length} rule${g.ruleIds.length === 1 ? '' : 's'}`),
        g.sources.map((s) => h('code', { title: s.ruleId }, s.text)),
      ),
    );
  });
  fill(
    container,
    disabledBecause ? h('p', { className: 'muted hint' }, disabledBecause) : null,
    items.length > 0
      ? h('ul', { className: 'rules' }, items)
      : h('p', { className: 'muted' }, 'No rule or heuristic cut anything on this page.'),
    readabilityCount > 0
      ? h('p', { className: 'muted readability-note' }, readabilityNote(readabilityCount))
      : null,
    items.length > 0 && !disabledBecause
      ? h(
          'p',
          { className: 'muted hint' },
          'Unticked reasons stay off on this site until you tick them again.',
        )
      : null,
  );
}

/**
 * Redraws the same list of reasons in place: after a switch the popup reloads its report and redraws, and a list
 * rebuilt under the pointer loses a click whose press and release land on different nodes (a second switch
 * clicked while the first is saved). Returns false when the list differs (other reasons, a count that adds or
 * drops its Show button), which is then rebuilt.
 */
/** The note under the list on what Readability left out (it has no switch). */
function readabilityNote(count: number): string {
  if (count === 0) return '';
  return `Readability left out ${count} block${count === 1 ? '' : 's'} (not part of the article). It has no rule to switch off; use Keep this on a block to bring it back.`;
}

function updateInPlace(
  container: HTMLElement,
  groups: readonly ReasonGroup[],
  off: ReadonlySet<string>,
  disabledBecause: string | null,
  inert: ReadonlySet<string> | null,
  note: string,
): boolean {
  if (disabledBecause !== null) return false;
  const rows = Array.from(container.querySelectorAll<HTMLLIElement>('ul.rules > li'));
  // Only a drawn list is updated: with no reasons (nothing drawn yet, or "nothing cut"), and when the note on
  // Readability's count has changed (a block kept), it is drawn anew.
  const same =
    rows.length > 0 &&
    (container.querySelector('.readability-note')?.textContent ?? '') === note &&
    rows.length === groups.length &&
    groups.every((g, i) => {
      const row = rows[i];
      return (
        row?.dataset.reason === g.reason &&
        (row.querySelector('button.show') !== null) === g.count > 0 &&
        row.querySelector('summary')?.textContent ===
          `${g.ruleIds.length} rule${g.ruleIds.length === 1 ? '' : 's'}`
      );
    });
  if (!same) return false;
  groups.forEach((g, i) => {
    const row = rows[i] as HTMLLIElement;
    const enabled = !g.ruleIds.every((id) => off.has(id));
    const noEffect = enabled && (inert?.has(g.reason) ?? false);
    row.className = enabled ? 'rule' : 'rule off';
    const input = row.querySelector<HTMLInputElement>('input.rule-toggle');
    if (input) {
      input.checked = enabled;
      input.disabled = noEffect;
    }
    const label = row.querySelector('label');
    if (label)
      label.title = noEffect ? NO_EFFECT : `Switch "${g.reason}" ${enabled ? 'off' : 'on'} on this site`;
    const count = row.querySelector('.rule-count');
    if (count) count.textContent = String(g.count);
    const why = row.querySelector('.why-off');
    if (noEffect && !why) count?.after(h('span', { className: 'why-off muted' }, WHY_OFF));
    if (!noEffect) why?.remove();
  });
  return true;
}

/**
 * Marks the drawn switches whose reason would change nothing, in place: the list the user may be clicking is not
 * rebuilt when the page's check arrives a moment after the report.
 */
export function markInertSwitches(container: HTMLElement, inert: ReadonlySet<string>): void {
  for (const input of container.querySelectorAll<HTMLInputElement>('input.rule-toggle')) {
    if (!input.checked || input.disabled || !inert.has(input.dataset.reason ?? '')) continue;
    input.disabled = true;
    const label = input.closest('label');
    if (label) label.title = NO_EFFECT;
    label?.parentElement
      ?.querySelector('.rule-count')
      ?.after(h('span', { className: 'why-off muted' }, WHY_OFF));
  }
}
