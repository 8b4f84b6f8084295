import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import type { Config } from '../config';
import type { ConversationEngine } from '../engine/types';
import type { Logger } from '../log/logger';
import type { SessionStore } from '../store/sessionStore';
import { OpsMetrics } from '../analytics/opsMetrics';
import { TextHandler, troubleReply, type TextObserver } from '../inbox/textHandler';
import { createMetricsHandler } from './metricsRoute';
import { createStatusHandlers } from './statusRoute';
import { createSmsHandlers } from './smsRoute';
import { renderTwiml } from './twiml';
import { createVoiceHandlers, renderVoiceTwiml } from './voiceRoute';

/** Everything the HTTP app needs, built by server.ts (or by a test). */
export interface AppDeps {
  config: Config;
  log: Logger;
  /** A getter, because flows reload live and the engine is swapped. */
  engine: () => ConversationEngine;
  store: SessionStore;
  /** The clock stamped on each inbound text (default: the real one). */
  clock?: () => Date;
  /** Warnings /readyz lists without failing (stale meeting data). */
  readinessWarnings?: () => string[];
  /** How long /readyz waits for the store (default 1000 ms). */
  readinessTimeoutMs?: number;
  /** Time allowed for the store on each text before answering without it (default config.storeBudgetMs). */
  storeBudgetMs?: number;
  /** What the store's own settings risk (lost or evicted opt-outs), for /readyz; none when unknown. */
  storeWarnings?: () => Promise<string[]>;
  /** The staff console's router, mounted at /console (src/console); absent, there is no console. */
  console?: Router;
  /** The operations metrics behind GET /metrics (default: a fresh set, counting this app's texts). */
  metrics?: OpsMetrics;
  /** Told of each handled text besides the metrics (the staff's numbers). */
  observers?: TextObserver[];
  /** Adds routes (the staff console) before the 404 handler. */
  mount?: (app: Express) => void;
}

/** The Express app with its TextHandler (tests reach the handler's opt-out backlog through it). */
export interface App extends Express {
  locals: Express['locals'] & { textHandler: TextHandler; metrics: OpsMetrics };
}

/**
 * Builds the Express app without listening (tests drive it with supertest): `POST /sms`,
 * `POST /voice`, `GET /healthz` (process alive) and `GET /readyz` (store answers and a flow set is loaded).
 */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const app = express() as App;
  app.disable('x-powered-by');
  // Never trust X-Forwarded-*: what Twilio signed is PUBLIC_URL, not what a proxy says.
  app.set('trust proxy', false);
  // Twilio never revalidates a webhook reply, so hashing each one for an ETag is wasted work.
  app.set('etag', false);

  const metrics = deps.metrics ?? new OpsMetrics();
  const textHandler = new TextHandler({
    store: deps.store,
    engine: deps.engine,
    log: deps.log,
    rateLimitPerMinute: deps.config.rateLimitPerMinute,
    storeBudgetMs: deps.storeBudgetMs ?? deps.config.storeBudgetMs,
    observers: [(handled, ms) => metrics.observe(handled, ms), ...(deps.observers ?? [])],
  });
  app.locals.textHandler = textHandler;
  app.locals.metrics = metrics;

  // The webhook is registered first: it is nearly every request, so routing finds it at once.
  app.post(
    '/sms',
    ...createSmsHandlers({
      handler: textHandler,
      log: deps.log,
      twilioAuthToken: deps.config.twilioAuthToken,
      publicUrl: deps.config.publicUrl,
      phoneHashSecret: deps.config.phoneHashSecret,
      clock,
      troubleReply: () => troubleReply(deps.engine, undefined),
    }),
  );

  app.post(
    '/sms/status',
    ...createStatusHandlers({
      metrics,
      log: deps.log,
      twilioAuthToken: deps.config.twilioAuthToken,
      publicUrl: deps.config.publicUrl,
    }),
  );

  app.get('/metrics', createMetricsHandler(metrics, deps.config.metricsToken));

  app.post(
    '/voice',
    ...createVoiceHandlers({
      log: deps.log,
      twilioAuthToken: deps.config.twilioAuthToken,
      publicUrl: deps.config.publicUrl,
      script: () => deps.engine().voiceScript(),
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const reasons: string[] = [];
    try {
      await withTimeout(deps.store.ping(), deps.readinessTimeoutMs ?? 1_000);
    } catch {
      reasons.push('session store does not answer');
    }
    let flowsReady = false;
    try {
      flowsReady = deps.engine().isReady();
    } catch {
      flowsReady = false;
    }
    if (!flowsReady) reasons.push('flows are not loaded');
    // Warnings (stale meeting data, Redis settings that would lose opt-outs) are reasons to look,
    // not to take the line out of service.
    const found = [...(await storeWarnings(deps)), ...(deps.readinessWarnings?.() ?? [])];
    const warnings = found.map((w) => `warning: ${w}`);
    if (reasons.length === 0) {
      res.status(200).json({ status: 'ready', ...(warnings.length ? { reasons: warnings } : {}) });
      return;
    }
    res.status(503).json({ status: 'not ready', reasons: [...reasons, ...warnings] });
  });

  // Tests mount single console sections under a stand-in host: before the console, which would ask them to sign in.
  deps.mount?.(app);
  if (deps.console) app.use('/console', deps.console);

  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  // Body parser errors (malformed, too large) keep their 4xx; nothing reaches Twilio as a 5xx.
  const onError: ErrorRequestHandler = (err: { status?: number; type?: string; name?: string }, req, res, _next) => {
    const status = typeof err.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    deps.log.warn({ path: req.path, status, err: { name: err.name, type: err.type } }, 'request failed');
    if (req.path === '/sms' && status >= 500) {
      res
        .status(200)
        .type('text/xml')
        .send(renderTwiml([troubleReply(deps.engine, undefined)]));
      return;
    }
    if (req.path === '/voice' && status >= 500) {
      res.status(200).type('text/xml').send(renderVoiceTwiml(deps.engine().voiceScript()));
      return;
    }
    res
      .status(status)
      .type('text/plain')
      .send(status === 500 ? 'Internal error' : 'Bad request');
  };
  app.use(onError);
  return app;
}

/** The store's own warnings for /readyz; none when it has no way to tell, or does not answer in time. */
async function storeWarnings(deps: AppDeps): Promise<string[]> {
  if (!deps.storeWarnings) return [];
  try {
    return await withTimeout(deps.storeWarnings(), deps.readinessTimeoutMs ?? 1_000);
  } catch {
    return [];
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
