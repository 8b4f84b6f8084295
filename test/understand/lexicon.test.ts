import { compileLanguage } from '../../src/understand/lexicon';

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
