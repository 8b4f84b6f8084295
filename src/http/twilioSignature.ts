import twilio from 'twilio';
import type { TwilioParams } from './twilioParams';

/**
 * Whether a webhook request carries Twilio's valid signature. What is checked is always
 * `publicUrl + originalUrl` (the URL Twilio was told to call), so proxies' X-Forwarded-* headers
 * cannot change it. Uses twilio's own `validateRequest`, which also tries the URL with and
 * without a default port.
 */
export function hasValidTwilioSignature(args: {
  authToken: string;
  /** PUBLIC_URL without a trailing slash, e.g. https://line.example.org or https://host:8443/prefix. */
  publicUrl: string;
  /** The request's path and query as received, e.g. `/sms?tenant=a`. */
  originalUrl: string;
  signature: string | undefined;
  params: TwilioParams;
}): boolean {
  if (!args.signature) return false;
  try {
    return twilio.validateRequest(args.authToken, args.signature, args.publicUrl + args.originalUrl, args.params);
  } catch {
    // A malformed URL or parameter shape is a request we cannot trust, not a server error.
    return false;
  }
}
