import { IntMultimap } from './intMultimap';
import { plainWords } from './plainWords';
import type { Meeting } from './types';

/** Two in-person listings closer than this are at the same place. */
export const SAME_PLACE_METERS = 100;
/** Names at least this similar (Dice coefficient of letter pairs) are the same group's. */
const SIMILAR_NAME = 0.6;
/** Words every group name may carry or leave out: "Serenity Group" is "Serenity AFG". */
const FILLER = new Set([
  'group',
  'meeting',
  'the',
  'of',
  'aa',
  'na',
  'afg',
  'home',
  'grp',
  'mtg',
  'al',
  'anon',
  'club',
]);
const METERS_PER_DEGREE = 111_320;
/**
 * Grid cell side in degrees of latitude: a twin is always in the same or a neighbouring cell. A
 * little over 100 m, so a pair at 100 m whose grid distance comes out a hair longer (below) still is.
 */
const CELL = (SAME_PLACE_METERS * 1.01) / METERS_PER_DEGREE;

/**
 * Finds meetings listed twice (the aggregator and a regional server, two root servers, two
 * intergroups): same program, day and start, within 100 m, with a similar name. Online-only
 * listings are twins when they also share the link or the dial-in. The first one added is kept.
 */
export class DuplicateFinder {
  /**
   * In-person meetings by a small number made from program, day, start and grid cell: one flat
   * multimap with integer keys to their place in `placed` (a string key per meeting and a map per
   * start cost most of an import). Keys may collide, so a key's meetings are compared in full.
   */
  private readonly byCell = new IntMultimap();
  private readonly placed: Meeting[] = [];
  private readonly programNumber = new Map<string, number>();
  private readonly byLink = new Map<string, Meeting[]>();

  /** Adds a meeting; returns the meeting it duplicates (then it was not added), or undefined. */
  add(m: Meeting): Meeting | undefined {
    const twin = this.twinOf(m);
    if (twin === undefined) this.insert(m);
    return twin;
  }

  /** The meeting added before that `m` duplicates, or undefined; `m` is not added. */
  twinOf(m: Meeting): Meeting | undefined {
    if (m.lat !== undefined && m.lon !== undefined) {
      const program = this.programNumber.get(m.programId);
      // No meeting of its program yet: nothing to compare.
      if (program === undefined) return undefined;
      const when = (program * 7 + m.day) * 1440 + m.startMinute;
      const cy = cellRow(m);
      const { byCell, placed } = this;
      for (let dy = -1; dy <= 1; dy++) {
        // Each row has its own column width: the column is worked out as the row's meetings had theirs.
        const cx = cellColumn(m.lon!, cy + dy);
        for (let dx = -1; dx <= 1; dx++) {
          for (let i = byCell.first(cellKey(when, cy + dy, cx + dx)); i >= 0; i = byCell.next(i)) {
            const o = placed[i];
            if (sameStart(o, m) && sameInPerson(o, m)) return o;
          }
        }
      }
      return undefined;
    }
    const when = `${m.programId}|${m.day}|${m.startMinute}`;
    for (const link of linksOf(m)) {
      const twin = this.byLink.get(`${when}|${link}`)?.find((o) => similarNames(o.name, m.name));
      if (twin) return twin;
    }
    return undefined;
  }

  /** Adds a meeting without looking for its twin (one known to have none here, e.g. from twinOf). */
  insert(m: Meeting): void {
    if (m.lat !== undefined && m.lon !== undefined) {
      let program = this.programNumber.get(m.programId);
      if (program === undefined) this.programNumber.set(m.programId, (program = this.programNumber.size));
      const when = (program * 7 + m.day) * 1440 + m.startMinute;
      const row = cellRow(m);
      this.byCell.add(cellKey(when, row, cellColumn(m.lon!, row)));
      this.placed.push(m);
      return;
    }
    const when = `${m.programId}|${m.day}|${m.startMinute}`;
    for (const link of linksOf(m)) push(this.byLink, `${when}|${link}`, m);
  }
}

/**
 * Meetings a source lists that an earlier source already listed. A source's import merged its own
 * twins, so none of its meetings is a twin of another of its own here (a twin kept would have
 * been merged): each is only looked up among the sources before it, and a source's meetings join
 * the lookup when the next source comes, so the last source's (often the national feed) never do.
 * What is kept is what adding each meeting to one DuplicateFinder in turn would keep.
 */
export class TwinsAcrossSources {
  private readonly earlier = new DuplicateFinder();
  /** The last source's meetings, not in `earlier` until a next source comes. */
  private pending: Meeting[] = [];

