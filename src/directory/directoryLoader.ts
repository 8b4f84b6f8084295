import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DirectoryLoadError } from './errors';
import { bmltFormatNames, isBmltFormatList } from './feedImporters';
import { DuplicateFinder } from './meetingDedupe';
import type { ImportResult } from './meetingDraft';
import { importSourceJson, parseSourceSpec, parseSourceText, readSourceText, shownSource } from './meetingSource';
import { PlaceIndex } from './placeIndex';
import { loadProgramCatalogue } from './programCatalogue';
import type { ImportReport, Meeting } from './types';

/** How one source fared over time, for the stale-data warning. */
export interface SourceHealth {
  /** The source as it may be shown (sharing keys hidden). */
  source: string;
  /** Last time it was read and imported, ms since the epoch; undefined when never. */
  lastOkAt?: number;
  /** When it started failing, ms since the epoch; undefined while it works. */
  failingSince?: number;
  lastError?: string;
}

/** One complete load: every meeting once, each source's report, and each source's health. */
export interface LoadedMeetings {
  meetings: Meeting[];
  reports: ImportReport[];
  health: SourceHealth[];
  /** Meetings dropped because an earlier one (this source or another) lists the same meeting. */
  merged: number;
}

/** What a load reads. */
export interface LoadRequest {
  /** Folder with programs.yaml, local.yaml and feeds/. */
  bundledDir: string;
  /** Extra sources (DIRECTORY_SOURCES). */
  sources: string[];
  fetchTimeoutMs?: number;
  /** The clock, for source health (tests). */
  now?: number;
}

/**
 * Reads every source (bundled feeds, local.yaml, configured sources), imports each, and merges
 * meetings listed twice across them. Keeps each source's last good import, so a source that
 * fails keeps its meetings, and knows how long each has been failing. Runs in the directory
 * worker thread in production (dist/), in process otherwise; it never touches the live index.
 */
export class DirectoryLoader {
  private readonly lastGood = new Map<string, ImportResult>();
  private readonly health = new Map<string, SourceHealth>();

  /** Loads everything once; throws CatalogueError when programs.yaml is broken. */
  async load(req: LoadRequest): Promise<LoadedMeetings> {
    const catalogue = loadProgramCatalogue(join(req.bundledDir, 'programs.yaml'));
    const now = req.now ?? Date.now();
    const sources = await sourceList(req.bundledDir, req.sources);
    const formats = new Map<string, string>();
    const parsed: Array<{ raw: string; json?: unknown; error?: DirectoryLoadError } | undefined> = [];
    await Promise.all(
      sources.map(async (raw, i) => {
        const spec = parseSourceSpec(raw);
        try {
          const json = parseSourceText(spec, await readSourceText(spec, req.fetchTimeoutMs));
          // GetFormats files are format dictionaries for the BMLT feeds, not meetings.
          if (isBmltFormatList(json)) for (const [k, v] of bmltFormatNames(json)) formats.set(k, v);
          else parsed[i] = { raw, json };
        } catch (err) {
          parsed[i] = { raw, error: asLoadError(raw, err) };
        }
      }),
    );
    const places = new PlaceIndex();
    const finder = new DuplicateFinder();
    const meetings: Meeting[] = [];
    const reports: ImportReport[] = [];
    let merged = 0;
    for (const p of parsed) {
      if (!p) continue;
      const result = this.importOne(p, { catalogue, places, extraFormats: formats }, now);
      let twins = 0;
      for (const m of result.meetings) {
        if (finder.add(m)) twins++;
        else meetings.push(m);
      }
      // Twins inside one source are already merged (and counted) by its import; these are across sources.
      const report = twins
        ? { ...result.report, imported: result.report.imported - twins, merged: (result.report.merged ?? 0) + twins }
        : result.report;
      merged += report.merged ?? 0;
      reports.push(report);
    }
    return { meetings, reports, merged, health: [...this.health.values()] };
  }

  private importOne(
    p: { raw: string; json?: unknown; error?: DirectoryLoadError },
    opts: Parameters<typeof importSourceJson>[2],
    now: number,
  ): ImportResult {
    let error = p.error;
    if (!error) {
      try {
        const result = importSourceJson(parseSourceSpec(p.raw), p.json, opts);
        this.lastGood.set(p.raw, result);
        this.health.set(p.raw, { source: shownSource(p.raw), lastOkAt: now });
        return result;
      } catch (err) {
        error = asLoadError(p.raw, err);
      }
    }
    const before = this.health.get(p.raw);
    this.health.set(p.raw, {
      source: shownSource(p.raw),
      ...(before?.lastOkAt !== undefined ? { lastOkAt: before.lastOkAt } : {}),
      failingSince: before?.failingSince ?? now,
      lastError: error.message,
    });
    const kept = this.lastGood.get(p.raw);
    return kept
      ? { meetings: kept.meetings, report: { ...kept.report, error: error.message } }
      : { meetings: [], report: { source: shownSource(p.raw), imported: 0, rejected: [], error: error.message } };
  }
}

/** Every source in load order: bundled feeds (sorted), local.yaml, then the configured ones. */
async function sourceList(bundledDir: string, extra: string[]): Promise<string[]> {
  const feedsDir = join(bundledDir, 'feeds');
  const files = existsSync(feedsDir)
    ? (await readdir(feedsDir)).filter((f) => /\.(json|ya?ml|ndjson|jsonl)(\.gz)?$/i.test(f)).sort()
    : [];
  const sources = files.map((f) => join(feedsDir, f));
  const local = join(bundledDir, 'local.yaml');
  if (existsSync(local)) sources.push(local);
  return [...sources, ...extra];
}

function asLoadError(raw: string, err: unknown): DirectoryLoadError {
  return err instanceof DirectoryLoadError ? err : new DirectoryLoadError(shownSource(raw), (err as Error).message, err);
}
