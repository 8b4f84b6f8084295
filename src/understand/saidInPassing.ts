import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Words heard that say nothing of the help sought, found by the nineteenth session's probe: a trouble taken back
 * ("jk about the pills, im fine" at a list switched it to drugs), a time told of something done ("i od'd on
 * netflix this weekend lol but seriously i drink too much" looked for meetings this weekend), and an overdose of
 * something that is no drug ("a overdose of cheese lol").
 */

/** Words that take back what follows: "jk about the pills", "just kidding about the drugs", "nvm the pills". */
const TAKING_BACK = new Set(['jk', 'jking', 'jp', 'kidding', 'joking', 'jokin', 'nvm', 'nevermind', 'bromeando']);
/** Words that may stand between the taking back and the trouble: "jk about the pills", "kidding about all that". */
const ABOUT = new Set(['about', 'bout', 'abt', 'the', 'that', 'those', 'all', 'on', 'with', 'my', 'con', 'lo', 'de']);
/** Words that make a "kidding" no taking back: "im not kidding about the pills", "no joking". */
const IN_EARNEST = new Set(['not', 'no', 'aint', 'never']);

/** Whether a trouble heard at `h` is taken back by a word before it: "jk about the pills". */
function takenBack(w: SaidWords, h: HeardPhrase): boolean {
  for (let j = h.start - 1; j >= Math.max(0, h.start - 4); j--) {
    if (w.clause[j] !== w.clause[h.start]) return false;
    const word = w.words[j];
    if (TAKING_BACK.has(word)) return !IN_EARNEST.has(w.words[j - 1] ?? '');
    if (!ABOUT.has(word)) return false;
  }
  return false;
}

/** Doings told as done, before a time they were done at: "i od'd on netflix this weekend", "i drank last night". */
const DONE = new Set([
  'odd',
  'oded',
  'overdosed',
  'drank',
  'relapsed',
  'binged',
  'blacked',
  'partied',
  'slipped',
  'gambled',
  'spent',
  'watched',
  'went',
  'bebi',
  'tome',
  'recai',
  'fui',
]);
/** How many words before a time a doing may stand: "i od'd on netflix this weekend" (three). */
const DONE_REACH = 5;

/** Whether a time heard at `h` tells when something was done, not when to meet: "i od'd on netflix this weekend". */
function doneThen(w: SaidWords, h: HeardPhrase): boolean {
  for (let j = h.start - 1; j >= Math.max(0, h.start - DONE_REACH); j--) {
    if (w.clause[j] !== w.clause[h.start]) return false;
    if (DONE.has(w.words[j])) return true;
  }
  return false;
}

/** An overdose word, as a trouble heard: "overdose", "overdosed", "od'd" (written "odd" once the apostrophe goes). */
const OVERDOSE_WORDS = new Set(['overdose', 'overdosed', 'overdosing', 'od', 'odd', 'oded', 'sobredosis']);
/** What an overdose is "of" or "on": "an overdose of cheese", "od'd on netflix", "una sobredosis de queso". */
const OF_OR_ON = new Set(['of', 'on', 'de']);
/** Words between "of" and the thing: "an overdose of too much cheese", "od'd on the new season". */
const BEFORE_THE_THING = new Set([
  ...['a', 'an', 'the', 'my', 'his', 'her', 'their', 'your', 'our', 'too', 'much', 'some', 'pure'],
  ...['el', 'la', 'los', 'las', 'su', 'sus', 'mi', 'mis', 'tu', 'tus'],
]);
/**
 * Things an overdose is taken of that are medicines or drugs, though no trouble word: "overdosed on his meds",
 * "od'd on something". With them it is an overdose told, not a joke.
 */
const TAKEN_THINGS = new Set([
  'meds',
  'med',
  'medication',
  'medications',
  'medicine',
  'medicines',
  'something',
  'stuff',
  'it',
  'them',
  'tylenol',
  'advil',
  'insulin',
  'medicina',
  'medicinas',
  'algo',
]);

/**
 * Whether a trouble heard at `h` is an overdose of something that is no drug: "that meeting was a overdose of cheese
 * lol", "i od'd on netflix" (the thirty-third session's probe: a joke at the list made the search about the texter's
 * drug use). What the overdose is of must be heard as no trouble, medicine or program; "overdosed on pills", "an
 * overdose of heroin", "od'd on his meds" stay drugs.
 */
function overdoseOfAThing<H extends HeardPhrase>(w: SaidWords, h: H, hits: readonly H[]): boolean {
  if (!OVERDOSE_WORDS.has(w.words[h.end - 1]) || !OF_OR_ON.has(w.words[h.end] ?? '')) {
    return false;
  }
  let at = h.end + 1;
  while (at < w.words.length && BEFORE_THE_THING.has(w.words[at])) at++;
  if (at >= w.words.length || w.clause[at] !== w.clause[h.start] || TAKEN_THINGS.has(w.words[at])) return false;
  return !hits.some((k) => k !== h && k.start <= at && at < k.end);
}

/** The hits without a trouble taken back or a time of something done; the same list when there is none (most). */
export function withoutSaidInPassing<H extends HeardPhrase>(w: SaidWords, hits: readonly H[]): readonly H[] {
  // Cheap first: most texts hold none of these words.
  if (!w.words.some((x) => TAKING_BACK.has(x) || DONE.has(x) || OVERDOSE_WORDS.has(x))) return hits;
  return hits.filter((h) => {
    const slot = h.entry.slot;
    if ((slot === 'concern' || slot === 'concern_weak') && (takenBack(w, h) || overdoseOfAThing(w, h, hits))) {
      return false;
    }
    return !((slot === 'when' || slot === 'part') && doneThen(w, h));
  });
}
