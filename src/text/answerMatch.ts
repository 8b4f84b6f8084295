import { TYPO_MIN_LENGTH } from './editDistance';
import { indexGeneration, indexPhrases, phrasesHeldIn, phraseStartsAt, type IndexedPhrase } from './phraseIndex';
import { ASCII_ONLY, isPlainAsciiWords } from './textWords';

/**
 * How a texter's words are compared with a flow's words: case, accents, punctuation and emoji
 * never matter, and a longer word may carry one small typo ("alchohol", "sucide"). Texters type
 * on small keys in hard moments; a near miss should still be understood.
 */

/** Words to look for: one list, or one list per language code (the shape of a flow's word lists). */
export type WordList = readonly string[] | Readonly<Record<string, readonly string[]>>;

// One step asks about the same message dozens of times (every keyword, every route): remember
// the last message's normal form and words instead of running the Unicode regexes again.
let lastText: string | undefined;
let lastNormal = '';
let lastSaid: string[] = [];
let lastSquashed: string | undefined;

/** Lower case, accents removed, everything but letters and digits turned into single spaces. */
export function normalizeText(text: string): string {
  if (text === lastText) return lastNormal;
  const normal = normalizeUncached(text);
  lastText = text;
  lastNormal = normal;
  // The normal form has one space between words and none at either end: only an empty one splits to nothing.
  lastSaid = normal ? normal.split(' ') : [];
  lastSquashed = undefined;
  return normal;
}

/** The message's normalised words (shared: callers must not change the array). */
function saidWords(text: string): readonly string[] {
  normalizeText(text);
  return lastSaid;
}

