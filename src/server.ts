// First, before the rest of the server's modules load: when this file is the process entry, the first directory
// load's worker thread starts now and prepares on the other core while this thread loads and connects.
import { prestartDirectoryThread } from './directory/directoryThread';
if (require.main === module) prestartDirectoryThread();

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Cluster, Redis } from 'ioredis';
import { createApp, type App } from './http/app';
import { loadConfig, type Config } from './config';
import { createEngine } from './engine/engine';
import type { ConversationEngine } from './engine/types';
import { DirectoryService } from './directory/directoryService';
import { prebuiltPlacesState } from './directory/prebuiltPlaces';
import type { MeetingDirectory } from './directory/types';
import { compileFlow } from './engine/flowCompiler';
import { FlowLibrary } from './flow/flowLibrary';
import { createLogger, serviceLogDestination, type Logger } from './log/logger';
import { MemorySessionStore } from './store/memorySessionStore';
import { createRedis, describeRedis, STAFF_OPTIONS } from './store/redisClient';
import { checkRedisDurability } from './store/redisDurability';
import { RedisSessionStore } from './store/redisSessionStore';
import type { SessionStore } from './store/sessionStore';
import { runtimeCheckOptions } from './engine/runtimeCheck';
import { wireConsole } from './console/wireConsole';
import { createStaffSections } from './console/sections/staffSections';
import { createFlowsSection } from './console/flows/flowsSection';
import { join } from 'node:path';
import type { FlowRevisionStore } from './flowStore/flowRevisionStore';
import { FolderFlowRevisionStore } from './flowStore/folderFlowRevisionStore';
import { RedisFlowRevisionStore } from './flowStore/redisFlowRevisionStore';
import { PublishedFlowFollower } from './flowStore/publishedFlowFollower';
import { readFlowFolder } from './flowStore/flowFolderFiles';
import { checkRevisionFiles, summariseCheck } from './flowStore/revisionCheck';
import type { FlowLibraryOptions } from './flow/flowLibrary';
import type { Express } from 'express';
import { OpsMetrics } from './analytics/opsMetrics';
import { StatsFlusher } from './analytics/statsFlusher';
import { MemoryStatsStore, RedisStatsStore, type StatsStore } from './analytics/statsStore';
import { TextTally } from './analytics/textTally';
import type { ExtraDirectoryInput } from './directory/directoryLoader';
import type { SourceStatus } from './directory/directoryService';
import { ConsoleDirectoryFeed } from './console/sections/directory/consoleDirectoryFeed';
import {
  FolderDirectoryConsoleStore,
  RedisDirectoryConsoleStore,
  type DirectoryConsoleStore,
} from './console/sections/directory/directoryConsoleStore';

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
  /** Where staff-edited flow revisions live (the console's flows section uses it); unset for file-only flows. */
  flowStore?: FlowRevisionStore;
  /** The meeting directory serving now (the console's simulator and flow tests search it). */
  directory?: () => MeetingDirectory;
  /** Each meeting source's last import (the console's directory page, /metrics). */
  sourceStatus?: () => SourceStatus[];
  /** Meetings in the directory being served. */
  directorySize?: () => number;
  /** The entry flow's version (a hash of its file), for /metrics. */
  flowVersion?: () => string | undefined;
}

/** What the staff console's directory and numbers sections are built from (see src/console/sections/). */
export interface ConsoleParts {
  config: Config;
  log: Logger;
  engine: () => ConversationEngine;
  /** The console's sources and local meetings (Redis, or CONSOLE_DATA_DIR without it). */
  directoryStore: DirectoryConsoleStore;
  directoryFeed: ConsoleDirectoryFeed;
  directory: { sourceStatus(): SourceStatus[]; refreshNow(): Promise<boolean> };
  stats: StatsStore;
  /** Writes this process's counts now. */
  flushStats: () => Promise<void>;
  metrics: OpsMetrics;
}

