import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DirectoryLoadError } from './errors';
import { bmltFormatNames, isBmltFormatList } from './feedImporters';
import { TwinsAcrossSources } from './meetingDedupe';
import { MeetingInterner } from './meetingInterner';
import { MeetingTable, type MeetingTableData } from './meetingTable';
import { importSourceJson, parseSourceSpec, parseSourceText, readSourceBytes, shownSource } from './meetingSource';
import { takeCatalogueAhead, takeParsedAhead } from './parseAhead';
import { PlaceIndex } from './placeIndex';
import { loadProgramCatalogue, parseProgramCatalogue, type CatalogueData } from './programCatalogue';
import type { ImportReport, Meeting } from './types';

/** What one source gave in one load: its report, and its meetings unless it failed. */
export interface SourceResult {
  /** The source as configured (may hold a sharing key: never logged; `report.source` is the shown form). */
  raw: string;
  report: ImportReport;
  /** Set when the whole source could not be read, parsed or imported. */
  error?: string;
  /** Its meetings, each listed once across every source before it. */
  meetings: Meeting[];
  /** It failed, and `meetings` are its last good ones (from `LoadRequest.lastGood`). */
  keptLastGood?: boolean;
}

/** A source's meetings from the last load that read it: rows [start, end) of a table. */
export interface LastGood {
  raw: string;
  table: MeetingTableData;
  start: number;
  end: number;
}

/**
 * A source whose text was read elsewhere (the console's sources and local meetings): the loader imports
 * `body` as it would a file's, or reports `error` as that source's failure.
 */
export interface PreparedSource {
  /** As a configured source would be written, e.g. `program=na:https://...` or `console/local-meetings.json`. */
  raw: string;
  body?: string;
  error?: string;
}

/** The folder with programs.yaml, local.yaml and feeds/ when a load is not given another. */
export const BUNDLED_DIR = 'directory';

/** What a load reads. */
export interface LoadRequest {
  /** Folder with programs.yaml, local.yaml and feeds/. */
  bundledDir: string;
  /** Extra sources (DIRECTORY_SOURCES). */
  sources: string[];
  fetchTimeoutMs?: number;
  /** The fingerprint of the last complete load: when nothing changed, the load stops there. */
  previousFingerprint?: string;
  /** Each source's last good meetings: a source that fails now keeps them, merged again in its place. */
  lastGood?: LastGood[];
  /** Run the worker at the lowest priority (refreshes, beside texts); the first load, before any text, runs at full. */
  background?: boolean;
  /** Sources already read (the console's), loaded after the configured ones. */
  prepared?: PreparedSource[];
  /** Leave out the bundled local.yaml (the console's local meetings replace it). */
  skipLocalFile?: boolean;
  /** The program catalogue staff saved in the console, in place of the bundled programs.yaml's text. */
  programsText?: string;
}

/**
 * What the staff console adds to each load: sources it read (its feeds and local meetings), whether they replace the
 * bundled local.yaml, and the programs.yaml text staff saved, if they did.
 */
export interface ExtraDirectoryInput {
  sources: PreparedSource[];
  replacesLocalFile: boolean;
  programsText?: string;
}

/** Where a program catalogue saved in the console is named in its problems and logs. */
export const CONSOLE_PROGRAMS_FILE = 'programs.yaml (saved in the console)';

/** How a load ended: unchanged since `previousFingerprint`, or with every source handed to `onSource`. */
export interface LoadOutcome {
  unchanged: boolean;
  /** Of programs.yaml and every source's text; undefined when a source could not be read. */
  fingerprint?: string;
  /** The sources, as configured, in load order. */
  sources: string[];
  /** The programs.yaml this load read and checked, as data: the directory is served with it. */
  catalogue: CatalogueData;
}

/**
 * Reads every source (bundled feeds, local.yaml, configured sources) and imports each, merging
 * meetings listed twice, within a source and across sources. Keeps nothing between loads: it runs
 * in a short-lived worker thread in production (dist/), in process otherwise, and hands each
 * source's result to `onSource` in load order. A source that fails keeps its `lastGood` meetings,
 * merged again in its place. Throws CatalogueError when programs.yaml is broken.
 */
