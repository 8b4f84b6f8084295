/**
 * The day and part-of-day words the conversation keeps in its `when` and `part` variables: the one
 * list the flow's slot checker, the directory's time reader and the results answers read.
 */

/**
 * The day words the conversation keeps in its `when` variable (weekdays from index 4, Sunday first; `weekday`,
 * Monday to Friday, comes after them so the day names keep their places).
 */
export const WHEN_WORDS = [
  'tonight',
  'today',
  'tomorrow',
  'weekend',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'weekday',
] as const;

/** The parts of the day the conversation keeps in its `part` variable. */
export const PART_WORDS = ['morning', 'afternoon', 'evening'] as const;

/** Day and part-of-day words as texters write them, to see a time left out or told as a habit. */
const DAY_AND_PART_WORDS = new Set([
  ...WHEN_WORDS,
  ...PART_WORDS,
  ...[...WHEN_WORDS, ...PART_WORDS].map((w) => `${w}s`),
  ...['mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'night', 'nights'],
  ...['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingos', 'sabados'],
  ...['hoy', 'manana', 'mananas', 'tarde', 'tardes', 'noche', 'noches', 'semana'],
]);
/** Words before a time that leave it out: "any day but wednesday", "except fridays", "menos el lunes". */
const LEAVE_OUT_BEFORE = new Set(['not', 'but', 'except', 'excluding', 'besides', 'than', 'excepto', 'menos', 'salvo']);
/** Words after a time that turn it down: "wednesday doesnt work", "saturday wont work". */
const TURNED_DOWN_AFTER = new Set(['doesnt', 'dont', 'wont', 'cant', 'isnt', 'aint']);
/** Words before a time that make it a habit: "every weekend", "each night", "cada fin de semana", "todos los dias". */
const HABIT_BEFORE = new Set(['every', 'each', 'cada', 'todos', 'todas']);

/**
 * Words of a drink, a dose or a use done, before a time that tells when it was, not when to meet: "i took my
 * suboxone this morning", "i drank today", "use ayer", "tome hoy". Past forms only: "i take it in the morning"
 * may be a habit, read as one elsewhere.
 */
export const PAST_ACT_WORDS = new Set([
  'took',
  'drank',
  'relapsed',
  'slipped',
  'dosed',
  'smoked',
  'snorted',
  'shot',
  'drunk',
  'tome',
  'bebi',
  'consumi',
  'recai',
  'fume',
]);

/**
 * Whether a text leaves a day or time out rather than asks for it ("any day but wednesday", "not on
 * wednesday", "wednesday doesnt work"): a search then drops the day, never narrows to the one left out.
 * `words` are the text's words as textWords gives them.
 */
export function leavesTimeOut(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      DAY_AND_PART_WORDS.has(w) &&
      (leftOutBefore(words, i) || (i > 1 && words[i - 1] === 'no') || TURNED_DOWN_AFTER.has(words[i + 1] ?? '')),
  );
}

/** Words of every day or time, which a "but" after them narrows by leaving one out: "any day but wednesday". */
const ALL_TIMES = new Set(['any', 'anything', 'anytime', 'all', 'every', 'everyday', 'whenever']);

/**
 * Whether the "but" at `k` leaves the time after it out: only after a word of every time ("anytime but monday");
 * otherwise it turns to the time that works ("i work days but saturday works").
 */
export function butLeavesOut(words: readonly string[], k: number): boolean {
  return words.slice(0, k).some((x) => ALL_TIMES.has(x));
}

/**
 * Whether one of the three words before the time at `i` leaves it out. "but" does only after a word of every time
 * ("any day of the week but wednesday", "anytime but monday"); otherwise it turns to the time that works: "i work
 * days but saturday works", "busy during the week but sunday im free".
 */
function leftOutBefore(words: readonly string[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (!LEAVE_OUT_BEFORE.has(words[k])) continue;
    if (words[k] !== 'but' || butLeavesOut(words, k)) return true;
  }
  return false;
}

/**
 * Whether a text tells a time as a habit ("drinks every night", "cada fin de semana"): read for a search's day
 * only through the understanding step, which tells "meetings every saturday" from "drinks every saturday".
 */
export function tellsTimeAsHabit(words: readonly string[]): boolean {
  return words.some(
    (w, i) => DAY_AND_PART_WORDS.has(w) && words.slice(Math.max(0, i - 3), i).some((x) => HABIT_BEFORE.has(x)),
  );
}

/**
 * Day words past tomorrow the conversation may also keep in `when`: "pasado manana" is the day after tomorrow,
 * "next week" any day but today (meetings meet weekly, so Thursday's list is next Thursday's too), and
 * `not_today` the same days set by "another day" at a list, said back as "from tomorrow" (the flow's labels).
 * The search reads them itself (src/engine/actions/searchWindow.ts); the directory's time reader knows WHEN_WORDS.
 */
export const LATER_WHEN_WORDS = ['day_after_tomorrow', 'next_week', 'not_today'] as const;
