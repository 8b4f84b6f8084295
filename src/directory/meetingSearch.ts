import KDBush from 'kdbush';
import { distance as geoDistanceKm } from 'geokdbush';
import { BestCandidates } from './bestCandidates';
import { firstRoomIsFarOut, nearestUpFront } from './nearestUpFront';
import {
  rowOfId,
  TREE_ITEM as INDEX_TREE_ITEM,
  TREE_ITEM_INTS as INDEX_TREE_ITEM_INTS,
  type MeetingIndexData,
} from './meetingIndex';
import {
  COL as TABLE_COL,
  INT_COLUMNS as TABLE_INT_COLUMNS,
  MODE_BIT as TABLE_MODE_BIT,
  MeetingTable,
} from './meetingTable';
import { SIDE_UNKNOWN, sideOfCountry, sideOfWord } from './nationalSide';
import { ProgramCells } from './programCells';
import { SoonestMerge, type SoonestList } from './soonestMerge';
import { isValidTimeZone, zoneOffsetMinutes } from './timeZones';
import { startFits } from './windowStart';
import type { Meeting, MeetingMatch, MeetingPage, MeetingQuery, ProgramId, TimeWindow } from './types';

// Read per row or per candidate in loops: compiled by tsx/esbuild (the bench, the CLI), every read of an
// imported binding is a getter call, so the loops read module-local copies instead.
const COL = TABLE_COL;
const INT_COLUMNS = TABLE_INT_COLUMNS;
const MODE_BIT = TABLE_MODE_BIT;
const TREE_ITEM = INDEX_TREE_ITEM;
const TREE_ITEM_INTS = INDEX_TREE_ITEM_INTS;
const distanceKm = geoDistanceKm;

const WEEK = 7 * 1440;
/** A meeting that started less than this many minutes ago still counts as "next". */
export const GRACE_MINUTES = 15;
/** The in-person search looks this far, in miles, widening until enough meetings fit. */
export const RADII_MILES = [10, 25, 50, 100] as const;

/** Whether a radius is one of the standard rings, not a limit a texter said ("within 5 miles"). */
export function isStandardRing(miles: number): boolean {
  return (RADII_MILES as readonly number[]).includes(miles);
}

/**
 * The rings a search looks in, beyond `beyond` miles and no farther than `maxMiles`: the standard rings, and the
 * limit itself when a texter said one between them ("within 5 miles" looks within 5, "30 min drive" in 10, 25, 30).
 */
function radiiWithin(beyond: number, maxMiles: number | undefined): number[] {
  const rings: number[] = RADII_MILES.filter((r) => r > beyond && (maxMiles === undefined || r <= maxMiles));
  const last = rings[rings.length - 1];
  if (
    maxMiles !== undefined &&
    maxMiles > beyond &&
    maxMiles < RADII_MILES[RADII_MILES.length - 1] &&
    last !== maxMiles
  )
    rings.push(maxMiles);
  return rings;
}
/** The in-person search widens until at least this many groups meet among its first meetings. */
export const ENOUGH_NEARBY = 3;
/**
 * How many of a ring's first meetings are looked at for ENOUGH_NEARBY groups: one group meeting every
 * morning a mile away is not enough when five meet tonight in the town 12 miles off. A fixed number,
 * so every page of a search widens the same way and the pages stay slices of one list.
 */
const GROUPS_SAMPLE = ENOUGH_NEARBY + 1;
const KM_PER_MILE = 1.609344;
/**
 * Within a program's rank, a meeting's place by its focus (MeetingQuery.later): 0 for the texter's person or anyone,
 * 1 meant for other family members. A program's rank is its place in the query times this.
 */
const FOCUS_LEVELS = 2;
const MILES_PER_DEGREE_LAT = 69.05;

/**
 * The half-height and half-width in degrees of a box that holds every point within `miles` of latitude `lat`:
 * a degree of longitude is shorter toward the poles, measured at the box's edge nearer the pole.
 */
function degreesAround(lat: number, miles: number): [number, number] {
  const dLat = miles / MILES_PER_DEGREE_LAT;
  const dLon = miles / (MILES_PER_DEGREE_LAT * Math.max(0.05, Math.cos(((Math.abs(lat) + dLat) * Math.PI) / 180)));
  return [dLat, dLon];
}

