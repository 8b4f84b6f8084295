import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../log/logger';
import { buildDirectory } from './buildDirectory';
import { DirectoryLoader, type LoadedMeetings, type LoadRequest, type SourceHealth } from './directoryLoader';
import type { WorkerAnswer, WorkerRequest } from './directoryWorker';
import { CatalogueError } from './errors';
import { loadProgramCatalogue } from './programCatalogue';
import type { ImportReport, Meeting, MeetingDirectory } from './types';

/** At most this many rejected meetings per source go into the log line (the CLI shows them all). */
const MAX_LOGGED_REJECTIONS = 200;
const HOUR_MS = 3_600_000;

/** How the directory service loads. */
export interface DirectoryServiceOptions {
  /** Extra sources (config DIRECTORY_SOURCES): paths or URLs, optionally `ID=` or `program=ID:` first. */
  sources: string[];
  /** Re-read every source this often, in minutes; 0 = never. */
  refreshMinutes: number;
  log: Logger;
  /** Folder with programs.yaml, local.yaml and feeds/ (default `directory`). */
  bundledDir?: string;
  /** Fetch timeout per URL source, ms (default 20 s). */
  fetchTimeoutMs?: number;
  /** A source failing to refresh for longer than this many hours is reported as stale (default 48). */
  staleHours?: number;
  /**
   * Read and import in a worker thread (default: when running compiled, from dist/). Tests and
   * tsx run in process, where the loader yields between sources.
   */
  useWorker?: boolean;
  /** The clock, for stale-data warnings (tests). */
  now?: () => number;
}

/**
 * Loads the meeting directory (bundled feeds, directory/local.yaml, programs.yaml, configured
 * sources), logs each source's import report, and refreshes on a schedule. Reading, parsing,
 * importing and merging twins happen in a worker thread, off the request path; the new
 * directory replaces the current one only once it is completely built. A source that fails
 * keeps its last good meetings, so a flaky feed never empties the line, and one failing longer
 * than `staleHours` is named in warnings() (shown by /readyz) and in the logs.
 */
