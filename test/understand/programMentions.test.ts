import { isAskedAbout, isToldOf } from '../../src/understand/programMentions';

/** Whether the program word `program` in `text` is only told of. */
function toldOf(text: string, program: string): boolean {
  const words = text.split(' ');
  const at = words.indexOf(program);
  return isToldOf(words, at, at + 1);
}

describe('a program named as the one something happened with', () => {
  it('is told of when it or its people did something, or the texter did with it', () => {
    expect(toldOf('but the na people said im not clean', 'na')).toBe(true);
    expect(toldOf('my aa sponsor told me to text', 'aa')).toBe(true);
    expect(toldOf('got kicked out of na last week', 'na')).toBe(true);
    expect(toldOf('na didnt work for me', 'na')).toBe(true);
    expect(toldOf('los de aa me dijeron que no', 'aa')).toBe(true);
  });

  it('is asked for otherwise', () => {
    expect(toldOf('any na meetings tonight', 'na')).toBe(false);
    expect(toldOf('i need aa near 79101', 'aa')).toBe(false);
    expect(toldOf('busco juntas de aa en lubbock', 'aa')).toBe(false);
  });
});

/** Whether the program named by the words `program` in `text` is asked about. */
function askedAbout(text: string, program: string): boolean {
  const words = text.split(' ');
  const name = program.split(' ');
  const at = words.findIndex((_w, j) => name.every((n, k) => words[j + k] === n));
  return isAskedAbout(words, at, at + name.length);
}

describe('a program asked about, what it is', () => {
  it('is asked about after what is, whats, que es, or in what does it mean and is it for', () => {
    expect(askedAbout('whats al anon', 'al anon')).toBe(true);
    expect(askedAbout('what is smart recovery', 'smart recovery')).toBe(true);
    expect(askedAbout('what s mara', 'mara')).toBe(true);
    expect(askedAbout('hi what is an al anon', 'al anon')).toBe(true);
    expect(askedAbout('what does al anon mean', 'al anon')).toBe(true);
    expect(askedAbout('is nar anon for me', 'nar anon')).toBe(true);
    expect(askedAbout('que es al anon', 'al anon')).toBe(true);
    expect(askedAbout('que significa mara', 'mara')).toBe(true);
  });

  it('takes a name listed with its question as asked about ("que es smart")', () => {
    expect(isAskedAbout(['que', 'es', 'smart'], 0, 3)).toBe(true);
  });

  it('is asked for otherwise: a wish, a meeting word after it, or is it at the end of a longer question', () => {
    expect(askedAbout('i want al anon', 'al anon')).toBe(false);
    expect(askedAbout('al anon meetings', 'al anon')).toBe(false);
    expect(askedAbout('can i go to smart recovery', 'smart recovery')).toBe(false);
    expect(askedAbout('what is the closest aa meeting', 'aa')).toBe(false);
    expect(askedAbout('where is al anon tonight', 'al anon')).toBe(false);
    expect(askedAbout('my wife is al anon for years', 'al anon')).toBe(false);
  });
});
