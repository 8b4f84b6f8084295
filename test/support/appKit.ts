import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { createApp, type App } from '../../src/http/app';
import type { Config } from '../../src/config';
import { createLogger, type Logger } from '../../src/log/logger';
import { RedisSessionStore } from '../../src/store/redisSessionStore';
import type { SessionStore } from '../../src/store/sessionStore';
import { createFakeEngine } from './fakeEngine';

/** A logger whose every JSON line is kept in `lines` (for privacy scans and log assertions). */
export function capturingLogger(level = 'info'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { log: createLogger(level, stream), lines };
}

/** An app over the real Redis with the fake engine; everything overridable. */
export function appOverRedis(
  redis: Redis,
  config: Config,
  overrides: Partial<{
    store: SessionStore;
    engine: ReturnType<typeof createFakeEngine>;
    log: Logger;
    clock: () => Date;
  }> = {},
): { app: App; store: SessionStore; engine: ReturnType<typeof createFakeEngine>; log: Logger } {
  const store =
    overrides.store ??
    new RedisSessionStore(redis, { keyPrefix: config.redisKeyPrefix, sessionTtlSeconds: config.sessionTtlSeconds });
  const engine = overrides.engine ?? createFakeEngine();
  const log = overrides.log ?? createLogger('silent');
  const app = createApp({ config, log, engine: () => engine, store, clock: overrides.clock });
  return { app, store, engine, log };
}
