import { parse as parseQueryString } from 'node:querystring';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Why not `express.urlencoded()`: Twilio only ever posts small UTF-8 forms, and body-parser's
 * generality (charset tables, inflation, `qs`) cost about 6% of a text's CPU in the
 * profile. This reads exactly what Twilio sends with Node's own `querystring`, which splits
 * and decodes a form the same way (`+` is a space, repeated names become arrays) and never
 * throws on a bad `%` escape. Anything else gets the 4xx body-parser would have given.
 */

/** A request body this reader refuses, with the status body-parser uses for the same case. */
export class FormBodyError extends Error {
  override readonly name = 'FormBodyError';
  constructor(
    readonly status: 400 | 413 | 415,
    /** body-parser's `type` for the same error, so logs read the same. */
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/** Limits of one form. */
export interface FormBodyLimits {
  maxBytes: number;
  maxParameters: number;
}

/**
 * Limits for Twilio's webhook: 1600 characters of any Unicode are at most ~20 kB percent-encoded; other
 * parameters are small.
 */
export const TWILIO_FORM_LIMITS: FormBodyLimits = { maxBytes: 256 * 1024, maxParameters: 1000 };

const FORM_TYPE = 'application/x-www-form-urlencoded';

/** The media type of a Content-Type header, lower case, without parameters. */
function mediaTypeOf(header: string | undefined): string {
  if (!header) return '';
  const semicolon = header.indexOf(';');
  return (semicolon === -1 ? header : header.slice(0, semicolon)).trim().toLowerCase();
}

/** The charset parameter of a Content-Type header, lower case, or '' when absent. */
function charsetOf(header: string): string {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(header);
  return match ? match[1].toLowerCase() : '';
}

/** How many `name=value` pairs a form holds (an empty form holds none). */
function countParameters(form: string): number {
  if (form.length === 0) return 0;
  let count = 1;
  for (let at = form.indexOf('&'); at !== -1; at = form.indexOf('&', at + 1)) count += 1;
  return count;
}

/**
 * Middleware that sets `req.body` to the parsed form when the request is
 * `application/x-www-form-urlencoded` (UTF-8), leaves it undefined for any other type, and
 * passes a FormBodyError (400, 413 or 415) to the error handler for a body it will not read.
 */
export function readFormBody(limits: FormBodyLimits): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const contentType = req.headers['content-type'];
    if (mediaTypeOf(contentType) !== FORM_TYPE) {
      req.body = undefined;
      next();
      return;
    }
    const refused = refusedByHeaders(req, contentType!, limits);
    if (refused) {
      next(refused);
      return;
    }
    readForm(req, limits, next);
  };
}

/** What the headers alone rule out: a charset but UTF-8, any content encoding, a declared size over the limit. */
function refusedByHeaders(req: Request, contentType: string, limits: FormBodyLimits): FormBodyError | undefined {
  const charset = charsetOf(contentType);
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    return new FormBodyError(415, 'charset.unsupported', `unsupported charset "${charset.toUpperCase()}"`);
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') {
    return new FormBodyError(415, 'encoding.unsupported', `unsupported content encoding "${encoding}"`);
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    return new FormBodyError(413, 'entity.too.large', 'request entity too large');
  }
  return undefined;
}

/** Reads the body as it streams in, refusing it once over the size limit, then parses it into `req.body`. */
function readForm(req: Request, limits: FormBodyLimits, next: NextFunction): void {
  const chunks: Buffer[] = [];
  let received = 0;
  let settled = false;
  const finish = (err?: Error) => {
    if (settled) return;
    settled = true;
    req.off('data', onData);
    req.off('end', onEnd);
    req.off('error', onError);
    if (err) {
      // Stop reading what is left; Node closes the connection rather than read it.
      req.resume();
      next(err);
      return;
    }
    const form = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks, received).toString('utf8');
    if (countParameters(form) > limits.maxParameters) {
      next(new FormBodyError(413, 'parameters.too.many', 'too many parameters'));
      return;
    }
    req.body = parseQueryString(form, '&', '=', { maxKeys: 0 });
    next();
  };
  const onData = (chunk: Buffer) => {
    received += chunk.length;
    if (received > limits.maxBytes) {
      finish(new FormBodyError(413, 'entity.too.large', 'request entity too large'));
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = () => finish();
  // A client that goes away mid-body: nobody is left to answer, so nothing more is done.
  const onError = () => {
    settled = true;
    req.off('data', onData);
    req.off('end', onEnd);
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', onError);
}
