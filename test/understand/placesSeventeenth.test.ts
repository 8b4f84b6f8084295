import { otherSpellings, spellingKey } from '../../src/directory/townSpellings';
import { isTimeTail } from '../../src/understand/timeAfterTown';
import { stateAnswered } from '../../src/engine/pendingTownState';

// The seventeenth session's probe: a town then a time, "De X" and "-boro" spellings, a lone state code.
const known = new Set(['please', 'i', 'think']);
const isWord = (w: string) => known.has(w);

describe('a time after a town (H1)', () => {
  it('reads a time of one or more words as the tail', () => {
    expect(isTimeTail(['lubbock', 'tonight'], 1, isWord)).toBe(true);
    expect(isTimeTail(['odessa', 'after', 'work'], 1, isWord)).toBe(true);
    expect(isTimeTail(['amarillo', 'after', '5'], 1, isWord)).toBe(true);
    expect(isTimeTail(['lubbock', 'el', 'sabado'], 1, isWord)).toBe(true);
  });

  it('takes no word of a town, and no bare number, for a time', () => {
    expect(isTimeTail(['big', 'spring', 'tonight'], 1, isWord)).toBe(false);
    expect(isTimeTail(['amarillo', '5'], 1, isWord)).toBe(false);
    expect(isTimeTail(['amarillo', 'please'], 1, isWord)).toBe(false);
  });
});

describe('other spellings of a town (H6, H7)', () => {
  it('joins a small first word and swaps -boro for -borough', () => {
    expect(otherSpellings('la grange')).toContain('lagrange');
    expect(otherSpellings('foxborough')).toEqual(['foxboro']);
    expect(otherSpellings('marlboro')).toEqual(['marlborough']);
  });

  it('joins no small word to another small one ("de al anon" is no Deal)', () => {
    expect(otherSpellings('de al')).toEqual([]);
    expect(spellingKey('north attleborough')).toBe(spellingKey('north attleboro'));
  });
});

describe('a lone state code answering which state (H3)', () => {
  it('reads "la" alone as Louisiana', () => {
    expect(stateAnswered('la')).toBe('LA');
    expect(stateAnswered('ga')).toBe('GA');
  });
});
