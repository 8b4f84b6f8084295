import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { directoryFrom, type DirectoryData } from '../../src/directory/buildDirectory';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { loadProgramCatalogue } from '../../src/directory/programCatalogue';
import type { MeetingDirectory } from '../../src/directory/types';
import { runDirectoryBench } from '../directory/directoryBench';

/**
 * Runs the directory benchmark in a fresh process and prints one JSON line with its results and
 * the process's resident memory once the index is in: what a web process holding a national
 * directory costs, without the load generator's memory mixed in. The index is built as the server
 * builds it, in a worker thread (tools/bench/indexBuildWorker.ts), and only its buffers come to
 * this thread. Then it builds the next directory while holding the first, as a refresh does, and
 * reports that peak and the memory once the first is let go. Argument: meeting count.
 */
const count = Number(process.argv[2] ?? 250_000);
const catalogue = loadProgramCatalogue(join('directory', 'programs.yaml'));
const mb = (b = process.memoryUsage().rss) => Math.round((b / 1024 / 1024) * 10) / 10;

/** Builds in a worker; the directory is attached on this thread (its time reported apart). */
async function build(
  seed: number,
): Promise<{ directory: MeetingDirectory; buildMs: number; buildCpuMs: number; attachMs: number }> {
  const worker = new Worker(`require('tsx/cjs'); require(${JSON.stringify(join(__dirname, 'indexBuildWorker.ts'))});`, {
    eval: true,
    workerData: { count, seed },
  });
  type Built = { data: DirectoryData; buildMs: number; buildCpuMs: number };
  const { data, buildMs, buildCpuMs } = await new Promise<Built>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const t0 = performance.now();
  const directory = await directoryFrom(data, catalogue, nextTurn);
  return { directory, buildMs, buildCpuMs, attachMs: performance.now() - t0 };
}

async function main(): Promise<void> {
  // Before any meeting: the runtime, the tsx loader and the postal and place tables every process holds.
  new PlaceIndex();
  global.gc?.();
  const baseRssMb = mb();
  let held = await build(1);
  // Numbers only: holding `first` would keep the first index alive past the refresh.
  const first = { buildCpuMs: held.buildCpuMs, attachMs: held.attachMs };
  const result = runDirectoryBench(catalogue, { count, built: held });
  global.gc?.();
  await new Promise((r) => setTimeout(r, 200));
  global.gc?.();
  const rssMb = mb();
  const heapMb = mb(process.memoryUsage().heapUsed);
  const buffersMb = mb(process.memoryUsage().arrayBuffers);
  // A refresh: the next index built beside the one held, then swapped in.
  let refreshPeak = rssMb;
  const sampler = setInterval(() => (refreshPeak = Math.max(refreshPeak, mb())), 10);
  const next = await build(2);
  refreshPeak = Math.max(refreshPeak, mb());
  clearInterval(sampler);
  held = next;
  global.gc?.();
  await new Promise((r) => setTimeout(r, 200));
  global.gc?.();
  const afterRefreshRssMb = mb();
  process.stdout.write(
    `${JSON.stringify({
      ...result,
      buildCpuMs: Math.round(first.buildCpuMs),
      attachMs: Math.round(first.attachMs * 10) / 10,
      rssMb,
      heapMb,
      buffersMb,
      baseRssMb,
      refreshPeakRssMb: refreshPeak,
      afterRefreshRssMb,
      held: held.directory.size(),
    })}\n`,
  );
}

void main();
