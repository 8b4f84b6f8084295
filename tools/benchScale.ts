import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { nodeArgsFromProcfile } from './bench/procfile';
import { measureScale } from './bench/scaleBench';

/**
 * `npm run bench:scale`: the directory's national-scale figures alone (issue 18), without the
 * webhook rounds of `npm run bench`: the search process (build, search p50/p99, memory) and,
 * through the real built server, cold start and a refresh alone and under load. For work on the
 * directory, where a full bench takes too long to repeat. BENCH_MEETINGS sizes it (default 250,000).
 */
async function main(): Promise<void> {
  const meetings = Math.max(1000, Number(process.env.BENCH_MEETINGS ?? 250_000));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const search = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join('tools', 'bench', 'searchBenchChild.ts'), String(meetings)],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(`search ${search.trim().split('\n').pop()}\n`);
  if (process.env.BENCH_SCALE_SEARCH_ONLY === '1') return;
  const port = 20000 + (process.pid % 20000);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const scale = await measureScale({
    refreshMeetings: meetings,
    coldStartMeetings: Math.min(meetings, 100_000),
    webArgs: nodeArgsFromProcfile(),
    env: {
      NODE_ENV: 'production',
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `bench:${process.pid}:scale:`,
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
    connections: Number(process.env.BENCH_REFRESH_CONNECTIONS ?? 10),
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
