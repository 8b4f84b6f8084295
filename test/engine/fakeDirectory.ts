import { localWeekMinute } from '../../src/directory/timeZones';
import type {
  Meeting,
  MeetingDirectory,
  MeetingQuery,
  Place,
  PlaceLookup,
  Program,
  Situation,
  TimeWindow,
} from '../../src/directory/types';

/**
 * A tiny hand-written directory with fixed places and meetings, so transcripts that depend on
 * search edge cases (a town in several states, pages running out, a failing search) are exact.
 */

const programs: Record<string, Program> = {
  aa: {
    id: 'aa',
    name: 'AA',
    description: { en: 'AA' },
    finderUrl: 'https://www.aa.org/find-aa',
    onlineUrl: 'https://aa-intergroup.org/meetings/',
  },
  smart: {
    id: 'smart',
    name: 'SMART Recovery',
    description: { en: 'SMART Recovery' },
    finderUrl: 'https://smartrecovery.org',
    onlineUrl: 'https://smartrecovery.org',
  },
  alanon: {
    id: 'alanon',
    name: 'Al-Anon',
    description: { en: 'Al-Anon' },
    finderUrl: 'https://al-anon.org',
    onlineUrl: 'https://al-anon.org',
    phone: '1-888-425-2666',
  },
};

const amarillo: Place = { lat: 35.2, lon: -101.83, label: 'Amarillo, TX', country: 'US' };
const springfieldIL: Place = { lat: 39.78, lon: -89.65, label: 'Springfield, IL', country: 'US' };

function meeting(n: number, day: number, modes: Meeting['modes']): Meeting {
  return {
    id: `fake-${n}`,
    programId: 'aa',
    name: `Group ${n}`,
    day,
    startMinute: 19 * 60,
    timezone: 'America/Chicago',
    modes,
    ...(modes.includes('in_person') ? { lat: 35.2, lon: -101.83, town: 'Amarillo', region: 'TX' } : {}),
    ...(modes.includes('online') ? { url: `https://zoom.us/j/${n}` } : {}),
    tags: [],
  };
}

/** Five in-person AA meetings in Amarillo (Mon-Thu, group 5 on Saturday) and one online one. */
export const fakeMeetings: Meeting[] = [
  meeting(1, 1, ['in_person']),
  meeting(2, 2, ['in_person']),
  meeting(3, 3, ['in_person']),
  meeting(4, 4, ['in_person']),
  meeting(5, 6, ['in_person']),
  meeting(6, 2, ['online']),
];

/** Options to make the fake misbehave. */
export interface FakeDirectoryOptions {
  /** Make search throw, as a broken directory would. */
  failingSearch?: boolean;
}

/** Builds the fake directory; `queries` records every search for assertions. */
export function fakeDirectory(options: FakeDirectoryOptions = {}): MeetingDirectory & { queries: MeetingQuery[] } {
  const queries: MeetingQuery[] = [];
  return {
    queries,
    programsFor(s: Situation): Program[] {
      if (s.audience === 'family') return [programs.alanon];
      return s.concern === 'alcohol' ? [programs.aa, programs.smart] : [programs.smart];
    },
    program: (id) => programs[id],
    programs: () => Object.values(programs),
    lookupPlace(text: string): PlaceLookup {
      const t = text.toLowerCase();
      if (/\b79101\b/.test(t) || t.includes('amarillo')) return { kind: 'found', place: amarillo };
      if (/springfield,?\s*(il|illinois)\b/.test(t)) return { kind: 'found', place: springfieldIL };
      if (t.includes('springfield')) return { kind: 'ambiguous', town: 'Springfield', states: ['IL', 'MO', 'OH'] };
      return { kind: 'not_found' };
    },
    parseWhen(text: string): TimeWindow | undefined {
      return /saturday/i.test(text) ? { weekdays: [6] } : undefined;
    },
    search(query: MeetingQuery) {
      queries.push(query);
      if (options.failingSearch) throw new Error('search index broken');
      const fits = fakeMeetings.filter(
        (m) =>
          query.programs.includes(m.programId) &&
          // Every in-person meeting is 2 mi from Amarillo: none lies beyond a radius already searched.
          m.modes.some(
            (mode) =>
              query.modes.includes(mode) &&
              (mode !== 'in_person' || (query.place?.label === 'Amarillo, TX' && !(query.beyondMiles ?? 0))),
          ) &&
          (!query.when?.weekdays || query.when.weekdays.includes(m.day)),
      );
      const limit = query.limit ?? 3;
      const page = fits.slice(query.offset, query.offset + limit);
      return {
        matches: page.map((m) => ({
          meeting: m,
          distanceMiles: m.modes.includes('in_person') ? 2 : undefined,
          nextStart: nextStartAfter(m, query.now),
          programName: 'AA',
        })),
        radiusMiles: query.modes.includes('in_person') ? 10 : undefined,
        hasMore: query.offset + limit < fits.length,
      };
    },
    meeting: (id) => fakeMeetings.find((m) => m.id === id),
    size: () => fakeMeetings.length,
  };
}

/**
 * A meeting's next start from `now` in its own zone, as the real search gives it: a remote meeting's time is told
 * from it in another zone (US Eastern for a texter with no place), so it must be the meeting's own hour.
 */
function nextStartAfter(m: Meeting, now: Date): Date {
  const week = 7 * 24 * 60;
  const local = localWeekMinute(m.timezone, now.getTime());
  const ahead = ((((m.day - local.day) * 24 * 60 + m.startMinute - local.minute) % week) + week) % week;
  const minuteStart = now.getTime() - (now.getTime() % 60_000);
  return new Date(minuteStart + ahead * 60_000);
}
