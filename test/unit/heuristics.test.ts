/** Heuristic traps: what each heuristic must take, and the look-alike article text it must leave. */
import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';

const prose = (n: number, topic = 'the harbour'): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic} goes on for a while, with enough words and commas, so that it reads like the body of a real news story.</p>`,
  ).join('');

const clean = (body: string, dom: DomImplementation) =>
  cleanHtml(`<html><head><title>Harbour story</title></head><body>${body}</body></html>`, {
    url: 'https://news.example/story',
    dom,
  });

describe.each<DomImplementation>(['jsdom', 'linkedom'])('heuristics on %s', (dom) => {
  it('cta-box takes a sign-up box but not one sentence with a "click here" link', () => {
    const r = clean(
      `<article>${prose(5)}<p><a href="/dl">Click here</a> to get more information or download this game.</p>
       <div class="x9f"><h3>Follow Harbour News on WhatsApp</h3><p>Keep up with the latest news.</p><a href="/wa">Tap here</a></div>
       ${prose(3)}</article>`,
      dom,
    );
    expect(r.text).toContain('to get more information or download this game.');
    expect(r.text).not.toContain('Follow Harbour News on WhatsApp');
    expect(r.removed.find((b) => b.text.startsWith('Follow Harbour News'))?.ruleId).toBe('heuristic:cta-box');
  });

  it('story-cards takes a grid of linked teasers after the story, not a listicle that is the story', () => {
    const card = (i: number) =>
      `<div class="c"><a href="/s${i}"><h3>Another headline about the city number ${i}</h3></a><p>A short teaser for story ${i}.</p></div>`;
    const withCards = clean(
      `<article>${prose(8)}</article><div class="g">${card(1)}${card(2)}${card(3)}</div>`,
      dom,
    );
    expect(withCards.text).not.toContain('Another headline about the city');

    const item = (i: number) =>
      `<section><h3><a href="https://shop.example/p${i}">Best harbour kayak number ${i}</a></h3>${prose(2, `kayak ${i}`)}</section>`;
    const listicle = clean(
      `<article><p>Our pick of kayaks for the harbour this summer, tested.</p><div>${[1, 2, 3, 4, 5].map(item).join('')}</div></article>`,
      dom,
    );
    expect(listicle.text).toContain('Best harbour kayak number 3');
    expect(listicle.text).toContain('Paragraph 2 about kayak 5');
  });

  it('dateline takes "Published … | Updated …" and a bare byline, not prose that starts with "By"', () => {
    const r = clean(
      `<article><div class="m">Published 10:48, Tue, Nov 19, 2019 | Updated 11:05</div><p>By Justine Coleman</p>
       <p>By the end of the day, officials said the harbour would reopen to small boats and ferries.</p>${prose(5)}</article>`,
      dom,
    );
    expect(r.text).not.toContain('Published 10:48');
    expect(r.text).not.toContain('By Justine Coleman');
    expect(r.text).toContain('By the end of the day, officials said');
  });

  it('announced-list takes "You may also like…" with its links, and keeps a list of sources in the text', () => {
    const links = (label: string) =>
      [1, 2, 3].map((i) => `<p><a href="/r${i}">${label} link number ${i} to somewhere</a></p>`).join('');
    const r = clean(
      `<article>${prose(6)}<p>The report drew on three studies:</p><ul><li>A survey of 400 harbour users, published in May by the port authority and the council.</li><li>A tide model run by the university over the winter months.</li></ul><p>You may also like...</p>${links('Related')}</article>`,
      dom,
    );
    expect(r.text).toContain('A survey of 400 harbour users');
    expect(r.text).not.toContain('You may also like');
    expect(r.text).not.toContain('Related link number 2');
  });

  it('generic text rules take a whole line, never a link or bold phrase inside a sentence', () => {
    const r = clean(
      `<article>${prose(5)}<p>The draft, marked <a href="/d">Source link</a> in the leaked file, was shared widely.</p>
       <p><strong>Advertisement</strong> revenue fell by a third, the company said on Tuesday.</p><p>Source link</p>${prose(2)}</article>`,
      dom,
    );
    expect(r.text).toContain('The draft, marked Source link in the leaked file');
    expect(r.text).toContain('Advertisement revenue fell by a third');
    expect(r.removed.filter((b) => b.text === 'Source link')).toHaveLength(1);
  });

  it('announced-list knows a bare "More" heading and headings in other languages', () => {
    const links = (label: string) =>
      [1, 2, 3]
        .map((i) => `<li><a href="/${label}${i}">${label} headline number ${i} about the port</a></li>`)
        .join('');
    const r = clean(
      `<article>${prose(6)}<h3>More</h3><ul>${links('Other')}</ul><h4>Artículos relacionados</h4><ul>${links('Otra')}</ul></article>`,
      dom,
    );
    expect(r.text).not.toContain('Other headline number 2');
    expect(r.text).not.toContain('Otra headline number 2');
    expect(r.text).toContain('Paragraph 6 about the harbour');
  });

  it('named-related takes a related box of link <h1> cards, never a block holding the headline', () => {
    const card = (i: number) =>
      `<article class="story-card"><h1><a href="/s${i}">Another headline about the city number ${i}</a></h1></article>`;
    const r = clean(
      `<article><header class="post-head"><h1><a href="/story">Harbour story</a></h1><p>A standfirst line.</p></header>
       ${prose(3)}<section class="related-stories"><h1>City desk</h1>${card(1)}${card(2)}${card(3)}</section>${prose(3)}</article>`,
      dom,
    );
    expect(r.removed.find((b) => b.text.includes('Another headline about the city'))?.ruleId).toBe(
      'heuristic:named-related',
    );
    expect(r.text).toContain('A standfirst line.');
    expect(r.title).toBe('Harbour story');

    // One link <h1>, or a plain <h1> longer than a label, is a headline: the block stays for it.
    const one = clean(
      `<article>${prose(3)}<div class="related-head"><h1><a href="/x">A headline that points away from here</a></h1></div>${prose(3)}</article>`,
      dom,
    );
    expect(one.removed.some((b) => b.ruleId === 'heuristic:named-related')).toBe(false);
  });
});
