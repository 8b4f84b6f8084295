import KDBush from 'kdbush';
import { distance as distanceKm } from 'geokdbush';
import { rowOfId, type MeetingIndexData } from './meetingIndex';
import { COL, INT_COLUMNS, MODE_BIT, MeetingTable } from './meetingTable';
import { zoneOffsetMinutes } from './timeZones';
import type { Meeting, MeetingMatch, MeetingPage, MeetingQuery, ProgramId, TimeWindow } from './types';

const WEEK = 7 * 1440;
/** A meeting that started less than this many minutes ago still counts as "next". */
export const GRACE_MINUTES = 15;
/** The in-person search looks this far, in miles, widening until enough meetings fit. */
export const RADII_MILES = [10, 25, 50, 100] as const;
/** The in-person search widens until at least this many meetings fit. */
export const ENOUGH_NEARBY = 3;
const KM_PER_MILE = 1.609344;
const MILES_PER_DEGREE_LAT = 69.05;

/** Per-search state: the local week minute "now" in each zone, computed on first use. */
class Clock {
  private readonly nowWeekMinute: Int32Array;
  readonly nowMinuteMs: number;

  constructor(
    private readonly zones: readonly string[],
    private readonly ints: Int32Array,
    now: Date,
  ) {
    this.nowMinuteMs = Math.floor(now.getTime() / 60_000) * 60_000;
    this.nowWeekMinute = new Int32Array(zones.length).fill(-1);
  }

  /** Local minutes since Sunday 00:00 now, in a zone (a word index of the table). */
  weekMinute(zone: number): number {
    let v = this.nowWeekMinute[zone];
    if (v < 0) {
      const local = new Date(this.nowMinuteMs + zoneOffsetMinutes(this.zones[zone], this.nowMinuteMs) * 60_000);
      v = local.getUTCDay() * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
      this.nowWeekMinute[zone] = v;
    }
    return v;
  }

  /** Minutes from now to the row's next start; negative (down to -14) when it started within the grace. */
  delta(row: number): number {
    const at = row * INT_COLUMNS;
    let d =
      this.ints[at + COL.day] * 1440 + this.ints[at + COL.startMinute] - this.weekMinute(this.ints[at + COL.zone]);
    d = ((d % WEEK) + WEEK) % WEEK;
    return d > WEEK - GRACE_MINUTES ? d - WEEK : d;
  }

  /** Whether a meeting starting `delta` minutes from now fits the time window, read in its own zone. */
  fits(row: number, delta: number, when: TimeWindow | undefined): boolean {
    if (!when) return true;
    const at = row * INT_COLUMNS;
    const day = this.ints[at + COL.day];
    const startMinute = this.ints[at + COL.startMinute];
    if (when.weekdays && !when.weekdays.includes(day)) return false;
    if (when.fromMinute !== undefined && startMinute < when.fromMinute) return false;
    if (when.toMinute !== undefined && startMinute > when.toMinute) return false;
    if (when.dayOffsets) {
      const nowMinuteOfDay = this.weekMinute(this.ints[at + COL.zone]) % 1440;
      const dayOffset = Math.floor((nowMinuteOfDay + delta) / 1440);
      if (!when.dayOffsets.includes(dayOffset)) return false;
    }
    return true;
  }

  /** The instant of the next start, corrected when a daylight-saving change falls in between. */
  nextStart(row: number, delta: number): Date {
    const approx = this.nowMinuteMs + delta * 60_000;
    const zone = this.zones[this.ints[row * INT_COLUMNS + COL.zone]];
    const shift = zoneOffsetMinutes(zone, approx) - zoneOffsetMinutes(zone, this.nowMinuteMs);
    return new Date(approx - shift * 60_000);
  }
}

interface Candidate {
  row: number;
  delta: number;
  distanceMiles?: number;
}

/** A remote group as the search walks it: its rows and the zone they share. */
interface RemoteList {
  rows: Uint32Array;
  zone: number;
}

/**
 * The search over loaded meetings, read in place from a MeetingIndexData (built by
 * buildMeetingIndex, in the directory worker in production): a kd-tree (kdbush) over in-person
 * meetings, and per program and zone lists of online and phone meetings sorted by local week
 * minute, so the soonest ones are found by walking from "now" instead of sorting everything.
 * Meeting objects are made only for the meetings a page shows.
 */
