import IORedis, { Cluster, type ClusterOptions, type Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../config';

/** Reconnect backoff for every topology: 100 ms doubling to a 2 s cap, never giving up. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(50 * 2 ** Math.min(attempt, 6), 2_000);
}

/**
 * Client settings that make Redis trouble fail fast instead of hanging a text: a command waits
 * at most ~500 ms, is retried once, and is refused at once while disconnected (no offline queue),
 * so the webhook falls back and still answers within 2 s. Reconnection never gives up, with
 * backoff capped at 2 s, so the service recovers by itself when Redis returns.
 */
export const FAIL_FAST_OPTIONS: RedisOptions = {
  commandTimeout: 500,
  connectTimeout: 2_000,
  maxRetriesPerRequest: 1,
  enableOfflineQueue: false,
  // Commands issued in the same tick by concurrent texts share one socket write (fewer syscalls
  // under load); each text still waits for exactly its own two replies.
  enableAutoPipelining: true,
  // How long disconnect() waits for the socket to close before destroying it (shutdown speed).
  disconnectTimeout: 500,
  retryStrategy: reconnectDelayMs,
  // Scripts are sent by SHA; keep ready-check short and let the first command establish the link.
  enableReadyCheck: true,
  lazyConnect: false,
};

/**
 * The same settings for the client staff work goes through (the console's accounts, sessions and audit log, flow
 * revisions, the console's meeting edits), except that a command may wait 5 s: a person opening a console page can
 * wait a moment where a texter's reply cannot, and a busy Redis should slow a page, not fail it. Still no offline
 * queue, so a Redis that is down fails the page at once with a page saying so.
 */
export const STAFF_OPTIONS: RedisOptions = { ...FAIL_FAST_OPTIONS, commandTimeout: 5_000 };

/** The texters' fail-fast settings with the command wait the settings give (REDIS_COMMAND_TIMEOUT_MS, 500 ms unset). */
export function texterOptions(config: Config): RedisOptions {
  return { ...FAIL_FAST_OPTIONS, commandTimeout: config.redisCommandTimeoutMs };
}

/**
 * Builds the ioredis client for the configured topology: a Cluster when REDIS_CLUSTER_NODES is
 * set, Sentinel when REDIS_SENTINELS is set (REDIS_URL then supplies password and db), else
 * REDIS_URL, with `base` settings (the texters' fail-fast ones, texterOptions, unless given). Returns undefined
 * when no Redis is configured. Never logs the URL (it may hold a password).
 */
export function createRedis(config: Config, base: RedisOptions = texterOptions(config)): Redis | Cluster | undefined {
  const fromUrl = config.redisUrl ? credentialsFrom(config.redisUrl) : {};
  if (config.redisClusterNodes.length > 0) {
    const options: ClusterOptions = {
      enableOfflineQueue: false,
      enableAutoPipelining: true,
      clusterRetryStrategy: reconnectDelayMs,
      redisOptions: { ...base, ...fromUrl },
    };
    return new Cluster(config.redisClusterNodes, options);
  }
  if (config.redisSentinels.length > 0) {
    return new IORedis({
      ...base,
      ...fromUrl,
      sentinels: config.redisSentinels,
      name: config.redisSentinelName,
      sentinelRetryStrategy: reconnectDelayMs,
    });
  }
  if (config.redisUrl) return new IORedis(config.redisUrl, base);
  return undefined;
}

/** Password, user, db and TLS from a redis:// or rediss:// URL, for topologies that take hosts separately. */
function credentialsFrom(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.replace('/', '');
  return {
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/** Where Redis is, for a log line: host and port only, never user or password. */
export function describeRedis(config: Config): string {
  if (config.redisClusterNodes.length > 0) {
    return `cluster ${config.redisClusterNodes.map((n) => `${n.host}:${n.port}`).join(',')}`;
  }
  if (config.redisSentinels.length > 0) {
    return `sentinel ${config.redisSentinelName} via ${config.redisSentinels.map((n) => `${n.host}:${n.port}`).join(',')}`;
  }
  if (!config.redisUrl) return 'none';
  const u = new URL(config.redisUrl);
  return `${u.protocol}//${u.hostname}:${u.port || 6379}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
}
