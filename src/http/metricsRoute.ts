import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { OpsMetrics } from '../analytics/opsMetrics';

/**
 * `GET /metrics`: Prometheus text for a scraper that sends `Authorization: Bearer <METRICS_TOKEN>`.
 * Without a token set the route answers 404, as if it did not exist; a wrong or missing token gets 401.
 */
export function createMetricsHandler(metrics: OpsMetrics, token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : undefined;
  return async (req, res) => {
    if (!expected) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    const given = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
    // Compared as hashes, in constant time: neither the length nor the prefix of the token leaks.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').type('text/plain').send('Unauthorized');
      return;
    }
    res
      .status(200)
      .type(metrics.registry.contentType)
      .send(await metrics.render());
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
