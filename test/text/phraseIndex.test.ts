import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containsAnyWord, normalizeText } from '../../src/text/answerMatch';
import { TYPO_MIN_LENGTH, withinOneEdit } from '../../src/text/editDistance';
import { parseFlowFile } from '../../src/flow/flowParser';

/**
 * The phrase index (src/text/phraseIndex.ts) must answer exactly as reading every phrase of a list
 * against every position of the text did: it is a faster way to the same answer, never another one.
 * The reference below is that reading, written out plainly.
 */
function referenceContains(text: string, words: readonly string[]): boolean {
  const said = normalizeText(text).split(' ').filter(Boolean);
  return words.some((word) => {
    const tokens = normalizeText(word).split(' ').filter(Boolean);
    if (tokens.length === 0) return false;
    const typo = tokens.map((t) => t.length >= TYPO_MIN_LENGTH && !/\d/.test(t));
    for (let start = 0; start + tokens.length <= said.length; start++) {
      if (tokens.every((t, k) => said[start + k] === t || (typo[k] && withinOneEdit(said[start + k], t)))) return true;
    }
    return false;
  });
}

/** A small deterministic generator, so a failure names a case that can be run again. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY =
  'i my me he she son wife drink drinks drinking alcohol alcoholic stop quit meeting meetings tonight help please no yes ' +
  'maybe online phone person talk someone hola ayuda mi hijo toma mucho reunion reuniones number 2 79101 amarillo ' +
  'suicide overdose pills enough forget delete erase texts messages anymore';
const WORDS = VOCABULARY.split(' ');

/** A word with one small typo: a letter dropped, added, changed or two swapped. */
function typoOf(word: string, random: () => number): string {
  const at = Math.floor(random() * word.length);
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + 'x' + word.slice(at);
    case 2:
      return word.slice(0, at) + 'q' + word.slice(at + 1);
    default:
      return at + 1 < word.length ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2) : word;
  }
}

describe('the phrase index', () => {
  it('answers as reading every phrase did, over random texts with typos and random lists', () => {
    const random = generator(19);
    const pick = () => WORDS[Math.floor(random() * WORDS.length)];
    const lists = Array.from({ length: 60 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, pick).join(' '),
      ),
    );
    let found = 0;
    for (let n = 0; n < 1500; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 7) }, () =>
        random() < 0.2 ? typoOf(pick(), random) : pick(),
      ).join(random() < 0.5 ? ' ' : ', ');
      for (const list of lists) {
        const expected = referenceContains(text, list);
        if (expected) found++;
        if (containsAnyWord(text, list) !== expected) throw new Error(`"${text}" against ${JSON.stringify(list)}`);
      }
    }
    // The cases must hold both answers, or the comparison proves nothing.
    expect(found).toBeGreaterThan(500);
  });

  it("answers as reading every phrase did, for the shipped flow's keywords and the labelled texts", () => {
    const flow = parseFlowFile(join(__dirname, '../../flows/recovery.yaml')).flow!;
    const lists: string[][] = [];
    for (const keyword of Object.values(flow.keywords)) {
      for (const words of [keyword.words, keyword.contains]) {
        if (!words) continue;
        if (Array.isArray(words)) lists.push(words);
        else for (const list of Object.values(words)) lists.push(list);
      }
    }
    const texts = readFileSync(join(__dirname, '../fixtures/utterances/heldout.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    let found = 0;
    for (const text of texts) {
      for (const list of lists) {
        const expected = referenceContains(text, list);
        if (expected) found++;
        expect([text, containsAnyWord(text, list)]).toEqual([text, expected]);
      }
    }
    expect(found).toBeGreaterThan(10);
  });

  it('finds a phrase again after another text was read, and a list first seen mid-text', () => {
    expect(containsAnyWord('please stop texting me', ['stop texting'])).toBe(true);
    expect(containsAnyWord('hello there', ['stop texting'])).toBe(false);
    expect(containsAnyWord('please stop texting me', ['stop texting'])).toBe(true);
    // The same text, a list the index has not seen yet: the text's answer is worked out again.
    expect(containsAnyWord('please stop texting me', ['texting me'])).toBe(true);
    expect(containsAnyWord('please stop texting me', ['texting you'])).toBe(false);
  });
});