  /** The meetings of a source with its own twins merged that no earlier source listed, in order. */
  keepNew(meetings: Meeting[]): Meeting[] {
    this.flush();
    const kept = meetings.filter((m) => this.earlier.twinOf(m) === undefined);
    this.pending = kept;
    return kept;
  }

  /** As keepNew, for meetings whose own twins were not merged (a failed source's last good ones). */
  keepNewUnmerged(meetings: Meeting[]): Meeting[] {
    this.flush();
    return meetings.filter((m) => this.earlier.add(m) === undefined);
  }

  private flush(): void {
    for (const m of this.pending) this.earlier.insert(m);
    this.pending = [];
  }
}

/** The grid row of a placed meeting. */
function cellRow(m: Meeting): number {
  return Math.floor(m.lat! / CELL);
}

/**
 * The grid column of a longitude in a grid row. Columns are about 100 m wide: degrees of longitude
 * scaled by the cosine of a latitude that is the same for every meeting of the row, the poleward
 * edge of the whole degree the row starts in. Scaled by each meeting's own latitude instead, the
 * error grows with the longitude (at 100 degrees west, two meetings 89 m apart north and south came
 * two columns apart, and 3.8% of such twins were missed). With the edge's cosine, two meetings in a
 * row are never farther apart in columns than on the ground.
 */
function cellColumn(lon: number, row: number): number {
  const degree = Math.floor(row * CELL);
  const poleward = Math.min(89.9, Math.max(Math.abs(degree), Math.abs(degree + 1)));
  return Math.floor((lon * Math.cos((poleward * Math.PI) / 180)) / CELL);
}

/** An online meeting's link and dial-in as keys (`u|...`, `p|...`), each when present. */
function linksOf(m: Meeting): string[] {
  return [m.url && `u|${normalizeLink(m.url)}`, m.phone && `p|${m.phone.replace(/\D/g, '')}`].filter(
    Boolean,
  ) as string[];
}

/** A 31-bit number for a start and a grid cell (cells are about 100 m): a V8 small integer, fast as a Map key. */
function cellKey(when: number, cy: number, cx: number): number {
  return (Math.imul(when, 0x9e3779b1) ^ Math.imul(cy, 73856093) ^ Math.imul(cx, 19349663)) & 0x3fffffff;
}

function sameStart(a: Meeting, b: Meeting): boolean {
  return a.programId === b.programId && a.day === b.day && a.startMinute === b.startMinute;
}

/** One list with each meeting once, and how many twins were merged away. */
export function mergeDuplicateMeetings(meetings: Meeting[]): { meetings: Meeting[]; merged: number } {
  const finder = new DuplicateFinder();
  const kept = meetings.filter((m) => finder.add(m) === undefined);
  return { meetings: kept, merged: meetings.length - kept.length };
}

function sameInPerson(a: Meeting, b: Meeting): boolean {
  return (
    a.lat !== undefined &&
    metersBetween(a.lat, a.lon!, b.lat!, b.lon!) <= SAME_PLACE_METERS &&
    similarNames(a.name, b.name)
  );
}

/** Equirectangular distance: exact enough at 100 m. */
export function metersBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const x = (lon2 - lon1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  return Math.hypot(x, lat2 - lat1) * METERS_PER_DEGREE;
}

/** Whether two names are one group's: equal or contained once filler words are gone, or close letter by letter. */
export function similarNames(a: string, b: string): boolean {
  // "District 19" and "District 6" are two groups however alike the rest reads.
  if (numbersIn(a) !== numbersIn(b)) return false;
  const x = coreName(a);
  const y = coreName(b);
  if (!x || !y) return plainWords(a) === plainWords(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  return dice(x, y) >= SIMILAR_NAME;
}

function numbersIn(name: string): string {
  return (name.match(/\d+/g) ?? []).join(' ');
}

function coreName(name: string): string {
  return plainWords(name)
    .split(' ')
    .filter((w) => w && !FILLER.has(w))
    .join(' ');
}

function dice(a: string, b: string): number {
  const pairs = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  for (const [k, n] of pa) common += Math.min(n, pb.get(k) ?? 0);
  const total = a.length - 1 + (b.length - 1);
  return total > 0 ? (2 * common) / total : 0;
}

function normalizeLink(url: string): string {
  return url
    .toLowerCase()
    .replace(/^https?:\/\/(www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

function push(map: Map<string, Meeting[]>, key: string, m: Meeting): void {
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}
