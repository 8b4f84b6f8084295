import { plainLower, textWords } from '../../src/text/textWords';

/**
 * An acronym written with its stops ("S.M.A.R.T.", "a.a.", "N.A") is one word (the thirty-second session's probe:
 * "is there S.M.A.R.T. recovery near olean" heard no program, its stops splitting it into five one-letter clauses).
 */
describe('acronyms written with their stops', () => {
  it.each([
    ['is there S.M.A.R.T. recovery near olean', 'is there smart recovery near olean'],
    ['S.M.A.R.T recovery', 'smart recovery'],
    ['need an A.A meeting', 'need an aa meeting'],
    ['n.a. near buffalo', 'na near buffalo'],
    ['at 7 p.m. tonight', 'at 7 pm tonight'],
  ])('%s', (text, words) => {
    expect(textWords(text).join(' ')).toBe(words);
  });

  it('leave stops that do not join single letters', () => {
    // A letter for an answer, words run together with a stop, a number with decimals, an abbreviation.
    expect(plainLower('a. in person')).toBe('a. in person');
    expect(plainLower('me.drugs.79101')).toBe('me.drugs.79101');
    expect(plainLower('3.5 miles')).toBe('3.5 miles');
    expect(plainLower('St. Louis')).toBe('st. louis');
    expect(plainLower('x.9')).toBe('x.9');
  });
});
