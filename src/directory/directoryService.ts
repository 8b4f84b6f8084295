import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import type { Logger } from '../log/logger';
import { directoryFrom } from './buildDirectory';
import { loadAndBuild, type BuiltDirectory, type BuiltSource } from './directoryBuild';
import { BUNDLED_DIR, type ExtraDirectoryInput, type LoadRequest } from './directoryLoader';
import type { PostalTableMessage, WorkerAnswer } from './directoryWorker';
import {
  canUseDirectoryWorker,
  directoryWorkerFile,
  prestartedPostalTable,
  startDirectoryThread,
  takePrestartedThread,
} from './directoryThread';
import { CatalogueError } from './errors';
import { shownSource } from './meetingSource';
import type { MeetingTableData } from './meetingTable';
import { prepareTownTables } from './placeIndex';
import { ProgramCatalogue } from './programCatalogue';
import type { ImportReport, MeetingDirectory } from './types';

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
  /**
   * Sources read elsewhere before each load (the staff console's feeds and local meetings), and whether they
   * replace the bundled local.yaml. Called on the main thread; when it rejects, the last sources it gave are
   * loaded again.
   */
  extraSources?: () => Promise<ExtraDirectoryInput>;
}

/** How one source fared at its last load, for the console's directory page and /metrics. */
export interface SourceStatus {
  /** The source as it may be shown (sharing keys hidden). */
  source: string;
  report: ImportReport;
  /** When it last loaded, ms since the epoch. */
  lastOkAt?: number;
  /** When it started failing, ms since the epoch; undefined while it works. */
  failingSince?: number;
  lastError?: string;
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
  /** Each source's last good report and where its meetings are (rows of a table), kept while it fails. */
  private readonly lastGood = new Map<
    string,
    { report: ImportReport; table: MeetingTableData; range: [number, number] }
  >();
  private readonly health = new Map<string, SourceHealth>();
  /** Of programs.yaml and every source's text at the last complete load, when every source was read. */
  private fingerprint: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<boolean> | undefined;
  /** A load asked for while one runs: it starts when that one ends, so it sees the newest sources. */
  private queued: Promise<boolean> | undefined;
  private lastExtra: ExtraDirectoryInput = {
    sources: [],
    replacesLocalFile: false,
  };
  private readonly bundledDir: string;
  private readonly source: SourceLoader;

  private constructor(private readonly opts: DirectoryServiceOptions) {
    this.bundledDir = opts.bundledDir ?? BUNDLED_DIR;
    // Filled by the first load in start(); this placeholder is never served.
    this.directory = undefined as unknown as MeetingDirectory;
    const useWorker = opts.useWorker ?? canUseDirectoryWorker();
    this.source = useWorker ? new WorkerLoader(directoryWorkerFile()) : new InProcessLoader();
  }

  /** Loads everything once (throws CatalogueError if programs.yaml is wrong) and starts the refresh timer. */
  static async start(opts: DirectoryServiceOptions): Promise<DirectoryService> {
    return (await DirectoryService.begin(opts)).loaded;
  }

