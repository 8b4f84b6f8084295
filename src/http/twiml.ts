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

/** What twilio's MessagingResponse puts before the <Response> element (xmlbuilder's declaration). */
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#xD;' };
const NEEDS_ESCAPE = /[&<>\r]/;
const TO_ESCAPE = /[&<>\r]/g;

/** A message body as xmlbuilder escapes text (twilio's TwiML): `&`, `<`, `>` and carriage returns. */
function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (ch) => TEXT_ESCAPES[ch]) : text;
}

/**
 * Renders replies as TwiML: one <Message> per part, no `to` attribute (so Twilio answers only the
 * sender), and an empty <Response/> when there is nothing to send. The document is exactly what
 * twilio's MessagingResponse gives for the same parts (test/http/twiml.test.ts compares the two on
 * random text), written directly: building it with xmlbuilder cost 13 to 20 µs a reply, as much as
 * the engine's step, and meeting results are different for nearly every texter, so a cache of
 * recent documents missed on exactly the longest replies.
 */
export function renderTwiml(replies: readonly string[]): string {
  let messages = '';
  for (const reply of replies) {
    for (const part of splitForSms(reply.replace(NOT_XML, ''))) messages += `<Message>${escapeText(part)}</Message>`;
  }
  return messages === '' ? `${XML_DECLARATION}<Response/>` : `${XML_DECLARATION}<Response>${messages}</Response>`;
}

/** The TwiML that sends nothing (`<Response/>`), for answering Twilio when there is nothing to say. */
export const EMPTY_TWIML = renderTwiml([]);
