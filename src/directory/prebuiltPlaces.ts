import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deserialize } from 'node:v8';
import type { PostalTableData } from './postalCodes';
import type { TownEntry } from './placeIndex';
import { decodeTowns, type EncodedTowns } from './townTablesCodec';

/**
 * The place tables a starting process would otherwise build: the zipcodes package's postal table and the town
 * tables made from it (and from the county list, the nicknames and the regions). Built, they take each thread
 * half a second or more of a cold start (both the main thread and the directory worker need them); read from
 * the build's file they take tens of ms.
 */
export interface PrebuiltPlaces {
  postal: PostalTableData;
  /** The town tables by normalized name, then state, as placeIndex builds them. */
  towns: Map<string, Map<string, TownEntry>>;
}

/** The file as `npm run build` writes it (src/cli/buildPlaces.ts). */
export interface PlacesFile {
  /** What the tables were built from (placeTablesStamp): a file whose stamp differs is not read. */
  stamp: string;
  postal: PostalTableData;
  towns: EncodedTowns;
}

/** Changed when the file's shape changes, so an older file is never read as the new shape. */
const FORMAT = 'places-v1';

/** Where `npm run build` writes the tables: beside the compiled module that reads them (dist/directory/). */
export const PREBUILT_PLACES_FILE = join(__dirname, 'places.v8');

/** The module whose code builds the tables: it and every module it requires are stamped. */
const TABLE_BUILDER = join(__dirname, 'placeIndex.js');

/**
 * What became of the build's place tables in this thread, for the start's log line: `read`; `built here` when running
 * from sources (no build); `missing` (no file: `npm run build` was not run); `stale` (built from other code or
 * zipcodes data); `unreadable`; `not needed yet` before any place was looked up.
 */
export type PrebuiltPlacesState = 'read' | 'built here' | 'missing' | 'stale' | 'unreadable' | 'not needed yet';
let state: PrebuiltPlacesState = 'not needed yet';
/** The tables read, when `state` is `read`. */
let loaded: PrebuiltPlaces | undefined;

/** What became of the build's place tables in this thread (see PrebuiltPlacesState). */
export function prebuiltPlacesState(): PrebuiltPlacesState {
  return state;
}

/**
 * The tables as the build wrote them, or undefined where they must be built here: running from TypeScript
 * sources (tests, tsx, where no build ran), no file, or a file built from other code or another zipcodes
 * package (its stamp differs: after a bare `tsc` that left an older file, say). Read once per thread.
 */
export function prebuiltPlaces(): PrebuiltPlaces | undefined {
  if (state === 'not needed yet') state = readPrebuiltPlaces();
  return loaded;
}

/** Reads the build's file once, keeping the tables in `loaded` when they are this code's; says what became of it. */
function readPrebuiltPlaces(): Exclude<PrebuiltPlacesState, 'not needed yet'> {
  if (!__filename.endsWith('.js')) return 'built here';
  if (!existsSync(PREBUILT_PLACES_FILE)) return 'missing';
  try {
    const file = deserialize(readFileSync(PREBUILT_PLACES_FILE)) as PlacesFile;
    if (file?.stamp !== placeTablesStamp()) return 'stale';
    loaded = { postal: file.postal, towns: decodeTowns(file.towns) };
    return 'read';
  } catch {
    // A truncated or foreign file: the tables are built as if there were none.
    return 'unreadable';
  }
}

/**
 * What the tables are built from, as one hash: the file's format, the zipcodes package (its version and the
 * sizes of its data files) and the compiled text of the table-building module with every module it requires,
 * found by following the relative requires of its compiled code. Any change to that code or data gives another
 * stamp, so a file can never hand a process tables its own code would not have built.
 */
export function placeTablesStamp(): string {
  const hash = createHash('sha256').update(FORMAT);
  const zipcodes = dirname(require.resolve('zipcodes/package.json'));
  hash.update(readFileSync(join(zipcodes, 'package.json')));
  for (const data of ['codes.js', 'codesCanada.js'])
    hash.update(`${data}:${statSync(join(zipcodes, 'lib', data)).size}`);
  // Named relative to this folder: a build copied elsewhere (a deploy's /app) keeps its stamp.
  for (const file of requireClosure(TABLE_BUILDER)) hash.update(relative(__dirname, file)).update(readFileSync(file));
  return hash.digest('hex');
}

/** A compiled module and every local module it requires, each once, in a fixed order. */
function requireClosure(start: string): string[] {
  const seen = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/\brequire\("(\.{1,2}\/[\w./-]+)"\)/g)) {
      pending.push(resolve(dirname(file), /\.(js|json)$/.test(m[1]) ? m[1] : `${m[1]}.js`));
    }
  }
  return [...seen].sort();
}
