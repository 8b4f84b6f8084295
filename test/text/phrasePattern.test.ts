import { compilePattern, matchAt, PatternIndex, type PhrasePattern } from '../../src/text/phrasePattern';

/**
 * The pattern index passes over patterns that cannot match before trying them (too long for the
 * words left, or a second word that is not next). It must find exactly what trying every pattern
 * at every word finds, in the same order.
 */
const SOURCES = [
  'no',
  'no more',
  'no ... more',
  'no longer? drink*',
  'i want to die',
  'i want|need ... stop',
  'i took too many|much pills?',
  'my son|daughter',
  'my son ... overdos*',
  'he wont|cant wake ... up',
  'he|she drink* every? night|day',
  'cant|couldnt wake ... up',
  'kill* myself',
  'want to kill* myself',
  'in person',
  'in ... person',
  'more',
  'more please?',
];
const VOCABULARY =
  'no more i want need to die stop took too many much pills my son daughter he she wont cant wake up drinks drinking every night day kill killing myself in person please overdosed x'.split(
    ' ',
  );

interface Entry {
  pattern: PhrasePattern;
  id: number;
}

function everyMatch(entries: readonly Entry[], words: readonly string[]): Array<[number, number, number]> {
  const hits: Array<[number, number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    for (const entry of entries) {
      // What the index's first-word lookup does: only patterns that can start with this word.
      const first = entry.pattern.slots[0];
      if (!first.words.has(words[i]) && !first.prefixes.some((p) => words[i].startsWith(p))) continue;
      const end = matchAt(entry.pattern, words, i);
      if (end >= 0) hits.push([entry.id, i, end]);
    }
  }
  return hits;
}

describe('the pattern index', () => {
  it('finds what trying every pattern at every word finds', () => {
    const entries: Entry[] = SOURCES.map((source, id) => ({ pattern: compilePattern(source), id }));
    const index = new PatternIndex(entries);
    let state = 7;
    const random = () => {
      state = (state * 1664525 + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    let found = 0;
    for (let n = 0; n < 5000; n++) {
      const words = Array.from(
        { length: 1 + Math.floor(random() * 7) },
        () => VOCABULARY[Math.floor(random() * VOCABULARY.length)],
      );
      const expected = everyMatch(entries, words);
      found += expected.length;
      const got = index.findAll(words).map((h): [number, number, number] => [h.entry.id, h.start, h.end]);
      // Same matches; order within one start is the index's listing order, which sorts by id here.
      expect([words.join(' '), sortHits(got)]).toEqual([words.join(' '), sortHits(expected)]);
    }
    expect(found).toBeGreaterThan(1000);
  });
});

function sortHits(hits: Array<[number, number, number]>): Array<[number, number, number]> {
  return [...hits].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}
