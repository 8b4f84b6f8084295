import { TYPO_MIN_LENGTH, withinOneEdit } from './editDistance';

/**
 * Which of the flow's phrases a text holds, found once per text from an index of their first words.
 *
 * Every text is checked against every keyword's phrases (and, for a first text, each language's), a
 * few hundred phrases in all, and almost none of them is in it. Scanning each list compared every
 * said word with every phrase; the index instead looks up each said word (and, for a typo, its
 * one-letter-shorter forms) among the phrases' first words, so a list check becomes "is one of the
 * few phrases this text holds in this list?".
 *
 * A said word is within one edit of a wanted word exactly when the two share a form with at most one
 * letter dropped (itself or one shorter): a changed or swapped letter drops to the same form from
 * both, an added one drops back to the wanted word, a dropped one is a shorter form of the wanted
 * word. So the lookup finds every phrase that could start there, and the full comparison decides.
 */

/** A phrase as normalised words, each marked with whether it may carry a typo. */
export interface IndexedPhrase {
  readonly tokens: readonly string[];
  readonly typo: readonly boolean[];
}

/** Phrases by each form of their first word (the word, and its shorter forms when it may carry a typo). */
const byFirstWord = new Map<string, IndexedPhrase[]>();
const indexed = new Set<IndexedPhrase>();
/** Bumped when the index is emptied, so lists indexed before it are indexed again when next asked. */
let generation = 0;
/** Flows hold a few hundred phrases; far more means lists made per call, and the index starts over. */
const MAX_INDEXED = 50_000;

/** The text the last answer was worked out for, and what it holds: every list check in a step shares it. */
let heldFor: readonly string[] | undefined;
let held = new Set<IndexedPhrase>();

/**
 * Per said word, the indexed phrases that may start at it: those of each of its forms, in the order the forms and
 * their lists give them. Texters repeat their words ("my", "he", "meetings"), and each form of a word is a new
 * string to make and hash for every text: the list is remembered per word, and forgotten when the index changes.
 */
const startingWith = new Map<string, readonly IndexedPhrase[]>();
/** Words remembered at most; more are forgotten all at once, as the typo caches do. */
const STARTING_WITH_MAX = 20_000;
const NO_PHRASES: readonly IndexedPhrase[] = [];

/** The indexed phrases whose first word is the said word, or within one edit of it where it may carry a typo. */
function phrasesStartingWith(word: string): readonly IndexedPhrase[] {
  let list = startingWith.get(word);
  if (list !== undefined) return list;
  const made: IndexedPhrase[] = [];
  // Only a word of typo length can stand for a longer or changed one; a shorter one is found as itself.
  for (const form of formsOf(word, word.length >= TYPO_MIN_LENGTH)) {
    const starting = byFirstWord.get(form);
    if (starting) for (const phrase of starting) made.push(phrase);
  }
  list = made.length ? made : NO_PHRASES;
  if (startingWith.size >= STARTING_WITH_MAX) startingWith.clear();
  startingWith.set(word, list);
  return list;
}

/** The word itself and each form of it with one letter dropped. */
function formsOf(word: string, withShorter: boolean): string[] {
  const forms = [word];
  if (withShorter) for (let i = 0; i < word.length; i++) forms.push(word.slice(0, i) + word.slice(i + 1));
  return forms;
}

/** Adds phrases to the index (those already there are skipped); returns the index's generation. */
export function indexPhrases(phrases: readonly IndexedPhrase[]): number {
  if (indexed.size + phrases.length > MAX_INDEXED) {
    byFirstWord.clear();
    indexed.clear();
    startingWith.clear();
    generation++;
  }
  let added = false;
  for (const phrase of phrases) {
    if (phrase.tokens.length === 0 || indexed.has(phrase)) continue;
    indexed.add(phrase);
    added = true;
    for (const form of formsOf(phrase.tokens[0], phrase.typo[0])) {
      const starting = byFirstWord.get(form);
      if (starting) starting.push(phrase);
      else byFirstWord.set(form, [phrase]);
    }
  }
  // A text already read did not look for these, nor did a word's phrases remembered.
  if (added) {
    heldFor = undefined;
    startingWith.clear();
  }
  return generation;
}

/** The index's generation: a list indexed at another one must be indexed again. */
export function indexGeneration(): number {
  return generation;
}

/**
 * Real words that are never a typo of another listed word (a flow's `known_words`): "gracias a dios" holds
 * no "adios", "listo" no "pisto". Normalised words; every flow's are kept, as real words in any flow.
 */
const asWritten = new Set<string>();

/** Adds real words that match a listed word only as written (a flow's `known_words`, normalised). */
export function keepAsWritten(words: Iterable<string>): void {
  for (const word of words) asWritten.add(word);
  // A text already read may have matched one of them by a typo.
  heldFor = undefined;
}

function tokenMatches(said: string, wanted: string, typo: boolean): boolean {
  return said === wanted || (typo && !asWritten.has(said) && withinOneEdit(said, wanted));
}

/** True when the phrase's words are the said words from `start` on (each may carry a typo where it is marked so). */
export function phraseStartsAt(said: readonly string[], phrase: IndexedPhrase, start: number): boolean {
  const { tokens, typo } = phrase;
  if (start + tokens.length > said.length) return false;
  for (let k = 0; k < tokens.length; k++) if (!tokenMatches(said[start + k], tokens[k], typo[k])) return false;
  return true;
}

/**
 * The indexed phrases the said words hold (in order, next to each other, small typos allowed).
 * `said` is the normalised words of one text; the answer is remembered for that array.
 */
export function phrasesHeldIn(said: readonly string[]): ReadonlySet<IndexedPhrase> {
  if (said === heldFor) return held;
  const found = new Set<IndexedPhrase>();
  for (let i = 0; i < said.length; i++) {
    for (const phrase of phrasesStartingWith(said[i])) {
      if (!found.has(phrase) && phraseStartsAt(said, phrase, i)) found.add(phrase);
    }
  }
  heldFor = said;
  held = found;
  return found;
}
