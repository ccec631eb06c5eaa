/** look-alike-text: Latin words spelled partly with Cyrillic or Greek letters, and what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { isLookAlikeText } from '../../src/heuristics/look-alike-text';

describe('isLookAlikeText', () => {
  it('takes Latin words spelled with Cyrillic look-alikes', () => {
    expect(isLookAlikeText('Yоur соntеnt іѕ dеlіvеrеd tо rеаdеrѕ еvеrу dау')).toBe(true);
  });

  it('takes Latin words spelled with Greek look-alikes', () => {
    expect(isLookAlikeText('Βοοk yοur ad nοw and reach thοusands οf readers')).toBe(true);
  });

  it('leaves Cyrillic or Greek text that names Latin brands as words of their own', () => {
    expect(isLookAlikeText('Жители узнали о решении из Telegram-канала мэрии и из рассылки по e-mail')).toBe(
      false,
    );
    expect(isLookAlikeText('Η εταιρεία Google ανακοίνωσε νέο iPhone app για την Αθήνα')).toBe(false);
  });

  it('leaves a paragraph with one or two mixed words (a typo), and a long block where they are few', () => {
    expect(isLookAlikeText('The cоuncil met on Tuesday and agreed the plаn for the harbour.')).toBe(false);
    const prose = 'The council met on Tuesday and agreed the plan for the harbour wall. '.repeat(5);
    expect(isLookAlikeText(`${prose} Yоur соntеnt hеrе`)).toBe(false);
  });
});
