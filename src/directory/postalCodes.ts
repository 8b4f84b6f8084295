import { readFileSync } from 'node:fs';
import type { ZipCode } from 'zipcodes';
import { DirectoryLoadError } from './errors';
import { prebuiltPlaces } from './prebuiltPlaces';

/** One row of the zipcodes package's table, as it is stored. */
type PostalRow = { zip: string; latitude: unknown; longitude: unknown; city: string; state: string; country: string };

/**
 * One row of the zipcodes package's table, in the package's own shape (typed in vendor.d.ts): a
 * US ZIP code or a Canadian postal area (first 3 characters). Read from the package's data files,
 * latitude is NaN where the package has none (a few Canadian rows with shifted columns).
 */
export type PostalCodeRow = ZipCode;

/**
 * The zipcodes package's US and Canadian table held compactly: coordinates in typed arrays, each
 * town and state name stored once. `require('zipcodes')` compiles a 5 MB object literal and keeps
 * 44,000 row objects alive for the life of the process (about 84 MB resident); this reads the same
 * data once with JSON.parse and keeps about 3 MB.
 */
export class PostalCodeTable {
  private readonly zips: string[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly cityOf: Uint32Array;
  private readonly stateOf: Uint16Array;
  private readonly canadian: Uint8Array;
  private readonly names: string[] = [];

  /** Takes the rows in the package's own order (the order `Object.values(zipcodes.codes)` gives). */
  constructor(rows: ReadonlyArray<PostalRow>);
  /** The table another thread built, from its toData(). */
  constructor(rows: PostalTableData);
  constructor(rows: ReadonlyArray<PostalRow> | PostalTableData) {
    if (!Array.isArray(rows)) {
      const data = rows as PostalTableData;
      this.zips = data.zips.split('\n');
      this.zips.forEach((zip, i) => this.indexOf.set(zip, i));
      this.names = data.names.split('\n');
      ({ lat: this.lat, lon: this.lon, cityOf: this.cityOf, stateOf: this.stateOf, canadian: this.canadian } = data);
      return;
    }
    const n = rows.length;
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.cityOf = new Uint32Array(n);
    this.stateOf = new Uint16Array(n);
    this.canadian = new Uint8Array(n);
    const nameSlot = new Map<string, number>();
    const slot = (name: string): number => {
      let i = nameSlot.get(name);
      if (i === undefined) {
        i = this.names.length;
        this.names.push(name);
        nameSlot.set(name, i);
      }
      return i;
    };
    rows.forEach((r, i) => {
      this.zips.push(r.zip);
      this.indexOf.set(this.zips[i], i);
      this.lat[i] = typeof r.latitude === 'number' ? r.latitude : NaN;
      this.lon[i] = typeof r.longitude === 'number' ? r.longitude : NaN;
      this.cityOf[i] = slot(r.city);
      this.stateOf[i] = slot(r.state);
      this.canadian[i] = r.country === 'Canada' ? 1 : 0;
    });
  }

  /**
   * The table as plain data for another thread: a few typed arrays and two strings, cloned in about a millisecond,
   * where reading the package's files again takes that thread a hundred or more.
   */
  toData(): PostalTableData {
    return {
      zips: this.zips.join('\n'),
      names: this.names.join('\n'),
      lat: this.lat,
      lon: this.lon,
      cityOf: this.cityOf,
      stateOf: this.stateOf,
      canadian: this.canadian,
    };
  }

  /** How many rows the table holds. */
  get size(): number {
    return this.zips.length;
  }

  /** The row at position `i` (0 ≤ i < size), in the package's order. */
  row(i: number): PostalCodeRow {
    return {
      zip: this.zips[i],
      latitude: this.lat[i],
      longitude: this.lon[i],
      city: this.names[this.cityOf[i]],
      state: this.names[this.stateOf[i]],
      country: this.canadian[i] ? 'Canada' : 'US',
    };
  }

  /** Every row, in the package's order. */
  rows(): PostalCodeRow[] {
    return Array.from({ length: this.size }, (_, i) => this.row(i));
  }

  /**
   * Each US town of the table once, as [name, state], in the table's order: read from the columns, where going
   * through every row's object took a starting thread a hundred ms (most towns have several ZIP codes).
   */
  usTowns(): Array<[string, string]> {
    const seen = new Set<number>();
    const towns: Array<[string, string]> = [];
    for (let i = 0; i < this.zips.length; i++) {
      if (this.canadian[i]) continue;
      const pair = this.cityOf[i] * 0x10000 + this.stateOf[i];
      if (seen.has(pair)) continue;
      seen.add(pair);
      towns.push([this.names[this.cityOf[i]], this.names[this.stateOf[i]]]);
    }
    return towns;
  }

  /** As `zipcodes.lookup`: a code starting with a letter is looked up by its first 3 characters. */
  lookup(code: string): PostalCodeRow | undefined {
    const key = /^\d/.test(code) ? code : code.slice(0, 3);
    const i = this.indexOf.get(key);
    return i === undefined ? undefined : this.row(i);
  }
}

/** A PostalCodeTable as data (toData): ZIP codes and names one a line, the columns as they are. */
export interface PostalTableData {
  zips: string;
  names: string;
  lat: Float64Array;
  lon: Float64Array;
  cityOf: Uint32Array;
  stateOf: Uint16Array;
  canadian: Uint8Array;
}

let table: PostalCodeTable | undefined;

/**
 * Takes the table another thread read (the directory worker's, see prestartDirectoryThread) as this thread's,
 * unless this thread has one already.
 */
export function adoptPostalCodes(data: PostalTableData): void {
  table ??= new PostalCodeTable(data);
}

/**
 * The zipcodes package's table, on first use read from the build's place tables (prebuiltPlaces) or else from the
 * package's data files, and kept for the thread.
 */
export function postalCodes(): PostalCodeTable {
  if (table) return table;
  const prebuilt = prebuiltPlaces()?.postal;
  table = prebuilt
    ? new PostalCodeTable(prebuilt)
    : new PostalCodeTable(Object.values(Object.assign({}, readCodes('codes.js'), readCodes('codesCanada.js'))));
  return table;
}

/** The `exports.codes = {...}` object literal of one of the package's data files, which is plain JSON. */
function readCodes(file: string): Record<string, PostalRow> {
  const source = readFileSync(require.resolve(`zipcodes/lib/${file}`), 'utf8');
  const start = source.indexOf('{', source.indexOf('exports.codes'));
  const end = source.indexOf(';\nexports.stateMap', start);
  if (start < 0 || end < 0)
    throw new DirectoryLoadError(`zipcodes/lib/${file}`, 'no longer has the shape this reader expects');
  return JSON.parse(source.slice(start, end)) as ReturnType<typeof readCodes>;
}
