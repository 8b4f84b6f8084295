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
  if (OWN.has(w.words[j])) return 'self';
  return THEIRS.has(w.words[j]) ? 'family' : undefined;
}
