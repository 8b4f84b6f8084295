import { squashText } from './answerMatch';

/**
 * The words US carriers and Twilio give a fixed meaning (CTIA: STOP and its synonyms opt out,
 * START/UNSTOP opt back in, HELP/INFO ask who is texting). They are enforced in code, whatever
 * the flows say, because getting them wrong breaks the law and people's trust. This table is the
 * one list: the engine acts on it, and the flow checker refuses flow words that collide with it.
 */

/** What a carrier word does. */
export type CarrierRole = 'opt_out' | 'opt_in' | 'help';

/** One carrier word; `reserved` words may not appear in a flow's own word lists. */
export interface CarrierWord {
  word: string;
  role: CarrierRole;
  reserved: boolean;
}

/**
 * Every carrier word with its role. YES opts a number back in for Twilio, but it is also the
 * commonest answer to a flow's yes/no question, so flows may use it (it is not reserved).
 */
export const CARRIER_WORDS: readonly CarrierWord[] = [
  ...['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'revoke', 'optout'].map((word) => ({
    word,
    role: 'opt_out' as const,
    reserved: true,
  })),
  { word: 'start', role: 'opt_in', reserved: true },
  { word: 'unstop', role: 'opt_in', reserved: true },
  { word: 'yes', role: 'opt_in', reserved: false },
  { word: 'help', role: 'help', reserved: true },
  { word: 'info', role: 'help', reserved: true },
];

const wordsOf = (role: CarrierRole): string[] => CARRIER_WORDS.filter((w) => w.role === role).map((w) => w.word);

/** Whole-message words that opt a number out of all texts. */
export const CARRIER_OPT_OUT_WORDS: readonly string[] = wordsOf('opt_out');

/** Whole-message words that opt a number back in. */
export const CARRIER_OPT_IN_WORDS: readonly string[] = wordsOf('opt_in');

/** Whole-message words that ask for the program's HELP text. */
export const CARRIER_HELP_WORDS: readonly string[] = wordsOf('help');

/** The carrier words a flow may not use in its own word lists (all but YES), in squashed form. */
export const RESERVED_CARRIER_WORDS: ReadonlySet<string> = new Set(
  CARRIER_WORDS.filter((w) => w.reserved).map((w) => w.word),
);

const optOut = new Set(CARRIER_OPT_OUT_WORDS);
const optIn = new Set(CARRIER_OPT_IN_WORDS);

/** True when the whole message is a carrier opt-out word ("Stop.", "stop all", "OPT OUT"). */
export function isCarrierOptOut(text: string): boolean {
  // squashText remembers the last message's form: asking again in the same step costs a lookup.
  return optOut.has(squashText(text));
}

/**
 * True when the message is a carrier opt-out word exactly as Twilio's automatic handling is sure to read it: the word
 * alone, any case, with spaces around it ("STOP", " stop "). Twilio acts on single-word messages only and does not say
 * that "STOP.", "Stop!!" or "OPT OUT" count, so those get the line's own confirmation (the forty-fifth probe).
 */
export function isBareCarrierOptOut(text: string): boolean {
  const word = text.trim().toLowerCase();
  return optOut.has(word);
}

/** True when the whole message is a carrier opt-in word ("start", "Unstop!", "YES"). */
export function isCarrierOptIn(text: string): boolean {
  return optIn.has(squashText(text));
}
