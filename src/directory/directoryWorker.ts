import { setPriority } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadAndBuild, type BuiltDirectory } from './directoryBuild';
import { BUNDLED_DIR, type LoadRequest } from './directoryLoader';
import type { DirectoryThreadData } from './directoryThread';
import { CatalogueError } from './errors';
import { loadConfig } from '../config';
import { parseAhead, parseCatalogueAhead } from './parseAhead';
import { preparePostalTowns } from './placeIndex';
import { postalCodes, type PostalTableData } from './postalCodes';

/** What the worker sends once: the built directory (its buffers shared, not copied), or why not. */
export type WorkerAnswer =
  | { type: 'done'; built: BuiltDirectory }
  | { type: 'error'; message: string; catalogue?: { file: string; problems: string[] } };

/** What a prestarted worker sends before its answer: the postal table it read, for the main thread to take. */
export interface PostalTableMessage {
  type: 'postal';
  table: PostalTableData;
}

/**
 * The directory worker thread: started for one load (its first message is the LoadRequest), it reads,
 * parses and imports every source and builds the search index off the request path, sends the
 * index back as shared buffers, and ends, so the memory parsing took goes with it.
 */
if (parentPort) {
  const port = parentPort;
  // Started ahead of its load (see prestartDirectoryThread): read the postal table while the server starts; nearly
  // every load places some meeting by its postal code, and every load's towns are checked against its cities. Where
  // the build wrote the place tables (prebuiltPlaces) the town tables come with it; otherwise they are left to the
  // main thread, which holds the directory's place index (this thread builds them only if a feed names a town
  // without coordinates).
  // The main thread needs the same postal table: it takes this copy rather than read it again.
  if ((workerData as DirectoryThreadData | undefined)?.prestarted) {
    preparePostalTowns();
    port.postMessage({ type: 'postal', table: postalCodes().toData() } satisfies PostalTableMessage);
    // The catalogue and the configured feeds, as the first load will name them (the service's bundled folder, and the
    // sources of the settings: this thread sees the same environment as the main thread).
    parseCatalogueAhead(join(BUNDLED_DIR, 'programs.yaml'));
    try {
      parseAhead(loadConfig().directorySources);
    } catch {
      // Settings the main thread refuses: it says why and stops; nothing is parsed ahead.
    }
  }
  port.once('message', (req: LoadRequest) => {
    // Background work: on Linux, priority 0 is this thread alone, so texts on the main thread go first.
    // Not for the first load: nothing waits on the main thread yet, and a busy machine would starve it.
    if (req.background) {
      try {
        setPriority(0, 19);
      } catch {
        // Not allowed here (some containers): it only runs at normal priority.
      }
    }
    const send = (a: WorkerAnswer) => port.postMessage(a);
    loadAndBuild(req).then(
      (built) => send({ type: 'done', built }),
      (err: Error) => {
        const catalogue = err instanceof CatalogueError ? { file: err.file, problems: err.problems } : undefined;
        send({ type: 'error', message: err.message, ...(catalogue ? { catalogue } : {}) });
      },
    );
  });
}
