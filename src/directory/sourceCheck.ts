import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryLoadError } from './errors';
import { bmltFormatNames, isBmltFormatList } from './feedImporters';
import { importSourceJson, parseSourceSpec, parseSourceText, readSourceText, shownSource } from './meetingSource';
import { PlaceIndex } from './placeIndex';
import { loadProgramCatalogue, parseProgramCatalogue } from './programCatalogue';
import type { ImportReport } from './types';

/** What checking one source needs. */
export interface SourceCheckOptions {
  /** Folder with programs.yaml and feeds/ (default `directory`). */
  bundledDir?: string;
  /** The source's text when it was read elsewhere (a staff URL, an upload, the console's local meetings). */
  body?: string;
  fetchTimeoutMs?: number;
  /** The program list staff saved in the console, when they did: a source of a program added there is known. */
  programsText?: string;
}

/**
 * Reads and imports one source exactly as a directory load would, and returns its report (how many meetings
 * came in, each rejected one by slug and reason), without swapping anything into the directory being served.
 * A source that cannot be read or is not a feed comes back as a report with `error`. Never rejects for bad input.
 */
export async function checkSource(raw: string, opts: SourceCheckOptions = {}): Promise<ImportReport> {
  const bundledDir = opts.bundledDir ?? 'directory';
  const spec = parseSourceSpec(raw);
  try {
    const body = opts.body ?? (await readSourceText(spec, opts.fetchTimeoutMs));
    const json = parseSourceText(spec, body);
    if (isBmltFormatList(json)) {
      return { source: shownSource(raw), imported: 0, rejected: [], error: 'a BMLT format list, not meetings' };
    }
    const catalogue =
      opts.programsText !== undefined
        ? parseProgramCatalogue(opts.programsText, 'programs.yaml (saved in the console)')
        : loadProgramCatalogue(join(bundledDir, 'programs.yaml'));
    const { report } = importSourceJson(spec, json, {
      catalogue,
      places: new PlaceIndex(),
      extraFormats: bundledFormats(bundledDir),
    });
    return report;
  } catch (err) {
    const message = err instanceof DirectoryLoadError ? err.message : `cannot import (${(err as Error).message})`;
    return { source: shownSource(raw), imported: 0, rejected: [], error: message };
  }
}

/** BMLT format names from the bundled GetFormats files, as a load reads them. */
function bundledFormats(bundledDir: string): Map<string, string> {
  const formats = new Map<string, string>();
  const feeds = join(bundledDir, 'feeds');
  if (!existsSync(feeds)) return formats;
  for (const f of readdirSync(feeds).filter((n) => /\.json$/i.test(n))) {
    if (!/format/i.test(f)) continue;
    try {
      const json: unknown = JSON.parse(readFileSync(join(feeds, f), 'utf8'));
      if (isBmltFormatList(json)) for (const [k, v] of bmltFormatNames(json)) formats.set(k, v);
    } catch {
      // Not a format list after all: a load would import it as meetings instead.
    }
  }
  return formats;
}
