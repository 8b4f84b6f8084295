import { TypoCorrector } from '../../src/text/typoCorrector';

/** The silent first letter of a language (Spanish h), put back before any typo is looked for. */
describe('a silent first letter', () => {
  it('is put back when that gives a listed word, short words too, and only for the language that has one', () => {
    const spanish = new TypoCorrector(['hijo', 'hermano', 'alcohol'], [], true, 'h');
    expect(spanish.correct('ijo')).toBe('hijo');
    expect(spanish.correct('ermano')).toBe('hermano');
    expect(spanish.correct('oja')).toBe('oja');
    expect(new TypoCorrector(['hijo']).correct('ijo')).toBe('ijo');
  });
});
