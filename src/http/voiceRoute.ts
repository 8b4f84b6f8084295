import type { Request, RequestHandler, Response } from 'express';
// The TwiML builder alone: the package's index loads the whole REST client (about 0.2 s of start-up).
import VoiceResponse from 'twilio/lib/twiml/VoiceResponse';
import type { SpokenPart } from '../engine/types';
import type { Logger } from '../log/logger';
import { readFormBody, TWILIO_FORM_LIMITS } from './formBody';
import type { TwilioParams } from './twilioParams';
import { acceptSignedRequest, type SignatureSettings } from './twilioSignature';

/** What the voice webhook needs. */
export interface VoiceRouteDeps extends SignatureSettings {
  log: Logger;
  /** The words a caller hears, one part per language (the flow's `voice` keyword). */
  script: () => SpokenPart[];
}

/** The locale Twilio's <Say> speaks each flow language in; other codes are passed as they are. */
const SAY_LOCALES: Record<string, string> = { en: 'en-US', es: 'es-MX' };

/** How many times the whole message is spoken, so a caller who missed the start hears it again. */
const TIMES_SPOKEN = 2;

/**
 * TwiML that speaks each part in its language, pausing between them, then hangs up. Built with
 * twilio's VoiceResponse, which escapes the text.
 */
export function renderVoiceTwiml(parts: SpokenPart[]): string {
  const response = new VoiceResponse();
  for (let round = 0; round < TIMES_SPOKEN; round++) {
    for (const part of parts) {
      response.say({ language: (SAY_LOCALES[part.lang] ?? part.lang) as never }, part.text);
      response.pause({ length: 1 });
    }
  }
  response.hangup();
  return response.toString();
}

/**
 * The handlers of `POST /voice`, Twilio's "A call comes in" webhook: the signature is checked as
 * for /sms (403 otherwise), and every caller hears that the number is for texts, then 911, 988
 * and the SAMHSA helpline, in each language of the flow. Nothing about the caller is stored.
 */
export function createVoiceHandlers(deps: VoiceRouteDeps): RequestHandler[] {
  return [
    readFormBody(TWILIO_FORM_LIMITS),
    (req: Request, res: Response) => {
      const params: TwilioParams = (req.body as TwilioParams | undefined) ?? {};
      if (!acceptSignedRequest(req, res, deps, deps.log, params)) return;
      const sid = typeof params.CallSid === 'string' ? params.CallSid : undefined;
      deps.log.info({ sid }, 'call answered with spoken directions');
      res.status(200).type('text/xml').send(renderVoiceTwiml(deps.script()));
    },
  ];
}
