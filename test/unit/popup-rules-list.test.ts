/**
 * The popup's reasons list redraws in place when the reasons are the same: a list rebuilt under the pointer loses
 * a click pressed on the old switch and released on the new one (a second switch clicked while the first saves).
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRules } from '../../extension/popup/view/rules-list';
import type { ReasonGroup } from '../../extension/shared/messages';

beforeAll(() => {
  globalThis.document = new JSDOM('<!doctype html><body></body>').window.document;
});

const groups: ReasonGroup[] = [
  {
    reason: 'Share buttons',
    count: 2,
    ruleIds: ['share:a'],
    sources: [{ ruleId: 'share:a', text: '##.share' }],
  },
  { reason: 'Promo', count: 1, ruleIds: ['promos:b'], sources: [{ ruleId: 'promos:b', text: '##.promo' }] },
];
const handlers = { setReason: () => {}, show: () => {} };
const toggle = (c: HTMLElement, reason: string) =>
  c.querySelector<HTMLInputElement>(`input.rule-toggle[data-reason="${reason}"]`);

describe('the reasons list', () => {
  it('keeps its switches (the same nodes) when redrawn with the same reasons, and shows the new states', () => {
    const list = document.createElement('div');
    renderRules(list, groups, [], 0, null, handlers);
    const before = toggle(list, 'Promo');
    renderRules(list, groups, ['share:a'], 0, null, handlers);
    expect(toggle(list, 'Promo')).toBe(before);
    expect(toggle(list, 'Share buttons')?.checked).toBe(false);
    expect(toggle(list, 'Promo')?.checked).toBe(true);
    expect(list.querySelector('li[data-reason="Share buttons"]')?.className).toBe('rule off');
  });

  it('is rebuilt when the reasons differ', () => {
    const list = document.createElement('div');
    renderRules(list, groups, [], 0, null, handlers);
    const before = toggle(list, 'Promo');
    renderRules(list, groups.slice(1), [], 0, null, handlers);
    expect(toggle(list, 'Promo')).not.toBe(before);
    expect(toggle(list, 'Share buttons')).toBeNull();
  });

  it('marks a switch that would change nothing, and unmarks it', () => {
    const list = document.createElement('div');
    renderRules(list, groups, [], 0, null, handlers);
    renderRules(list, groups, [], 0, null, handlers, new Set(['Promo']));
    expect(toggle(list, 'Promo')?.disabled).toBe(true);
    expect(list.querySelectorAll('.why-off')).toHaveLength(1);
    renderRules(list, groups, [], 0, null, handlers, new Set());
    expect(toggle(list, 'Promo')?.disabled).toBe(false);
    expect(list.querySelectorAll('.why-off')).toHaveLength(0);
  });

  it('says so when no rule or heuristic cut anything, and counts what Readability left out', () => {
    const list = document.createElement('div');
    renderRules(list, [], [], 4, null, handlers);
    expect(list.textContent).toContain('No rule or heuristic cut anything on this page.');
    expect(list.querySelector('.readability-note')?.textContent).toContain('Readability left out 4 blocks');
  });

  it('redraws the note on Readability when its count changes under the same reasons (a block kept)', () => {
    const list = document.createElement('div');
    renderRules(list, groups, [], 3, null, handlers);
    renderRules(list, groups, [], 2, null, handlers);
    expect(list.querySelector('.readability-note')?.textContent).toContain('Readability left out 2 blocks');
    renderRules(list, groups, [], 0, null, handlers);
    expect(list.querySelector('.readability-note')).toBeNull();
  });
});
