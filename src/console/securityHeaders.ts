import type { RequestHandler } from 'express';

/**
 * Headers on every console answer. Scripts only from this origin and never inline; styles from this origin plus
 * inline `style` (Mermaid puts a <style> inside each diagram's SVG); no framing; no referrer (a sign-in link's
 * token must not leak to another site); nothing cached (pages show drafts and account data).
 */
export function securityHeaders(): RequestHandler {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return (_req, res, next) => {
    res.set({
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    next();
  };
}
