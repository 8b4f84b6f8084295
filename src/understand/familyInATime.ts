import { USE_SLOTS, type HeardPhrase } from './heardWords';

/**
 * Someone close named only to say when the texter can go: "when my wife is at work", "after my kids go to sleep",
 * "my husband works late so evenings", "cuando mi esposo se va a trabajar". Such a family word says nothing of whom
 * the help is for: a texter who asked for AA and answers the time question so still wants AA, not Al-Anon.
 */

/** Words that open a clause of when: "when my wife", "after the kids", "cuando mi esposo", "mientras mis hijos". */
const TIME_OPENERS = new Set([
  'when',
  'whenever',
  'while',
  'after',
  'before',
  'until',
  'til',
  'till',
  'once',
  'cuando',
  'mientras',
  'despues',
  'antes',
  'hasta',
]);

/** Words right after a family word that tell of their working day, not their trouble: "my husband works late". */
const WORK_AFTER = new Set(['works', 'work', 'working', 'trabaja', 'trabajan']);

/** How many words at most stand between a clause's opener and the family word ("after the kids", "when my wife"). */
const MOST_BEFORE = 2;

/**
 * Whether the family word `h` is named only to tell a time: opened by a word of when or followed by one of work,
 * with no drinking, using or dose in its clause ("when my husband drinks he gets mean" still tells of him).
 */
export function familyNamedForATime(
  words: readonly string[],
  clause: readonly number[],
  h: HeardPhrase,
  hits: readonly HeardPhrase[],
): boolean {
  const opened = words.slice(Math.max(0, h.start - MOST_BEFORE), h.start).some((x) => TIME_OPENERS.has(x));
  if (!opened && !WORK_AFTER.has(words[h.end] ?? '')) return false;
  return !hits.some((o) => USE_SLOTS.has(o.entry.slot) && !o.negated && clause[o.start] === clause[h.start]);
}
