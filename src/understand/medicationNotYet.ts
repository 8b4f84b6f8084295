import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Two readings that keep a recovery medicine named from saying it is taken now, and one that keeps it taken:
 * "i want to get on suboxone", "quiero empezar metadona" wish for it (not on it yet, the nineteenth session's probe
 * read them as on it), while "we're on methadone", texted "were on methadone" once the apostrophe is gone, is now.
 */

/** Words of wishing for something not had yet: "i want to get on subs", "hoping to start methadone". */
const WISHING = new Set([
  'want',
  'wants',
  'wanna',
  'wanted',
  'need',
  'needs',
  'trying',
  'try',
  'hoping',
  'hope',
  'thinking',
  'considering',
  'interested',
  'plan',
  'planning',
  'gonna',
  'quiero',
  'quiere',
  'queremos',
  'necesito',
  'necesita',
  'busco',
  'gustaria',
]);

/** Words between the wish and the medicine that keep it taken: "want to stay on", "need to get off", "quit". */
const STILL_ON = new Set([
  'stay',
  'keep',
  'continue',
  'remain',
  'off',
  'quit',
  'stop',
  'taper',
  'my',
  'seguir',
  'dejar',
  'mi',
]);

/** How many words before a medicine a wish may stand: "i want to get on suboxone" (four). */
const WISH_REACH = 5;

/** Whether a medicine named is wished for, not taken: "i want to get on suboxone", "need to start methadone". */
export function medicationWished(w: SaidWords, h: HeardPhrase): boolean {
  for (let j = h.start - 1; j >= Math.max(0, h.start - WISH_REACH); j--) {
    if (w.clause[j] !== w.clause[h.start]) return false;
    const word = w.words[j];
    if (STILL_ON.has(word)) return false;
    if (WISHING.has(word)) return true;
  }
  return false;
}

/** Words before a "were" that leave it without a subject, so "we're": "so were on subs", "yeah were both on it". */
const NO_SUBJECT = new Set(['so', 'but', 'and', 'now', 'yes', 'yeah', 'yea', 'ok', 'okay', 'cause', 'because']);

/**
 * Whether "were" at `at` is "we're" with its apostrophe dropped: first in its clause or after a joining word ("my
 * wife and i, we're both on subs"). With a subject before it ("we were", "i was and they were") it is the past.
 */
export function wereMeansWeAre(w: SaidWords, at: number): boolean {
  if (w.words[at] !== 'were') return false;
  if (at === 0 || w.clause[at - 1] !== w.clause[at]) return true;
  return NO_SUBJECT.has(w.words[at - 1]);
}
