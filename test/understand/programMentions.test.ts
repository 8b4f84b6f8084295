import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { fitQuestionEnd, isAskedAbout, isToldOf } from '../../src/understand/programMentions';
import { readMessage } from '../../src/understand/understand';
import { readShipped } from '../support/shippedReading';

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

/** Where the "for me" of a question whether `program` fits ends in `text`, if it is one. */
function fitEnd(text: string, program: string, asks = false): number | undefined {
  const words = text.split(' ');
  const name = program.split(' ');
  const at = words.findIndex((_w, j) => name.every((n, k) => words[j + k] === n));
  return fitQuestionEnd(words, at, at + name.length, asks);
}

describe('a question whether a program fits the texter', () => {
  it('ends at its "for me", the question before the name or after it', () => {
    expect(fitEnd('is al anon for me', 'al anon')).toBe(5);
    expect(fitEnd('would na be right for me', 'na')).toBe(6);
    expect(fitEnd('is aa a good fit for me', 'aa')).toBe(7);
    expect(fitEnd('do you think aa is for me', 'aa')).toBe(7);
    expect(fitEnd('al anon es para mi', 'al anon', true)).toBe(5);
    expect(fitEnd('seria aa bueno para mi', 'aa')).toBe(5);
  });

  it('is none for a wish, a statement, or "for" someone else', () => {
    expect(fitEnd('i need aa for me', 'aa')).toBeUndefined();
    expect(fitEnd('al anon is for me', 'al anon')).toBeUndefined();
    expect(fitEnd('al anon es para mi', 'al anon')).toBeUndefined();
    expect(fitEnd('is al anon for my wife', 'al anon')).toBeUndefined();
    expect(fitEnd('my wife is al anon for years', 'al anon')).toBeUndefined();
  });
});

describe('whom the help is for, beside a question whether a program fits', () => {
  const flow = parseFlowFile(join(__dirname, '../../flows/recovery.yaml')).flow!;
  const lexicon = flowLexicon(flow);
  const places = new PlaceIndex();
  const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);

  it.each([
    ['is al anon for me', 'en'],
    ['would NA be right for me?', 'en'],
    ['do you think smart recovery is for me', 'en'],
    ['¿Al-Anon es para mí?', 'es'],
    ['crees que NA es para mi', 'es'],
  ])('%s: not known, the program described', (text, lang) => {
    const reading = read(text, lang);
    expect(reading.understood.audience).toBeNull();
    expect(reading.askedAbout?.length).toBe(1);
  });

  it('is known from the rest of the text, and "for me" said as a wish is the texter', () => {
    expect(read('my husband drinks, is al anon for me').understood.audience).toBe('family');
    expect(read('i need aa for me').understood.audience).toBe('self');
    expect(read('na meetings for me').understood.audience).toBe('self');
  });
});

describe('two programs compared', () => {
  const asked = (text: string) => readShipped(text).askedAbout ?? [];

  it.each([
    ['whats the difference between al anon and alateen', ['alanon', 'alateen']],
    ['whats the difference between aa and na', ['aa', 'na']],
    ['aa vs na?', ['aa', 'na']],
  ])('"%s" asks about both', (text, ids) => {
    expect(asked(text)).toEqual(ids);
    expect(readShipped(text).understood.programs).toEqual([]);
    expect(readShipped(text).understood.concern).toBeNull();
  });

  it('asks about both when the text goes on after the second ("..., my son drinks"), which still tells its own', () => {
    const reading = readShipped('whats the difference between al anon and alateen, my son drinks');
    expect(reading.askedAbout).toEqual(['alanon', 'alateen']);
    expect(reading.understood).toMatchObject({ programs: [], audience: 'family', concern: 'alcohol' });
  });

  it('still chooses programs asked for with "and"', () => {
    expect(asked('i want al anon and alateen meetings')).toEqual([]);
  });
});

describe('two programs asked for', () => {
  it.each([
    ['i want aa and na meetings', ['aa', 'na']],
    ['do you have any aa or na', ['aa', 'na']],
    ['need na and aa meetings', ['na', 'aa']],
  ])('"%s" chooses both, in the order named', (text, ids) => {
    expect(readShipped(text).understood.programs).toEqual(ids);
  });
});
