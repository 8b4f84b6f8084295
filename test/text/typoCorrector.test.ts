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

/** A letter held down at the end of a word ("yesss"), squeezed back to the listed word. */
describe('a letter held down', () => {
  it('is squeezed back for letters, never for digits: "11" is an age, not a "1" held down', () => {
    const corrector = new TypoCorrector(['yes', 'no', '1', '2']);
    expect(corrector.correct('yesss')).toBe('yes');
    expect(corrector.correct('nooo')).toBe('no');
    expect(corrector.correct('11')).toBe('11');
    expect(corrector.correct('222')).toBe('222');
  });
});