/** Per-search state: the local week minute "now" in each zone, computed on first use. */
class Clock {
  /** Per zone slot (ZoneSlots), the week minute now; -1 until asked. */
  private readonly nowWeekMinute: Int32Array;
  readonly nowMinuteMs: number;

  constructor(
    private readonly words: readonly string[],
    private readonly ints: Int32Array,
    private readonly zones: ZoneSlots,
    now: Date,
  ) {
    this.nowMinuteMs = Math.floor(now.getTime() / 60_000) * 60_000;
    // One entry per zone the meetings use (about a hundred), not per word of the table (every town too).
    this.nowWeekMinute = new Int32Array(zones.count).fill(-1);
  }

  /** Local minutes since Sunday 00:00 now, in a zone (a word index of the table). */
  weekMinute(zone: number): number {
    const slot = this.zones.slotOf[zone];
    let v = this.nowWeekMinute[slot];
    if (v < 0) {
      const local = new Date(this.nowMinuteMs + zoneOffsetMinutes(this.words[zone], this.nowMinuteMs) * 60_000);
      v = local.getUTCDay() * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
      this.nowWeekMinute[slot] = v;
    }
    return v;
  }

  /** Minutes from now to the row's next start; negative (down to -14) when it started within the grace. */
  delta(row: number): number {
    const at = row * INT_COLUMNS;
    return this.deltaOf(this.ints[at + COL.day] * 1440 + this.ints[at + COL.startMinute], this.ints[at + COL.zone]);
  }

  /** Minutes from now to the next start of a meeting at this local week minute in this zone, as delta(). */
  deltaOf(weekMinute: number, zone: number): number {
    let d = weekMinute - this.weekMinute(zone);
    d = ((d % WEEK) + WEEK) % WEEK;
    return d > WEEK - GRACE_MINUTES ? d - WEEK : d;
  }

  /**
   * A delta from which on nothing fits the window: past the end of its last day ("tonight" ends
   * within a day in every zone). Lets a search stop walking by time, or skip a meeting on its
   * delta alone, instead of reading every meeting of the week for the few that fit.
   */
  static deltaLimit(when: TimeWindow | undefined): number {
    // fits() counts days from local midnight: a delta of (last + 1) days is past the last day in any zone.
    return when?.dayOffsets ? (Math.max(...when.dayOffsets) + 1) * 1440 : Infinity;
  }

  /** Whether a meeting starting `delta` minutes from now fits the time window, read in its own zone. */
  fits(row: number, delta: number, when: TimeWindow | undefined): boolean {
    if (!when) return true;
    const at = row * INT_COLUMNS;
    const nowMinuteOfDay = this.weekMinute(this.ints[at + COL.zone]) % 1440;
    return startFits(when, this.ints[at + COL.day], this.ints[at + COL.startMinute], nowMinuteOfDay, delta);
  }

  /** Local minutes since Sunday 00:00 now in a zone given by name; undefined for a zone that is not one. */
  weekMinuteIn(zone: string): number | undefined {
    if (!isValidTimeZone(zone)) return undefined;
    const local = new Date(this.nowMinuteMs + zoneOffsetMinutes(zone, this.nowMinuteMs) * 60_000);
    return local.getUTCDay() * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
  }

  /**
   * Whether a meeting starting `delta` minutes from now fits the time window read where the
   * texter is (their week minute now is `viewerNow`): "tomorrow afternoon" for an online meeting
   * means the texter's afternoon, the hour the reply shows it at.
   */
  static fitsFrom(viewerNow: number, delta: number, when: TimeWindow): boolean {
    const start = (((viewerNow + delta) % WEEK) + WEEK) % WEEK;
    return startFits(when, Math.floor(start / 1440), start % 1440, viewerNow % 1440, delta);
  }

  /** The instant of the next start, corrected when a daylight-saving change falls in between. */
  nextStart(row: number, delta: number): Date {
    const approx = this.nowMinuteMs + delta * 60_000;
    const zone = this.words[this.ints[row * INT_COLUMNS + COL.zone]];
    const shift = zoneOffsetMinutes(zone, approx) - zoneOffsetMinutes(zone, this.nowMinuteMs);
    return new Date(approx - shift * 60_000);
  }
}

