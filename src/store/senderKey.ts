import { createHmac } from 'node:crypto';

/**
 * The only form in which a person is known to the service: HMAC-SHA256 (hex) of their number in
 * E.164. The brand stops a raw phone number from being passed where a key is expected.
 */
export type SenderKey = string & { readonly __brand: 'SenderKey' };

/**
 * Normalises what Twilio sends in `From` to E.164. Twilio already sends `+15551234567`; this only
 * drops spaces, dots, dashes and brackets that people or tools add, so "+1 (555) 123-4567" and
 * "+15551234567" are the same person. Values that are not phone numbers at all (a channel
 * address such as `whatsapp:+1...`) keep their form minus whitespace, so they still get a stable key.
 */
export function normaliseE164(from: string): string {
  const compact = from.trim().replace(/\s+/g, '');
  const digitsOnly = compact.replace(/[().-]/g, '');
  return /^\+\d{6,15}$/.test(digitsOnly) ? digitsOnly : compact;
}

/** Derives the sender key for a phone number: HMAC-SHA256(secret, E.164 number) as lowercase hex. */
export function senderKeyFor(secret: string, phoneNumber: string): SenderKey {
  return createHmac('sha256', secret).update(normaliseE164(phoneNumber)).digest('hex') as SenderKey;
}