  /**
   * Starts the first load and resolves as soon as it runs (its worker thread started), so the caller can do its
   * own start-up work meanwhile; `loaded` is what `start` gives. A `loaded` that rejects is never unhandled.
   */
  static async begin(opts: DirectoryServiceOptions): Promise<{ loaded: Promise<DirectoryService> }> {
    const service = new DirectoryService(opts);
    let running: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (running = resolve));
    const loaded = service.load(running).then(
      () => {
        if (opts.refreshMinutes > 0) {
          service.timer = setInterval(() => void service.refreshNow(), opts.refreshMinutes * 60_000);
          service.timer.unref();
        }
        return service;
      },
      (err: unknown) => {
        service.stop();
        throw err;
      },
    );
    loaded.catch(() => undefined);
    // A load that fails before it runs (the console's sources) settles `loaded` first.
    await Promise.race([
      started,
      loaded.then(
        () => undefined,
        () => undefined,
      ),
    ]);
    return { loaded };
  }

  /** The last completely loaded directory. */
  current(): MeetingDirectory {
    return this.directory;
  }

  /** The import report of each source from the last load, in load order. */
  reports(): ImportReport[] {
    return this.lastReports;
  }

  /** Each source of the last load with its report, when it last loaded, and whether it is failing. */
  sourceStatus(): SourceStatus[] {
    const byShown = new Map([...this.health.values()].map((h) => [h.source, h]));
    return this.lastReports.map((report) => {
      const h = byShown.get(report.source);
      return {
        source: report.source,
        report,
        ...(h?.lastOkAt !== undefined ? { lastOkAt: h.lastOkAt } : {}),
        ...(h?.failingSince !== undefined ? { failingSince: h.failingSince, lastError: h.lastError } : {}),
      };
    });
  }

  /** One line per source that has failed to refresh for longer than `staleHours`; empty when all is fresh. */
  warnings(): string[] {
    const now = this.opts.now?.() ?? Date.now();
    const limitMs = (this.opts.staleHours ?? 48) * HOUR_MS;
    const out: string[] = [];
    for (const h of this.health.values()) {
      if (h.failingSince === undefined) continue;
      const since = h.lastOkAt ?? h.failingSince;
      if (now - since <= limitMs) continue;
      const span =
        now - since >= HOUR_MS
          ? `${Math.floor((now - since) / HOUR_MS)} h`
          : `${Math.floor((now - since) / 60_000)} min`;
      const age = h.lastOkAt === undefined ? `never loaded in ${span}` : `last loaded ${span} ago`;
      out.push(`stale meeting data: ${h.source} ${age} (${h.lastError ?? 'failing'})`);
    }
    return out;
  }

  /**
   * Reloads programs.yaml and every source now; resolves true when a new directory was swapped
   * in, false when the catalogue was broken (the old directory stays). Never rejects.
   */
  refreshNow(): Promise<boolean> {
    if (this.inFlight) {
      this.queued ??= this.inFlight.then(() => {
        this.queued = undefined;
        return this.refreshNow();
      });
      return this.queued;
    }
    this.inFlight = (async () => {
      try {
        await this.load();
        return true;
      } catch (err) {
        const what =
          err instanceof CatalogueError ? 'directory refresh: programs.yaml has problems' : 'directory refresh failed';
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

  /** One load; `running` is called once its reading and building has started (in the worker, when there is one). */
  private async load(running?: () => void): Promise<void> {
    const { log } = this.opts;
    const now = this.opts.now?.() ?? Date.now();
    const extra = await this.extraSources();
    const req: LoadRequest = {
      bundledDir: this.bundledDir,
      sources: this.opts.sources,
      fetchTimeoutMs: this.opts.fetchTimeoutMs,
      previousFingerprint: this.fingerprint,
      // Shared buffers: the worker reads them in place, nothing is copied.
      lastGood: [...this.lastGood].map(([raw, g]) => ({ raw, table: g.table, start: g.range[0], end: g.range[1] })),
      background: this.directory !== undefined,
      prepared: extra.sources,
      skipLocalFile: extra.replacesLocalFile,
      programsText: extra.programsText,
    };
    // Every load, the first too, parses and builds in the worker (when running compiled): the feeds'
    // objects never reach this thread's heap, so it stays as small after start as after a refresh.
    const loading = this.source.load(req);
    running?.();
    // The first load: the zipcodes' town tables are read from the build's file (prebuiltPlaces) or built here while
    // the worker reads the feeds, instead of after it (built, they take a few hundred ms, once per process), with the
    // postal table the worker shares when it was started with the process (waiting for it takes less than reading
    // the package's files again).
    if (this.directory === undefined) {
      await prestartedPostalTable();
      prepareTownTables();
    }
    const { sources, outcome, data } = await loading;
    if (outcome.unchanged || !data) {
      // Every source answered with what it said last time: the directory being served is already this one.
      for (const raw of outcome.sources) this.health.set(raw, { source: shownSource(raw), lastOkAt: now });
      log.info({ meetings: this.directory.size(), sources: outcome.sources.length }, 'directory unchanged');
      return;
    }
    const reports = sources.map((r) => this.noteSource(r, data.index.table, now));
    await nextTurn();
    // The catalogue the worker read and checked: parsing the YAML again here would hold up texts for tens of ms.
    const directory = await directoryFrom(data, ProgramCatalogue.fromData(outcome.catalogue), nextTurn);
    // The swap: one assignment, after everything above succeeded.
    this.directory = directory;
    this.lastReports = reports;
    this.fingerprint = outcome.fingerprint;
    for (const w of this.warnings()) log.warn({ warning: w }, 'directory source is stale');
    const merged = reports.reduce((n, r) => n + (r.merged ?? 0), 0);
    log.info({ meetings: directory.size(), sources: reports.length, merged }, 'directory loaded');
  }

  private async extraSources(): Promise<ExtraDirectoryInput> {
    if (!this.opts.extraSources) return this.lastExtra;
    try {
      this.lastExtra = await this.opts.extraSources();
    } catch (err) {
      // A Redis blip must not drop the staff's meetings: load with what they were last time.
      this.opts.log.error({ err: (err as Error).message }, 'could not read the console sources; using the last ones');
    }
    return this.lastExtra;
  }

  /** Logs one source's load, notes its health and last good meetings, and gives the report to show. */
  private noteSource(r: BuiltSource, table: MeetingTableData, now: number): ImportReport {
    const { log } = this.opts;
    const before = this.lastGood.get(r.raw);
    this.noteHealth(r, now);
    if (r.error) {
      log.error(
        { source: r.report.source, err: r.error, keptLastGood: Boolean(r.keptLastGood) },
        'directory source failed',
      );
      if (!r.keptLastGood || !before) return r.report;
      // Its last good meetings are in the new table now: the old one need not be kept for them.
      this.lastGood.set(r.raw, { report: before.report, table, range: r.range });
      return { ...before.report, error: r.error };
    }
    this.lastGood.set(r.raw, { report: r.report, table, range: r.range });
    // Slugs and reasons only (never links or dial-ins); capped so one bad feed cannot flood the log.
    const rejected = r.report.rejected.slice(0, MAX_LOGGED_REJECTIONS);
    const { source, program, imported, merged = 0 } = r.report;
    log.info(
      { source, program, imported, merged, rejectedCount: r.report.rejected.length, rejected },
      'directory source imported',
    );
    return r.report;
  }

  private noteHealth(r: BuiltSource, now: number): void {
    const before = this.health.get(r.raw);
    if (!r.error) {
      this.health.set(r.raw, { source: r.report.source, lastOkAt: now });
      return;
    }
    this.health.set(r.raw, {
      ...before,
      source: r.report.source,
      failingSince: before?.failingSince ?? now,
      lastError: r.error,
    });
  }
}

/** How one source fared over time, for the stale-data warning. */
interface SourceHealth {
  /** The source as it may be shown (sharing keys hidden). */
  source: string;
  /** Last time it was read and imported, ms since the epoch. */
  lastOkAt?: number;
  /** When it started failing, ms since the epoch; undefined while it works. */
  failingSince?: number;
  lastError?: string;
}

/** Where a load runs: a worker thread, or this thread. */
interface SourceLoader {
  load(req: LoadRequest): Promise<BuiltDirectory>;
  close(): void;
}

/** Loads and builds in this thread, yielding to the event loop between sources (the first load, tests, tsx). */
class InProcessLoader implements SourceLoader {
  load(req: LoadRequest): Promise<BuiltDirectory> {
    return loadAndBuild(req);
  }

  close(): void {}
}

/**
 * Loads and builds in a worker thread started for this load alone; the index comes back as shared
 * buffers in one message (no meeting is cloned), and the worker's memory goes when it ends.
 */
class WorkerLoader implements SourceLoader {
  private readonly running = new Set<Worker>();

  constructor(private readonly file: string) {}

  load(req: LoadRequest): Promise<BuiltDirectory> {
    return new Promise((resolve, reject) => {
      // The first load takes the worker started with the process, when there is one (prestartDirectoryThread).
      const worker = takePrestartedThread(this.file) ?? startDirectoryThread(this.file);
      worker.postMessage(req);
      this.running.add(worker);
      let settled = false;
      const finish = (err?: Error, built?: BuiltDirectory) => {
        if (settled) return;
        settled = true;
        this.running.delete(worker);
        void worker.terminate();
        if (err || !built) reject(err ?? new Error('the directory worker ended without an outcome'));
        else resolve(built);
      };
      worker.on('message', (a: WorkerAnswer | PostalTableMessage) => {
        // The postal table a prestarted worker shares first is taken by prestartDirectoryThread's listener.
        if (a.type === 'postal') return;
        if (a.type === 'done') finish(undefined, a.built);
        else finish(a.catalogue ? new CatalogueError(a.catalogue.file, a.catalogue.problems) : new Error(a.message));
      });
      worker.on('error', (err) => finish(err));
      worker.on('exit', (code) => finish(new Error(`the directory worker stopped (exit ${code}) before finishing`)));
    });
  }

  close(): void {
    for (const w of this.running) void w.terminate();
    this.running.clear();
  }
}
