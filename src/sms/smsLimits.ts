/**
 * The sizes every reply is held to, defined once: the checker, the engine, the webhook and the
 * reply formatters import them from here.
 */

/** Twilio's limit for one message body; a longer reply is cut (engine) or split (TwiML). */
export const MAX_SMS_BODY_CHARS = 1600;

/** GSM-7 characters in a one-part SMS, and per part once a message is split (7 go to the part header). */
export const GSM7_SINGLE_PART = 160;
export const GSM7_PER_PART = 153;

/** UCS-2 characters in a one-part SMS, and per part once split. */
export const UCS2_SINGLE_PART = 70;
export const UCS2_PER_PART = 67;

/** The most SMS parts a reply may cost: the flow checker refuses more, and every formatter stays within it. */
export const MAX_REPLY_PARTS = 3;

/** A reply's GSM-7 budget: MAX_REPLY_PARTS parts of GSM7_PER_PART characters (459). */
export const MAX_REPLY_GSM7_CHARS = MAX_REPLY_PARTS * GSM7_PER_PART;