function normalizeUncached(text: string): string {
  // Only ASCII (most texts): nothing to fold, and ASCII classes give what the Unicode ones would.
  if (ASCII_ONLY.test(text)) {
    const lower = text.toLowerCase();
    // Already words and single spaces (most texts): the replace below would give it back unchanged.
    if (isPlainAsciiWords(lower, false)) return lower;
    return joinContractions(lower)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  // NFKD: fullwidth and styled letters ("ＳＴＯＰ") are read as the plain ones.
  return joinContractions(
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase(),
  )
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * An apostrophe inside a word dropped: "what's" is "whats", "don't" is "dont", as the flow's lists write them and as
 * the understanding reads them (textWords). Read as a space, "what's a closed meeting" missed the keyword
 * "whats a closed meeting" and narrowed the list to closed meetings (the twenty-eighth session's second probe).
 */
function joinContractions(lower: string): string {
  return /['’‘`´ʼ]/.test(lower) ? lower.replace(/(?<=[\p{L}\p{N}])['’‘`´ʼ](?=\p{L})/gu, '') : lower;
}

/** The message with spaces and punctuation removed too: "Forget me!" -> "forgetme". */
export function squashText(text: string): string {
  normalizeText(text);
  // Every whole-word keyword and the carrier words ask for it: the last message's, worked out once.
  // The normal form is its words joined by single spaces: joined without them is the same, with no regex.
  return (lastSquashed ??= lastSaid.join(''));
}

/** A listed word or phrase squashed as a message is ("Forget me!" -> "forgetme"), leaving the last message alone. */
export function squashWords(words: string): string {
  return normalizeUncached(words).replace(/ /g, '');
}

/** Flattened per-language word lists, phrases and whole-word forms, worked out once per list. */
const flattened = new WeakMap<object, string[]>();
/** A list's phrases, as a set too, and the phrase index's generation they were indexed at. */
interface PhraseList {
  phrases: Phrase[];
  members: ReadonlySet<IndexedPhrase>;
  generation: number;
}
const phraseLists = new WeakMap<object, PhraseList>();
const squashedLists = new WeakMap<object, Set<string>>();

/** Every word or phrase of a flow word list, whatever languages it is written for. */
export function allWords(words: WordList | undefined): string[] {
  if (!words) return [];
  if (Array.isArray(words)) return words;
  let list = flattened.get(words);
  if (!list) flattened.set(words, (list = Object.values(words).flat()));
  return list;
}

/** A phrase as normalised words, each marked with whether it may carry a typo (the phrase index's shape). */
type Phrase = IndexedPhrase;

const phrases = new Map<string, Phrase>();

/** A phrase's normalised words, remembered: flows hold a few hundred phrases, read on every text. */
function phraseOf(text: string): Phrase {
  let phrase = phrases.get(text);
  if (!phrase) {
    const tokens = normalizeText(text).split(' ').filter(Boolean);
    phrase = { tokens, typo: tokens.map((t) => t.length >= TYPO_MIN_LENGTH && !/\d/.test(t)) };
    if (phrases.size < 10_000) phrases.set(text, phrase);
  }
  return phrase;
}

function saidContains(said: readonly string[], phrase: Phrase): boolean {
  if (phrase.tokens.length === 0) return false;
  for (let start = 0; start + phrase.tokens.length <= said.length; start++) {
    if (phraseStartsAt(said, phrase, start)) return true;
  }
  return false;
}

/** True when the phrase's words appear in the message, in order and next to each other. */
export function containsPhrase(normalizedMessage: string, phrase: string): boolean {
  return saidContains(normalizedMessage.split(' ').filter(Boolean), phraseOf(phrase));
}

/** A list's phrases, indexed in the phrase index at its current generation (indexed again when it is not). */
function indexedList(words: WordList): PhraseList {
  let list = phraseLists.get(words);
  if (!list || list.generation !== indexGeneration()) {
    const listed = list?.phrases ?? allWords(words).map(phraseOf);
    list = { phrases: listed, members: new Set(listed), generation: indexPhrases(listed) };
    phraseLists.set(words, list);
  }
  return list;
}

/** True when the message contains any of the words or phrases (whole words, small typos allowed). */
export function containsAnyWord(text: string, words: WordList | undefined): boolean {
  if (!words) return false;
  const list = indexedList(words);
  // What the text holds is found once for all lists (src/text/phraseIndex.ts): usually nothing, and then no list
  // needs reading at all.
  const held = phrasesHeldIn(saidWords(text));
  if (held.size === 0) return false;
  for (const phrase of held) if (list.members.has(phrase)) return true;
  return false;
}

/** Per array of word lists: the phrase index's generation they were indexed at, and whether all are in it then. */
const listArrays = new WeakMap<readonly WordList[], { generation: number; allIndexed: boolean }>();

/**
 * True when the message contains none of the lists' words or phrases, known without reading the lists: each is in
 * the phrase index and the text holds no phrase of the index. False when it may contain some: test each list then.
 */
export function containsNoneOf(text: string, lists: readonly WordList[]): boolean {
  let kept = listArrays.get(lists);
  if (!kept || kept.generation !== indexGeneration()) {
    const indexed = lists.map(indexedList);
    // Indexing a list may empty the index (it grew too large): then the earlier lists are no longer in it.
    const generation = indexGeneration();
    kept = { generation, allIndexed: indexed.every((l) => l.generation === generation) };
    listArrays.set(lists, kept);
  }
  return kept.allIndexed && phrasesHeldIn(saidWords(text)).size === 0;
}

/** True when the whole message is one of the words (case, spaces and punctuation ignored, no typos). */
export function isWholeWord(text: string, words: WordList | undefined): boolean {
  if (!words) return false;
  const message = squashText(text);
  if (!message) return false;
  let squashed = squashedLists.get(words);
  if (!squashed) squashedLists.set(words, (squashed = new Set(allWords(words).map(squashText))));
  return squashed.has(message);
}

/** Word lists tested in turn, as a flow's keywords are: `words` as isWholeWord reads them, `contains` as the other. */
export interface WordListPair {
  readonly words?: WordList;
  readonly contains?: WordList;
}

/** Per array of list pairs: each whole word (squashed) with the first pair that lists it, and the `contains` lists. */
interface PairsIndex {
  whole: Map<string, number>;
  contains: WordList[];
}
const pairsIndexes = new WeakMap<readonly WordListPair[], PairsIndex>();

function pairsIndexOf(pairs: readonly WordListPair[]): PairsIndex {
  const kept = pairsIndexes.get(pairs);
  if (kept) return kept;
  const whole = new Map<string, number>();
  pairs.forEach((pair, k) => {
    for (const word of allWords(pair.words)) {
      const squashed = squashText(word);
      if (squashed && !whole.has(squashed)) whole.set(squashed, k);
    }
  });
  const index = { whole, contains: pairs.flatMap((pair) => (pair.contains ? [pair.contains] : [])) };
  pairsIndexes.set(pairs, index);
  return index;
}

/**
 * The place of the first pair the text matches, as `isWholeWord(text, pair.words) || containsAnyWord(text,
 * pair.contains)` tested on each in turn would find it; -1 for none. One look-up for the whole words of every pair,
 * and none of the `contains` lists read when the text holds no listed phrase at all (most texts, for a flow's
 * keywords): each pair tested on its own costs two or three look-ups in tables of its own.
 */
export function firstPairMatched(text: string, pairs: readonly WordListPair[]): number {
  const index = pairsIndexOf(pairs);
  const message = squashText(text);
  const whole = message ? (index.whole.get(message) ?? -1) : -1;
  if (containsNoneOf(text, index.contains)) return whole;
  const end = whole < 0 ? pairs.length : whole;
  for (let k = 0; k < end; k++) if (containsAnyWord(text, pairs[k].contains)) return k;
  return whole;
}

/** Words a texter may put before a menu number: "option 2", "#2", "number 2", "el 2", "la dos". */
const NUMBER_LEAD_INS = new Set(['option', 'opcion', 'number', 'numero', 'no', 'num', 'el', 'la', 'the']);

/**
 * Menu numbers written as words, English and Spanish: what speech-to-text and some basic phones send
 * ("one", "dos").
 */
const NUMBER_WORDS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['uno', 1],
  ['una', 1],
  ['dos', 2],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['seis', 6],
]);

/**
 * The menu number a message starts with, or undefined: "2", "2.", "#2", "2) alcohol", "option 2",
 * and a number word that is the whole message ("one", "option two", "dos"): a sentence that starts
 * with one ("one of my friends drinks") is not a menu answer. Long digit runs (a ZIP code) are not
 * menu numbers.
 */
export function menuNumber(text: string): number | undefined {
  const tokens = saidWords(text);
  let at = 0;
  if (tokens[0] !== undefined && NUMBER_LEAD_INS.has(tokens[0]) && tokens.length > 1) at = 1;
  const first = tokens[at];
  if (first === undefined) return undefined;
  if (/^\d{1,2}$/.test(first)) return Number(first);
  // "no one" is nobody, not number one.
  if (tokens.length !== at + 1 || (at === 1 && tokens[0] === 'no')) return undefined;
  return NUMBER_WORDS.get(first);
}

/** True when a regular expression written by staff matches the message as sent or as normalised. */
export function patternMatches(pattern: RegExp, text: string): boolean {
  return pattern.test(text) || pattern.test(normalizeText(text));
}
