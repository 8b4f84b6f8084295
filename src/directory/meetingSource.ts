import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DirectoryLoadError } from './errors';
import { FeedFormatError, importFeed } from './feedImporters';
import type { ImportResult } from './meetingDraft';
import type { PlaceIndex } from './placeIndex';
import type { ProgramCatalogue } from './programCatalogue';
import type { ProgramId } from './types';

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
 * Reads a source string: a path or URL, optionally prefixed `program=ID:` (e.g.
 * `program=na:https://example.org/main_server/client_interface/json/?switcher=GetSearchResults`).
 */
export function parseSourceSpec(raw: string): SourceSpec {
  const m = /^program=([a-z][a-z0-9_]*):(.+)$/i.exec(raw.trim());
  const location = (m ? m[2] : raw).trim();
  return { raw: raw.trim(), location, program: m?.[1].toLowerCase(), isUrl: /^https?:\/\//i.test(location) };
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
  return basename(spec.location).replace(/\.(meeting-guide|bmlt)?\.?(json|ya?ml)$/i, '').replace(/\.$/, '');
}

/** Reads the raw text of a file or URL; throws DirectoryLoadError when it cannot. */
export async function readSourceText(spec: SourceSpec, timeoutMs = 20_000): Promise<string> {
  if (!spec.isUrl) {
    try {
      return await readFile(spec.location, 'utf8');
    } catch (err) {
      throw new DirectoryLoadError(spec.raw, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, err);
    }
  }
  let res: Response;
  try {
    res = await fetch(spec.location, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (err) {
    const timedOut = (err as Error).name === 'TimeoutError';
    throw new DirectoryLoadError(spec.raw, timedOut ? `no answer within ${timeoutMs} ms` : `fetch failed (${(err as Error).message})`, err);
  }
  if (!res.ok) throw new DirectoryLoadError(spec.raw, `the server answered HTTP ${res.status}`);
  return res.text();
}

/** Parses a source's text as JSON, or YAML for .yaml/.yml files; throws DirectoryLoadError on bad syntax. */
export function parseSourceText(spec: SourceSpec, body: string): unknown {
  try {
    if (/\.ya?ml$/i.test(spec.location)) return parseYaml(body);
    return JSON.parse(body);
  } catch (err) {
    throw new DirectoryLoadError(spec.raw, `not valid ${/\.ya?ml$/i.test(spec.location) ? 'YAML' : 'JSON'} (${(err as Error).message.split('\n')[0]})`, err);
  }
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
  const program =
    spec.program ?? (spec.isUrl ? undefined : opts.catalogue.programForFileName(basename(spec.location))) ?? opts.defaultProgram;
  if (program && !opts.catalogue.has(program)) {
    throw new DirectoryLoadError(spec.raw, `unknown program "${program}" (not in directory/programs.yaml)`);
  }
  try {
    return importFeed(json, {
      catalogue: opts.catalogue,
      places: opts.places,
      sourceId: sourceIdOf(spec),
      source: spec.raw,
      program,
      extraFormats: opts.extraFormats,
    });
  } catch (err) {
    if (err instanceof FeedFormatError) throw new DirectoryLoadError(spec.raw, err.message, err);
    throw err;
  }
}
