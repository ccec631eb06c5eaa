/**
 * Import that shows before it changes: a file (a Pith export or a filter list) or pasted text is previewed by the
 * background against the current settings — what will be added, replaced and removed, and the lines skipped —
 * with a choice between merge and replace. Nothing is written until "Import" is clicked; a bad file says why.
 */
import { h } from '../shared/h';
import type { ImportChange, ImportMode, ImportPlan } from '../shared/import-plan';
import { sendToBackground } from '../shared/send';

const VERB: Record<ImportChange['kind'], string> = { add: 'Add', replace: 'Replace', remove: 'Remove' };

export interface ImportView {
  /** Shows the preview for `text` (a file's contents or pasted text). */
  preview(text: string, source: string): Promise<void>;
}

export function importView(
  container: HTMLElement,
  hooks: { refresh(): Promise<void>; say(text: string, kind: 'ok' | 'error'): void },
): ImportView {
  let pending: { text: string; source: string } | null = null;

  const mode = (): ImportMode =>
    (container.querySelector<HTMLInputElement>('input[name="import-mode"]:checked')?.value as ImportMode) ??
    'merge';

  const close = (): void => {
    pending = null;
    container.hidden = true;
    container.replaceChildren();
  };

  const draw = (plan: ImportPlan, source: string): void => {
    const radio = (value: ImportMode, label: string, hint: string): HTMLElement => {
      const input = h('input', { type: 'radio', name: 'import-mode', value });
      input.checked = value === mode();
      input.addEventListener('change', () => void show());
      return h('label', {}, input, ` ${label} `, h('span', { className: 'muted' }, hint));
    };
    const modes = h(
      'fieldset',
      {},
      h('legend', {}, 'How to import'),
      radio('merge', 'Merge', 'keep what you have; add and update what the file brings'),
      h('br'),
      radio('replace', 'Replace', 'your settings become exactly the file'),
    );
    const changes =
      plan.changes.length === 0
        ? h('p', { id: 'import-nothing' }, 'This import changes nothing.')
        : h(
            'ul',
            { id: 'import-changes' },
            plan.changes.map((c) =>
              h(
                'li',
                { className: c.kind },
                h('strong', {}, `${VERB[c.kind]}: `),
                c.what,
                h('span', { className: 'muted' }, ` — ${c.detail}`),
              ),
            ),
          );
    const skipped =
      plan.skipped.length === 0
        ? null
        : h(
            'div',
            { id: 'import-skipped' },
            h(
              'p',
              {},
              `${plan.skipped.length} line${plan.skipped.length === 1 ? '' : 's'} skipped: Pith cannot run them.`,
            ),
            h(
              'ul',
              { className: 'errors' },
              plan.skipped.map((e) => h('li', {}, `Line ${e.line}: ${e.source.trim()} — ${e.message}`)),
            ),
          );
    const apply = h('button', { type: 'button', id: 'import-apply', className: 'primary' }, 'Import');
    apply.disabled = plan.changes.length === 0;
    apply.addEventListener('click', () => void run());
    container.replaceChildren(
      h('h3', {}, `Import from ${source}`),
      modes,
      changes,
      skipped ?? '',
      h('p', {}, apply, ' ', h('button', { type: 'button', id: 'import-cancel', onclick: close }, 'Cancel')),
    );
    container.hidden = false;
  };

  const show = async (): Promise<void> => {
    if (!pending) return;
    const { text, source } = pending;
    const plan = await sendToBackground('settings/import-preview', { text, mode: mode() });
    if (!plan.ok) {
      close();
      hooks.say(`${plan.error.message} Nothing was changed.`, 'error');
      return;
    }
    draw(plan.value, source);
  };

  const run = async (): Promise<void> => {
    if (!pending) return;
    const done = await sendToBackground('settings/import', { text: pending.text, mode: mode() });
    close();
    if (!done.ok) {
      hooks.say(`${done.error.message} Nothing was changed.`, 'error');
      return;
    }
    const count = (kind: ImportChange['kind']): number =>
      done.value.changes.filter((c) => c.kind === kind).length;
    const skipped = done.value.skipped.length;
    hooks.say(
      `Imported: ${count('add')} added, ${count('replace')} replaced, ${count('remove')} removed` +
        (skipped ? `; ${skipped} line${skipped === 1 ? '' : 's'} skipped.` : '.'),
      'ok',
    );
    await hooks.refresh();
  };

  return {
    async preview(text, source) {
      container.replaceChildren();
      pending = { text, source };
      hooks.say('', 'ok');
      await show();
    },
  };
}
