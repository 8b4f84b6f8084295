import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadSources, type LoadOutcome, type LoadRequest, type SourceResult } from './directoryLoader';
import { CatalogueError } from './errors';
import type { Meeting } from './types';

/** Meetings per message: each message is cloned into the main thread as its own small task. */
export const MEETINGS_PER_MESSAGE = 4000;

/** What the worker sends, in order: per source its meetings in batches then its result, then done (or error). */
export type WorkerAnswer =
  | { type: 'batch'; meetings: Meeting[] }
  | { type: 'source'; result: Omit<SourceResult, 'meetings'> }
  | { type: 'done'; outcome: LoadOutcome }
  | { type: 'error'; message: string; catalogue?: { file: string; problems: string[] } };

/**
 * The directory worker thread: started for one load (`workerData` is the LoadRequest), it reads,
 * parses and imports every source off the request path, sends the meetings back in batches, and
 * ends, so the memory parsing took goes with it.
 */
if (parentPort) {
  const port = parentPort;
  // Background work: on Linux, priority 0 is this thread alone, so texts on the main thread go first.
  try {
    setPriority(0, 19);
  } catch {
    // Not allowed here (some containers): it only runs at normal priority.
  }
  const send = (a: WorkerAnswer) => port.postMessage(a);
  loadSources(workerData as LoadRequest, ({ meetings, ...result }) => {
    for (let i = 0; i < meetings.length; i += MEETINGS_PER_MESSAGE)
      send({ type: 'batch', meetings: meetings.slice(i, i + MEETINGS_PER_MESSAGE) });
    send({ type: 'source', result });
  }).then(
    (outcome) => send({ type: 'done', outcome }),
    (err: Error) => {
      const catalogue = err instanceof CatalogueError ? { file: err.file, problems: err.problems } : undefined;
      send({ type: 'error', message: err.message, ...(catalogue ? { catalogue } : {}) });
    },
  );
}
