import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { adoptPostalCodes, type PostalTableData } from './postalCodes';

/**
 * What a directory worker is started with (`workerData`); its LoadRequest comes later, as its first message.
 * `prestarted`: it was started ahead of its load, so it reads the zipcodes' postal table while it waits.
 */
export interface DirectoryThreadData {
  prestarted?: boolean;
}

/**
 * The directory worker's file: the built one beside this module (dist/), or its TypeScript source when
 * running from sources (tests, tsx), where it runs through tsx as the tools do.
 */
export function directoryWorkerFile(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'directoryWorker.ts') : join(__dirname, 'directoryWorker.js');
}

/** Whether the directory can load in a worker thread here: running compiled, with the built worker present. */
export function canUseDirectoryWorker(): boolean {
  return __filename.endsWith('.js') && existsSync(directoryWorkerFile());
}

/** Starts a directory worker thread; it loads once it is sent a LoadRequest. */
export function startDirectoryThread(file: string, data: DirectoryThreadData = {}): Worker {
  return file.endsWith('.ts')
    ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData: data })
    : new Worker(file, { workerData: data });
}

let prestarted: { file: string; worker: Worker } | undefined;
/** Settles once the prestarted worker's postal table is taken, or the worker is gone without one. */
let postalShared: Promise<void> = Promise.resolve();

/**
 * Starts the first load's worker now, before the rest of the server's modules load: it loads its own modules
 * and reads the postal table on the other core meanwhile, so the first load starts with that done. Only where
 * the service would use a worker (compiled), once per process; it keeps nothing alive if never taken.
 */
export function prestartDirectoryThread(): void {
  if (prestarted || !canUseDirectoryWorker()) return;
  const file = directoryWorkerFile();
  const worker = startDirectoryThread(file, { prestarted: true });
  worker.unref();
  const entry = { file, worker };
  // One that fails or ends before it is taken is dropped; the load then starts its own.
  const drop = () => {
    if (prestarted === entry) prestarted = undefined;
  };
  worker.once('error', drop);
  worker.once('exit', drop);
  prestarted = entry;
  postalShared = new Promise<void>((resolve) => {
    const onMessage = (m: { type?: string; table?: PostalTableData }) => {
      if (m?.type !== 'postal' || !m.table) return;
      adoptPostalCodes(m.table);
      settle();
    };
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', settle);
      worker.off('exit', settle);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', settle);
    worker.once('exit', settle);
  });
}

/**
 * Resolves when the prestarted worker's postal table has been taken as this thread's (adoptPostalCodes), or at
 * once when no worker was prestarted; a worker that ends first leaves this thread to read the table itself.
 */
export function prestartedPostalTable(): Promise<void> {
  return postalShared;
}

/** The worker prestartDirectoryThread started for `file`, once (held alive again); undefined when none. */
export function takePrestartedThread(file: string): Worker | undefined {
  if (!prestarted || prestarted.file !== file) return undefined;
  const { worker } = prestarted;
  prestarted = undefined;
  worker.ref();
  return worker;
}
