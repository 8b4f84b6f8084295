import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { randomToken } from './keyHashes';
import './sessionData';

/** The header page scripts send the token in; forms send it as the `_csrf` field. */
export const CSRF_HEADER = 'x-csrf-token';

/** The session's CSRF token, made on first use (so the sign-in form has one before anyone signs in). */
export function csrfTokenOf(req: Request): string {
  req.session.csrf ??= randomToken();
  return req.session.csrf;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses (403) any request that could change something unless it carries the session's token. */
export function requireCsrf(): RequestHandler {
  return (req, res, next) => {
    if (SAFE.has(req.method)) return next();
    const expected = req.session?.csrf;
    const sent = req.get(CSRF_HEADER) ?? (req.body as { _csrf?: unknown } | undefined)?._csrf;
    if (expected && typeof sent === 'string' && sameText(sent, expected)) return next();
    const message = 'This request is missing its security token. Go back, reload the page and try again.';
    if (req.is('application/x-www-form-urlencoded')) return void res.status(403).type('text/plain').send(message);
    res.status(403).json({ error: message });
  };
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
