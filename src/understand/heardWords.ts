/**
 * The shapes the understanding step's helpers read (messageWords.ts keeps the full ones), and the slot groups they
 * share, named once: each helper module (sharedConcern, timeToMeet, behavior) reads the same words and hits.
 */

/** The words of a message as the understanding step splits them: corrected words and their clause numbers. */
export interface SaidWords {
  words: readonly string[];
  clause: readonly number[];
}

/** A listed phrase heard in the message, as the understanding step keeps it. */
export interface HeardPhrase {
  entry: { slot: string; value: string };
  start: number;
  end: number;
  negated: boolean;
}

/** "of", "de": before whom a family word is to ("mother of an addict") or whose ("the father of my kids"). */
export const OF_WORDS: ReadonlySet<string> = new Set(['of', 'de']);

/** "my", "our", "mi", "mis", "nuestro"...: before the one a family member belongs to ("the father of my kids"). */
export const FAMILY_OWNERS: ReadonlySet<string> = new Set([
  'my',
  'our',
  'mi',
  'mis',
  'nuestro',
  'nuestra',
  'nuestros',
  'nuestras',
]);

/** Whether "of my", "de mis" stands at `at`: the words after it name whose a family member is. */
export function ofOwnerAt(words: readonly string[], at: number): boolean {
  return at >= 0 && OF_WORDS.has(words[at] ?? '') && FAMILY_OWNERS.has(words[at + 1] ?? '');
}

/** Slots of day and part-of-day words: time words inside or beside each other are read together. */
export const TIME_SLOTS: ReadonlySet<string> = new Set(['when', 'part']);

/** Slots that say someone drinks, uses or doses: a time next to them tells how often, not when to meet. */
export const USE_SLOTS: ReadonlySet<string> = new Set(['concern', 'concern_weak', 'medication']);
