import { postalCodes } from '../../src/directory/postalCodes';
import { timeZoneAt } from '../../src/directory/timeZones';
import type { Meeting, MeetMode, ProgramId } from '../../src/directory/types';

/** Programs in the synthetic directory, with their share. */
const PROGRAM_MIX: Array<[ProgramId, number]> = [
  ['aa', 0.42],
  ['na', 0.2],
  ['alanon', 0.1],
  ['smart', 0.08],
  ['naranon', 0.04],
  ['alateen', 0.02],
  ['mara', 0.03],
  ['ga', 0.03],
  ['gamanon', 0.02],
  ['smart_family', 0.03],
  ['group_therapy', 0.03],
];
/** Ways to attend, with their share. */
const MODE_MIX: Array<[MeetMode[], number]> = [
  [['in_person'], 0.68],
  [['online', 'phone'], 0.12],
  [['in_person', 'online', 'phone'], 0.1],
  [['online'], 0.05],
  [['phone'], 0.05],
];
const NAMES = [
  'Serenity',
  'New Hope',
  'Just for Today',
  'Keep It Simple',
  'Big Book',
  'Step Study',
  'Friday Night',
  'Sunrise',
  'Came to Believe',
  'Open Door',
  'Lifeline',
  'Fresh Start',
];

/** A small fast deterministic random generator (mulberry32), for synthetic data and seeded tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, mix: Array<[T, number]>): T {
  let r = rand();
  for (const [v, share] of mix) {
    if ((r -= share) < 0) return v;
  }
  return mix[mix.length - 1][0];
}

/** A row of the synthetic feed in Meeting Guide shape (with our `program` extension). */
export interface SyntheticFeedRow {
  slug: string;
  name: string;
  program: ProgramId;
  day: number;
  time: string;
  timezone: string;
  latitude?: number;
  longitude?: number;
  /** A street address for in-person meetings: a newcomer needs a specific place (issue 14 point 7). */
  address?: string;
  city: string;
  state: string;
  postal_code: string;
  attendance_option: 'in_person' | 'online' | 'hybrid';
  conference_url?: string;
  conference_phone?: string;
  types: string[];
}

/**
 * A deterministic synthetic nationwide feed: `count` meetings spread over real US ZIP code
 * centres, with mixed programs, ways to attend and time zones. Same count and seed, same feed.
 */
export function generateSyntheticFeed(count: number, seed = 1): SyntheticFeedRow[] {
  const rows: SyntheticFeedRow[] = [];
  forEachSyntheticRow(count, seed, (row) => rows.push(row));
  return rows;
}

/** Calls `visit` with each row of the synthetic feed in turn, so a caller need not hold them all. */
function forEachSyntheticRow(count: number, seed: number, visit: (row: SyntheticFeedRow) => void): void {
  const rand = seededRandom(seed);
  const zips = postalCodes()
    .rows()
    .filter((z) => z.country === 'US')
    .sort((a, b) => (a.zip < b.zip ? -1 : 1));
  const zoneByZip = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const z = zips[Math.floor(rand() * zips.length)];
    let zone = zoneByZip.get(z.zip);
    if (zone === undefined) {
      zone = timeZoneAt(z.latitude, z.longitude) ?? 'America/Chicago';
      zoneByZip.set(z.zip, zone);
    }
    const program = pick(rand, PROGRAM_MIX);
    const modes = pick(rand, MODE_MIX);
    // Most meetings start at the hour or half hour, mornings through evenings.
    const minute = (6 * 60 + Math.floor(rand() * 32) * 30) % 1440;
    const inPerson = modes.includes('in_person');
    const row: SyntheticFeedRow = {
      slug: `syn-${i}`,
      name: `${NAMES[Math.floor(rand() * NAMES.length)]} Group ${i}`,
      program,
      day: Math.floor(rand() * 7),
      time: TIMES[minute],
      timezone: zone,
      city: z.city,
      state: z.state,
      postal_code: z.zip,
      attendance_option: inPerson ? (modes.length > 1 ? 'hybrid' : 'in_person') : 'online',
      types: rand() < 0.5 ? OPEN_TYPE : CLOSED_TYPE,
    };
    if (inPerson) {
      row.address = ADDRESSES[i % ADDRESSES.length];
      row.latitude = Math.round((z.latitude + (rand() - 0.5) * 0.04) * 1e5) / 1e5;
      row.longitude = Math.round((z.longitude + (rand() - 0.5) * 0.04) * 1e5) / 1e5;
    }
    if (modes.includes('online')) row.conference_url = `https://example.org/meet/${i}`;
    if (modes.includes('phone')) row.conference_phone = `+1555555${String(1000 + (i % 9000))},,${100000 + i}#`;
    visit(row);
  }
}

/** "HH:MM" for each minute of the day, made once so 100,000 rows share 48 strings. */
const TIMES = Array.from(
  { length: 1440 },
  (_, m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`,
);
const STREETS = ['Main St', 'Church St', 'Oak Ave', 'Park Rd', 'Elm St', 'Washington Ave', 'Maple Dr', 'Lake Rd'];
/** A thousand addresses the rows share, as they share names and times: the bench measures the index, not strings. */
const ADDRESSES = Array.from({ length: 1000 }, (_, i) => `${100 + i * 7} ${STREETS[i % STREETS.length]}`);
const OPEN_TYPE = ['O'];
const CLOSED_TYPE = ['C'];
/** Meetings of one kind share one modes list and one tags list: the bench holds 100,000 of them. */
const SHARED_LISTS = new Map<string, string[]>();
function shared<T extends string>(list: T[]): T[] {
  const key = list.join('+');
  let s = SHARED_LISTS.get(key);
  if (!s) SHARED_LISTS.set(key, (s = list));
  return s as T[];
}

/** The synthetic feed as Meeting objects, ready for buildDirectory (for the bench and tests). */
export function generateSyntheticMeetings(count: number, seed = 1): Meeting[] {
  const meetings: Meeting[] = [];
  forEachSyntheticRow(count, seed, (r) => {
    const modes: MeetMode[] = [];
    if (r.latitude !== undefined) modes.push('in_person');
    if (r.conference_url) modes.push('online');
    if (r.conference_phone) modes.push('phone');
    const [h, m] = r.time.split(':').map(Number);
    meetings.push({
      id: `synthetic:${r.slug}`,
      programId: r.program,
      name: r.name,
      day: r.day,
      startMinute: h * 60 + m,
      timezone: r.timezone,
      modes: shared(modes),
      ...(r.latitude !== undefined ? { lat: r.latitude, lon: r.longitude } : {}),
      town: r.city,
      region: r.state,
      ...(r.address ? { address: r.address } : {}),
      ...(r.conference_url ? { url: r.conference_url } : {}),
      ...(r.conference_phone ? { phone: r.conference_phone } : {}),
      tags: shared(r.types.map((t) => (t === 'O' ? 'open' : 'closed'))),
    });
  });
  return meetings;
}
