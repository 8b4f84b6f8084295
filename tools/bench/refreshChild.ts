import { serverEnvironment } from '../toolSettings';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type * as ServerModule from '../../src/server';
import type * as ConfigModule from '../../src/config';
import type * as LoggerModule from '../../src/log/logger';

/**
 * The real server, built (dist/), holding a national directory, for the bench's refresh-under-load
 * measure. Started with the server's settings in the environment (DIRECTORY_SOURCES names the
 * synthetic feed) and an IPC channel. It answers `{type: 'refresh'}` by reading every source
 * again, as the refresh timer would, and reports the refresh's wall time, the longest and p99
 * event-loop delay while it ran, and resident memory before (steady, after a GC) and at its peak.
 * Loaded from dist/ so the directory worker runs exactly as in production.
 */
const dist = (...p: string[]) => join(process.cwd(), 'dist', ...p);
const { startServer, wireConversation, installGracefulShutdown } = require(dist('server.js')) as typeof ServerModule;
const { loadConfig } = require(dist('config.js')) as typeof ConfigModule;
const { createLogger } = require(dist('log', 'logger.js')) as typeof LoggerModule;

/** What the child reports after one refresh. */
export interface RefreshFigures {
  refreshMs: number;
  swapped: boolean;
  maxDelayMs: number;
  p99DelayMs: number;
  steadyRssMb: number;
  peakRssMb: number;
  /**
   * Time the main thread's event loop was busy during the refresh (eventLoopUtilization): no task
   * ran longer than this, so when it is small a long delay was the machine's scheduler, not the line.
   */
  mainBusyMs: number;
}

async function main(): Promise<void> {
  const config = loadConfig(serverEnvironment());
  const log = createLogger(config.logLevel);
  const conversation = await wireConversation(config, log);
  installGracefulShutdown(await startServer(config, { log, conversation }));
  process.on('message', (msg: { type?: string }) => {
    if (msg?.type === 'refresh') void refresh(conversation.refreshDirectory!).then((r) => process.send?.(r));
  });
  process.send?.({ type: 'ready' });
}

async function refresh(run: () => Promise<boolean>): Promise<RefreshFigures & { type: 'refreshed' }> {
  global.gc?.();
  const steady = process.memoryUsage().rss;
  let peak = steady;
  // RSS alone: the full memoryUsage() reads the heap's statistics, and 50 times a second that
  // shows up as main-thread work in the figures.
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  const elu0 = performance.eventLoopUtilization();
  const swapped = await run();
  const refreshMs = performance.now() - t0;
  const busy = performance.eventLoopUtilization(elu0);
  delay.disable();
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  return {
    type: 'refreshed',
    refreshMs: Math.round(refreshMs),
    swapped,
    maxDelayMs: Math.round(delay.max / 1e5) / 10,
    p99DelayMs: Math.round(delay.percentile(99) / 1e5) / 10,
    steadyRssMb: mb(steady),
    peakRssMb: mb(peak),
    mainBusyMs: Math.round(busy.active),
  };
}

void main();
