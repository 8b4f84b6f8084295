import type { Request, RequestHandler, Response } from 'express';
import type { OpsMetrics } from '../analytics/opsMetrics';
import type { Logger } from '../log/logger';
import { readFormBody, TWILIO_FORM_LIMITS } from './formBody';
import type { TwilioParams } from './twilioParams';
import { acceptSignedRequest, type SignatureSettings } from './twilioSignature';

/** What the status callback needs. */
export interface StatusRouteDeps extends SignatureSettings {
  metrics: OpsMetrics;
  log: Logger;
}

/** Twilio's final states of a reply that did not reach the phone. */
const FAILED = new Set(['failed', 'undelivered']);

/**
 * The handlers of `POST /sms/status`, Twilio's status callback for replies (mount with
 * `app.post('/sms/status', ...)`): checks the signature like `/sms` (403 when wrong), counts failed and
 * undelivered replies by ErrorCode, and answers 204. Logs the code and the MessageSid, never the number.
 */
export function createStatusHandlers(deps: StatusRouteDeps): RequestHandler[] {
  return [
    readFormBody(TWILIO_FORM_LIMITS),
    (req: Request, res: Response) => {
      const params: TwilioParams = (req.body as TwilioParams | undefined) ?? {};
      if (!acceptSignedRequest(req, res, deps, deps.log, params)) return;
      const status = typeof params.MessageStatus === 'string' ? params.MessageStatus : '';
      if (FAILED.has(status)) {
        const code = typeof params.ErrorCode === 'string' ? params.ErrorCode : undefined;
        deps.metrics.deliveryFailed(code);
        const sid = typeof params.MessageSid === 'string' ? params.MessageSid : undefined;
        deps.log.info({ sid, status, errorCode: code }, 'reply not delivered');
      }
      res.status(204).end();
    },
  ];
}