export class DirectoryService {
  private directory: MeetingDirectory;
  private lastReports: ImportReport[] = [];
  private health: SourceHealth[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<boolean> | undefined;
  private readonly bundledDir: string;
  private readonly source: MeetingSource;

  private constructor(private readonly opts: DirectoryServiceOptions) {
    this.bundledDir = opts.bundledDir ?? 'directory';
    // Filled by the first load in start(); this placeholder is never served.
    this.directory = undefined as unknown as MeetingDirectory;
    const workerFile = join(__dirname, 'directoryWorker.js');
    const useWorker = opts.useWorker ?? (__filename.endsWith('.js') && existsSync(workerFile));
    this.source = useWorker ? new WorkerSource(workerFile) : new InProcessSource();
  }

  /** Loads everything once (throws CatalogueError if programs.yaml is wrong) and starts the refresh timer. */
  static async start(opts: DirectoryServiceOptions): Promise<DirectoryService> {
    const service = new DirectoryService(opts);
    try {
      await service.load();
    } catch (err) {
      service.stop();
      throw err;
    }
    if (opts.refreshMinutes > 0) {
      service.timer = setInterval(() => void service.refreshNow(), opts.refreshMinutes * 60_000);
      service.timer.unref();
    }
    return service;
  }

  /** The last completely loaded directory. */
  current(): MeetingDirectory {
    return this.directory;
  }

  /** The import report of each source from the last load, in load order. */
  reports(): ImportReport[] {
    return this.lastReports;
  }

  /** One line per source that has failed to refresh for longer than `staleHours`; empty when all is fresh. */
  warnings(): string[] {
    const now = this.opts.now?.() ?? Date.now();
    const limitMs = (this.opts.staleHours ?? 48) * HOUR_MS;
    const out: string[] = [];
    for (const h of this.health) {
      if (h.failingSince === undefined) continue;
      const since = h.lastOkAt ?? h.failingSince;
      if (now - since <= limitMs) continue;
      const hours = Math.floor((now - since) / HOUR_MS);
      const age = h.lastOkAt === undefined ? `never loaded in ${hours} h` : `last loaded ${hours} h ago`;
      out.push(`stale meeting data: ${h.source} ${age} (${h.lastError ?? 'failing'})`);
    }
    return out;
  }

  /**
   * Reloads programs.yaml and every source now; resolves true when a new directory was swapped
   * in, false when the catalogue was broken (the old directory stays). Never rejects.
   */
  refreshNow(): Promise<boolean> {
    this.inFlight ??= (async () => {
      try {
        await this.load();
        return true;
      } catch (err) {
        const what = err instanceof CatalogueError ? 'directory refresh: programs.yaml has problems' : 'directory refresh failed';
        this.opts.log.error({ err: (err as Error).message }, `${what}, keeping the last good directory`);
        return false;
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  /** Stops the refresh timer and the worker thread. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.source.close();
  }

  private async load(): Promise<void> {
    const { log } = this.opts;
    const loaded = await this.source.load({
      bundledDir: this.bundledDir,
      sources: this.opts.sources,
      fetchTimeoutMs: this.opts.fetchTimeoutMs,
      now: this.opts.now?.(),
    });
    for (const r of loaded.reports) {
      if (r.error) {
        log.error({ source: r.source, err: r.error, keptLastGood: r.imported > 0 }, 'directory source failed');
        continue;
      }
      // Slugs and reasons only (never links or dial-ins); capped so one bad feed cannot flood the log.
      const rejected = r.rejected.slice(0, MAX_LOGGED_REJECTIONS);
      log.info(
        { source: r.source, program: r.program, imported: r.imported, merged: r.merged ?? 0, rejectedCount: r.rejected.length, rejected },
        'directory source imported',
      );
    }
    // Built after every source is in; a yield first lets texts that queued during the receive go.
    await nextTurn();
    const directory = buildDirectory(loaded.meetings, loadProgramCatalogue(join(this.bundledDir, 'programs.yaml')));
    // The swap: one assignment, after everything above succeeded.
    this.directory = directory;
    this.lastReports = loaded.reports;
    this.health = loaded.health;
    for (const w of this.warnings()) log.warn({ warning: w }, 'directory source is stale');
    log.info({ meetings: directory.size(), sources: loaded.reports.length, merged: loaded.merged }, 'directory loaded');
  }
}

/** Where a load runs: a worker thread, or this thread. */
interface MeetingSource {
  load(req: LoadRequest): Promise<LoadedMeetings>;
  close(): void;
}

/** Loads in this thread, yielding to the event loop between steps (tests, tsx). */
class InProcessSource implements MeetingSource {
  private readonly loader = new DirectoryLoader();

  load(req: LoadRequest): Promise<LoadedMeetings> {
    return this.loader.load(req);
  }

  close(): void {}
}

/** Loads in a worker thread; meetings come back in batches, each cloned in as its own small task. */
class WorkerSource implements MeetingSource {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { meetings: Meeting[]; resolve: (l: LoadedMeetings) => void; reject: (e: Error) => void }>();

  constructor(private readonly file: string) {}

  load(req: LoadRequest): Promise<LoadedMeetings> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { meetings: [], resolve, reject });
      worker.postMessage({ id, req } satisfies WorkerRequest);
    });
  }

  close(): void {
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll(new Error('directory service stopped'));
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.file);
    // The worker only ever works for a load this thread awaits; it must not keep the process up.
    worker.unref();
    worker.on('message', (a: WorkerAnswer) => this.onAnswer(a));
    worker.on('error', (err) => this.failAll(err));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      this.failAll(new Error('the directory worker stopped'));
    });
    this.worker = worker;
    return worker;
  }

  private onAnswer(a: WorkerAnswer): void {
    const p = this.pending.get(a.id);
    if (!p) return;
    if (a.type === 'batch') {
      for (const m of a.meetings) p.meetings.push(m);
      return;
    }
    this.pending.delete(a.id);
    if (a.type === 'done') p.resolve({ meetings: p.meetings, reports: a.reports, health: a.health, merged: a.merged });
    else p.reject(a.catalogue ? new CatalogueError(a.catalogue.file, a.catalogue.problems) : new Error(a.message));
  }

  private failAll(err: Error): void {
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(err);
    }
  }
}
