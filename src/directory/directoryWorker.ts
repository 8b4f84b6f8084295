import { parentPort } from 'node:worker_threads';
import { DirectoryLoader, type LoadRequest } from './directoryLoader';
import { CatalogueError } from './errors';
import type { Meeting } from './types';

/** Meetings per message: each message is cloned into the main thread as its own small task. */
export const MEETINGS_PER_MESSAGE = 4000;

/** What the main thread asks for. */
export interface WorkerRequest {
  id: number;
  req: LoadRequest;
}

/** What the worker answers, in order: batches of meetings, then done (or error). */
export type WorkerAnswer =
  | { id: number; type: 'batch'; meetings: Meeting[] }
  | { id: number; type: 'done'; reports: Awaited<ReturnType<DirectoryLoader['load']>>['reports']; health: Awaited<ReturnType<DirectoryLoader['load']>>['health']; merged: number }
  | { id: number; type: 'error'; message: string; catalogue?: { file: string; problems: string[] } };

/**
 * The directory worker thread: reads, parses and imports every source off the request path, and
 * sends the meetings back in batches. It keeps the loader (and so each source's last good import)
 * for the life of the process.
 */
if (parentPort) {
  const port = parentPort;
  const loader = new DirectoryLoader();
  let queue = Promise.resolve();
  port.on('message', (msg: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        const loaded = await loader.load(msg.req);
        for (let i = 0; i < loaded.meetings.length; i += MEETINGS_PER_MESSAGE) {
          port.postMessage({ id: msg.id, type: 'batch', meetings: loaded.meetings.slice(i, i + MEETINGS_PER_MESSAGE) } satisfies WorkerAnswer);
        }
        port.postMessage({ id: msg.id, type: 'done', reports: loaded.reports, health: loaded.health, merged: loaded.merged } satisfies WorkerAnswer);
      } catch (err) {
        const catalogue = err instanceof CatalogueError ? { file: err.file, problems: err.problems } : undefined;
        port.postMessage({ id: msg.id, type: 'error', message: (err as Error).message, ...(catalogue ? { catalogue } : {}) } satisfies WorkerAnswer);
      }
    });
  });
}
