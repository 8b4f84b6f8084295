import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Paths pino blanks out wherever they appear: Twilio's parameters that identify a person or carry
 * what they wrote, and the signature header. Log objects should never hold these in the first
 * place; this is the second lock on the door.
 */
export const REDACTED_PATHS = [
  'From', 'To', 'Body', 'from', 'to', 'body', 'text', 'phone',
  '*.From', '*.To', '*.Body', '*.from', '*.to', '*.body', '*.text', '*.phone',
  'req.body', 'req.query', 'req.headers["x-twilio-signature"]', 'req.headers.cookie', 'req.headers.authorization',
  'headers["x-twilio-signature"]',
];

/** Builds the service's JSON logger; `destination` lets tests capture every line. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'recovery-textline' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