export async function loadSources(req: LoadRequest, onSource: (result: SourceResult) => void): Promise<LoadOutcome> {
  const catalogueFile = join(req.bundledDir, 'programs.yaml');
  const prepared = new Map((req.prepared ?? []).map((p) => [p.raw, p]));
  const sources = [...(await sourceList(req.bundledDir, req.sources, req.skipLocalFile)), ...prepared.keys()];
  // The sources are read (files in the thread pool, URLs over the network) while the catalogue is parsed and
  // checked here, rather than after it. Each read settles with its text or its error, never a rejection, so
  // a broken catalogue leaves none unhandled.
  const reading = Promise.all(
    sources.map(async (raw) => {
      const given = prepared.get(raw);
      if (given) {
        return given.body !== undefined
          ? { raw, body: given.body }
          : { raw, error: new DirectoryLoadError(shownSource(raw), given.error ?? 'not read') };
      }
      try {
        // Decoded when parsed, if it is: a feed parsed ahead (parseAhead) is not decoded at all.
        return { raw, bytes: await readSourceBytes(parseSourceSpec(raw), req.fetchTimeoutMs) };
      } catch (err) {
        return { raw, error: asLoadError(raw, err) };
      }
    }),
  );
  // Staff's catalogue from the console, checked as the file is (a broken one was refused when saved, but a load
  // must still not serve it), or the bundled file.
  const catalogue =
    req.programsText !== undefined
      ? parseProgramCatalogue(req.programsText, CONSOLE_PROGRAMS_FILE)
      : (takeCatalogueAhead(catalogueFile) ?? loadProgramCatalogue(catalogueFile));
  const texts = await reading;
  // Every source read and nothing changed since the last load: no import, no copy back, no new index.
  const fingerprint = texts.every((t) => t.body !== undefined || t.bytes !== undefined)
    ? fingerprintOf(req.programsText ?? readFileSync(catalogueFile, 'utf8'), texts)
    : undefined;
  if (fingerprint && fingerprint === req.previousFingerprint) {
    return { unchanged: true, fingerprint, sources, catalogue: catalogue.data };
  }
  const parsedAhead = await Promise.all(texts.map((t) => (t.bytes ? takeParsedAhead(t.raw, t.bytes) : undefined)));
  const formats = new Map<string, string>();
  const parsed = texts.map((t, i) => {
    const { raw, error } = t;
    if (error) return { raw, error };
    try {
      const body = t.body ?? (parsedAhead[i] ? undefined : t.bytes!.toString('utf8'));
      // Decoded, the bytes are not needed again: they go before parsing makes the feed.
      t.bytes = undefined;
      const json = parsedAhead[i] ? parsedAhead[i].json : parseSourceText(parseSourceSpec(raw), body!);
      // GetFormats files are format dictionaries for the BMLT feeds, not meetings.
      if (!isBmltFormatList(json)) return { raw, json };
      for (const [k, v] of bmltFormatNames(json)) formats.set(k, v);
      return undefined;
    } catch (err) {
      return { raw, error: asLoadError(raw, err) };
    }
  });
  // Parsed, the texts are not needed again: let them go with the feeds, as each is imported below.
  texts.length = 0;
  // The town tables only if a feed asks for a town by name (most give coordinates or a postal code).
  const places = PlaceIndex.forImport();
  const across = new TwinsAcrossSources();
  const interner = new MeetingInterner();
  for (let i = 0; i < parsed.length; i++) {
    const p = parsed[i];
    if (!p) continue;
    // The parsed feed is garbage once imported (its meetings keep only its strings): building the index after
    // the last import need not mark it.
    parsed[i] = undefined;
    let error = p.error;
    if (!error) {
      try {
        const { meetings, report } = importSourceJson(parseSourceSpec(p.raw), p.json, {
          catalogue,
          places,
          extraFormats: formats,
        });
        const kept = across.keepNew(meetings).map((m) => interner.intern(m));
        // Twins inside one source were merged (and counted) by its import; these are twins of earlier sources.
        const twins = meetings.length - kept.length;
        const counted = twins ? { ...report, imported: kept.length, merged: (report.merged ?? 0) + twins } : report;
        onSource({ raw: p.raw, report: counted, meetings: kept });
        await nextTurn();
        continue;
      } catch (err) {
        error = asLoadError(p.raw, err);
      }
    }
    const kept = keptMeetings(req.lastGood, p.raw);
    onSource({
      raw: p.raw,
      error: error.message,
      meetings: kept ? across.keepNewUnmerged(kept).map((m) => interner.intern(m)) : [],
      report: { source: shownSource(p.raw), imported: 0, rejected: [], error: error.message },
      ...(kept ? { keptLastGood: true } : {}),
    });
  }
  return { unchanged: false, ...(fingerprint ? { fingerprint } : {}), sources, catalogue: catalogue.data };
}

/** A source's last good meetings, read back from the table that holds them; undefined when none. */
function keptMeetings(lastGood: LastGood[] | undefined, raw: string): Meeting[] | undefined {
  const g = lastGood?.find((k) => k.raw === raw);
  return g ? MeetingTable.from(g.table).meetings(g.start, g.end) : undefined;
}

/** Every source in load order: bundled feeds (sorted), local.yaml, then the configured ones. */
async function sourceList(bundledDir: string, extra: string[], skipLocalFile = false): Promise<string[]> {
  const feedsDir = join(bundledDir, 'feeds');
  const files = existsSync(feedsDir)
    ? (await readdir(feedsDir)).filter((f) => /\.(json|ya?ml|ndjson|jsonl)(\.gz)?$/i.test(f)).sort()
    : [];
  const sources = files.map((f) => join(feedsDir, f));
  const local = join(bundledDir, 'local.yaml');
  if (!skipLocalFile && existsSync(local)) sources.push(local);
  return [...sources, ...extra];
}

/**
 * One hash of the catalogue and every source's text, in order: of the bytes read where there are some (a file's,
 * a URL's), which the hash takes as they are, rather than of the decoded text, which it would encode again.
 * Only ever compared with the last load's, in this process.
 */
function fingerprintOf(catalogueText: string, texts: Array<{ raw: string; bytes?: Buffer; body?: string }>): string {
  const hash = createHash('sha256').update(catalogueText);
  for (const t of texts) {
    hash.update('\u0000').update(t.raw).update('\u0000');
    hash.update(t.bytes ?? t.body!);
  }
  return hash.digest('hex');
}

function asLoadError(raw: string, err: unknown): DirectoryLoadError {
  return err instanceof DirectoryLoadError
    ? err
    : new DirectoryLoadError(shownSource(raw), (err as Error).message, err);
}
