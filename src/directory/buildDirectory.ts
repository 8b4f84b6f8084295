import { buildMeetingIndex, type MeetingIndexData } from './meetingIndex';
import { MeetingSearch } from './meetingSearch';
import { COL as TABLE_COL, INT_COLUMNS as TABLE_INT_COLUMNS, MeetingTable } from './meetingTable';
import { parseWhen } from './parseWhen';
import {
  isCanadianProvince,
  normalizeTownName,
  PlaceIndex,
  surelyKnownTown,
  unknownTowns,
  type KeyedTown,
  type TownEntry,
} from './placeIndex';
import type { ProgramCatalogue } from './programCatalogue';
import type {
  Meeting,
  MeetingDirectory,
  MeetingPage,
  MeetingQuery,
  Place,
  PlaceLookup,
  Program,
  ProgramId,
  Situation,
  TimeWindow,
} from './types';

// Read per row or per candidate in loops: compiled by tsx/esbuild (the bench, the CLI), every read of an
// imported binding is a getter call, so the loops read module-local copies instead.
const COL = TABLE_COL;
const INT_COLUMNS = TABLE_INT_COLUMNS;

/**
 * What a directory is built from, as plain data: the search index (buffers shared across threads)
 * and the towns its meetings name. The heavy part of a load, made in the directory worker.
 */
export interface DirectoryData {
  index: MeetingIndexData;
  /**
   * The towns its in-person meetings name that the zipcodes tables may not know, each with its
   * name's key: the postal table rules out most (surelyKnownTown), and the thread that assembles the
   * directory, which holds the town tables, keeps those they do not know (unknownTowns) by key alone.
   */
  towns: KeyedTown[];
}

/** Prepares the directory data of `lists` of meetings (one per source, in load order). */
export function prepareDirectory(lists: readonly Meeting[][]): DirectoryData {
  const index = buildMeetingIndex(lists);
  return { index, towns: townsOf(MeetingTable.from(index.table)) };
}

/**
 * Builds the in-memory directory from meetings and the program catalogue: the search index, and
 * a place index that also knows every town the meetings name (so "Picton" finds Picton, ON).
 * Used by tests and the bench; DirectoryService prepares the data in its worker and uses directoryFrom.
 */
export function buildDirectory(
  meetings: Meeting[],
  programs: ProgramCatalogue,
): MeetingDirectory & { readonly places: PlaceIndex } {
  const data = prepareDirectory([meetings]);
  return assemble(
    new MeetingSearch(data.index, (id) => programs.program(id)?.name),
    new PlaceIndex(unknownTowns(data.towns)),
    programs,
  );
}

/**
 * The directory over prepared data, in two steps with a turn of the event loop between them
 * (`pause`), so texts that arrive during a refresh wait for one step at most, never for both.
 * Neither step copies a meeting: the search reads the index's buffers in place.
 */
export async function directoryFrom(
  data: DirectoryData,
  programs: ProgramCatalogue,
  pause: () => Promise<unknown>,
): Promise<MeetingDirectory & { readonly places: PlaceIndex }> {
  const places = new PlaceIndex(unknownTowns(data.towns));
  await pause();
  const search = new MeetingSearch(data.index, (id) => programs.program(id)?.name);
  return assemble(search, places, programs);
}

function assemble(
  search: MeetingSearch,
  places: PlaceIndex,
  programs: ProgramCatalogue,
): MeetingDirectory & { readonly places: PlaceIndex } {
  // Namesakes are told apart by where meetings are: "trenton" with meetings in Trenton, ON only is asked about.
  places.knowMeetings((lat, lon, miles) => search.meetsNear(lat, lon, miles));
  return {
    places,
    programsFor: (situation: Situation): Program[] => programs.programsFor(situation),
    meetingFocus: () => programs.focus,
    program: (id: ProgramId) => programs.program(id),
    programs: () => programs.programs,
    lookupPlace: (text: string, near?: Place): PlaceLookup => places.lookupPlace(text, near),
    parseWhen: (text: string): TimeWindow | undefined => parseWhen(text),
    search: (query: MeetingQuery): MeetingPage => search.search(query),
    meeting: (id: string) => search.meeting(id),
    size: () => search.size,
  };
}

/** Towns named by in-person meetings, at the mean of their meetings, but those surely known; each with its key. */
function townsOf(table: MeetingTable): KeyedTown[] {
  // Summed per (town, region) as the table's word numbers first: a string key per meeting costs more.
  // Per town word, its regions (nearly always one): small-integer keys keep the Map fast.
  const byTown = new Map<number, Array<{ town: string; region: number; lat: number; lon: number; n: number }>>();
  const order: Array<{ town: string; region: number; lat: number; lon: number; n: number }> = [];
  const { ints, coords } = table;
  for (let r = 0; r < table.size; r++) {
    const town = ints[r * INT_COLUMNS + COL.town];
    const region = ints[r * INT_COLUMNS + COL.region];
    const lon = coords[r * 2];
    const lat = coords[r * 2 + 1];
    if (town < 0 || region < 0 || Number.isNaN(lat) || Number.isNaN(lon)) continue;
    let regions = byTown.get(town);
    if (!regions) byTown.set(town, (regions = []));
    const s = regions.find((x) => x.region === region);
    if (s) {
      s.lat += lat;
      s.lon += lon;
      s.n++;
    } else {
      const entry = { town: table.words[town], region, lat, lon, n: 1 };
      regions.push(entry);
      order.push(entry);
    }
  }
  const sums = new Map<string, TownEntry & { n: number }>();
  for (const { region: regionWord, ...w } of order) {
    const region = table.words[regionWord];
    if (region.length !== 2) continue;
    const sumKey = `${w.town.toLowerCase()}|${region}`;
    const s = sums.get(sumKey);
    if (s) {
      s.lat += w.lat;
      s.lon += w.lon;
      s.n += w.n;
    } else {
      const country = isCanadianProvince(region) ? 'CA' : 'US';
      sums.set(sumKey, { name: w.town, state: region, lat: w.lat, lon: w.lon, n: w.n, country });
    }
  }
  const towns: KeyedTown[] = [];
  for (const { n, ...t } of sums.values()) {
    if (surelyKnownTown(t.name, t.state)) continue;
    towns.push({ ...t, lat: t.lat / n, lon: t.lon / n, key: normalizeTownName(t.name) });
  }
  return towns;
}
