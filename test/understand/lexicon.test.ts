import { compileLanguage, isFamilyAt } from '../../src/understand/lexicon';

describe('the lists read one word at a time', () => {
  it('leave a phrase out rather than let each of its words count alone', () => {
    const lx = compileLanguage(
      { self_words: { es: ['yo', 'mi mismo'] }, negation: { es: ['no', 'ya no'] }, slots: {} } as never,
      'es',
    );
    expect([...lx.selfWords]).toEqual(['yo']);
    expect([...lx.negation]).toEqual(['no']);
  });
});

describe('words of the flow’s other languages', () => {
  const section = {
    known_words: { es: ['he'] },
    other_words: { en: ['he', 'she'] },
    slots: {
      audience: { family: { en: ['husband', 'son'], es: ['esposo'] } },
      yes: { true: { en: ['ya'] } },
    },
  } as never;
  const lx = compileLanguage(section, 'es', ['en', 'es']);

  it('are heard in a text read in this one, family words only said as someone’s', () => {
    expect(lx.borrowedFamily.has('husband')).toBe(true);
    expect(lx.familyWords.has('husband')).toBe(false);
    const words = ['mi', 'son', 'y', 'ellos', 'son'];
    expect(isFamilyAt(lx, words, 1)).toBe(true);
    expect(isFamilyAt(lx, words, 4)).toBe(false);
  });

  it('leave out this language’s own words (known_words) and slots like yes', () => {
    expect(lx.otherWords.has('she')).toBe(true);
    expect(lx.otherWords.has('he')).toBe(false);
    expect(lx.index.findAll(['ya']).length).toBe(0);
  });
});