/** The zones of the meetings numbered 0..count-1, so a search keeps "now" per zone in a short array. */
interface ZoneSlots {
  count: number;
  /** Word index -> slot (0 for words that are not zones: never asked). */
  slotOf: Int32Array;
}

interface Candidate {
  row: number;
  delta: number;
  distanceMiles?: number;
}

/** A remote group as the search walks it: its rows, their week minutes and the zone they share. */
interface RemoteList {
  rows: Uint32Array;
  minutes: Int32Array;
  zone: number;
}

/**
 * The search over loaded meetings, read in place from a MeetingIndexData (built by
 * buildMeetingIndex, in the directory worker in production): a kd-tree (kdbush) over in-person
 * meetings, and per program and zone lists of online and phone meetings sorted by local week
 * minute, so the soonest ones are found by walking from "now" instead of sorting everything.
 * In person, only the few meetings a page can show are kept as the tree is walked (BestCandidates),
 * and Meeting objects are made only for the meetings a page shows.
 */
export class MeetingSearch {
  private readonly table: MeetingTable;
  private readonly ints: Int32Array;
  private readonly tree: KDBush | undefined;
  /** TREE_ITEM_INTS per kd-tree position: the row and the columns every point in range is read for. */
  private readonly treeItems: Int32Array;
  /** The kd-tree walk's stack of (left, right, axis), kept between searches. */
  private readonly stack = new Int32Array(3 * 64);
  private readonly idSlots: Int32Array;
  /** program word -> lists (one per zone) of remote rows, each sorted by week minute. */
  private readonly remote = new Map<number, RemoteList[]>();
  /** program id -> its word index in the table. */
  private readonly programWord = new Map<ProgramId, number>();
  private readonly allPrograms: ProgramId[];
  private readonly programMaskSize: number;
  private readonly zones: ZoneSlots;
  /** Where each program meets in person, by one-degree cell: rings no wanted program reaches are not walked. */
  private readonly cells: ProgramCells | undefined;
  /** Per word of the table, its side of the US-Canada border (nationalSide.ts), -1 until asked: read in the walk. */
  private readonly sides: Int8Array;
  readonly size: number;

  /** Reads `index` in place; `programName` names each program in results (e.g. aa -> "AA"). */
  constructor(
    index: MeetingIndexData,
    private readonly programName: (id: ProgramId) => string | undefined = () => undefined,
  ) {
    this.table = MeetingTable.from(index.table);
    this.ints = this.table.ints;
    this.tree = index.tree ? KDBush.from(index.tree) : undefined;
    this.treeItems = new Int32Array(index.treeItems);
    this.cells = index.programCells ? new ProgramCells(index.programCells) : undefined;
    this.idSlots = new Int32Array(index.idSlots);
    const remoteRows = new Uint32Array(index.remoteRows);
    const remoteMinutes = new Int32Array(index.remoteMinutes);
    for (const g of index.remoteGroups) {
      let lists = this.remote.get(g.program);
      if (!lists) this.remote.set(g.program, (lists = []));
      const rows = remoteRows.subarray(g.start, g.end);
      lists.push({ rows, minutes: remoteMinutes.subarray(g.start, g.end), zone: g.zone });
    }
    this.allPrograms = index.programs.map((w) => this.table.words[w]);
    this.programMaskSize = Math.max(-1, ...index.programs) + 1;
    for (const w of index.programs) this.programWord.set(this.table.words[w], w);
    const slotOf = new Int32Array(this.table.words.length);
    index.zones.forEach((w, slot) => (slotOf[w] = slot));
    this.zones = { count: index.zones.length, slotOf };
    this.sides = new Int8Array(this.table.words.length).fill(-1);
    this.size = index.given;
  }

  /** A loaded meeting by id. */
  meeting(id: string): Meeting | undefined {
    const row = rowOfId(this.table, this.idSlots, id);
    return row < 0 ? undefined : this.table.meeting(row);
  }

