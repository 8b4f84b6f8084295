import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cluster, Redis } from 'ioredis';
import { createApp, type App } from './http/app';
import { loadConfig, type Config } from './config';
import { createEngine } from './engine/engine';
import type { ConversationEngine } from './engine/types';
import { DirectoryService } from './directory/directoryService';
import type { MeetingDirectory } from './directory/types';
import { compileFlow } from './engine/flowCompiler';
import { FlowLibrary } from './flow/flowLibrary';
import { createLogger, serviceLogDestination, type Logger } from './log/logger';
import { MemorySessionStore } from './store/memorySessionStore';
import { createRedis, describeRedis } from './store/redisClient';
import { checkRedisDurability } from './store/redisDurability';
import { RedisSessionStore } from './store/redisSessionStore';
import type { SessionStore } from './store/sessionStore';
import { runtimeCheckOptions } from './engine/runtimeCheck';

/** The conversation side as the server needs it: the live engine, and how to stop its timers and watchers. */
export interface Conversation {
  /** The current engine (swapped when flows reload). */
  engine: () => ConversationEngine;
  /** Stops flow watching and directory refreshes. */
  close(): Promise<void>;
  /** Things an operator should know that do not stop the line (stale meeting data); shown by /readyz. */
  warnings?: () => string[];
  /** Reads every meeting source again now (off the request path); true when a new directory was swapped in. */
  refreshDirectory?: () => Promise<boolean>;
}

/** Parts a caller (a test, a tool) may provide instead of the ones built from config. */
export interface ServerOverrides {
  log?: Logger;
  /** Replaces flows + directory + engine (tests pass a fake engine). */
  conversation?: Conversation;
  /** Replaces the session store (then no Redis client is built here). */
  store?: SessionStore;
  clock?: () => Date;
}

/** A listening server and how to stop it. */
export interface RunningServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  app: App;
  log: Logger;
  /**
   * Graceful stop: refuses new connections, lets requests in flight finish, then closes the
   * conversation side and the Redis connection. Resolves when everything is closed.
   */
  close(): Promise<void>;
}

/**
 * Builds the conversation side from config: the flow library (checked, watched, reloaded on
 * SIGHUP), the meeting directory (bundled feeds plus DIRECTORY_SOURCES, refreshed on schedule)
 * and the engine over both. Throws FlowLoadError or CatalogueError when they cannot load.
 */
export async function wireConversation(config: Config, log: Logger): Promise<Conversation> {
  // The directory first: compiling a flow may consult it, so it must exist before flows are checked.
  const directoryService = await DirectoryService.start({
    sources: config.directorySources,
    refreshMinutes: config.directoryRefreshMinutes,
    log,
    staleHours: config.directoryStaleHours,
  });
  log.info({ meetings: directoryService.current().size() }, 'meeting directory loaded');
  const directory = (): MeetingDirectory => directoryService.current();
  let flows: FlowLibrary;
  try {
    flows = await FlowLibrary.open({
      check: runtimeCheckOptions,
      dir: config.flowsDir,
      log,
      verify: (loaded) => void compileFlow(loaded, { directory }),
    });
  } catch (err) {
    directoryService.stop();
    throw err;
  }
  flows.watch();
  flows.reloadOnSignal();
  const engine = createEngine({ flows, directory, optOutReplies: config.optOutReplies });
  return {
    engine: () => engine,
    close: async () => {
      flows.close();
      directoryService.stop();
    },
    warnings: () => directoryService.warnings(),
    refreshDirectory: () => directoryService.refreshNow(),
  };
}

/**
 * Starts the service: logger -> session store (Redis, or memory with a loud warning) ->
 * conversation -> app.listen(config.port). Port 0 picks a free port (tests). Does not install
 * signal handlers (see `installGracefulShutdown`).
 */
