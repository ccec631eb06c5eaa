/** Photo credits inside figure captions, in the page's languages: the credit goes, the caption stays. */
import { describe, expect, it } from 'vitest';
import { cleanHtml, type DomImplementation } from '../../src/node';

const prose = (lang: string): string =>
  ({
    en: 'The harbour board met on Tuesday and agreed to close the old slip to boats for the whole summer season.',
    de: 'Der Hafenrat hat am Dienstag beschlossen, die alte Slipanlage den ganzen Sommer über für Boote zu sperren, und die Wardens sind dafür.',
    fr: "Le conseil du port a décidé mardi de fermer l'ancienne cale aux bateaux pendant tout l'été, et les gardes sont pour.",
    pl: 'Rada portu postanowiła we wtorek zamknąć starą pochylnię dla łodzi na całe lato, a strażnicy są za tym i się cieszą.',
  })[lang] ?? '';

function cleanFigure(lang: string, caption: string, dom: DomImplementation) {
  const paragraphs = Array.from({ length: 5 }, () => `<p>${prose(lang)}</p>`).join('');
  const html = `<html lang="${lang}"><head><title>Harbour</title></head><body><article>${paragraphs}
    <figure><img src="https://img.example/seal.jpg" alt="A seal"><figcaption>${caption}</figcaption></figure>
    ${paragraphs}</article></body></html>`;
  return cleanHtml(html, { url: 'https://news.example/story', dom });
}

describe.each<DomImplementation>(['jsdom', 'linkedom'])('caption credits on %s', (dom) => {
  it.each([
    ['en', 'Seals on the slip at dawn. Photo: Jonas Berg', 'Seals on the slip at dawn.', 'Jonas Berg'],
    ['de', 'Robben auf der Slipanlage. Foto: dpa/Jens Büttner', 'Robben auf der Slipanlage.', 'Büttner'],
    ['fr', 'Des phoques sur la cale. Crédit photo : AFP', 'Des phoques sur la cale.', 'AFP'],
    ['pl', 'Foki na pochylni. Fot. Jan Nowak/PAP', 'Foki na pochylni.', 'Nowak'],
    ['en', 'Seals on the slip <span class="credit">Jonas Berg</span>', 'Seals on the slip', 'Jonas Berg'],
    ['en', 'Seals on the slip (REUTERS/Phil Noble)', 'Seals on the slip', 'Phil Noble'],
  ])('%s: "%s" keeps its caption', (lang, caption, kept, credit) => {
    const r = cleanFigure(lang, caption, dom);
    expect(r.markdown).toContain(kept);
    expect(r.markdown).not.toContain(credit);
    expect(r.markdown).toContain('![A seal](https://img.example/seal.jpg)');
    expect(r.removed.map((b) => b.ruleId)).toContain('heuristic:caption-credit');
  });

  it('a caption that only credits goes; the photo stays', () => {
    const r = cleanFigure('en', 'Credit: Jonas Berg', dom);
    expect(r.markdown).not.toContain('Jonas Berg');
    expect(r.markdown).toContain('![A seal](https://img.example/seal.jpg)');
  });

  it.each([
    'A photo of the estuary taken in 1920 shows no seals at all.',
    'Image: Waves crash over the seafront on Friday morning.',
    'The photographer waited three days for the seals to come back.',
  ])('leaves a caption that only mentions a photo: "%s"', (caption) => {
    const r = cleanFigure('en', caption, dom);
    expect(r.markdown).toContain(caption.replace(/^Image: /, ''));
    expect(r.removed.map((b) => b.ruleId)).not.toContain('heuristic:caption-credit');
  });
});
