import { prepareDirectory, type DirectoryData } from './buildDirectory';
import { loadSources, type LoadOutcome, type LoadRequest, type SourceResult } from './directoryLoader';

/** One source's part of a built directory: its report, and where its meetings are in the table. */
export type BuiltSource = Omit<SourceResult, 'meetings'> & {
  /** Rows [start, end) of its meetings in the new table (its last good ones when it failed). */
  range: [number, number];
};

/** A load and the directory data built from it; no data when nothing changed. */
export interface BuiltDirectory {
  outcome: LoadOutcome;
  sources: BuiltSource[];
  data?: DirectoryData;
}

/**
 * Reads and imports every source, then builds the directory data from their meetings: the whole
 * heavy part of a load, run in the directory worker (or in process for the first load and tests).
 * Only the data comes out: the parsed feeds and meeting objects stay behind, to be collected with
 * the worker.
 */
export async function loadAndBuild(req: LoadRequest): Promise<BuiltDirectory> {
  const results: SourceResult[] = [];
  const outcome = await loadSources(req, (r) => results.push(r));
  if (outcome.unchanged) return { outcome, sources: [] };
  const data = prepareDirectory(results.map((r) => r.meetings));
  const sources = results.map(({ meetings: _meetings, ...r }, i) => ({ ...r, range: data.index.ranges[i] }));
  return { outcome, sources, data };
}
