import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../log/logger';
import type { TextHandler } from '../inbox/textHandler';
import { readFormBody, TWILIO_FORM_LIMITS } from './formBody';
import { MissingSenderError, parseTwilioParams, type TwilioParams } from './twilioParams';
import { hasValidTwilioSignature } from './twilioSignature';
import { EMPTY_TWIML, renderTwiml } from './twiml';

/** What the Twilio webhook needs. */
export interface SmsRouteDeps {
  handler: TextHandler;
  log: Logger;
  /** Twilio's auth token; undefined accepts unsigned requests (development only; config refuses it in production). */
  twilioAuthToken: string | undefined;
  /** PUBLIC_URL, the base Twilio signs; undefined falls back to this request's own host (development only). */
  publicUrl: string | undefined;
  phoneHashSecret: string;
  clock: () => Date;
}

/**
 * The handlers of `POST /sms`, Twilio's "A message comes in" webhook (mount them with
 * `app.post('/sms', ...)`): reads the form, checks the signature (403, nothing changed, nothing
 * sent), parses (400 without From), hands the text to TextHandler and answers TwiML. Never
 * answers 5xx: whatever fails, Twilio gets 200 with valid TwiML.
 */
export function createSmsHandlers(deps: SmsRouteDeps): RequestHandler[] {
  return [
    readFormBody(TWILIO_FORM_LIMITS),
    async (req: Request, res: Response) => {
      const params: TwilioParams = (req.body as TwilioParams | undefined) ?? {};
      const sid = typeof params.MessageSid === 'string' ? params.MessageSid : undefined;
      if (deps.twilioAuthToken) {
        const signature = req.get('x-twilio-signature');
        const valid = hasValidTwilioSignature({
          authToken: deps.twilioAuthToken,
          publicUrl: deps.publicUrl ?? `${req.protocol}://${req.get('host')}`,
          originalUrl: req.originalUrl,
          signature,
          params,
        });
        if (!valid) {
          deps.log.warn({ sid, signature: signature ? 'wrong' : 'missing' }, 'rejected a request without a valid Twilio signature');
          res.status(403).type('text/plain').send('Forbidden: invalid Twilio signature');
          return;
        }
      }
      let message;
      try {
        message = parseTwilioParams(params, deps.phoneHashSecret, deps.clock());
      } catch (err) {
        if (err instanceof MissingSenderError) {
          deps.log.warn({ sid }, 'rejected a request without From');
          res.status(400).type('text/plain').send('Bad request: From is required');
          return;
        }
        throw err;
      }
      let twiml: string;
      try {
        const handled = await deps.handler.handle(message);
        twiml = renderTwiml(handled.replies);
      } catch (err) {
        // TextHandler never throws; this guards rendering and anything unforeseen.
        deps.log.error({ sid, sender: message.senderKey, err: { name: err instanceof Error ? err.name : 'unknown' } }, 'failed to answer a text');
        twiml = EMPTY_TWIML;
      }
      res.status(200).type('text/xml').send(twiml);
    },
  ];
}
