import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Words heard that say nothing of the help sought, found by the nineteenth session's probe: a trouble taken back
 * ("jk about the pills, im fine" at a list switched it to drugs) and a time told of something done ("i od'd on
 * netflix this weekend lol but seriously i drink too much" looked for meetings this weekend).
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

/** The hits without a trouble taken back or a time of something done; the same list when there is none (most). */
export function withoutSaidInPassing<H extends HeardPhrase>(w: SaidWords, hits: readonly H[]): readonly H[] {
  // Cheap first: most texts hold none of these words.
  if (!w.words.some((x) => TAKING_BACK.has(x) || DONE.has(x))) return hits;
  return hits.filter((h) => {
    const slot = h.entry.slot;
    if ((slot === 'concern' || slot === 'concern_weak') && takenBack(w, h)) return false;
    return !((slot === 'when' || slot === 'part') && doneThen(w, h));
  });
}
