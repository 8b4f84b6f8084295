import { z } from 'zod';

/**
 * Every setting the service reads, validated once at start. `process.env` is read here and
 * nowhere else: tests and tools build a Config with `loadConfig({...})` instead.
 */
export interface Config {
  /** `production` turns missing secrets into a refusal to start. */
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  /** Redis for sessions; undefined means in-memory sessions (one process, not for production). */
  redisUrl: string | undefined;
  /** Sentinel hosts `host:port,host:port`; when set, REDIS_URL only supplies password/db. */
  redisSentinels: Array<{ host: string; port: number }>;
  /** The Sentinel master group name. */
  redisSentinelName: string;
  /** Cluster seed nodes `host:port,host:port`; when set, sessions live on a Redis Cluster. */
  redisClusterNodes: Array<{ host: string; port: number }>;
  /** Prefix of every Redis key this service writes. */
  redisKeyPrefix: string;
  /**
   * How long a texter's Redis command may wait for its reply before the text is answered as if Redis were down
   * (REDIS_COMMAND_TIMEOUT_MS); staff work waits 5 s whatever this is.
   */
  redisCommandTimeoutMs: number;
  /**
   * How long a text's whole store path (read, step, write) may take before it is answered without the store:
   * storeBudgetFor(redisCommandTimeoutMs), 1200 ms at the default wait.
   */
  storeBudgetMs: number;
  /** Twilio's auth token, for signature checks; undefined accepts unsigned requests (never in production). */
  twilioAuthToken: string | undefined;
  /** The public base URL Twilio calls (what it signs), e.g. https://line.example.org */
  publicUrl: string | undefined;
  /** Secret for HMAC-SHA256 of phone numbers; the only form in which a number is ever stored. */
  phoneHashSecret: string;
  /** True when PHONE_HASH_SECRET was not set and a development default is in use. */
  phoneHashSecretIsDefault: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** How long an idle conversation is kept, refreshed on each message (default 24 h). */
  sessionTtlSeconds: number;
  /** Folder of flow YAML files (default `flows`); with Redis it only seeds an empty flow store. */
  flowsDir: string;
  /**
   * Where the served flows come from: `store` (the console's revisions: Redis when REDIS_URL is set, seeded from
   * FLOWS_DIR) or `files` (FLOWS_DIR, watched, as before the console; for lines that keep flows in git only).
   */
  flowsSource: 'store' | 'files';
  /** Extra meeting feeds (paths or URLs), loaded after the bundled ones. */
  directorySources: string[];
  /** How often URL sources are fetched again, in minutes (0 = never). */
  directoryRefreshMinutes: number;
  /** A source failing to refresh for longer than this many hours shows as a warning in /readyz and the logs. */
  directoryStaleHours: number;
  /** Texts one sender may send per minute before the line stops answering ordinary texts. */
  rateLimitPerMinute: number;
  /** Who confirms the carrier's STOP and START: `twilio` (its automatic handling, default) or `line` (the flow's). */
  optOutReplies: 'twilio' | 'line';
  /** Folder the console and `npm run staff` share when there is no Redis (default `.console`; trying only). */
  consoleDataDir: string;
  /** Minutes a console session may sit unused before it ends (default 30). */
  consoleIdleMinutes: number;
  /** Wrong passwords in a row, per account, before sign-in is locked (default 5); an address gets four times this. */
  consoleLockoutAttempts: number;
  /** How long a locked account (or address) waits before trying again, in minutes (default 15). */
  consoleLockoutMinutes: number;
  /** Bearer token for `GET /metrics`; undefined turns /metrics off (404). */
  metricsToken: string | undefined;
  /** How often the staff's numbers are written from memory to the store, in seconds (default 5). */
  analyticsFlushSeconds: number;
  /** Whether staff may add meeting feeds on loopback, private or link-local addresses (default no). */
  directoryAllowPrivateUrls: boolean;
}

const DEV_PHONE_HASH_SECRET = 'dev-only-phone-hash-secret-change-me';

const hostList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean)
      .map((h) => {
        const [host, port] = h.split(':');
        return { host, port: Number(port || 26379) };
      }),
  );