  /**
   * The next meetings that fit: in-person ones first (nearest radius of 10, 25, 50, 100 miles
   * holding at least 3, ordered by next start then distance), then online and phone ones by next
   * start; `offset`/`limit` page through that one list. An empty `programs` means every program.
   * `beyondMiles` leaves out the meetings (and radii) within that distance: the next ring out.
   */
  search(q: MeetingQuery): MeetingPage {
    // A bad clock or query gets an empty page, not an exception inside the conversation.
    if (
      !(q.now instanceof Date) ||
      Number.isNaN(q.now.getTime()) ||
      !Array.isArray(q.programs) ||
      !Array.isArray(q.modes)
    ) {
      return { matches: [], hasMore: false };
    }
    const limit = Math.max(1, q.limit ?? 3);
    const offset = Math.max(0, q.offset | 0);
    const need = offset + limit + 1;
    const clock = new Clock(this.table.words, this.ints, this.zones, q.now);
    const programs = q.programs.length ? q.programs : this.allPrograms;
    const wanted = this.programMask(programs);
    const wantMask = q.modes.reduce((m, mode) => m | MODE_BIT[mode], 0);

    let nearby: Candidate[] = [];
    let radiusMiles: number | undefined;
    const beyond = q.beyondMiles ?? 0;
    const radii = radiiWithin(beyond, q.maxMiles);
    if (wantMask & MODE_BIT.in_person && q.place && this.tree && radii.length) {
      const ranks = this.programRanks(q);
      // Only the first `need` can be shown, and whether more exist is all hasMore asks; at least
      // GROUPS_SAMPLE are held, to know when a radius holds enough.
      const capacity = Math.max(need, GROUPS_SAMPLE);
      // The texter's own side of the border first; the other only when no meeting that fits is on theirs.
      const ownSide = sideOfCountry(q.place.country);
      let sideSearched = ownSide;
      const ring = (side: number): void => {
        sideSearched = side;
        for (const r of radii) {
          radiusMiles = r;
          const best = new BestCandidates(capacity, (row) => this.table.id(row), q.nearestFirst === true);
          this.nearby(q, clock, wanted, ranks, r, beyond, side, best);
          nearby = [];
          for (let i = 0; i < best.size; i++) {
            nearby.push({ row: best.rows[i], delta: best.deltas[i], distanceMiles: best.miles[i] });
          }
          if (this.groupsAmong(nearby, GROUPS_SAMPLE) >= ENOUGH_NEARBY) break;
        }
      };
      ring(ownSide);
      if (
        nearby.length === 0 &&
        ownSide !== SIDE_UNKNOWN &&
        !this.sideCoveredNear(q.place, radii[radii.length - 1], ownSide)
      ) {
        ring(SIDE_UNKNOWN);
      }
      // The search widened and the soonest room it lists is over 25 mi off: the nearest room goes first when it is a
      // ring nearer (see nearestUpFront). Not for "anything closer?" (already nearest first) nor MORE farther out, and
      // walked only then: a town whose first room listed is within 25 mi never is.
      if (!q.nearestFirst && beyond === 0 && radiusMiles !== undefined && firstRoomIsFarOut(nearby, RADII_MILES)) {
        const best = new BestCandidates(1, (row) => this.table.id(row), true);
        this.nearby(q, clock, wanted, ranks, radiusMiles, beyond, sideSearched, best);
        const nearest = best.size
          ? { row: best.rows[0], delta: best.deltas[0], distanceMiles: best.miles[0] }
          : undefined;
        nearby = nearestUpFront(nearby, nearest, RADII_MILES);
      }
    } else if (wantMask & MODE_BIT.in_person && q.place) {
      radiusMiles = RADII_MILES[RADII_MILES.length - 1];
    }

    const remoteMask = wantMask & (MODE_BIT.online | MODE_BIT.phone);
    const remote: Candidate[] = [];
    // Any way at all, with meetings nearby: every third line is an online or phone meeting, so the
    // soonest way to join is there beside the nearest rooms.
    const mixed = remoteMask !== 0 && nearby.length > 0;
    const remoteNeed = mixed ? Math.ceil(need / MIXED_EVERY) : need - nearby.length;
    if (remoteMask && remoteNeed > 0) {
      const shown = new Set(nearby.map((c) => c.row));
      // By program: each program's soonest in turn, so a program ranked first is listed first.
      const groups = q.byProgram && q.programs.length ? q.programs.map((p) => [p]) : [programs];
      // With meetings meant for others (`later`), each program's other meetings first, those after them.
      const levels = q.later?.length ? [0, 1] : [undefined];
      for (const group of groups) {
        for (const level of levels) {
          if (remote.length >= remoteNeed) break;
          const more = this.soonestRemote(q, clock, group, remoteMask, remoteNeed - remote.length, shown, level);
          remote.push(...more);
          for (const c of more) shown.add(c.row);
        }
      }
    }
    const all = mixed ? interleave(nearby, remote, MIXED_EVERY) : nearby.concat(remote);
    const shown = all.slice(offset, offset + limit);
    const listOrder: MeetingMatch[] = shown.map((c) => {
      const meeting = this.table.meeting(c.row);
      const name = this.programName(meeting.programId);
      return {
        meeting,
        ...(c.distanceMiles !== undefined ? { distanceMiles: Math.round(c.distanceMiles * 10) / 10 } : {}),
        nextStart: clock.nextStart(c.row, c.delta),
        ...(name ? { programName: name } : {}),
      };
    });
    const matches = mixed ? soonestOpeningWithARoom(shown, listOrder) : listOrder;
    return {
      matches,
      ...(matches !== listOrder ? { listOrder } : {}),
      ...(radiusMiles !== undefined ? { radiusMiles } : {}),
      hasMore: all.length > offset + limit,
    };
  }

