/** When the plain text reads figure captions: only when they carry the article (a slideshow story). */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/node';
import { captionsCarryArticle, toPlainText } from '../../src/serialise/text';

const PROSE =
  'Fold the card along the dotted line, glue the two halves together and leave the piece to dry overnight before painting it.';

function article(body: string): Element {
  const doc = parseDocument(
    `<html><body><article>${body}</article></body></html>`,
    'https://a.example/',
    'linkedom',
  );
  return doc.querySelector('article') as Element;
}

const figure = (caption: string): string =>
  `<figure><img src="https://a.example/i.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;

describe('captionsCarryArticle', () => {
  it('reads prose captions that hold more text than the rest (a slideshow)', () => {
    const root = article(
      `<p>A short intro.</p>${[1, 2, 3].map((n) => figure(`<p>${n}. ${PROSE}</p>`)).join('')}`,
    );
    expect(captionsCarryArticle(root)).toBe(true);
    expect(toPlainText(root)).toContain(`3. ${PROSE}`);
  });

  it('leaves out credit-length captions, however many and however short the body', () => {
    const root = article(
      `<p>A short intro.</p>${[1, 2, 3, 4].map(() => figure('Photo: Jane Doe / Agency')).join('')}`,
    );
    expect(captionsCarryArticle(root)).toBe(false);
    expect(toPlainText(root)).not.toContain('Jane Doe');
  });

  it('leaves out two prose captions: a slideshow has at least three', () => {
    const root = article(`<p>A short intro.</p>${figure(PROSE)}${figure(PROSE)}`);
    expect(captionsCarryArticle(root)).toBe(false);
  });

  it('leaves out prose captions when the body holds more text than they do', () => {
    const body = Array.from({ length: 4 }, () => `<p>${PROSE} ${PROSE}</p>`).join('');
    const caption = `The workshop table, seen from above. ${PROSE}`;
    const root = article(`${body}${[1, 2, 3].map(() => figure(caption)).join('')}`);
    expect(captionsCarryArticle(root)).toBe(false);
    expect(toPlainText(root)).not.toContain('The workshop table');
  });
});