const schema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  REDIS_URL: z.string().url().optional(),
  REDIS_SENTINELS: hostList,
  REDIS_SENTINEL_NAME: z.string().default('mymaster'),
  REDIS_CLUSTER_NODES: hostList,
  REDIS_KEY_PREFIX: z.string().default('rtl:'),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(500),
  TWILIO_AUTH_TOKEN: z.string().min(1).optional(),
  PUBLIC_URL: z.string().url().optional(),
  PHONE_HASH_SECRET: z.string().min(16, 'PHONE_HASH_SECRET must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_SECONDS: z.coerce.number().int().min(60).default(86400),
  FLOWS_DIR: z.string().default('flows'),
  FLOWS_SOURCE: z.enum(['store', 'files']).default('store'),
  DIRECTORY_SOURCES: z.string().default(''),
  DIRECTORY_REFRESH_MINUTES: z.coerce.number().min(0).default(360),
  DIRECTORY_STALE_HOURS: z.coerce.number().positive().default(48),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  OPT_OUT_REPLIES: z.enum(['twilio', 'line']).default('twilio'),
  CONSOLE_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  CONSOLE_LOCKOUT_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(5),
  CONSOLE_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  ANALYTICS_FLUSH_SECONDS: z.coerce.number().min(1).max(300).default(5),
  DIRECTORY_ALLOW_PRIVATE_URLS: z.enum(['true', 'false', '1', '0', 'yes', 'no']).default('false'),
  CONSOLE_DATA_DIR: z.string().default('.console'),
});

/** A setting that is missing or malformed; the message names the variable and what to do. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The store path's time limit for a texter's Redis wait: a text needs at least two commands (read, then write), so
 * 2.4 waits, which is the 1200 ms the line always had at the default 500 ms. A longer wait (a Redis far away) must
 * lengthen the budget too, or the budget would cut the text off before the wait it was given; capped at 12 s, well
 * inside the 15 s Twilio waits for a webhook's answer.
 */
export function storeBudgetFor(redisCommandTimeoutMs: number): number {
  return Math.min(12_000, Math.max(1_200, Math.round(redisCommandTimeoutMs * 2.4)));
}

/**
 * Reads and validates settings from `env` (default: the process environment). Throws ConfigError
 * when a value is malformed, or when production lacks TWILIO_AUTH_TOKEN, PUBLIC_URL or PHONE_HASH_SECRET.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings in .env files mean "unset", not "set to nothing".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production') {
    const missing = (['TWILIO_AUTH_TOKEN', 'PUBLIC_URL', 'PHONE_HASH_SECRET'] as const).filter((k) => !e[k]);
    if (missing.length) {
      throw new ConfigError(missing.map((k) => `${k}: required when NODE_ENV=production`));
    }
  }
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    redisUrl: e.REDIS_URL,
    redisSentinels: e.REDIS_SENTINELS,
    redisSentinelName: e.REDIS_SENTINEL_NAME,
    redisClusterNodes: e.REDIS_CLUSTER_NODES.map((n) => ({ host: n.host, port: n.port === 26379 ? 6379 : n.port })),
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    redisCommandTimeoutMs: e.REDIS_COMMAND_TIMEOUT_MS,
    storeBudgetMs: storeBudgetFor(e.REDIS_COMMAND_TIMEOUT_MS),
    twilioAuthToken: e.TWILIO_AUTH_TOKEN,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
    phoneHashSecret: e.PHONE_HASH_SECRET ?? DEV_PHONE_HASH_SECRET,
    phoneHashSecretIsDefault: !e.PHONE_HASH_SECRET,
    logLevel: e.LOG_LEVEL,
    sessionTtlSeconds: e.SESSION_TTL_SECONDS,
    flowsDir: e.FLOWS_DIR,
    flowsSource: e.FLOWS_SOURCE,
    directorySources: e.DIRECTORY_SOURCES.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    directoryRefreshMinutes: e.DIRECTORY_REFRESH_MINUTES,
    directoryStaleHours: e.DIRECTORY_STALE_HOURS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    optOutReplies: e.OPT_OUT_REPLIES,
    consoleDataDir: e.CONSOLE_DATA_DIR,
    consoleIdleMinutes: e.CONSOLE_IDLE_MINUTES,
    consoleLockoutAttempts: e.CONSOLE_LOCKOUT_ATTEMPTS,
    consoleLockoutMinutes: e.CONSOLE_LOCKOUT_MINUTES,
    metricsToken: e.METRICS_TOKEN,
    analyticsFlushSeconds: e.ANALYTICS_FLUSH_SECONDS,
    directoryAllowPrivateUrls: ['true', '1', 'yes'].includes(e.DIRECTORY_ALLOW_PRIVATE_URLS),
  };
}
