import { USE_SLOTS, type HeardPhrase } from './heardWords';

/**
 * Someone close named only as gone from the texter's life: "my kids got taken by cps", "my wife left me", "my dad
 * passed away", "se llevaron a mis hijos". Told beside a use with no one before it ("been using meth for 5 yrs, my
 * kids got taken by cps, i want to get clean"), the use is the texter's: probe 35 said "for your kids" and offered
 * Nar-Anon. A use said in the same clause ("my wife left me because she drinks") still tells of them.
 */

/** Words of someone gone, soon after the family word: "left", "taken", "passed", "died", "kicked me out". */
const GONE: ReadonlySet<string> = new Set([
  'left',
  'leaving',
  'divorced',
  'divorcing',
  'kicked',
  'passed',
  'died',
  'taken',
  'took',
  'removed',
  'gone',
  'dumped',
  'cheated',
  'murio',
  'fallecio',
  'dejo',
  'quitaron',
  'llevaron',
]);
/** How many words after the family word a word of going may come: "my kids got taken", "my wife just left me". */
const GONE_REACH = 3;

/**
 * Whether the family word `h` is said only to be gone (see above): a word of going within reach after it, in its
 * clause, and no drink, drug or medicine in that clause. `said` are the words as written ("taken" is no typo of
 * "takes"), `words` as corrected.
 */
export function familyNamedAsGone(
  words: readonly string[],
  said: readonly string[],
  clause: readonly number[],
  h: HeardPhrase,
  hits: readonly HeardPhrase[],
): boolean {
  if (h.entry.slot !== 'audience' || h.entry.value !== 'family' || h.negated) return false;
  let gone = false;
  for (let j = h.end; j < words.length && j < h.end + GONE_REACH && clause[j] === clause[h.start]; j++)
    if (GONE.has(words[j]) || GONE.has(said[j])) gone = true;
  // "se llevaron a mis hijos": the going said before them.
  for (let j = h.start - 1; j >= 0 && j >= h.start - GONE_REACH && clause[j] === clause[h.start]; j--)
    if (GONE.has(words[j]) || GONE.has(said[j])) gone = true;
  if (!gone) return false;
  return !hits.some((o) => USE_SLOTS.has(o.entry.slot) && clause[o.start] === clause[h.start]);
}
