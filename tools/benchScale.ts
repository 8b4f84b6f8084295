import { execFileSync } from 'node:child_process';
import { benchSettings } from './toolSettings';
import { join } from 'node:path';
import { nodeArgsFromProcfile } from './bench/procfile';
import { deleteByPrefix } from './bench/deleteByPrefix';
import { measureScale } from './bench/scaleBench';
import { buildServer } from './bench/buildServer';

/**
 * `npm run bench:scale`: the directory's national-scale figures alone (issue 18), without the
 * webhook rounds of `npm run bench`: the search process (build, search p50/p99, memory) and,
 * through the real built server, cold start and a refresh alone and under load. For work on the
 * directory, where a full bench takes too long to repeat. BENCH_MEETINGS sizes it (default 250,000).
 */
async function main(): Promise<void> {
  const settings = benchSettings();
  const meetings = settings.meetings;
  buildServer();
  const search = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join('tools', 'bench', 'searchBenchChild.ts'), String(meetings)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(`search ${search.trim().split('\n').pop()}\n`);
  if (settings.scaleSearchOnly) return;
  const port = 20000 + (process.pid % 20000);
  const redisUrl = settings.redisUrl;
  const prefix = `bench:${process.pid}:scale:`;
  try {
    await measureAndPrint(meetings, redisUrl, prefix, port, settings.refreshConnections);
  } finally {
    // The load's sessions would otherwise sit in Redis for a day (their idle time), 17,000 of them.
    const { default: IORedis } = await import('ioredis');
    const client = new IORedis(redisUrl);
    await deleteByPrefix(client, prefix);
    client.disconnect();
  }
}

/** Cold start and the refreshes through the real built server, printed as one `scale` JSON line. */
async function measureAndPrint(
  meetings: number,
  redisUrl: string,
  prefix: string,
  port: number,
  connections: number,
): Promise<void> {
  const scale = await measureScale({
    refreshMeetings: meetings,
    coldStartMeetings: Math.min(meetings, 100_000),
    webArgs: nodeArgsFromProcfile(),
    env: {
      NODE_ENV: 'production',
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      TWILIO_AUTH_TOKEN: 'bench-auth-token-0123456789',
      PUBLIC_URL: 'https://textline.bench.invalid',
      PHONE_HASH_SECRET: 'bench-phone-hash-secret-0123456789',
      LOG_LEVEL: 'info',
      DIRECTORY_REFRESH_MINUTES: '0',
      RATE_LIMIT_PER_MINUTE: '1000',
    },
    port,
    publicUrl: 'https://textline.bench.invalid',
    authToken: 'bench-auth-token-0123456789',
    connections,
  });
  const { load, ...rest } = scale;
  process.stdout.write(
    `scale ${JSON.stringify({ ...rest, load: { p99Ms: load.p99Ms, non2xx: load.non2xx, errors: load.errors } })}\n`,
  );
}

void main().catch((err) => {
  process.stderr.write(`bench:scale failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
