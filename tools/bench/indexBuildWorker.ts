import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareDirectory } from '../../src/directory/buildDirectory';
import { generateSyntheticMeetings } from '../directory/syntheticMeetings';

/**
 * The bench's stand-in for the directory worker: makes the synthetic meetings (as the worker
 * imports feeds), times prepareDirectory on them (the index build), and sends the data back as the
 * server's worker does: shared buffers, no meeting objects. `workerData`: { count, seed }.
 */
const { count, seed } = workerData as { count: number; seed: number };
const meetings = generateSyntheticMeetings(count, seed);
const t0 = performance.now();
// The process's CPU time: the main thread only waits meanwhile, so this is the build's own, however busy the machine.
const cpu0 = process.cpuUsage();
const data = prepareDirectory([meetings]);
const cpu = process.cpuUsage(cpu0);
const buildMs = performance.now() - t0;
parentPort?.postMessage({ data, buildMs, buildCpuMs: (cpu.user + cpu.system) / 1000 });
