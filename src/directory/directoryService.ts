import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { buildDirectory } from './buildDirectory';
import { DirectoryLoadError } from './errors';
import { bmltFormatNames, isBmltFormatList } from './feedImporters';
import type { ImportResult } from './meetingDraft';
import { importSourceJson, parseSourceSpec, parseSourceText, readSourceText } from './meetingSource';
import { PlaceIndex } from './placeIndex';
import { loadProgramCatalogue, type ProgramCatalogue } from './programCatalogue';
import type { ImportReport, Meeting, MeetingDirectory } from './types';

/** At most this many rejected meetings per source go into the log line (the CLI shows them all). */
const MAX_LOGGED_REJECTIONS = 200;

/** How the directory service loads. */
export interface DirectoryServiceOptions {
  /** Extra sources (config DIRECTORY_SOURCES): paths or URLs, optionally `program=ID:` first. */
  sources: string[];
  /** Re-read every source this often, in minutes; 0 = never. */
  refreshMinutes: number;
  log: Logger;
  /** Folder with programs.yaml, local.yaml and feeds/ (default `directory`). */
  bundledDir?: string;
  /** Fetch timeout per URL source, ms (default 20 s). */
  fetchTimeoutMs?: number;
}

/**
 * Loads the meeting directory (bundled feeds, directory/local.yaml, programs.yaml, configured
 * sources), logs each source's import report, and refreshes on a schedule. A new directory
 * replaces the current one only once it is completely built; a source that fails keeps its last
 * good meetings, so a flaky feed never empties the line.
 */
export class DirectoryService {
  private directory: MeetingDirectory;
  private lastReports: ImportReport[];
  private readonly lastGood = new Map<string, ImportResult>();
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<boolean> | undefined;
  private readonly bundledDir: string;

  private constructor(private readonly opts: DirectoryServiceOptions) {
    this.bundledDir = opts.bundledDir ?? 'directory';
    // Filled by the first load in start(); this placeholder is never served.
    this.directory = undefined as unknown as MeetingDirectory;
    this.lastReports = [];
  }

  /** Loads everything once (throws CatalogueError if programs.yaml is wrong) and starts the refresh timer. */
  static async start(opts: DirectoryServiceOptions): Promise<DirectoryService> {
    const service = new DirectoryService(opts);
    await service.load(loadProgramCatalogue(join(service.bundledDir, 'programs.yaml')));
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

  /**
   * Reloads programs.yaml and every source now; resolves true when a new directory was swapped
   * in, false when the catalogue was broken (the old directory stays). Never rejects.
   */
  refreshNow(): Promise<boolean> {
    this.inFlight ??= (async () => {
      try {
        let catalogue: ProgramCatalogue;
        try {
          catalogue = loadProgramCatalogue(join(this.bundledDir, 'programs.yaml'));
        } catch (err) {
          this.opts.log.error({ err: (err as Error).message }, 'directory refresh: programs.yaml has problems, keeping the last good directory');
          return false;
        }
        await this.load(catalogue);
        return true;
      } catch (err) {
        this.opts.log.error({ err: (err as Error).message }, 'directory refresh failed, keeping the last good directory');
        return false;
      } finally {
        this.inFlight = undefined;
      }
    })();
    return this.inFlight;
  }

  /** Stops the refresh timer. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async sourceList(): Promise<{ sources: string[]; formats: Map<string, string> }> {
    const formats = new Map<string, string>();
    const sources: string[] = [];
    const feedsDir = join(this.bundledDir, 'feeds');
    const files = existsSync(feedsDir) ? (await readdir(feedsDir)).filter((f) => /\.(json|ya?ml)$/i.test(f)).sort() : [];
    for (const f of files) sources.push(join(feedsDir, f));
    const local = join(this.bundledDir, 'local.yaml');
    if (existsSync(local)) sources.push(local);
    sources.push(...this.opts.sources);
    return { sources, formats };
  }

  private async load(catalogue: ProgramCatalogue): Promise<void> {
    const { log } = this.opts;
    const { sources, formats } = await this.sourceList();
    const places = new PlaceIndex();
    // Read every source first: GetFormats files are format dictionaries for the BMLT feeds.
    const parsed: Array<{ raw: string; json?: unknown; error?: DirectoryLoadError }> = [];
    await Promise.all(
      sources.map(async (raw, i) => {
        const spec = parseSourceSpec(raw);
        try {
          const json = parseSourceText(spec, await readSourceText(spec, this.opts.fetchTimeoutMs));
          if (isBmltFormatList(json)) {
            for (const [k, v] of bmltFormatNames(json)) formats.set(k, v);
            return;
          }
          parsed[i] = { raw, json };
        } catch (err) {
          parsed[i] = { raw, error: err instanceof DirectoryLoadError ? err : new DirectoryLoadError(raw, (err as Error).message, err) };
        }
      }),
    );
    const meetings: Meeting[] = [];
    const reports: ImportReport[] = [];
    for (const p of parsed) {
      if (!p) continue;
      let result: ImportResult | undefined;
      let error = p.error;
      if (!error) {
        try {
          result = importSourceJson(parseSourceSpec(p.raw), p.json, { catalogue, places, extraFormats: formats });
        } catch (err) {
          error = err instanceof DirectoryLoadError ? err : new DirectoryLoadError(p.raw, (err as Error).message, err);
        }
      }
      if (result) {
        this.lastGood.set(p.raw, result);
        const r = result.report;
        // Slugs and reasons only (never links or dial-ins); capped so one bad feed cannot flood the log.
        const rejected = r.rejected.slice(0, MAX_LOGGED_REJECTIONS);
        log.info({ source: r.source, program: r.program, imported: r.imported, rejectedCount: r.rejected.length, rejected }, 'directory source imported');
      } else {
        const kept = this.lastGood.get(p.raw);
        log.error({ source: p.raw, err: error!.message, keptLastGood: Boolean(kept) }, 'directory source failed');
        result = kept
          ? { meetings: kept.meetings, report: { ...kept.report, error: error!.message } }
          : { meetings: [], report: { source: p.raw, imported: 0, rejected: [], error: error!.message } };
      }
      meetings.push(...result.meetings);
      reports.push(result.report);
    }
    const directory = buildDirectory(meetings, catalogue);
    // The swap: one assignment, after everything above succeeded.
    this.directory = directory;
    this.lastReports = reports;
    log.info({ meetings: directory.size(), sources: reports.length }, 'directory loaded');
  }
}
