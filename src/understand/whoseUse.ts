import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Whose a drink, drug or bet is when a possessive says it: "my drinking hurts my family", "a fight with my wife about
 * my drinking" (the texter's own, though the wife is named), "my husband and i fight about his gambling" (his alone,
 * though "and i" stands beside him). The nineteenth session's probe read the first two as help for the family and
 * the last as a trouble both share.
 */

/** "my", "mi": the texter's own. */
const OWN = new Set(['my', 'mi', 'mis']);
/** "his", "her", "their", "su", "sus": someone else's. */
const THEIRS = new Set(['his', 'her', 'their', 'su', 'sus']);
/** Words that may stand between the possessive and the use: "my heavy drinking", "his constant gambling". */
const BETWEEN = new Set(['own', 'heavy', 'constant', 'daily', 'binge', 'problem', 'bad', 'crazy', 'excessive']);

/** Who a possessive right before a use names (skipping a word like "heavy"): "self", "family", or undefined. */
export function useOwnedBy(w: SaidWords, use: HeardPhrase): 'self' | 'family' | undefined {
  let j = use.start - 1;
  if (BETWEEN.has(w.words[j] ?? '')) j--;
  if (j < 0 || w.clause[j] !== w.clause[use.start]) return undefined;
  if (OWN.has(w.words[j])) return takenBySomeoneElse(w, j) ? 'family' : 'self';
  return THEIRS.has(w.words[j]) ? 'family' : undefined;
}

/** Verbs of taking what is the texter's: "steals my pills", "took my xanax", "keeps drinking my beer". */
const TAKING = new Set([
  ...['steals', 'stole', 'stealing', 'steal', 'took', 'takes', 'taking', 'hides', 'hid', 'hiding', 'raids', 'raided'],
  ...['sneaks', 'sneaking', 'snuck', 'swipes', 'swiped', 'pawns', 'pawned', 'drinks', 'drank', 'drinking'],
  ...['finishes', 'finished', 'uses', 'used', 'using', 'roba', 'robo', 'robando', 'toma', 'tomo', 'se'],
]);
/** Words between the one who takes and the verb: "keeps taking", "has been stealing", "always takes". */
const BEFORE_TAKING = new Set(['keeps', 'kept', 'is', 'was', 'been', 'has', 'always', 'just', 'still', 'even', 'me']);
/** The texter as the one who takes: "i take my meds", "im taking my pills". */
const TEXTER_TAKES = new Set(['i', 'im', 'ive', 'yo', 'we']);

/**
 * Whether the texter's own drink or pills at `possessive` ("my pills") are taken by someone else named before the verb:
 * "my son steals my pills", "my grandson took my xanax", "my husband keeps drinking my beer" (the twenty-second
 * session's probe read these as the texter's own drug use; a grandmother was offered NA). "i take my meds" is not.
 */
function takenBySomeoneElse(w: SaidWords, possessive: number): boolean {
  const verb = possessive - 1;
  if (!TAKING.has(w.words[verb] ?? '')) return false;
  for (let k = verb - 1; k >= Math.max(0, verb - 4) && w.clause[k] === w.clause[verb]; k--) {
    if (TEXTER_TAKES.has(w.words[k])) return false;
    if (!BEFORE_TAKING.has(w.words[k])) return true;
  }
  return false;
}