  /**
   * Whether our lists have an in-person meeting of any program on this side of the border within `miles` of the
   * place: then they cover the texter's side, and a search that finds nothing there says so (with the programs'
   * own finders) rather than crossing: Picton, ON is 80 miles from Geneva, NY across Lake Ontario, and a border.
   * Walked only when the search on the texter's side came back empty.
   */
  private sideCoveredNear(place: { lat: number; lon: number }, miles: number, side: number): boolean {
    const { lat, lon } = place;
    const [dLat, dLon] = degreesAround(lat, miles);
    const items = this.treeItems;
    const treeCoords = this.tree!.coords;
    let covered = false;
    this.walkBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat, (i) => {
      if (covered) return;
      const item = i * TREE_ITEM_INTS;
      if (this.acrossFrom(items[item + TREE_ITEM.row], items[item + TREE_ITEM.zone], side)) return;
      covered = distanceKm(lon, lat, treeCoords[2 * i], treeCoords[2 * i + 1]) / KM_PER_MILE <= miles;
    });
    return covered;
  }

  /** Whether a row is known to be on the other side of the border from `side` (its region, else its zone). */
  private acrossFrom(row: number, zone: number, side: number): boolean {
    const region = this.ints[row * INT_COLUMNS + COL.region];
    let own = region >= 0 ? this.sideOf(region) : SIDE_UNKNOWN;
    if (own === SIDE_UNKNOWN) own = this.sideOf(zone);
    return own !== SIDE_UNKNOWN && own !== side;
  }

  /** The side of a word of the table, worked out on first use. */
  private sideOf(word: number): number {
    let s = this.sides[word];
    if (s < 0) this.sides[word] = s = sideOfWord(this.table.words[word]);
    return s;
  }

  /** How many different groups (by name) meet among the first `sample` candidates. */
  private groupsAmong(candidates: readonly Candidate[], sample: number): number {
    const names = new Set<string>();
    for (let i = 0; i < Math.min(sample, candidates.length); i++) names.add(this.table.name(candidates[i].row));
    return names.size;
  }

  /** Which program words a query wants, as a lookup by word index. */
  private programMask(programs: readonly ProgramId[]): Uint8Array {
    // Sized to the highest program word, not to every word (thousands of towns): this runs per search.
    const mask = new Uint8Array(this.programMaskSize);
    for (const p of programs) {
      const w = this.programWord.get(p);
      if (w !== undefined) mask[w] = 1;
    }
    return mask;
  }

  /** Each program's place in the query's order when results go by program (by word index); 0 for all otherwise. */
  private programRanks(q: MeetingQuery): Int32Array {
    const ranks = new Int32Array(this.programMaskSize);
    if (!q.byProgram) return ranks;
    // A program the query does not name comes after those it does (and is not searched anyway).
    ranks.fill(new Set(q.programs).size * FOCUS_LEVELS);
    q.programs.forEach((p, i) => {
      const w = this.programWord.get(p);
      if (w !== undefined) ranks[w] = i * FOCUS_LEVELS;
    });
    return ranks;
  }

  /** A row's focus level (FOCUS_LEVELS): 1 when it carries a tag of `later`, else 0. */
  private focusLevel(row: number, later: readonly string[] | undefined): number {
    if (!later?.length) return 0;
    const tags = this.table.lists[this.ints[row * INT_COLUMNS + COL.tags]];
    return later.some((t) => tags.includes(t)) ? 1 : 0;
  }

  /** Whether a row carries, for each wanted set of tags, at least one of them. */
  private hasTags(row: number, wanted: string[][] | undefined): boolean {
    if (!wanted) return true;
    const tags = this.table.lists[this.ints[row * INT_COLUMNS + COL.tags]];
    return wanted.every((anyOf) => anyOf.length === 0 || anyOf.some((t) => tags.includes(t)));
  }

  /**
   * Offers `best` the in-person meetings within `miles` of the place that fit the programs and time
   * window: a bounding-box walk of the kd-tree, then the exact great-circle distance. A meeting that
   * would come after every one `best` holds is passed over on its program and time alone, before
   * its distance is worked out. `side` (nationalSide.ts), unless SIDE_UNKNOWN, leaves out the meetings
   * known to be across the border from it.
   */
  private nearby(
    q: MeetingQuery,
    clock: Clock,
    wanted: Uint8Array,
    ranks: Int32Array,
    miles: number,
    beyond: number,
    side: number,
    best: BestCandidates,
  ): void {
    const { lat, lon } = q.place!;
    const [dLat, dLon] = degreesAround(lat, miles);
    const items = this.treeItems;
    const treeCoords = this.tree!.coords;
    const limit = Clock.deltaLimit(q.when);
    const visit = (i: number): void => {
      const item = i * TREE_ITEM_INTS;
      const program = items[item + TREE_ITEM.program];
      if (!wanted[program]) return;
      const delta = clock.deltaOf(items[item + TREE_ITEM.weekMinute], items[item + TREE_ITEM.zone]);
      if (delta >= limit) return;
      const rank = ranks[program];
      if (best.full && best.outranked(rank, delta)) return;
      const row = items[item + TREE_ITEM.row];
      // The tree holds the same coordinates side by side in its order: no read of the row's.
      const d = distanceKm(lon, lat, treeCoords[2 * i], treeCoords[2 * i + 1]) / KM_PER_MILE;
      if (d > miles || (beyond > 0 && d <= beyond)) return;
      if (side !== SIDE_UNKNOWN && this.acrossFrom(row, items[item + TREE_ITEM.zone], side)) return;
      if (!this.hasTags(row, q.tags)) return;
      if (!clock.fits(row, delta, q.when)) return;
      // The program's rank above stands for its first focus level: no row of the program comes before it.
      best.offer(row, rank + this.focusLevel(row, q.later), delta, d);
    };
    this.walkIfAny(wanted, lon - dLon, lat - dLat, lon + dLon, lat + dLat, visit);
    // Near the date line (the Aleutians), look on both sides of it.
    if (lon - dLon < -180) this.walkIfAny(wanted, lon - dLon + 360, lat - dLat, 180, lat + dLat, visit);
    if (lon + dLon > 180) this.walkIfAny(wanted, -180, lat - dLat, lon + dLon - 360, lat + dLat, visit);
  }

  /** walkBox, unless no wanted program meets in person anywhere the box touches (see ProgramCells). */
  private walkIfAny(
    wanted: Uint8Array,
    minX: number,
    minY: number,
    maxX: number,
    maxY: number,
    visit: (i: number) => void,
  ): void {
    if (this.cells && !this.cells.anyIn(wanted, minX, minY, maxX, maxY)) return;
    this.walkBox(minX, minY, maxX, maxY, visit);
  }

  /**
   * Whether any in-person meeting lies within about `miles` of a point (a box, not a circle: a
   * town's "has meetings near it" for choosing between namesakes, not a distance to show).
   */
  meetsNear(lat: number, lon: number, miles: number): boolean {
    if (!this.tree || this.tree.numItems === 0) return false;
    const [dLat, dLon] = degreesAround(lat, miles);
    let found = false;
    this.walkBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat, () => (found = true));
    return found;
  }

  /**
   * Calls `visit` with the kd-tree position of each point in the box, in the order kdbush's range()
   * lists them (the same walk, so ties keep their order), without making that list.
   */
  private walkBox(minX: number, minY: number, maxX: number, maxY: number, visit: (i: number) => void): void {
    const { coords, nodeSize } = this.tree!;
    const stack = this.stack;
    stack[0] = 0;
    stack[1] = this.tree!.numItems - 1;
    stack[2] = 0;
    let sp = 3;
    while (sp > 0) {
      const axis = stack[--sp];
      const right = stack[--sp];
      const left = stack[--sp];
      if (right - left <= nodeSize) {
        for (let i = left; i <= right; i++) {
          const x = coords[2 * i];
          const y = coords[2 * i + 1];
          if (x >= minX && x <= maxX && y >= minY && y <= maxY) visit(i);
        }
        continue;
      }
      const m = (left + right) >> 1;
      const x = coords[2 * m];
      const y = coords[2 * m + 1];
      if (x >= minX && x <= maxX && y >= minY && y <= maxY) visit(m);
      if (axis === 0 ? minX <= x : minY <= y) {
        stack[sp++] = left;
        stack[sp++] = m - 1;
        stack[sp++] = 1 - axis;
      }
      if (axis === 0 ? maxX >= x : maxY >= y) {
        stack[sp++] = m + 1;
        stack[sp++] = right;
        stack[sp++] = 1 - axis;
      }
    }
  }

  /**
   * Up to `count` online/phone meetings by next start: a merge over the per-zone lists, walked from now. With a
   * `level`, only the meetings of that focus level (focusLevel).
   */
  private soonestRemote(
    q: MeetingQuery,
    clock: Clock,
    programs: readonly ProgramId[],
    mask: number,
    count: number,
    skip: Set<number>,
    level?: number,
  ): Candidate[] {
    const lists: SoonestList[] = [];
    for (const p of new Set(programs)) {
      const w = this.programWord.get(p);
      for (const list of (w !== undefined && this.remote.get(w)) || []) {
        lists.push({ rows: list.rows, minutes: list.minutes, now: clock.weekMinute(list.zone) });
      }
    }
    const merge = new SoonestMerge(lists, GRACE_MINUTES);
    const out: Candidate[] = [];
    const limit = Clock.deltaLimit(q.when);
    // Joined from afar: the window is the texter's, where their zone is known (MeetingQuery.zone).
    const viewerNow = q.when && q.zone ? clock.weekMinuteIn(q.zone) : undefined;
    // Deltas only grow along the merge: once past the window's last day, nothing further fits.
    while (out.length < count && merge.next() && merge.delta < limit) {
      const { row, delta } = merge;
      const fitting = this.ints[row * INT_COLUMNS + COL.modeMask] & mask && !skip.has(row) && this.hasTags(row, q.tags);
      if (!fitting || (level !== undefined && this.focusLevel(row, q.later) !== level)) continue;
      if (viewerNow === undefined ? clock.fits(row, delta, q.when) : Clock.fitsFrom(viewerNow, delta, q.when!))
        out.push({ row, delta });
    }
    return out;
  }
}

