import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startChildServer, type ChildServer } from './bench/childServer';
import { CPU_CATEGORIES, cpuCategories, type CpuCategories } from './bench/cpuCategories';
import { deleteByPrefix } from './bench/deleteByPrefix';
import { nodeArgsFromProcfile } from './bench/procfile';
import { driveConversations } from './bench/webhookLoad';
import IORedis from 'ioredis';
import { benchSettings } from './toolSettings';
import { buildServer } from './bench/buildServer';

/** Where the profiles are kept, to open in Chrome DevTools (Performance, "Load profile"). */
const PROFILE_DIR = '.bench-profiles';
const PRELOAD = resolve('.bench-build', 'tools', 'bench', 'profileOnSignal.js');

/**
 * `npm run bench:profile`: where the webhook's CPU goes beside the stack floor's, by part of the
 * stack (transport, store, engine, XState, log, counting, GC), in µs per text. Both servers run
 * built with the Procfile's flags, under the bench's conversations at 50 connections; each is
 * warmed, then profiled for BENCH_SECONDS / 2 (default 10 s) by V8's sampling profiler. The
 * profiler costs time of its own, so read the parts against each other, not against `npm run
 * bench`. The profiles stay in .bench-profiles/ for a closer look.
 */
async function main(): Promise<void> {
  const settings = benchSettings();
  const seconds = Math.max(2, settings.seconds / 2);
  const tsc = require.resolve('typescript/bin/tsc');
  buildServer();
  execFileSync(process.execPath, [tsc, '-p', join('tools', 'bench', 'tsconfig.stages.json')], { stdio: 'inherit' });
  rmSync(PROFILE_DIR, { recursive: true, force: true });
  mkdirSync(PROFILE_DIR, { recursive: true });

  const prefix = `bench:profile:${process.pid}:`;
  const authToken = 'bench-auth-token-0123456789';
  const publicUrl = 'https://textline.bench.invalid';
  const env = {
    NODE_ENV: 'production',
    REDIS_URL: settings.redisUrl,
    TWILIO_AUTH_TOKEN: authToken,
    PUBLIC_URL: publicUrl,
    PHONE_HASH_SECRET: 'bench-phone-hash-secret-0123456789',
    LOG_LEVEL: 'info',
    DIRECTORY_REFRESH_MINUTES: '0',
    RATE_LIMIT_PER_MINUTE: '1000',
  };
  const webArgs = nodeArgsFromProcfile();
  const port = 20000 + (process.pid % 20000);
  const servers: Array<{ name: string; script: string }> = [
    { name: 'webhook', script: webArgs[webArgs.length - 1] },
    { name: 'stack floor', script: join('.bench-build', 'tools', 'bench', 'stackFloorChild.js') },
  ];
  const results: Array<{ name: string; texts: number; parts: CpuCategories }> = [];
  try {
    for (const [i, { name, script }] of servers.entries()) {
      const out = resolve(PROFILE_DIR, `${name.replace(/ /g, '-')}.cpuprofile`);
      const server = await startChildServer({
        nodeFlags: [...webArgs.slice(0, -1), '-r', PRELOAD],
        script,
        port: port + i,
        readyPath: '/readyz',
        env: { ...env, PORT: String(port + i), REDIS_KEY_PREFIX: `${prefix}${i}:`, BENCH_PROFILE_OUT: out },
      });
      try {
        process.stderr.write(`bench:profile: ${name}: warming up, then ${seconds}s profiled...\n`);
        const drive = (s: number) =>
          driveConversations({ port: port + i, publicUrl, authToken, seconds: s, connections: settings.connections });
        await drive(3);
        signal(server);
        const load = await drive(seconds);
        signal(server);
        await waitFor(out);
        results.push({ name, texts: load.requests, parts: cpuCategories(out, load.requests) });
      } finally {
        await server.stop();
      }
    }
  } finally {
    // A plain client (the product's fails fast while still connecting).
    const redis = new IORedis(settings.redisUrl);
    await deleteByPrefix(redis, prefix);
    redis.disconnect();
  }
  printTable(results);
}

/** Asks a server started with the preload to start, or stop and write, its profile. */
function signal(server: ChildServer): void {
  if (server.pid) process.kill(server.pid, 'SIGUSR2');
}

async function waitFor(file: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 100) {
    if (waited > 15_000) throw new Error(`${file} was not written`);
    await new Promise((r) => setTimeout(r, 100));
  }
  // Written in one call: once it is there, wait a moment for the write to end.
  await new Promise((r) => setTimeout(r, 300));
}

function printTable(results: Array<{ name: string; texts: number; parts: CpuCategories }>): void {
  const [web, floor] = results;
  const total = (p: CpuCategories) => CPU_CATEGORIES.reduce((n, c) => n + p[c], 0);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const lines = [
    row(['part (µs per text, profiled)', web.name, floor.name, 'difference']),
    row(['---', '---', '---', '---']),
    ...CPU_CATEGORIES.map((c) =>
      row([c, web.parts[c].toFixed(1), floor.parts[c].toFixed(1), (web.parts[c] - floor.parts[c]).toFixed(1)]),
    ),
    row([
      '**all**',
      total(web.parts).toFixed(1),
      total(floor.parts).toFixed(1),
      `${(total(web.parts) - total(floor.parts)).toFixed(1)} (${(total(web.parts) / total(floor.parts)).toFixed(2)} ×)`,
    ]),
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n(texts profiled: ${web.texts} and ${floor.texts}; ${PROFILE_DIR}/)\n`);
}

void main().catch((err: unknown) => {
  process.stderr.write(`bench:profile failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
