/**
 * The one edit distance the project keeps: optimal string alignment, where a letter added,
 * dropped or changed, or two neighbouring letters swapped ("alchohol", "suicdie"), each count as
 * one edit. Texters type on small keys in hard moments; a near miss should still be understood.
 */

/** Words shorter than this must be typed exactly: a typo in "me" or "son" is another word. */
export const TYPO_MIN_LENGTH = 5;

/** From this length a word (a long town name, "springfeld") may carry two edits. */
export const TWO_TYPOS_MIN_LENGTH = 8;

/**
 * How many edits a word of this length may carry and still be read as meant: none under
 * TYPO_MIN_LENGTH, one, then two from TWO_TYPOS_MIN_LENGTH. The one threshold of the project.
 */
export function typoBudget(length: number): number {
  return length >= TWO_TYPOS_MIN_LENGTH ? 2 : length >= TYPO_MIN_LENGTH ? 1 : 0;
}

/** True when a[x..] equals b[y..]. */
function sameFrom(a: string, x: number, b: string, y: number): boolean {
  if (a.length - x !== b.length - y) return false;
  for (; x < a.length; x++, y++) if (a.charCodeAt(x) !== b.charCodeAt(y)) return false;
  return true;
}

/** True when the optimal string alignment distance between a and b is at most 1 (no allocation). */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  if (a.length === b.length) {
    // One letter changed, or two next to each other swapped.
    return sameFrom(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2));
  }
  return a.length > b.length ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
}

/**
 * Optimal string alignment distance between a and b, stopping early once it must exceed max
 * (then returns max + 1). Used where more than one edit may be allowed, such as long town names.
 */
export function osaDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let twoBack = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoBack[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [twoBack, prev, cur] = [prev, cur, twoBack];
  }
  return prev[n];
}

/**
 * True when a said word may stand for a wanted word: equal, or one edit away when both have five
 * letters or more and hold no digits.
 */
export function closeEnough(said: string, wanted: string): boolean {
  if (said === wanted) return true;
  if (wanted.length < TYPO_MIN_LENGTH || said.length < TYPO_MIN_LENGTH) return false;
  if (/\d/.test(wanted) || /\d/.test(said)) return false;
  return withinOneEdit(said, wanted);
}
