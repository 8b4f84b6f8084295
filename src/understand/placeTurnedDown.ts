/**
 * A place turned down in the text that names the one meant: "not in lubbock, in amarillo", "no en lubbock, en
 * amarillo", "not rochester, canandaigua". The town found first may be the one turned down; the place meant is the
 * other one named, read from the rest of the text.
 */

/**
 * Words that turn a place down just before it, or before its lead-in: "not lubbock", "not in lubbock", "i dont live in
 * lubbock". "no" and its like only before a lead-in: "no lubbock" is as often "No, Lubbock".
 */
export const TURNING_DOWN: ReadonlySet<string> = new Set(['not', 'dont', 'no', 'nope', 'nah', 'ni']);
const ONLY_BEFORE_LEAD_IN = new Set(['no', 'nope', 'nah']);
/** Words that may stand between the turning down and the town: "not in", "not near", "no en", "no cerca de". */
const LEAD_INS = new Set([
  'in',
  'near',
  'at',
  'around',
  'by',
  'en',
  'cerca',
  'de',
  'the',
  'live',
  'living',
  'stay',
  'staying',
  'vivo',
  'estoy',
]);
/** How many lead-in words at most: "no cerca de", "not live in". */
const MOST_LEAD_INS = 3;

/**
 * The words of a text with the turned-down town taken out (from its "not" to its state, if said), or undefined when
 * the town is not turned down. `clause` numbers the clause of each word.
 */
export function withoutTurnedDownTown(
  said: readonly string[],
  clause: readonly number[],
  town: string,
  isStateWord: (word: string) => boolean,
): string[] | undefined {
  const name = town.toLowerCase().split(/\s+/);
  for (let at = 0; at + name.length <= said.length; at++) {
    if (!name.every((w, k) => said[at + k] === w)) continue;
    let k = at - 1;
    while (k >= 0 && at - k <= MOST_LEAD_INS && LEAD_INS.has(said[k])) k--;
    // In the town's own clause: "no, lubbock" answers no and names Lubbock.
    if (k < 0 || !TURNING_DOWN.has(said[k]) || clause[k] !== clause[at]) continue;
    if (ONLY_BEFORE_LEAD_IN.has(said[k]) && k === at - 1) continue;
    // "i'm not in lubbock": "im" before "not" goes too, so the rest is not read as a town.
    const from = k > 0 && (said[k - 1] === 'im' || said[k - 1] === 'am' || said[k - 1] === 'estoy') ? k - 1 : k;
    let to = at + name.length;
    if (to < said.length && isStateWord(said[to])) to++;
    return [...said.slice(0, from), ...said.slice(to)];
  }
  return undefined;
}
