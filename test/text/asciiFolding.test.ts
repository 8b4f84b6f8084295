import fc from 'fast-check';
import { plainWords } from '../../src/directory/plainWords';
import { normalizeText } from '../../src/text/answerMatch';
import { plainLower, wordsOfPlain } from '../../src/text/textWords';

/**
 * ASCII texts skip the Unicode folding (NFD, \p{M}, \p{L}\p{N}) in the normalisers. These are the
 * Unicode rules written out, as they were before: on ASCII the quick way must give the same.
 */
const unicodeLower = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    // An acronym's stops dropped ("s.m.a.r.t." is "smart"), on both paths.
    .replace(/(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+(?![\p{L}\p{N}])/gu, (acronym) => acronym.replace(/\./g, ''));
const unicodeWordsRaw = (plain: string) =>
  plain
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const unicodeNormal = (t: string) =>
  t
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    // An apostrophe inside a word is dropped: "don't" is "dont", as the flow's lists write it.
    .replace(/(?<=[\p{L}\p{N}])['’‘`´ʼ](?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const unicodePlainWords = (t: string) =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const every = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
const ascii = fc.string({ unit: fc.constantFrom(...every), maxLength: 40 });

describe('the normalisers on ASCII text', () => {
  it('give what the Unicode rules give, for every ASCII character and mixes of them', () => {
    for (const text of [...every, every.join(''), "Don't `quote` Me, 79101!", 'A-B_c d\te\nf', 'S.M.A.R.T. a.a x.9']) {
      expect(plainLower(text)).toBe(unicodeLower(text));
      expect(wordsOfPlain(plainLower(text)).join(' ')).toBe(wordsOfPlainReference(text));
      expect(normalizeText(text)).toBe(unicodeNormal(text));
      expect(plainWords(text)).toBe(unicodePlainWords(text));
    }
    fc.assert(
      fc.property(ascii, (text) => {
        expect(plainLower(text)).toBe(unicodeLower(text));
        expect(normalizeText(text)).toBe(unicodeNormal(text));
        expect(plainWords(text)).toBe(unicodePlainWords(text));
        expect(wordsOfPlain(plainLower(text)).join(' ')).toBe(wordsOfPlainReference(text));
      }),
      { numRuns: 500 },
    );
  });

  it('still fold accents in text that is not ASCII', () => {
    expect(plainLower('Días')).toBe('dias');
    expect(normalizeText('¿Qué?')).toBe('que');
    expect(plainWords('Saint-Jérôme')).toBe('saint jerome');
  });
});

/** The words as the Unicode rules split them (the rewrites, applied the same way to both, are left aside). */
function wordsOfPlainReference(text: string): string {
  const raw = unicodeWordsRaw(unicodeLower(text));
  return raw ? wordsOfPlain(raw).join(' ') : '';
}
