import { squashText } from './answerMatch';

/**
 * The opt-out and opt-in words US carriers and Twilio give a fixed meaning. They are enforced in
 * code, whatever the flows say, because getting them wrong breaks the law and people's trust.
 * Twilio itself confirms these, so the engine answers them with silence.
 */

/** Whole-message words that opt a number out of all texts. */
export const CARRIER_OPT_OUT_WORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;

/** Whole-message words that opt a number back in. */
export const CARRIER_OPT_IN_WORDS = ['START', 'UNSTOP', 'YES'] as const;

const optOut = new Set(CARRIER_OPT_OUT_WORDS.map((w) => w.toLowerCase()));
const optIn = new Set(CARRIER_OPT_IN_WORDS.map((w) => w.toLowerCase()));

/** True when the whole message is a carrier opt-out word ("Stop.", "stop all", "OPT OUT"). */
export function isCarrierOptOut(text: string): boolean {
  return optOut.has(squashText(text));
}

/** True when the whole message is a carrier opt-in word ("start", "Unstop!", "YES"). */
export function isCarrierOptIn(text: string): boolean {
  return optIn.has(squashText(text));
}
