import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DirectoryLoadError } from './errors';
import { FeedFormatError, feedRows, importFeed } from './feedImporters';
import { mergeDuplicateMeetings } from './meetingDedupe';
import type { ImportResult } from './meetingDraft';
import type { PlaceIndex } from './placeIndex';
import type { ProgramCatalogue } from './programCatalogue';
import type { ProgramId } from './types';

const gunzipAsync = promisify(gunzip);

/** A configured source: where it is and, optionally, the program its meetings belong to. */
export interface SourceSpec {
  /** As configured, e.g. `program=na:https://bmlt.example.org/...`. */
  raw: string;
  /** The path or URL. */
  location: string;
  /** From a `program=ID:` prefix; otherwise taken from the file name (`aa-...`, `na-...`). */
  program?: ProgramId;
  isUrl: boolean;
}

/**
 * Reads a source string: a path or URL, optionally naming its program as `program=ID:` before it
 * (`program=na:https://example.org/main_server/client_interface/json/?switcher=GetSearchResults`)
 * or, the short form, `ID=` (`na=https://...`).
 */
export function parseSourceSpec(raw: string): SourceSpec {
  const trimmed = raw.trim();
  const m = /^program=([a-z][a-z0-9_-]*):(.+)$/i.exec(trimmed) ?? /^([a-z][a-z0-9_-]*)=(.+)$/i.exec(trimmed);
  const location = (m ? m[2] : trimmed).trim();
  return { raw: trimmed, location, program: m?.[1].toLowerCase(), isUrl: /^https?:\/\//i.test(location) };
}

/** A source as it may be shown in logs and reports: a TSML sharing key (`key=...`) is hidden. */
export function shownSource(raw: string): string {
  return raw.replace(/([?&](?:key|nonce|token|api_key)=)[^&#\s]*/gi, '$1***');
}

/** What reading a source needs. */
export interface ReadSourceOptions {
  catalogue: ProgramCatalogue;
  places: PlaceIndex;
  /** Fetch timeout for URL sources, ms (default 20 s). */
  timeoutMs?: number;
  /** BMLT format names (code -> name) from bundled GetFormats files. */
  extraFormats?: Map<string, string>;
  /** Program when neither the spec nor the file name names one. */
  defaultProgram?: ProgramId;
}

/** A short stable id for a source: the file name without extensions, or the URL's host and path. */
export function sourceIdOf(spec: SourceSpec): string {
  if (spec.isUrl) {
    try {
      const u = new URL(spec.location);
      return `${u.host}${u.pathname}`.replace(/\/+$/, '');
    } catch {
      return spec.location;
    }
  }
  return basename(spec.location)
    .replace(/\.(meeting-guide|bmlt|aggregator)?\.?(json|ya?ml|ndjson|jsonl)(\.gz)?$/i, '')
    .replace(/\.$/, '');
}

/** Reads the raw text of a file or URL, gunzipped when it is gzip; throws DirectoryLoadError when it cannot. */
export async function readSourceText(spec: SourceSpec, timeoutMs = 20_000): Promise<string> {
  return (await readSourceBytes(spec, timeoutMs)).toString('utf8');
}

/**
 * readSourceText's bytes, before they are decoded: the loader hashes these (a hash fed a 30 MB string
 * first encodes it back to UTF-8, which cost more than the hash).
 */
export async function readSourceBytes(spec: SourceSpec, timeoutMs = 20_000): Promise<Buffer> {
  const shown = shownSource(spec.raw);
  if (!spec.isUrl) {
    try {
      return await gunzipIfNeeded(await readFile(spec.location), shown);
    } catch (err) {
      if (err instanceof DirectoryLoadError) throw err;
      throw new DirectoryLoadError(
        shown,
        `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        err,
      );
    }
  }
  let res: Response;
  try {
    res = await fetch(spec.location, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json, application/x-ndjson' },
    });
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new DirectoryLoadError(
      shown,
      timedOut ? `no answer within ${timeoutMs} ms` : `fetch failed (${(err as Error).message})`,
      err,
    );
  }
  if (res.status === 401 || res.status === 403) {
    // 12 Step Meeting List answers 401 when its sharing is restricted and the key is missing or wrong.
    const hasKey = /[?&]key=/i.test(spec.location);
    throw new DirectoryLoadError(
      shown,
      hasKey
        ? `the site refused the sharing key (HTTP ${res.status}): ask the site for a current key`
        : `the site shares its meetings only with a key (HTTP ${res.status}): add &key=YOUR_KEY to the URL`,
    );
  }
  if (!res.ok) throw new DirectoryLoadError(shown, `the server answered HTTP ${res.status}`);
  return gunzipIfNeeded(Buffer.from(await res.arrayBuffer()), shown);
}

/** The bytes of a buffer, gunzipped first when it starts with gzip's magic bytes (a `.gz` export). */
async function gunzipIfNeeded(buf: Buffer, shown: string): Promise<Buffer> {
  if (buf.length < 2 || buf[0] !== 0x1f || buf[1] !== 0x8b) return buf;
  try {
    return await gunzipAsync(buf);
  } catch (err) {
    throw new DirectoryLoadError(shown, `not a readable gzip file (${(err as Error).message})`, err);
  }
}

/** Parses a source's text: JSON, NDJSON (a JSON value a line) or YAML (.yaml/.yml); DirectoryLoadError if bad. */
export function parseSourceText(spec: SourceSpec, body: string): unknown {
  const shown = shownSource(spec.raw);
  const yaml = /\.ya?ml$/i.test(spec.location);
  if (!yaml && isNdjson(spec.location, body)) return parseNdjson(body);
  try {
    if (yaml) return parseYaml(body);
    return JSON.parse(body);
  } catch (err) {
    throw new DirectoryLoadError(
      shown,
      `not valid ${yaml ? 'YAML' : 'JSON'} (${(err as Error).message.split('\n')[0]})`,
      err,
    );
  }
}

/** NDJSON by name (`.ndjson`, `.jsonl`, `.gz` or not), or by shape: several lines that each start an object. */
function isNdjson(location: string, body: string): boolean {
  if (/\.(ndjson|jsonl)(\.gz)?([?#].*)?$/i.test(location)) return true;
  const head = body.slice(0, 4096).trimStart();
  return head.startsWith('{') && /\}\s*\r?\n\s*\{/.test(head);
}

/**
 * NDJSON lines in order; a line that is not JSON becomes `{ ndjsonError, line }` so the importer
 * names it in the report instead of refusing the whole export for one bad line.
 */
export function parseNdjson(body: string): NdjsonRows {
  const rows: unknown[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    lineNo++;
    const line = body.slice(start, end).trim();
    start = end + 1;
    if (!line) continue;
    try {
      rows.push(JSON.parse(line));
    } catch (err) {
      rows.push({ ndjsonError: (err as Error).message.split('\n')[0], line: lineNo });
    }
  }
  return { ndjson: rows };
}

/** What parseNdjson returns: the rows, marked so the importer knows they came one a line. */
export interface NdjsonRows {
  ndjson: unknown[];
}

/**
 * Reads, parses and imports one source into meetings and a report. Throws DirectoryLoadError when
 * the source as a whole cannot be read or is not a meeting feed; single bad meetings are rejected
 * in the report instead.
 */
export async function readSource(raw: string, opts: ReadSourceOptions): Promise<ImportResult> {
  const spec = parseSourceSpec(raw);
  const body = await readSourceText(spec, opts.timeoutMs);
  return importSourceJson(spec, parseSourceText(spec, body), opts);
}

/** Imports already-parsed feed data for a source (the second half of readSource). */
export function importSourceJson(spec: SourceSpec, json: unknown, opts: ReadSourceOptions): ImportResult {
  const shown = shownSource(spec.raw);
  const program =
    knownId(spec.program, opts.catalogue) ??
    (spec.isUrl ? undefined : opts.catalogue.programForFileName(basename(spec.location))) ??
    opts.defaultProgram;
  if (program && !opts.catalogue.has(program)) {
    throw new DirectoryLoadError(shown, `unknown program "${program}" (not in directory/programs.yaml)`);
  }
  if (!program && !everyRowNamesItsProgram(json)) {
    // Meeting Guide is used by Al-Anon, NA and others too: never guess AA.
    const ids = opts.catalogue.programs.map((p) => p.id).join(', ');
    throw new DirectoryLoadError(
      shown,
      `no program: give the source as program=ID:${spec.location} (or ID=..., or --program ID), ID one of ${ids}`,
    );
  }
  try {
    const result = importFeed(json, {
      catalogue: opts.catalogue,
      places: opts.places,
      sourceId: sourceIdOf(spec),
      source: shown,
      program,
      extraFormats: opts.extraFormats,
    });
    const { meetings, merged } = mergeDuplicateMeetings(result.meetings);
    result.report.imported = meetings.length;
    if (merged) result.report.merged = merged;
    return { meetings, report: result.report };
  } catch (err) {
    if (err instanceof FeedFormatError) throw new DirectoryLoadError(shown, err.message, err);
    throw err;
  }
}

/** A program id as written ("al-anon", "smart-family") matched to the catalogue's ("alanon", "smart_family"). */
function knownId(id: string | undefined, catalogue: ProgramCatalogue): ProgramId | undefined {
  if (!id) return undefined;
  return [id, id.replace(/-/g, ''), id.replace(/-/g, '_')].find((c) => catalogue.has(c)) ?? id;
}

/** True when the feed has meetings and each names its own `program` (as directory/local.yaml does). */
function everyRowNamesItsProgram(json: unknown): boolean {
  const rows = feedRows(json);
  if (!rows) return true; // Not a meeting list at all: importFeed says what it is instead.
  // One pass, no list of the meetings: a national feed has a hundred thousand rows.
  let meetings = 0;
  for (const r of rows) {
    if (typeof r !== 'object' || r === null || 'key_string' in r) continue;
    if (typeof (r as { program?: unknown }).program !== 'string') return false;
    meetings++;
  }
  return meetings > 0;
}