export class MeetingSearch {
  private readonly table: MeetingTable;
  private readonly ints: Int32Array;
  private readonly coords: Float64Array;
  private readonly tree: KDBush | undefined;
  private readonly treeRows: Uint32Array;
  private readonly idSlots: Int32Array;
  /** program word -> lists (one per zone) of remote rows, each sorted by week minute. */
  private readonly remote = new Map<number, RemoteList[]>();
  /** program id -> its word index in the table. */
  private readonly programWord = new Map<ProgramId, number>();
  private readonly allPrograms: ProgramId[];
  private readonly programMaskSize: number;
  readonly size: number;

  /** Reads `index` in place; `programName` names each program in results (e.g. aa -> "AA"). */
  constructor(
    index: MeetingIndexData,
    private readonly programName: (id: ProgramId) => string | undefined = () => undefined,
  ) {
    this.table = MeetingTable.from(index.table);
    this.ints = this.table.ints;
    this.coords = this.table.coords;
    this.tree = index.tree ? KDBush.from(index.tree) : undefined;
    this.treeRows = new Uint32Array(index.treeRows);
    this.idSlots = new Int32Array(index.idSlots);
    const remoteRows = new Uint32Array(index.remoteRows);
    for (const g of index.remoteGroups) {
      let lists = this.remote.get(g.program);
      if (!lists) this.remote.set(g.program, (lists = []));
      lists.push({ rows: remoteRows.subarray(g.start, g.end), zone: g.zone });
    }
    this.allPrograms = index.programs.map((w) => this.table.words[w]);
    this.programMaskSize = Math.max(-1, ...index.programs) + 1;
    for (const w of index.programs) this.programWord.set(this.table.words[w], w);
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
    const clock = new Clock(this.table.words, this.ints, q.now);
    const programs = q.programs.length ? q.programs : this.allPrograms;
    const wanted = this.programMask(programs);
    const wantMask = q.modes.reduce((m, mode) => m | MODE_BIT[mode], 0);

    let nearby: Candidate[] = [];
    let radiusMiles: number | undefined;
    const beyond = q.beyondMiles ?? 0;
    const radii = RADII_MILES.filter((r) => r > beyond && (q.maxMiles === undefined || r <= q.maxMiles));
    if (wantMask & MODE_BIT.in_person && q.place && this.tree && radii.length) {
      for (const r of radii) {
        radiusMiles = r;
        nearby = this.nearby(q, clock, wanted, r, beyond);
        if (nearby.length >= ENOUGH_NEARBY) break;
      }
      const rank = this.programRank(q);
      const ints = this.ints;
      nearby.sort(
        (a, b) =>
          rank(ints[a.row * INT_COLUMNS + COL.program]) - rank(ints[b.row * INT_COLUMNS + COL.program]) ||
          a.delta - b.delta ||
          a.distanceMiles! - b.distanceMiles! ||
          cmp(this.table.id(a.row), this.table.id(b.row)),
      );
    } else if (wantMask & MODE_BIT.in_person && q.place) {
      radiusMiles = RADII_MILES[RADII_MILES.length - 1];
    }

    const remoteMask = wantMask & (MODE_BIT.online | MODE_BIT.phone);
    const remote: Candidate[] = [];
    if (remoteMask && nearby.length < need) {
      const shown = new Set(nearby.map((c) => c.row));
      // By program: each program's soonest in turn, so a program ranked first is listed first.
      const groups = q.byProgram && q.programs.length ? q.programs.map((p) => [p]) : [programs];
      for (const group of groups) {
        if (nearby.length + remote.length >= need) break;
        const count = need - nearby.length - remote.length;
        remote.push(...this.soonestRemote(q, clock, group, remoteMask, count, shown));
      }
    }
    const all = nearby.concat(remote);
    const matches: MeetingMatch[] = all.slice(offset, offset + limit).map((c) => {
      const meeting = this.table.meeting(c.row);
      const name = this.programName(meeting.programId);
      return {
        meeting,
        ...(c.distanceMiles !== undefined ? { distanceMiles: Math.round(c.distanceMiles * 10) / 10 } : {}),
        nextStart: clock.nextStart(c.row, c.delta),
        ...(name ? { programName: name } : {}),
      };
    });
    return { matches, ...(radiusMiles !== undefined ? { radiusMiles } : {}), hasMore: all.length > offset + limit };
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

  /** A program's place in the query's order when results go by program; 0 for all otherwise. */
  private programRank(q: MeetingQuery): (program: number) => number {
    if (!q.byProgram) return () => 0;
    const order = new Map<number, number>();
    q.programs.forEach((p, i) => {
      const w = this.programWord.get(p);
      if (w !== undefined) order.set(w, i);
    });
    return (w) => order.get(w) ?? new Set(q.programs).size;
  }

  /** Whether a row carries, for each wanted set of tags, at least one of them. */
  private hasTags(row: number, wanted: string[][] | undefined): boolean {
    if (!wanted) return true;
    const tags = this.table.lists[this.ints[row * INT_COLUMNS + COL.tags]];
    return wanted.every((anyOf) => anyOf.length === 0 || anyOf.some((t) => tags.includes(t)));
  }

  /**
   * In-person meetings within `miles` of the place that fit the programs and time window: a
   * bounding-box range query on the kd-tree (no priority queue: every hit is sorted by time
   * anyway), then the exact great-circle distance.
   */
  private nearby(q: MeetingQuery, clock: Clock, wanted: Uint8Array, miles: number, beyond: number): Candidate[] {
    const { lat, lon } = q.place!;
    const tree = this.tree!;
    const dLat = miles / MILES_PER_DEGREE_LAT;
    const dLon = miles / (MILES_PER_DEGREE_LAT * Math.max(0.05, Math.cos(((Math.abs(lat) + dLat) * Math.PI) / 180)));
    const boxes: Array<[number, number]> = [[lon - dLon, lon + dLon]];
    // Near the date line (the Aleutians), look on both sides of it.
    if (lon - dLon < -180) boxes.push([lon - dLon + 360, 180]);
    if (lon + dLon > 180) boxes.push([-180, lon + dLon - 360]);
    const out: Candidate[] = [];
    for (const [minLon, maxLon] of boxes) {
      for (const id of tree.range(minLon, lat - dLat, maxLon, lat + dLat)) {
        const row = this.treeRows[id];
        if (!wanted[this.ints[row * INT_COLUMNS + COL.program]]) continue;
        const d = distanceKm(lon, lat, this.coords[row * 2], this.coords[row * 2 + 1]) / KM_PER_MILE;
        if (d > miles || (beyond > 0 && d <= beyond)) continue;
        if (!this.hasTags(row, q.tags)) continue;
        const delta = clock.delta(row);
        if (!clock.fits(row, delta, q.when)) continue;
        out.push({ row, delta, distanceMiles: d });
      }
    }
    return out;
  }

  /** Up to `count` online/phone meetings by next start: a merge over the per-zone lists, walked from now. */
  private soonestRemote(
    q: MeetingQuery,
    clock: Clock,
    programs: readonly ProgramId[],
    mask: number,
    count: number,
    skip: Set<number>,
  ): Candidate[] {
    const cursors: Array<{ rows: Uint32Array; i: number; left: number; delta: number }> = [];
    for (const p of new Set(programs)) {
      const w = this.programWord.get(p);
      for (const list of (w !== undefined && this.remote.get(w)) || []) {
        const nowWm = clock.weekMinute(list.zone);
        let threshold = nowWm - (GRACE_MINUTES - 1);
        if (threshold < 0) threshold += WEEK;
        const start = this.lowerBound(list.rows, threshold) % list.rows.length;
        cursors.push({ rows: list.rows, i: start, left: list.rows.length, delta: clock.delta(list.rows[start]) });
      }
    }
    const out: Candidate[] = [];
    while (out.length < count) {
      let best = -1;
      for (let c = 0; c < cursors.length; c++) {
        if (cursors[c].left > 0 && (best < 0 || cursors[c].delta < cursors[best].delta)) best = c;
      }
      if (best < 0) break;
      const cur = cursors[best];
      const row = cur.rows[cur.i];
      const delta = cur.delta;
      cur.left--;
      cur.i = (cur.i + 1) % cur.rows.length;
      if (cur.left > 0) cur.delta = clock.delta(cur.rows[cur.i]);
      const fitting = this.ints[row * INT_COLUMNS + COL.modeMask] & mask && !skip.has(row) && this.hasTags(row, q.tags);
      if (fitting && clock.fits(row, delta, q.when)) out.push({ row, delta });
    }
    return out;
  }

  /** The first place in `rows` (sorted by week minute) whose week minute is at least `weekMinute`. */
  private lowerBound(rows: Uint32Array, weekMinute: number): number {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = rows[mid] * INT_COLUMNS;
      if (this.ints[at + COL.day] * 1440 + this.ints[at + COL.startMinute] < weekMinute) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
