/**
 * A rule-list box with live errors: every keystroke runs the engine's own parser and lists each error with its
 * line and column under the box; the save button is off while there is one, so nothing invalid is saved.
 */
import { parseRules } from '../../src/rules/parse';
import { h } from '../shared/h';

export interface RulesEditor {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
  /** Whether the text parses. */
  check(): boolean;
}

export function rulesEditor(options: {
  id: string;
  label: string;
  value: string;
  rows?: number;
  onSave: (text: string) => Promise<string | null>;
}): RulesEditor {
  const errorsId = `${options.id}-errors`;
  const textarea = h('textarea', {
    id: options.id,
    rows: options.rows ?? 6,
    spellcheck: 'false',
    'aria-label': options.label,
    'aria-describedby': errorsId,
  });
  textarea.value = options.value;
  const errors = h('ul', { id: errorsId, className: 'errors' });
  const status = h('span', { role: 'status', className: 'status' });
  const save = h('button', { type: 'button', className: 'save' }, 'Save rules');
  const check = (): boolean => {
    const found = parseRules(textarea.value, 'user').errors;
    errors.replaceChildren(
      ...found.map((e) =>
        h('li', {}, `Line ${e.line}, column ${e.column}: ${e.message} — ${e.source.trim()}`),
      ),
    );
    textarea.setAttribute('aria-invalid', String(found.length > 0));
    save.disabled = found.length > 0;
    return found.length === 0;
  };
  textarea.addEventListener('input', () => {
    check();
    status.textContent = '';
  });
  save.addEventListener('click', async () => {
    if (!check()) {
      status.textContent = 'Fix the errors above first; nothing was saved.';
      status.className = 'status error';
      return;
    }
    const problem = await options.onSave(textarea.value);
    status.textContent = problem ?? 'Saved.';
    status.className = `status ${problem ? 'error' : 'ok'}`;
  });
  check();
  return {
    element: h('div', { className: 'rules-editor' }, textarea, errors, save, ' ', status),
    textarea,
    check,
  };
}