/** With any way to meet, one line in this many is an online or phone meeting. */
const MIXED_EVERY = 3;

/**
 * A mixed page as it reads: soonest first, whichever way each meeting is joined, but opening with a room (the heading
 * says how far the rooms are, and when the reply has room for one line only, that line must be a room). The page's
 * own matches when that is their order already; a new array otherwise, so the page can say its list order too.
 */
function soonestOpeningWithARoom(shown: readonly Candidate[], matches: MeetingMatch[]): MeetingMatch[] {
  const order = shown.map((_, i) => i).sort((a, b) => shown[a].delta - shown[b].delta);
  const firstRoom = order.findIndex((i) => shown[i].distanceMiles !== undefined);
  if (firstRoom > 0) order.unshift(...order.splice(firstRoom, 1));
  return order.every((i, k) => i === k) ? matches : order.map((i) => matches[i]);
}

/**
 * The nearby meetings with a remote one as every `every`th line (while both last), then the rest of
 * either: a page of three is two rooms and one way to join from home.
 */
function interleave(nearby: Candidate[], remote: Candidate[], every: number): Candidate[] {
  const out: Candidate[] = [];
  let n = 0;
  let r = 0;
  while (n < nearby.length || r < remote.length) {
    const remoteTurn = (out.length + 1) % every === 0;
    if ((remoteTurn && r < remote.length) || n >= nearby.length) out.push(remote[r++]);
    else out.push(nearby[n++]);
  }
  return out;
}
