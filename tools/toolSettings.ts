/**
 * The one place the developer tools read their environment, as src/config.ts is for the product:
 * the bench's own settings (BENCH_*), the server settings a tool's child server is configured
 * with, and the environment a tool passes on to the processes it starts.
 */

/** The environment as the tools were started with it (read here only). */
type Environment = Record<string, string | undefined>;

/** What `npm run bench` reads, with its defaults. */
export interface BenchSettings {
  /** BENCH_SECONDS: load time per server, split over two rounds (default 20, at least 2). */
  seconds: number;
  /** BENCH_MEETINGS: meetings in the synthetic national directory (default 250,000, at least 1,000). */
  meetings: number;
  /** BENCH_CONNECTIONS: concurrent webhook connections (default 50). */
  connections: number;
  /** BENCH_STAGES=1: also measure the server with Redis, then the conversation, taken out. */
  withStages: boolean;
  /** REDIS_URL: the Redis the bench's servers use (default redis://127.0.0.1:6379). */
  redisUrl: string;
  /** BENCH_REFRESH_CONNECTIONS: webhook connections during the refresh-under-load measure (default 10). */
  refreshConnections: number;
  /** BENCH_SCALE_SEARCH_ONLY=1: `npm run bench:scale` measures the search process alone. */
  scaleSearchOnly: boolean;
}

/** Reads the bench's settings from the environment (or the one given). */
export function benchSettings(env: Environment = process.env): BenchSettings {
  return {
    seconds: Math.max(2, Number(env.BENCH_SECONDS ?? 20)),
    meetings: Math.max(1000, Number(env.BENCH_MEETINGS ?? 250_000)),
    connections: Number(env.BENCH_CONNECTIONS ?? 50),
    withStages: env.BENCH_STAGES === '1',
    redisUrl: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    refreshConnections: Number(env.BENCH_REFRESH_CONNECTIONS ?? 10),
    scaleSearchOnly: env.BENCH_SCALE_SEARCH_ONLY === '1',
  };
}

/**
 * The server settings of a tool's child server (PORT, REDIS_URL, ...), to hand to the product's
 * own loadConfig: the child is configured exactly like dist/server.js.
 */
export function serverEnvironment(): Environment {
  return process.env;
}

/** The environment for a process a tool starts: this one's, with `extra` on top. */
export function childEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, ...extra };
}

/** BENCH_PROFILE_OUT: where a bench server preloaded with profileOnSignal writes its CPU profile. */
export function profileOutput(env: Environment = process.env): string | undefined {
  return env.BENCH_PROFILE_OUT || undefined;
}
