import express, { type Express } from 'express';
import type { Cluster, Redis } from 'ioredis';
import { assign, setup, type AnyMachineSnapshot } from 'xstate';
import type { Config } from '../../src/config';
import { sharedActorScope } from '../../src/engine/sharedActorScope';
import { senderKeyFor } from '../../src/store/senderKey';
import { readFormBody, TWILIO_FORM_LIMITS } from '../../src/http/formBody';
import { hasValidTwilioSignature } from '../../src/http/twilioSignature';
import { EMPTY_TWIML } from '../../src/http/twiml';
import { BARE_TWIML } from './bareReply';

/**
 * The least a webhook on this project's chosen stack can do per text, for `BENCH_STAGES=1`:
 * Express 5 reads the form, twilio checks the signature, the number becomes an HMAC key, ioredis
 * reads one key and writes it back (two round trips), and XState v5 moves a two-state machine on
 * by one event, restored from and persisted to that key, the same shared-scope way the engine
 * steps. The answer is the bare server's fixed TwiML. Nothing else: no log line, no MessageSid
 * claim, no rate count, no opt-out, no compare-and-set, no flows, no search. Whatever the
 * stage costs over bare Express is what the stack itself costs, before any of the line's work.
 */
export function createStackFloorApp(deps: { config: Config; redis: Redis | Cluster }): Express {
  const { config, redis } = deps;
  const scope = sharedActorScope(floorMachine);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.post('/sms', readFormBody(TWILIO_FORM_LIMITS), async (req, res) => {
    const params = (req.body ?? {}) as Record<string, string>;
    const signed = hasValidTwilioSignature({
      authToken: config.twilioAuthToken ?? '',
      publicUrl: config.publicUrl ?? '',
      originalUrl: req.originalUrl,
      signature: req.get('x-twilio-signature'),
      params,
    });
    if (!signed) {
      res.status(403).type('text/plain').send('Forbidden: invalid Twilio signature');
      return;
    }
    if (typeof params.From !== 'string') {
      res.status(400).type('text/plain').send('Bad request: From is required');
      return;
    }
    const key = `${config.redisKeyPrefix}{${senderKeyFor(config.phoneHashSecret, params.From)}}:floor`;
    try {
      const saved = await redis.get(key);
      const current = saved
        ? (floorMachine.restoreSnapshot(JSON.parse(saved), scope) as AnyMachineSnapshot)
        : floorMachine.getInitialSnapshot(scope);
      const next = floorMachine.transition(current, { type: 'TEXT' }, scope);
      await redis.set(key, JSON.stringify(floorMachine.getPersistedSnapshot(next)), 'EX', config.sessionTtlSeconds);
      res.status(200).type('text/xml').send(BARE_TWIML);
    } catch {
      // Even a bench stand-in never answers Twilio with a 5xx.
      res.status(200).type('text/xml').send(EMPTY_TWIML);
    }
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await redis.ping();
      res.status(200).json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'not ready' });
    }
  });
  return app;
}

/** Two states a text moves between, counting texts in its context: one assign per step, as a flow node has. */
export const floorMachine = setup({
  types: { context: {} as { texts: number }, events: {} as { type: 'TEXT' } },
  actions: { count: assign({ texts: ({ context }) => context.texts + 1 }) },
}).createMachine({
  id: 'floor',
  initial: 'asking',
  context: { texts: 0 },
  states: {
    asking: { on: { TEXT: { target: 'answered', actions: 'count' } } },
    answered: { on: { TEXT: { target: 'asking', actions: 'count' } } },
  },
});
