// The TwiML builder alone: the package's index loads the whole REST client (about 0.2 s of start-up).
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse';
import { MAX_SMS_BODY_CHARS } from '../sms/smsLimits';

/** Twilio's limit for one message body; longer replies are split into several <Message>s. */
export const MAX_SMS_CHARS = MAX_SMS_BODY_CHARS;

// Characters XML 1.0 cannot carry (controls other than tab/newline/CR, lone surrogates, U+FFFE/F).
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Splits one reply into parts of at most `max` UTF-16 units (the strictest way to count),
 * preferring line breaks, then spaces, and never cutting a surrogate pair.
 */
export function splitForSms(text: string, max = MAX_SMS_CHARS): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = Math.max(rest.lastIndexOf('\n', max), rest.lastIndexOf(' ', max));
    if (cut < max / 2) cut = max;
    const code = rest.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    const part = rest.slice(0, cut).trimEnd();
    if (part.length > 0) parts.push(part);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) parts.push(rest);
  return parts;
}

/**
 * Most replies are a flow's questions, the same for every texter, and building a TwiML document
 * with xmlbuilder costs about as much as the engine's step: the latest few hundred are kept
 * (only what the line sends out, and only in this process's memory).
 */
const RECENT_TWIML_SIZE = 256;
const recentTwiml = new Map<string, string>();

/**
 * Renders replies as TwiML with twilio's MessagingResponse: one <Message> per part, no `to`
 * attribute (so Twilio answers only the sender), and an empty <Response/> when there is nothing to send.
 */
export function renderTwiml(replies: string[]): string {
  const key = JSON.stringify(replies);
  const cached = recentTwiml.get(key);
  if (cached !== undefined) return cached;
  const twiml = buildTwiml(replies);
  if (recentTwiml.size >= RECENT_TWIML_SIZE) recentTwiml.delete(recentTwiml.keys().next().value as string);
  recentTwiml.set(key, twiml);
  return twiml;
}

/** The TwiML that sends nothing (`<Response/>`), for answering Twilio when there is nothing to say. */
export const EMPTY_TWIML = buildTwiml([]);

function buildTwiml(replies: string[]): string {
  const response = new MessagingResponse();
  for (const reply of replies) {
    for (const part of splitForSms(reply.replace(NOT_XML, ''))) response.message(part);
  }
  return response.toString();
}
