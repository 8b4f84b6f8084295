import { looksSpanish, plainlySpanish } from '../../src/text/languageHint';

describe('looksSpanish', () => {
  it.each([
    'me voy a matar',
    'sobredosis',
    'quisiera estar muerta',
    'me kiero morir',
    'mi esposo toma mucho',
    'necesito ayuda, mi hijo usa drogas',
  ])('reads "%s" as Spanish', (text) => {
    expect(looksSpanish(text)).toBe(true);
  });

  it.each([
    'help me',
    'a meeting near me',
    'al anon meetings',
    'meetings in la',
    'is there an aa meeting in el paso',
    'took too many pills in la jolla',
    'no',
  ])('reads "%s" as not Spanish', (text) => {
    expect(looksSpanish(text)).toBe(false);
  });
});

describe('plainlySpanish', () => {
  it.each(['mi esposo toma mucho', 'hablas español?', 'necesito ayuda, mi hijo usa drogas'])(
    'takes "%s" as plainly Spanish',
    (text) => {
      expect(plainlySpanish(text)).toBe(true);
    },
  );

  it.each(['ya', 'si', 'yo', 'is there an aa meeting in el paso', 'meetings in la'])(
    'does not take "%s" as plainly Spanish',
    (text) => {
      expect(plainlySpanish(text)).toBe(false);
    },
  );
});
