import { whenWordsIn } from '../directory/parseWhen';

/**
 * A time the texter says they will go at, not one to search: "thanks, ill go tonight", "gracias a dios, voy a ir hoy",
 * "ill be there tomorrow" after a list (at a first text, "ill go to a meeting tonight in amarillo" is when to meet:
 * the engine asks this only at a list). The twenty-sixth session's probe got the list again, narrowed to today, for a
 * texter who was only saying goodbye. "i can go tonight", "anything tonight?" and "no voy a poder ir hoy" are not
 * plans: the first two ask, the last turns the day down.
 */

/** First-person promises to go, as written after plainLower (apostrophes gone: "i'll" is "ill"). */
const PLANS: readonly (readonly string[])[] = [
  ['ill', 'go'],
  ['i', 'will', 'go'],
  ['ill', 'be', 'there'],
  ['i', 'will', 'be', 'there'],
  ['ill', 'try'],
  ['ill', 'make', 'it'],
  ['ill', 'check'],
  ['im', 'gonna', 'go'],
  ['gonna', 'go'],
  ['im', 'going', 'to', 'go'],
  ['going', 'to', 'go'],
  ['were', 'going', 'to', 'go'],
  ['we', 'will', 'go'],
  ['voy', 'a', 'ir'],
  ['voy', 'a', 'intentar'],
  ['voy', 'a', 'tratar'],
  ['vamos', 'a', 'ir'],
  ['ire'],
  ['iremos'],
  ['ahi', 'estare'],
  ['alli', 'estare'],
  ['voy', 'a', 'estar', 'ahi'],
];

/** Words that may stand between the promise and the time: "ill go to the one tonight", "voy a ir a la de hoy". */
const BETWEEN = new Set([
  'to',
  'the',
  'one',
  'that',
  'this',
  'it',
  'them',
  'there',
  'meeting',
  'out',
  'a',
  'la',
  'el',
  'de',
  'esa',
  'esta',
  'junta',
  'reunion',
]);

/** Words that turn a promise down or into a question: "no voy a ir hoy", "should i go tonight". */
const NOT_A_PLAN = new Set(['no', 'not', 'never', 'cant', 'wont', 'should', 'can', 'could', 'puedo', 'debo']);

/** Words of doubt a few words before a promise: "i dont think ill go tonight", "idk if ill go today". */
const DOUBT_BEFORE_PLAN = new Set(['dont', 'doubt', 'idk', 'dunno', 'unsure', 'whether']);

/** Whether a doubt stands just before a promise starting at `start`: "dont think ill go", "no se si voy a ir". */
function doubtedPlan(words: readonly string[], start: number): boolean {
  if (words[start - 1] === 'si' && words[start - 2] === 'se') return true;
  for (let k = Math.max(0, start - 3); k < start; k++) if (DOUBT_BEFORE_PLAN.has(words[k])) return true;
  return false;
}

/** How far back from the time the promise may end, through BETWEEN's words. */
const MAX_BETWEEN = 4;

/** Whether the words ending at `end` (exclusive) are one of PLANS, in one clause, with no NOT_A_PLAN before it. */
function planEndsAt(words: readonly string[], clauseOf: (i: number) => number, end: number, clause: number): boolean {
  return PLANS.some((plan) => {
    const start = end - plan.length;
    if (start < 0 || clauseOf(start) !== clause) return false;
    for (let k = 0; k < plan.length; k++) if (words[start + k] !== plan[k]) return false;
    if (NOT_A_PLAN.has(words[start - 1] ?? '') || NOT_A_PLAN.has(words[start - 2] ?? '')) return false;
    return !doubtedPlan(words, start);
  });
}

/** Whether the word at `at` (a time) is said as when the texter will go: a promise ends just before it. */
function promisedBefore(words: readonly string[], clauseOf: (i: number) => number, at: number): boolean {
  const clause = clauseOf(at);
  let end = at;
  for (let skipped = 0; skipped <= MAX_BETWEEN && end > 0; skipped++) {
    if (planEndsAt(words, clauseOf, end, clause)) return true;
    if (!BETWEEN.has(words[end - 1]) || clauseOf(end - 1) !== clause) return false;
    end--;
  }
  return false;
}

/** Whether one word names a day or a part of the day ("tomorrow", "hoy", "tonight"). */
function isTimeWord(word: string): boolean {
  const time = whenWordsIn(word);
  return time.when !== undefined || time.part !== undefined;
}

/** Whether a text's words (textWords) promise to go at a time they name: "ill go to the one tomorrow". */
export function promisesToGoAt(words: readonly string[]): boolean {
  return words.some((word, i) => promisedBefore(words, () => 0, i) && isTimeWord(word));
}
