/** Right side: the clean text as the content script split it, sub-headings drawn as headings. */
import type { CleanBlock } from '../../shared/messages';
import { fill, h } from '../../shared/h';

export function renderClean(container: HTMLElement, title: string, blocks: readonly CleanBlock[]): void {
  fill(
    container,
    title ? h('h3', { className: 'clean-title' }, title) : null,
    blocks.length === 0
      ? h(
          'p',
          { className: 'muted' },
          'Nothing is left after cleaning. Switch a reason off to bring text back.',
        )
      : blocks.map((block) =>
          block.heading
            ? h('h4', { className: 'para heading' }, block.text)
            : h('p', { className: 'para' }, block.text),
        ),
  );
}
