/** The states that replace the page view: not an article, cannot read this page, other errors. */
import { fill, h } from '../../shared/h';

export interface NoticeAction {
  id: string;
  label: string;
  run(): void;
}

export function showNotice(
  el: HTMLElement,
  kind: 'not-article' | 'restricted' | 'error' | 'info',
  heading: string,
  message: string,
  actions: NoticeAction[] = [],
): void {
  el.hidden = false;
  el.className = `notice ${kind}`;
  fill(
    el,
    h('strong', {}, heading),
    h('p', {}, message),
    actions.length > 0
      ? h(
          'div',
          { className: 'notice-actions' },
          actions.map((a) => h('button', { type: 'button', id: a.id, onclick: () => a.run() }, a.label)),
        )
      : null,
  );
}

export function hideNotice(el: HTMLElement): void {
  el.hidden = true;
  el.replaceChildren();
}
