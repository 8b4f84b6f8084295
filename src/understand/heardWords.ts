/**
 * The shapes the understanding step's helpers read (understand.ts keeps the full ones), and the slot groups they
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

/** Slots of day and part-of-day words: time words inside or beside each other are read together. */
export const TIME_SLOTS: ReadonlySet<string> = new Set(['when', 'part']);

/** Slots that say someone drinks, uses or doses: a time next to them tells how often, not when to meet. */
export const USE_SLOTS: ReadonlySet<string> = new Set(['concern', 'concern_weak', 'medication']);
