import { MEETING_NOUNS } from '../text/meetingWords';
import { TIME_SLOTS, USE_SLOTS, type HeardPhrase, type SaidWords } from './heardWords';
import { isFamilyAt, type LanguageLexicon } from './lexicon';

/**
 * Whose a time word is: a day or a part of the day is when the texter can meet only when it is said of them or of
 * meetings ("meetings this weekend", "i can go saturday", "im free tonight", "this weekend" alone). Said of
 * someone else's doings ("my ex has the kids this weekend", "my son goes back to school monday", "mi esposo
 * toma los fines de semana") or of a drink or drug taken ("i was drunk all weekend"), it tells of their life.
 */

/** Slots whose words before a time make it one to meet at: a program, a way to meet, a kind of meeting. */
const MEETING_SLOTS = new Set(['programs', 'mode', 'wants']);
/**
 * Words of looking for something to go to, whoever it is for: "anything saturday", "help tonight", "hay algo el
 * sabado". Not "need" or "go": "my son needs to go back to school monday" tells of the son's week.
 */
const LOOKING_WORDS = new Set(['anything', 'something', 'any', 'help', 'ayuda', 'algo', 'alguna', 'alguno', 'hay']);
/** Words before a family word that make it whom the help is for, not who acts: "for my son", "para mi hijo". */
const FOR_WORDS = new Set(['for', 'para']);
const POSSESSIVES = new Set(['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra']);
/**
 * Words that turn from someone's doings to what the texter makes of them, right before the time: "my husband works
 * late so evenings", "mi esposo trabaja de dia entonces en la noche". Only right before it: "he drinks so much at
 * night" still tells of him.
 */
const SO_WORDS = new Set(['so', 'then', 'entonces', 'asi']);

/** Whether the time at `start` comes right after "so" or "asi que": the texter's own conclusion of when. */
function followsSo(words: readonly string[], start: number): boolean {
  const k = words[start - 1] === 'que' ? start - 2 : start - 1;
  return SO_WORDS.has(words[k] ?? '');
}

/** Before "my sister": the texter goes to see them ("visiting my sister in midland this weekend"). */
const VISITING = new Set(['visiting', 'visit', 'visitando', 'visitar', 'seeing']);

/**
 * Whether the family word at `j` follows "for" or "para" ("meetings for my wife tonight"), or is whom the texter
 * visits ("visiting my sister this weekend"): the time is still the texter's own.
 */
function isWhomFor(words: readonly string[], j: number): boolean {
  const k = POSSESSIVES.has(words[j - 1] ?? '') ? j - 2 : j - 1;
  return FOR_WORDS.has(words[k] ?? '') || VISITING.has(words[k] ?? '');
}

/**
 * Whether a day or part-of-day word heard is told of someone else's doings or of a drink or drug, not as when the
 * texter can meet. Read back from the time, in its clause, to the nearest word that says: meetings or looking for
 * them (a time to meet); someone else, by a family word or "he", "she" (theirs); the texter (theirs to meet at,
 * unless a drink or drug came between: "i drank all weekend"). With none, it is a time to meet ("this weekend").
 */
export function isSomeoneElsesTime(
  lx: LanguageLexicon,
  w: SaidWords,
  time: HeardPhrase,
  hits: readonly HeardPhrase[],
): boolean {
  if (followsSo(w.words, time.start)) return false;
  let used = false;
  for (let j = time.start - 1; j >= 0 && w.clause[j] === w.clause[time.start]; j--) {
    const word = w.words[j];
    const at = hits.filter((h) => h.start <= j && j < h.end && h !== time);
    if (at.some((h) => MEETING_SLOTS.has(h.entry.slot)) || MEETING_NOUNS.has(word) || LOOKING_WORDS.has(word))
      return false;
    if (at.some((h) => TIME_SLOTS.has(h.entry.slot))) continue;
    const family =
      at.some((h) => h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated) ||
      isFamilyAt(lx, w.words, j);
    // "a meeting for him tonight", "for my son tomorrow": whom the meeting is for, then when (the twenty-fifth
    // session's probe lost "tonight" after "for him"); "he drinks tonight" is his.
    if ((family || lx.otherWords.has(word)) && !isWhomFor(w.words, j)) return true;
    if (lx.selfWords.has(word) || at.some((h) => h.entry.slot === 'audience' && h.entry.value === 'self')) return used;
    const use = at.find((h) => USE_SLOTS.has(h.entry.slot) && !h.negated && h.entry.value !== 'false');
    if (use && !urgedBefore(w.words, use.start) && !urgeOpens(w.words, use.start)) used = true;
  }
  return false;
}

/** Words of an urge or a plan just before a use: "going to drink", "feel like drinking", "tempted to use". */
const URGE_WORDS: ReadonlySet<string> = new Set([
  'going',
  'gonna',
  'want',
  'wanna',
  'like',
  'tempted',
  'about',
  'might',
  'will',
  'ill',
  'urge',
  'craving',
  'quiero',
  'ganas',
]);

/**
 * Whether a drink or drug is an urge or a plan, not a use told: "i feel like im going to drink tonight" is the night
 * a meeting helps most (the thirty-second session's probe lost "tonight"), "i drank tonight" is not.
 */
function urgedBefore(words: readonly string[], useStart: number): boolean {
  for (let j = useStart - 1; j >= Math.max(0, useStart - 2); j--) {
    if (URGE_WORDS.has(words[j])) return !urgePast(words, j);
  }
  return false;
}

/**
 * Whether the use's own phrase opens on an urge word: "tengo ganas de tomar esta noche" (the phrase is "ganas de
 * tomar"), which is an urge as "want to drink" is, unless told as past ("tenia ganas de tomar el fin de semana").
 */
function urgeOpens(words: readonly string[], useStart: number): boolean {
  return URGE_WORDS.has(words[useStart]) && !urgePast(words, useStart) && !PAST_URGE_OPENERS.has(words[useStart - 1]);
}

/** Spanish "had" before an urge: "tenia ganas", "tuve ganas" tell of one past. */
const PAST_URGE_OPENERS: ReadonlySet<string> = new Set(['tenia', 'tuve', 'tenias', 'teniamos']);

/** Words that put an urge in the past: "i was about to drink on friday", "we were going to use". */
const WAS_WORDS: ReadonlySet<string> = new Set(['was', 'were', 'wasnt', 'werent', 'estaba', 'tenia']);

/**
 * Whether the urge at `at` is told as past ("i was about to drink on friday but called my sponsor"): its time is the
 * use that did not happen, not a time to meet (the thirty-seventh probe named Friday).
 */
function urgePast(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 2); j--) if (WAS_WORDS.has(words[j])) return true;
  return false;
}