/** Parts a caller (a test, a tool) may provide instead of the ones built from config. */
export interface ServerOverrides {
  log?: Logger;
  /** Replaces flows + directory + engine (tests pass a fake engine). */
  conversation?: Conversation;
  /** Replaces the session store (then no Redis client is built here). */
  store?: SessionStore;
  clock?: () => Date;
  /** Mounts routes on the app before its 404 handler: the staff console and its sections. */
  mount?: (app: Express, parts: ConsoleParts) => void;
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
 * Builds the conversation side from config: the flow library, the meeting directory (bundled feeds plus
 * DIRECTORY_SOURCES, refreshed on schedule) and the engine over both. Flows come from `flowStore`'s published
 * revision when it is Redis (seeded from FLOWS_DIR, followed by pub/sub and a 1 s poll); otherwise from FLOWS_DIR,
 * watched and reloaded on SIGHUP, and a folder store's publishes are followed too. Throws FlowLoadError or
 * CatalogueError when they cannot load.
 */
export async function wireConversation(
  config: Config,
  log: Logger,
  flowStore?: FlowRevisionStore,
  extra: { extraSources?: () => Promise<ExtraDirectoryInput> } = {},
): Promise<Conversation> {
  // The directory loads in its worker thread while this thread loads and checks the flows: compiling a flow
  // only keeps the `directory` getter for later texts (the checker's stand-in proves it is not called), and
  // nothing asks for the directory before this function returns.
  // Its `loaded` never counts as unhandled: a failure is handled below, once the flows are loaded.
  const { loaded: directoryStarting } = await DirectoryService.begin({
    sources: config.directorySources,
    refreshMinutes: config.directoryRefreshMinutes,
    log,
    staleHours: config.directoryStaleHours,
    extraSources: extra.extraSources,
  });
  let directoryService: DirectoryService | undefined;
  const directory = (): MeetingDirectory => {
    if (!directoryService) throw new Error('the meeting directory is not loaded yet');
    return directoryService.current();
  };
  const libraryOptions: FlowLibraryOptions = {
    check: runtimeCheckOptions,
    dir: config.flowsDir,
    log,
    verify: (loaded) => void compileFlow(loaded, { directory }),
  };
  let flows: FlowLibrary | undefined;
  let follower: PublishedFlowFollower | undefined;
  let stopSignal: (() => void) | undefined;
  try {
    const fromStore = flowStore?.kind === 'redis' ? await openPublished(flowStore, libraryOptions) : undefined;
    flows = fromStore?.library ?? (await FlowLibrary.open(libraryOptions));
    // Redis mode serves the store; otherwise FLOWS_DIR is served and watched as before, and a publish in the local
    // folder store (console trying mode) is followed too.
    if (!fromStore) {
      flows.watch();
      flows.reloadOnSignal();
    }
    if (fromStore) stopSignal = reloadStoreOnSignal(() => void follower?.checkNow(), log);
    if (flowStore) {
      const serving = fromStore?.serving ?? (await seedFromFolder(flowStore, config.flowsDir, log));
      follower = await PublishedFlowFollower.start({ store: flowStore, library: flows, log, serving });
    }
    directoryService = await directoryStarting;
  } catch (err) {
    stopSignal?.();
    await follower?.close();
    flows?.close();
    // A directory that did load (the flows failed) stops its refresh timer; one that failed has stopped already.
    await directoryStarting.then(
      (service) => service.stop(),
      () => undefined,
    );
    throw err;
  }
  const service = directoryService;
  const library = flows;
  // Where the place tables came from: `missing` or `stale` is a start slower by about a second (`npm run build`).
  log.info({ meetings: service.current().size(), placeTables: prebuiltPlacesState() }, 'meeting directory loaded');
  const engine = createEngine({ flows: library, directory, optOutReplies: config.optOutReplies });
  return {
    engine: () => engine,
    close: async () => {
      stopSignal?.();
      await follower?.close();
      library.close();
      service.stop();
    },
    warnings: () => service.warnings(),
    refreshDirectory: () => service.refreshNow(),
    flowStore,
    directory,
    sourceStatus: () => service.sourceStatus(),
    directorySize: () => service.current().size(),
    flowVersion: () => (library.isReady() ? library.entry().version : undefined),
  };
}

/** SIGHUP with flows from the store re-reads the published pointer (and keeps Node from exiting on the signal). */
function reloadStoreOnSignal(check: () => void, log: Logger): () => void {
  const handler = () => {
    log.info('SIGHUP: reading the published flow revision');
    check();
  };
  process.on('SIGHUP', handler);
  return () => process.off('SIGHUP', handler);
}

/**
 * Seeds an empty store from FLOWS_DIR (when the folder passes the checker) and returns the published number, or
 * undefined when the store cannot be reached (the follower's poll catches up when it can).
 */
async function seedFromFolder(store: FlowRevisionStore, flowsDir: string, log: Logger): Promise<number | undefined> {
  try {
    // A store already seeded (every start but the first) needs nothing from the folder: reading and checking
    // the whole flow again here doubled the flows' share of each cold start.
    const published = await store.publishedNumber();
    if (published !== undefined) return published;
    const files = readFlowFolder(flowsDir);
    const check = summariseCheck(checkRevisionFiles(files, runtimeCheckOptions));
    if (check.errors === 0 && (await store.seed(files, check))) {
      log.info(
        { store: store.kind, files: Object.keys(files).length },
        'flow store seeded from FLOWS_DIR as revision 1',
      );
    }
    return await store.publishedNumber();
  } catch (err) {
    log.warn({ store: store.kind, err: (err as Error).message }, 'flow store unavailable; serving FLOWS_DIR for now');
    return undefined;
  }
}

/** The store's published revision as a library (seeding it first); undefined when the store can't give one. */
async function openPublished(
  store: FlowRevisionStore,
  options: FlowLibraryOptions,
): Promise<{ library: FlowLibrary; serving: number } | undefined> {
  const serving = await seedFromFolder(store, options.dir, options.log);
  const revision = serving === undefined ? undefined : await store.revision(serving).catch(() => undefined);
  if (!revision) return undefined;
  try {
    return { library: await FlowLibrary.openFiles(options, revision.files), serving: revision.number };
  } catch (err) {
    options.log.error({ revision: revision.number }, 'the published flow revision is refused; serving FLOWS_DIR');
    if (err instanceof Error && err.name === 'FlowLoadError') return undefined;
    throw err;
  }
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
  // Staff work (the console, flow revisions, the console's meeting edits) has a client of its own that waits longer
  // for a busy Redis (STAFF_OPTIONS), so a slow moment slows a console page instead of failing it.
  let staffRedis: Redis | Cluster | undefined;
  let store: SessionStore;
  if (overrides.store) {
    store = overrides.store;
  } else {
    redis = createRedis(config);
    staffRedis = createRedis(config, STAFF_OPTIONS);
    if (redis && staffRedis) {
      watchRedis(redis, log);
      // The texters' client above logs connection trouble; the same trouble twice would only be noise.
      staffRedis.on('error', () => undefined);
      log.info({ redis: describeRedis(config), keyPrefix: config.redisKeyPrefix }, 'sessions in Redis');
      store = new RedisSessionStore(redis, {
        keyPrefix: config.redisKeyPrefix,
        sessionTtlSeconds: config.sessionTtlSeconds,
      });
      // Without an offline queue, texts arriving before the connection is up would all degrade; wait a
      // little, but start anyway when Redis is down (texts get fallback replies, /readyz says 503).
      const ready = await Promise.all([redisReadyWithin(redis, 3_000), redisReadyWithin(staffRedis, 3_000)]);
      if (!ready.every(Boolean)) {
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

  const directoryStore: DirectoryConsoleStore = staffRedis
    ? new RedisDirectoryConsoleStore(staffRedis, config.redisKeyPrefix)
    : new FolderDirectoryConsoleStore(config.consoleDataDir);
  const directoryFeed = new ConsoleDirectoryFeed({
    store: directoryStore,
    log,
    allowPrivateUrls: config.directoryAllowPrivateUrls,
  });
  let conversation: Conversation;
  try {
    const flowStore =
      overrides.store || config.flowsSource === 'files'
        ? undefined
        : staffRedis
          ? new RedisFlowRevisionStore(staffRedis, config.redisKeyPrefix)
          : new FolderFlowRevisionStore(join(config.consoleDataDir, 'flows'));
    conversation =
      overrides.conversation ??
      (await wireConversation(config, log, flowStore, { extraSources: directoryFeed.extraSources }));
  } catch (err) {
    redis?.disconnect();
    staffRedis?.disconnect();
    throw err;
  }
  const directoryControl = {
    sourceStatus: () => conversation.sourceStatus?.() ?? [],
    refreshNow: () => conversation.refreshDirectory?.() ?? Promise.resolve(false),
  };
  directoryFeed.start(directoryControl);
  const numbers = startNumbers(config, log, redis);
  const metrics = new OpsMetrics({
    directorySize: conversation.directorySize,
    sourceAges: () => directoryControl.sourceStatus().map((s) => ({ source: s.source, lastOkAt: s.lastOkAt })),
    flowVersion: conversation.flowVersion,
  });
  const parts: ConsoleParts = {
    config,
    log,
    engine: conversation.engine,
    directoryStore,
    directoryFeed,
    directory: directoryControl,
    stats: numbers.store,
    flushStats: () => numbers.flusher.flush(),
    metrics,
  };

  const durable = redis;
  // What /readyz names besides its reasons: Redis settings that would lose opt-outs, or no Redis at all.
  const inMemory = !durable && !overrides.store;
  const storeWarnings = durable
    ? () => checkRedisDurability(durable)
    : inMemory
      ? async () => ['sessions and opt-outs are kept in this process memory (REDIS_URL unset): a restart forgets them']
      : undefined;
  // The staff console keeps its accounts, sessions and audit log beside the line's sessions (or in a local folder).
  // Its flows API section edits the revision store the conversation serves from, when there is one.
  const flowStore = conversation.flowStore;
  const directory = conversation.directory;
  const staffConsole = wireConsole(
    config,
    log,
    staffRedis,
    (c) => (flowStore && directory ? [createFlowsSection(c.host, { store: flowStore, log, directory })] : []),
    // Meetings and Numbers, in the menu. A test that mounts them itself (overrides.mount) gets them once, there.
    (c) => (overrides.mount ? [] : createStaffSections(c.host, parts)),
  );
  const app = createApp({
    config,
    log,
    console: staffConsole.router,
    engine: conversation.engine,
    store,
    clock: overrides.clock,
    readinessWarnings: conversation.warnings,
    storeWarnings,
    metrics,
    observers: [(handled, _ms, receivedAt) => numbers.tally.observe(handled, receivedAt)],
    mount: overrides.mount ? (app) => overrides.mount!(app, parts) : undefined,
  });
  const server = app.listen(config.port);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', () => resolve());
    server.once('error', reject);
  }).catch(async (err) => {
    directoryFeed.stop();
    await numbers.flusher.stop();
    await conversation.close();
    redis?.disconnect();
    staffRedis?.disconnect();
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  log.info({ port }, 'listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await stopListening(server);
      app.locals.textHandler.backlog.stop();
      directoryFeed.stop();
      // The last few seconds of counts: written before Redis closes (a crash would lose them).
      await numbers.flusher.stop();
      await conversation.close();
      await store.close();
      await Promise.all([redis && quitRedis(redis), staffRedis && quitRedis(staffRedis)]);
      log.info('stopped');
    })();
    return closing;
  };
  return { url: `http://127.0.0.1:${port}`, port, app, log, close };
}

/** The staff's numbers: counted in memory, written every ANALYTICS_FLUSH_SECONDS to Redis (or kept in memory). */
function startNumbers(
  config: Config,
  log: Logger,
  redis: Redis | Cluster | undefined,
): { tally: TextTally; store: StatsStore; flusher: StatsFlusher } {
  const tally = new TextTally();
  const store = redis ? new RedisStatsStore(redis, config.redisKeyPrefix) : new MemoryStatsStore();
  const flusher = new StatsFlusher(tally, store, log, config.analyticsFlushSeconds).start();
  return { tally, store, flusher };
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
export async function main(env?: Record<string, string | undefined>): Promise<void> {
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
