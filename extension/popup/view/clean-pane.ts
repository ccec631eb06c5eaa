/** Right side: the clean text, one element per paragraph (`data-para` lets the other side scroll to it). */
import type { CleanResult } from '../../../src/types';
import { fill, h } from '../h';

export function renderClean(container: HTMLElement, result: CleanResult, paras: readonly string[]): void {
  fill(
    container,
    result.title ? h('h3', { className: 'clean-title' }, result.title) : null,
    paras.length === 0
      ? h(
          'p',
          { className: 'muted' },
          'Nothing is left after cleaning. Turn a rule off on the right to bring text back.',
        )
      : paras.map((text, i) => h('p', { className: 'para', 'data-para': i }, text)),
  );
}
