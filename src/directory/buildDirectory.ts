import { MeetingSearch } from './meetingSearch';
import { parseWhen } from './parseWhen';
import { isCanadianProvince, PlaceIndex, type TownEntry } from './placeIndex';
import type { ProgramCatalogue } from './programCatalogue';
import type {
  Meeting,
  MeetingDirectory,
  MeetingPage,
  MeetingQuery,
  PlaceLookup,
  Program,
  ProgramId,
  Situation,
  TimeWindow,
} from './types';

/**
 * Builds the in-memory directory from meetings and the program catalogue: the search index, and
 * a place index that also knows every town the meetings name (so "Picton" finds Picton, ON).
 * Used by tests and the bench; DirectoryService uses buildDirectoryInSteps.
 */
export function buildDirectory(
  meetings: Meeting[],
  programs: ProgramCatalogue,
): MeetingDirectory & { readonly places: PlaceIndex } {
  return assemble(
    new MeetingSearch(meetings, (id) => programs.program(id)?.name),
    new PlaceIndex(townsOf(meetings)),
    programs,
  );
}

/**
 * The same directory, built in two steps with a turn of the event loop between them (`pause`),
 * so texts that arrive during a refresh wait for one step at most, never for both.
 */
export async function buildDirectoryInSteps(
  meetings: Meeting[],
  programs: ProgramCatalogue,
  pause: () => Promise<unknown>,
): Promise<MeetingDirectory & { readonly places: PlaceIndex }> {
  const places = new PlaceIndex(townsOf(meetings));
  await pause();
  const search = new MeetingSearch(meetings, (id) => programs.program(id)?.name);
  return assemble(search, places, programs);
}

function assemble(
  search: MeetingSearch,
  places: PlaceIndex,
  programs: ProgramCatalogue,
): MeetingDirectory & { readonly places: PlaceIndex } {
  return {
    places,
    programsFor: (situation: Situation): Program[] => programs.programsFor(situation),
    program: (id: ProgramId) => programs.program(id),
    lookupPlace: (text: string): PlaceLookup => places.lookupPlace(text),
    parseWhen: (text: string): TimeWindow | undefined => parseWhen(text),
    search: (query: MeetingQuery): MeetingPage => search.search(query),
    meeting: (id: string) => search.meeting(id),
    size: () => search.size,
  };
}

/** Towns named by in-person meetings, placed at the mean of their meetings. */
function townsOf(meetings: Meeting[]): TownEntry[] {
  const sums = new Map<string, TownEntry & { n: number }>();
  for (const m of meetings) {
    if (!m.town || !m.region || m.lat === undefined || m.lon === undefined || m.region.length !== 2) continue;
    const key = `${m.town.toLowerCase()}|${m.region}`;
    const s = sums.get(key);
    if (s) {
      s.lat += m.lat;
      s.lon += m.lon;
      s.n++;
    } else {
      const country = isCanadianProvince(m.region) ? 'CA' : 'US';
      sums.set(key, { name: m.town, state: m.region, lat: m.lat, lon: m.lon, n: 1, country });
    }
  }
  return [...sums.values()].map(({ n, ...t }) => ({ ...t, lat: t.lat / n, lon: t.lon / n }));
}