export async function startServer(config: Config, overrides: ServerOverrides = {}): Promise<RunningServer> {
  const log = overrides.log ?? createLogger(config.logLevel);
  warnAboutUnsafeSettings(config, log);

  let redis: Redis | Cluster | undefined;
  let store: SessionStore;
  if (overrides.store) {
    store = overrides.store;
  } else {
    redis = createRedis(config);
    if (redis) {
      watchRedis(redis, log);
      log.info({ redis: describeRedis(config), keyPrefix: config.redisKeyPrefix }, 'sessions in Redis');
      store = new RedisSessionStore(redis, {
        keyPrefix: config.redisKeyPrefix,
        sessionTtlSeconds: config.sessionTtlSeconds,
      });
      // Without an offline queue, texts arriving before the connection is up would all degrade; wait a
      // little, but start anyway when Redis is down (texts get fallback replies, /readyz says 503).
      if (!(await redisReadyWithin(redis, 3_000))) {
        log.warn('Redis is not reachable yet; starting anyway and retrying in the background');
      } else {
        // Opt-outs must never be lost: say so at start when this Redis would lose or evict them.
        for (const warning of await checkRedisDurability(redis)) log.warn(`!!! ${warning} !!!`);
      }
    } else {
      log.warn(
        '!!! REDIS_URL is not set: sessions are kept in this process memory. One process only, lost on restart. NOT FOR PRODUCTION. !!!',
      );
      store = new MemorySessionStore({ sessionTtlSeconds: config.sessionTtlSeconds });
    }
  }

  let conversation: Conversation;
  try {
    conversation = overrides.conversation ?? (await wireConversation(config, log));
  } catch (err) {
    redis?.disconnect();
    throw err;
  }

  const durable = redis;
  // What /readyz names besides its reasons: Redis settings that would lose opt-outs, or no Redis at all.
  const inMemory = !durable && !overrides.store;
  const storeWarnings = durable
    ? () => checkRedisDurability(durable)
    : inMemory
      ? async () => ['sessions and opt-outs are kept in this process memory (REDIS_URL unset): a restart forgets them']
      : undefined;
  const app = createApp({
    config,
    log,
    engine: conversation.engine,
    store,
    clock: overrides.clock,
    readinessWarnings: conversation.warnings,
    storeWarnings,
  });
  const server = app.listen(config.port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  }).catch(async (err) => {
    await conversation.close();
    redis?.disconnect();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await stopListening(server);
      app.locals.textHandler.backlog.stop();
      await conversation.close();
      await store.close();
      if (redis) await quitRedis(redis);
      log.info('stopped');
    })();
    return closing;
  };
  return { url: `http://127.0.0.1:${port}`, port, app, log, close };
}

/**
 * On SIGTERM or SIGINT (how a Procfile platform stops a process): stop gracefully and exit 0;
 * if that takes longer than `hardTimeoutMs` (default 10 s), exit 1 anyway.
 */
export function installGracefulShutdown(
  running: RunningServer,
  options: { hardTimeoutMs?: number; exit?: (code: number) => void } = {},
): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const onSignal = (signal: NodeJS.Signals) => {
    running.log.info({ signal }, 'shutting down: finishing requests in flight');
    const hard = setTimeout(() => {
      running.log.error('shutdown took too long; exiting now');
      exit(1);
    }, options.hardTimeoutMs ?? 10_000);
    hard.unref();
    running.close().then(
      () => exit(0),
      (err: unknown) => {
        running.log.error({ err: { name: err instanceof Error ? err.name : 'unknown' } }, 'shutdown failed');
        exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

function warnAboutUnsafeSettings(config: Config, log: Logger): void {
  if (!config.twilioAuthToken) {
    log.warn(
      '!!! TWILIO_AUTH_TOKEN is not set: POST /sms accepts UNSIGNED requests from anyone. For local trying only. !!!',
    );
  } else if (!config.publicUrl) {
    log.warn('PUBLIC_URL is not set: signatures are checked against the Host header, which breaks behind a proxy');
  }
  if (config.phoneHashSecretIsDefault) {
    log.warn(
      '!!! PHONE_HASH_SECRET is the development default: sender keys can be reversed by anyone who knows it. !!!',
    );
  }
}

/** Logs Redis connection trouble at most every 10 s (no URL, no password: ioredis errors name host:port only). */
function watchRedis(redis: Redis | Cluster, log: Logger): void {
  let lastWarned = 0;
  redis.on('error', (err: Error) => {
    if (Date.now() - lastWarned < 10_000) return;
    lastWarned = Date.now();
    log.warn(
      { err: { name: err.name, message: err.message.split('\n')[0].slice(0, 200) } },
      'Redis unavailable; answering without sessions until it returns',
    );
  });
  redis.on('ready', () => log.info('Redis ready'));
}

function redisReadyWithin(redis: Redis | Cluster, ms: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      resolve(false);
    }, ms);
    const onReady = () => {
      clearTimeout(timer);
      resolve(true);
    };
    redis.once('ready', onReady);
  });
}

function stopListening(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // close() waits for open connections; keep-alive sockets that sit idle would hold it forever.
    server.closeIdleConnections();
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    sweep.unref();
    server.once('close', () => clearInterval(sweep));
  });
}

async function quitRedis(redis: Redis | Cluster): Promise<void> {
  try {
    await Promise.race([redis.quit(), new Promise((_, reject) => setTimeout(reject, 1_000).unref())]);
  } catch {
    redis.disconnect();
  }
}

/** The process entry: `node dist/server.js` (Procfile) or `tsx src/server.ts`. */
export async function main(env: Record<string, string | undefined> = process.env): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  const log = createLogger(config.logLevel, serviceLogDestination());
  try {
    const running = await startServer(config, { log });
    installGracefulShutdown(running);
  } catch (err) {
    log.fatal(
      { err: { name: err instanceof Error ? err.name : 'unknown', message: err instanceof Error ? err.message : '' } },
      'could not start',
    );
    process.exit(1);
  }
}

if (require.main === module) void main();
