import { join } from 'node:path';
import { buildDirectory } from '../../src/directory/buildDirectory';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { loadProgramCatalogue } from '../../src/directory/programCatalogue';
import { runDirectoryBench } from '../directory/directoryBench';
import { generateSyntheticMeetings } from '../directory/syntheticMeetings';

/**
 * Runs the directory benchmark in a fresh process and prints one JSON line with its results and
 * the process's resident memory once the index is built: what a web process holding a national
 * directory costs, without the load generator's memory mixed in. Then it builds the next
 * directory while holding the first, as a refresh does, and reports that peak too.
 * Argument: meeting count.
 */
const count = Number(process.argv[2] ?? 250_000);
const catalogue = loadProgramCatalogue(join('directory', 'programs.yaml'));
const mb = () => process.memoryUsage().rss / 1024 / 1024;
// Before any meeting: the runtime, the tsx loader and the postal and place tables every process holds.
new PlaceIndex();
global.gc?.();
const baseRssMb = mb();
let held: ReturnType<typeof buildDirectory> | undefined;
const result = runDirectoryBench(catalogue, { count, keep: (d) => (held = d) });
global.gc?.();
const rssMb = mb();
const next = buildDirectory(generateSyntheticMeetings(count, 2), catalogue);
const refreshPeakRssMb = mb();
process.stdout.write(
  `${JSON.stringify({ ...result, rssMb, baseRssMb, refreshPeakRssMb, held: (held?.size() ?? 0) + next.size() })}\n`,
);
