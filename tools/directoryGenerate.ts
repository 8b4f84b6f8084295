/**
 * npm run directory:generate -- [count] [--out file] [--seed n] [--bench]
 *
 * Writes a synthetic nationwide Meeting Guide feed (default 100000 meetings over real US ZIP
 * centres, mixed programs, ways to attend and time zones; deterministic per seed) to --out or
 * stdout. With --bench it instead builds a directory of that size and prints build time and
 * search latency (the targets: build < 2 s, search p99 < 1 ms at 100k).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runDirectoryBench } from './directory/directoryBench';
import { loadProgramCatalogue } from '../src/directory/programCatalogue';
import { generateSyntheticFeed } from './directory/syntheticMeetings';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    bench: { type: 'boolean', default: false },
  },
});
const count = positionals[0] ? Number(positionals[0]) : 100_000;
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run directory:generate -- [count] [--out file] [--seed n] [--bench]');
  process.exit(1);
}
if (values.bench) {
  const result = runDirectoryBench(loadProgramCatalogue(join('directory', 'programs.yaml')), { count, seed });
  console.log(JSON.stringify(result, null, 2));
} else {
  const json = JSON.stringify(generateSyntheticFeed(count, seed));
  if (values.out) {
    writeFileSync(values.out, json);
    console.error(`wrote ${count} synthetic meetings to ${values.out}`);
  } else process.stdout.write(json + '\n');
}
