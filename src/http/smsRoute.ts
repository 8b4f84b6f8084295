import type { Request, RequestHandler, Response } from 'express';
import type { Logger } from '../log/logger';
import type { TextHandler } from '../inbox/textHandler';
import { readFormBody, TWILIO_FORM_LIMITS } from './formBody';
import { MissingSenderError, parseTwilioParams, type TwilioParams } from './twilioParams';
import { acceptSignedRequest, type SignatureSettings } from './twilioSignature';
import { renderTwiml } from './twiml';

/** What the Twilio webhook needs. */
export interface SmsRouteDeps extends SignatureSettings {
  handler: TextHandler;
  log: Logger;
  /** The flow's "having trouble" reply, for when answering a text fails; never empty. */
  troubleReply: () => string;
  phoneHashSecret: string;
  clock: () => Date;
}

/**
 * The handlers of `POST /sms`, Twilio's "A message comes in" webhook (mount them with
 * `app.post('/sms', ...)`): reads the form, checks the signature (403, nothing changed, nothing
 * sent), parses (400 without From), hands the text to TextHandler and answers TwiML. Never
 * answers 5xx: whatever fails, Twilio gets 200 with the flow's "having trouble" reply.
 */
export function createSmsHandlers(deps: SmsRouteDeps): RequestHandler[] {
  return [
    readFormBody(TWILIO_FORM_LIMITS),
    async (req: Request, res: Response) => {
      const params: TwilioParams = (req.body as TwilioParams | undefined) ?? {};
      const sid = typeof params.MessageSid === 'string' ? params.MessageSid : undefined;
      if (!acceptSignedRequest(req, res, deps, deps.log, params)) return;
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
        const name = err instanceof Error ? err.name : 'unknown';
        deps.log.error({ sid, sender: message.senderKey, err: { name } }, 'failed to answer a text');
        // Never silence on our own error: the flow's short "having trouble" reply, with 988 and the helpline.
        twiml = renderTwiml([deps.troubleReply()]);
      }
      sendTwiml(res, twiml);
    },
  ];
}

/**
 * Answers 200 with a TwiML document: the headers Express' `res.type('text/xml').send()` gives, written
 * at once. Express would work the content type out twice through its MIME and charset parsers and copy a
 * reply of 1,000 characters or more (meeting results) into a Buffer first, on every text.
 */
export function sendTwiml(res: Response, twiml: string): void {
  res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8', 'Content-Length': Buffer.byteLength(twiml) });
  res.end(twiml);
}
