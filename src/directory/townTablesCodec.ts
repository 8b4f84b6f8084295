import type { TownEntry } from './placeIndex';

/**
 * The town tables as columns: a few strings and typed arrays in place of 34,000 objects in 22,000 maps. The V8
 * serializer reads objects one property at a time (about 170 ms for these tables on the project's machine);
 * columns are copied whole and the objects made again in one pass, in a few tens of ms.
 */
export interface EncodedTowns {
  /** Every string the tables hold (names, states, regions), once each, one a line. */
  strings: string;
  /** Each town name key, as an index into `strings`, in the tables' order. */
  keys: Uint32Array;
  /** Where each key's (state, entry) pairs start in `pairState`/`pairEntry`; one more than `keys`, the last the end. */
  pairStart: Uint32Array;
  /** The state each pair is keyed by, as an index into `strings`, in the order the key's map holds them. */
  pairState: Uint32Array;
  /** The entry each pair holds, as an index into the entry columns: an entry under two names is one entry. */
  pairEntry: Uint32Array;
  name: Uint32Array;
  state: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
  /** 1 for Canada, 0 for the United States. */
  canadian: Uint8Array;
  /** -1 where the entry's postalCodes is undefined. */
  postalCodes: Int32Array;
  /** An index into `strings`, -1 where the entry has no region. */
  region: Int32Array;
}

/** The town tables (name key → state → entry) as columns, their order and shared entries kept. */
export function encodeTowns(towns: ReadonlyMap<string, ReadonlyMap<string, TownEntry>>): EncodedTowns {
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const str = (s: string): number => {
    let i = stringIndex.get(s);
    if (i === undefined) stringIndex.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const entries: TownEntry[] = [];
  const entryIndex = new Map<TownEntry, number>();
  const keys: number[] = [];
  const pairStart: number[] = [];
  const pairState: number[] = [];
  const pairEntry: number[] = [];
  for (const [key, byState] of towns) {
    keys.push(str(key));
    pairStart.push(pairState.length);
    for (const [state, entry] of byState) {
      let e = entryIndex.get(entry);
      if (e === undefined) entryIndex.set(entry, (e = entries.push(entry) - 1));
      pairState.push(str(state));
      pairEntry.push(e);
    }
  }
  pairStart.push(pairState.length);
  return {
    keys: Uint32Array.from(keys),
    pairStart: Uint32Array.from(pairStart),
    pairState: Uint32Array.from(pairState),
    pairEntry: Uint32Array.from(pairEntry),
    name: Uint32Array.from(entries, (e) => str(e.name)),
    state: Uint32Array.from(entries, (e) => str(e.state)),
    lat: Float64Array.from(entries, (e) => e.lat),
    lon: Float64Array.from(entries, (e) => e.lon),
    canadian: Uint8Array.from(entries, (e) => (e.country === 'CA' ? 1 : 0)),
    postalCodes: Int32Array.from(entries, (e) => e.postalCodes ?? -1),
    region: Int32Array.from(entries, (e) => (e.region === undefined ? -1 : str(e.region))),
    // Last: every string above is in the table by now.
    strings: strings.join('\n'),
  };
}

/** The town tables encodeTowns took apart, made again: the same keys, states, entries and order. */
export function decodeTowns(encoded: EncodedTowns): Map<string, Map<string, TownEntry>> {
  const strings = encoded.strings.split('\n');
  const entries: TownEntry[] = new Array(encoded.name.length);
  for (let i = 0; i < entries.length; i++) {
    const postalCodes = encoded.postalCodes[i];
    // Built with the same properties in the same order as placeIndex builds them, so they share one shape.
    const entry: TownEntry = {
      name: strings[encoded.name[i]],
      state: strings[encoded.state[i]],
      lat: encoded.lat[i],
      lon: encoded.lon[i],
      country: encoded.canadian[i] === 1 ? 'CA' : 'US',
      postalCodes: postalCodes < 0 ? undefined : postalCodes,
    };
    if (encoded.region[i] >= 0) entry.region = strings[encoded.region[i]];
    entries[i] = entry;
  }
  const towns = new Map<string, Map<string, TownEntry>>();
  for (let k = 0; k < encoded.keys.length; k++) {
    const byState = new Map<string, TownEntry>();
    for (let p = encoded.pairStart[k]; p < encoded.pairStart[k + 1]; p++) {
      byState.set(strings[encoded.pairState[p]], entries[encoded.pairEntry[p]]);
    }
    towns.set(strings[encoded.keys[k]], byState);
  }
  return towns;
}
