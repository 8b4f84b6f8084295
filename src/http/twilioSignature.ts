import type { Request, Response } from 'express';
// The webhooks module alone: the package's index loads the whole REST client (about 0.2 s of start-up).
import { validateRequest } from 'twilio/lib/webhooks/webhooks';
import type { Logger } from '../log/logger';
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
    return validateRequest(args.authToken, args.signature, args.publicUrl + args.originalUrl, args.params);
  } catch {
    // A malformed URL or parameter shape is a request we cannot trust, not a server error.
    return false;
  }
}

/** What a route needs to check a webhook's signature. */
export interface SignatureSettings {
  /** Twilio's auth token; undefined accepts unsigned requests (development only; config refuses it in production). */
  twilioAuthToken: string | undefined;
  /** PUBLIC_URL, the base Twilio signs; undefined falls back to this request's own host (development only). */
  publicUrl: string | undefined;
}

/**
 * Checks a webhook request's signature and, when it is missing or wrong, answers 403 and logs
 * (without the signature itself). Returns true when the route may go on.
 */
export function acceptSignedRequest(
  req: Request,
  res: Response,
  settings: SignatureSettings,
  log: Logger,
  params: TwilioParams,
): boolean {
  if (!settings.twilioAuthToken) return true;
  const signature = req.get('x-twilio-signature');
  const valid = hasValidTwilioSignature({
    authToken: settings.twilioAuthToken,
    publicUrl: settings.publicUrl ?? `${req.protocol}://${req.get('host')}`,
    originalUrl: req.originalUrl,
    signature,
    params,
  });
  if (valid) return true;
  const sid = [params.MessageSid, params.CallSid].find((v) => typeof v === 'string');
  const problem = signature ? 'wrong' : 'missing';
  log.warn({ sid, path: req.path, signature: problem }, 'rejected a request without a valid Twilio signature');
  res.status(403).type('text/plain').send('Forbidden: invalid Twilio signature');
  return false;
}
