import { looksSpanish, plainlyEnglish, plainlySpanish } from '../../src/text/languageHint';

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

describe('plainlyEnglish', () => {
  it.each(['he drinks every night', 'my husband needs help', 'is there a meeting near me'])(
    'takes "%s" as plainly English',
    (text) => {
      expect(plainlyEnglish(text)).toBe(true);
    },
  );

  it.each([
    'ok',
    'in person',
    'online please',
    'the meeting',
    'si, in person',
    'mi esposo drinks a lot',
    'estoy en Fort Worth',
  ])('does not take "%s" as plainly English', (text) => {
    expect(plainlyEnglish(text)).toBe(false);
  });
});
