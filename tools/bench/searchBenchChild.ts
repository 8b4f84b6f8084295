import { join } from 'node:path';
import { runDirectoryBench } from '../directory/directoryBench';
import { loadProgramCatalogue } from '../../src/directory/programCatalogue';

/**
 * Runs the directory benchmark in a fresh process and prints one JSON line with its results and
 * the process's resident memory once the index is built: what a web process holding a national
 * directory costs, without the load generator's memory mixed in. Argument: meeting count.
 */
const count = Number(process.argv[2] ?? 100_000);
const result = runDirectoryBench(loadProgramCatalogue(join('directory', 'programs.yaml')), { count });
global.gc?.();
process.stdout.write(`${JSON.stringify({ ...result, rssMb: process.memoryUsage().rss / 1024 / 1024 })}\n`);
