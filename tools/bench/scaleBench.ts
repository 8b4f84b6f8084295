import { fork, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSyntheticFeed } from '../directory/syntheticMeetings';
import type { RefreshFigures } from './refreshChild';
import { driveConversations, type LoadResult } from './webhookLoad';
import { childEnvironment } from '../toolSettings';

/** The national-scale figures of issue 18: cold start, and a refresh with and without load. */
export interface ScaleFigures {
  coldStartMeetings: number;
  /** The median of COLD_STARTS starts. */
  coldStartMs: number;
  /** Each start, in the order they ran. */
  coldStartRunsMs: number[];
  refreshMeetings: number;
  /** A refresh that finds nothing changed (the index is kept). */
  unchanged: RefreshFigures;
  /** A refresh with new data and no texts arriving: its time and the memory it takes. */
  idle: RefreshFigures;
  /** The same refresh while whole conversations arrive at the webhook. */
  underLoad: RefreshFigures;
  load: LoadResult;
}

/** How to start the real server (from the Procfile) and drive it. */
export interface ScaleOptions {
  refreshMeetings: number;
  coldStartMeetings: number;
  /** `node` flags and script from the Procfile. */
  webArgs: string[];
  /** The server's settings (Redis, Twilio token, ...), without PORT and DIRECTORY_SOURCES. */
  env: Record<string, string>;
  port: number;
  publicUrl: string;
  authToken: string;
  connections: number;
}

/**
 * Cold starts timed per run, the median reported: one start on a shared 2-core machine moved by up
 * to 20% between runs minutes apart (3159 to 3676 ms in one hour), too much for one sample to be
 * read against a target.
 */
const COLD_STARTS = 3;

/**
 * Measures the directory at national scale through the real, built server: the time from
 * process start to /readyz 200 with `coldStartMeetings` meetings in a DIRECTORY_SOURCES feed
 * (the median of three starts),
 * then, with `refreshMeetings`, one refresh alone and one under webhook load (event-loop delay
 * and memory from inside the server process, webhook latency from the load generator).
 */
export async function measureScale(opts: ScaleOptions): Promise<ScaleFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-scale-'));
  try {
    const feed = (n: number) => {
      const file = join(dir, `synthetic-${n}.json`);
      writeFileSync(file, JSON.stringify(generateSyntheticFeed(n, 1)));
      return file;
    };
    const coldFeed = feed(opts.coldStartMeetings);
    process.stderr.write(`bench: cold start with ${opts.coldStartMeetings} meetings, ${COLD_STARTS} times...\n`);
    const coldStartRunsMs: number[] = [];
    for (let i = 0; i < COLD_STARTS; i++) coldStartRunsMs.push(await coldStart(opts, coldFeed));
    const coldStartMs = [...coldStartRunsMs].sort((a, b) => a - b)[Math.floor(COLD_STARTS / 2)];
    const refreshFeed = opts.refreshMeetings === opts.coldStartMeetings ? coldFeed : feed(opts.refreshMeetings);
    process.stderr.write(`bench: refreshing ${opts.refreshMeetings} meetings, alone and under load...\n`);
    const { unchanged, idle, underLoad, load } = await refreshes(opts, refreshFeed);
    return {
      coldStartMeetings: opts.coldStartMeetings,
      coldStartMs,
      coldStartRunsMs,
      refreshMeetings: opts.refreshMeetings,
      unchanged,
      idle,
      underLoad,
      load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds from spawning the server (as the Procfile does) to its first /readyz 200. */
async function coldStart(opts: ScaleOptions, feedFile: string): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, opts.webArgs, {
    env: childEnvironment({ ...opts.env, PORT: String(opts.port), DIRECTORY_SOURCES: feedFile }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before ready`);
      if (performance.now() - t0 > 60_000) throw new Error('the server was not ready within 60 s');
      try {
        if ((await fetch(`http://127.0.0.1:${opts.port}/readyz`)).status === 200)
          return Math.round(performance.now() - t0);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}

/** One refresh alone, then one under load, in the refresh child (tools/bench/refreshChild.ts). */
async function refreshes(
  opts: ScaleOptions,
  feedFile: string,
): Promise<{ unchanged: RefreshFigures; idle: RefreshFigures; underLoad: RefreshFigures; load: LoadResult }> {
  const nodeFlags = opts.webArgs.slice(0, -1);
  const child = fork(join('tools', 'bench', 'refreshChild.ts'), [], {
    execArgv: [...nodeFlags, '--expose-gc', '--import', 'tsx'],
    env: childEnvironment({ ...opts.env, PORT: String(opts.port), DIRECTORY_SOURCES: feedFile, LOG_LEVEL: 'warn' }),
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const next = <T>(type: string) =>
    new Promise<T>((resolve, reject) => {
      const onMessage = (m: { type?: string }) => {
        if (m?.type !== type) return;
        child.off('message', onMessage);
        resolve(m as T);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`the refresh child exited with ${code}`)));
    });
  try {
    await next('ready');
    const refresh = () => {
      const done = next<RefreshFigures>('refreshed');
      child.send({ type: 'refresh' });
      return done;
    };
    // A refresh that finds every source as it was keeps the index; the measured ones get new data.
    const unchanged = await refresh();
    const rewrite = (seed: number) =>
      writeFileSync(feedFile, JSON.stringify(generateSyntheticFeed(opts.refreshMeetings, seed)));
    rewrite(2);
    const idle = await refresh();
    rewrite(3);
    // Load first, then the refresh once texts are flowing; the load stops when the refresh ends.
    let release: () => void = () => undefined;
    const refreshed = new Promise<RefreshFigures>((resolve, reject) => {
      release = () => void refresh().then(resolve, reject);
    });
    const loading = driveConversations({
      port: opts.port,
      publicUrl: opts.publicUrl,
      authToken: opts.authToken,
      seconds: 120,
      connections: opts.connections,
      until: refreshed,
    });
    setTimeout(() => release(), 1_000);
    const [underLoad, load] = await Promise.all([refreshed, loading]);
    return { unchanged, idle, underLoad, load };
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
