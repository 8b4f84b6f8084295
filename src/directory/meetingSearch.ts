import KDBush from 'kdbush';
import { distance as distanceKm } from 'geokdbush';
import { zoneOffsetMinutes } from './timeZones';
import type { Meeting, MeetingMatch, MeetingPage, MeetingQuery, MeetMode, ProgramId, TimeWindow } from './types';

const WEEK = 7 * 1440;
/** A meeting that started less than this many minutes ago still counts as "next". */
export const GRACE_MINUTES = 15;
/** The in-person search looks this far, in miles, widening until enough meetings fit. */
export const RADII_MILES = [10, 25, 50, 100] as const;
/** The in-person search widens until at least this many meetings fit. */
export const ENOUGH_NEARBY = 3;
const KM_PER_MILE = 1.609344;
const MILES_PER_DEGREE_LAT = 69.05;
const MODE_BIT: Record<MeetMode, number> = { in_person: 1, online: 2, phone: 4 };

/** What is worked out once per meeting at load, so a search only compares numbers. */
interface Entry {
  meeting: Meeting;
  /** Minutes since local Sunday 00:00 in the meeting's own zone. */
  weekMinute: number;
  zoneSlot: number;
  modeMask: number;
}

/** Per-search state: the local week minute "now" in each zone, computed on first use. */
class Clock {
  private readonly nowWeekMinute: Int32Array;
  readonly nowMinuteMs: number;

  constructor(
    private readonly zones: string[],
    now: Date,
  ) {
    this.nowMinuteMs = Math.floor(now.getTime() / 60_000) * 60_000;
    this.nowWeekMinute = new Int32Array(zones.length).fill(-1);
  }

  /** Local minutes since Sunday 00:00 now, in a zone. */
  weekMinute(slot: number): number {
    let v = this.nowWeekMinute[slot];
    if (v < 0) {
      const local = new Date(this.nowMinuteMs + zoneOffsetMinutes(this.zones[slot], this.nowMinuteMs) * 60_000);
      v = local.getUTCDay() * 1440 + local.getUTCHours() * 60 + local.getUTCMinutes();
      this.nowWeekMinute[slot] = v;
    }
    return v;
  }

  /** Minutes from now to the entry's next start; negative (down to -14) when it started within the grace. */
  delta(e: Entry): number {
    let d = e.weekMinute - this.weekMinute(e.zoneSlot);
    d = ((d % WEEK) + WEEK) % WEEK;
    return d > WEEK - GRACE_MINUTES ? d - WEEK : d;
  }

  /** Whether a meeting starting `delta` minutes from now fits the time window, read in its own zone. */
  fits(e: Entry, delta: number, when: TimeWindow | undefined): boolean {
    if (!when) return true;
    const m = e.meeting;
    if (when.weekdays && !when.weekdays.includes(m.day)) return false;
    if (when.fromMinute !== undefined && m.startMinute < when.fromMinute) return false;
    if (when.toMinute !== undefined && m.startMinute > when.toMinute) return false;
    if (when.dayOffsets) {
      const nowMinuteOfDay = this.weekMinute(e.zoneSlot) % 1440;
      const dayOffset = Math.floor((nowMinuteOfDay + delta) / 1440);
      if (!when.dayOffsets.includes(dayOffset)) return false;
    }
    return true;
  }

  /** The instant of the next start, corrected when a daylight-saving change falls in between. */
  nextStart(e: Entry, delta: number): Date {
    const approx = this.nowMinuteMs + delta * 60_000;
    const zone = this.zones[e.zoneSlot];
    const shift = zoneOffsetMinutes(zone, approx) - zoneOffsetMinutes(zone, this.nowMinuteMs);
    return new Date(approx - shift * 60_000);
  }
}

interface Candidate {
  e: Entry;
  delta: number;
  distanceMiles?: number;
}

/**
 * The search over loaded meetings: a kd-tree (kdbush; geokdbush for distances) over in-person meetings, and
 * per program and zone lists of online and phone meetings sorted by local week minute, so the
 * soonest ones are found by walking from "now" instead of sorting everything.
 */
export class MeetingSearch {
  private readonly zones: string[] = [];
  private readonly tree: KDBush<Entry> | undefined;
  /** program -> lists (one per zone) of remote meetings, each sorted by weekMinute. */
  private readonly remote = new Map<ProgramId, Entry[][]>();
  private readonly allPrograms: ProgramId[];
  private readonly byId = new Map<string, Meeting>();
  readonly size: number;

  /** Indexes `meetings`; `programName` names each program in results (e.g. aa -> "AA"). */
  constructor(
    meetings: Meeting[],
    private readonly programName: (id: ProgramId) => string | undefined = () => undefined,
  ) {
    const zoneSlots = new Map<string, number>();
    const inPerson: Entry[] = [];
    const remoteByKey = new Map<string, Entry[]>();
    const programs = new Set<ProgramId>();
    const seen = new Set<string>();
    for (const meeting of meetings) {
      // A feed that lists one meeting twice under two slugs (Amarillo's "Top of Texas", Thu 7pm)
      // would show a texter the same line twice: index the first only.
      const twinKey = [
        meeting.programId,
        meeting.name.trim().toLowerCase(),
        meeting.day,
        meeting.startMinute,
        meeting.modes.join('+'),
        meeting.lat,
        meeting.lon,
        meeting.address ?? '',
        meeting.url ?? '',
        meeting.phone ?? '',
      ].join('\u0000');
      if (seen.has(twinKey)) continue;
      seen.add(twinKey);
      this.byId.set(meeting.id, meeting);
      let slot = zoneSlots.get(meeting.timezone);
      if (slot === undefined) {
        slot = this.zones.length;
        this.zones.push(meeting.timezone);
        zoneSlots.set(meeting.timezone, slot);
      }
      let modeMask = 0;
      for (const mode of meeting.modes) modeMask |= MODE_BIT[mode];
      const e: Entry = { meeting, weekMinute: meeting.day * 1440 + meeting.startMinute, zoneSlot: slot, modeMask };
      programs.add(meeting.programId);
      if (modeMask & MODE_BIT.in_person && meeting.lat !== undefined && meeting.lon !== undefined) inPerson.push(e);
      if (modeMask & (MODE_BIT.online | MODE_BIT.phone)) {
        const key = `${meeting.programId}\u0000${slot}`;
        let list = remoteByKey.get(key);
        if (!list) remoteByKey.set(key, (list = []));
        list.push(e);
      }
    }
    this.tree = inPerson.length
      ? new KDBush(
          inPerson,
          (e) => e.meeting.lon!,
          (e) => e.meeting.lat!,
        )
      : undefined;
    for (const [key, list] of remoteByKey) {
      list.sort((a, b) => a.weekMinute - b.weekMinute);
      const program = key.split('\u0000')[0];
      let lists = this.remote.get(program);
      if (!lists) this.remote.set(program, (lists = []));
      lists.push(list);
    }
    this.allPrograms = [...programs];
    this.size = meetings.length;
  }

  /** A loaded meeting by id. */
  meeting(id: string): Meeting | undefined {
    return this.byId.get(id);
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
    const clock = new Clock(this.zones, q.now);
    const programSet = new Set(q.programs.length ? q.programs : this.allPrograms);
    const wantMask = q.modes.reduce((m, mode) => m | MODE_BIT[mode], 0);

    let nearby: Candidate[] = [];
    let radiusMiles: number | undefined;
    const beyond = q.beyondMiles ?? 0;
    const radii = RADII_MILES.filter((r) => r > beyond && (q.maxMiles === undefined || r <= q.maxMiles));
    if (wantMask & MODE_BIT.in_person && q.place && this.tree && radii.length) {
      for (const r of radii) {
        radiusMiles = r;
        nearby = this.nearby(q, clock, programSet, r, beyond);
        if (nearby.length >= ENOUGH_NEARBY) break;
      }
      const rank = programRank(q);
      nearby.sort(
        (a, b) =>
          rank(a.e.meeting.programId) - rank(b.e.meeting.programId) ||
          a.delta - b.delta ||
          a.distanceMiles! - b.distanceMiles! ||
          cmp(a.e.meeting.id, b.e.meeting.id),
      );
    } else if (wantMask & MODE_BIT.in_person && q.place) {
      radiusMiles = RADII_MILES[RADII_MILES.length - 1];
    }

    const remoteMask = wantMask & (MODE_BIT.online | MODE_BIT.phone);
    const remote: Candidate[] = [];
    if (remoteMask && nearby.length < need) {
      const shown = new Set(nearby.map((c) => c.e.meeting.id));
      // By program: each program's soonest in turn, so a program ranked first is listed first.
      const groups = q.byProgram && q.programs.length ? q.programs.map((p) => new Set([p])) : [programSet];
      for (const group of groups) {
        if (nearby.length + remote.length >= need) break;
        remote.push(...this.soonestRemote(q, clock, group, remoteMask, need - nearby.length - remote.length, shown));
      }
    }
    const all = nearby.concat(remote);
    const matches: MeetingMatch[] = all.slice(offset, offset + limit).map((c) => {
      const name = this.programName(c.e.meeting.programId);
      return {
        meeting: c.e.meeting,
        ...(c.distanceMiles !== undefined ? { distanceMiles: Math.round(c.distanceMiles * 10) / 10 } : {}),
        nextStart: clock.nextStart(c.e, c.delta),
        ...(name ? { programName: name } : {}),
      };
    });
    return { matches, ...(radiusMiles !== undefined ? { radiusMiles } : {}), hasMore: all.length > offset + limit };
  }

  /**
   * In-person meetings within `miles` of the place that fit the programs and time window: a
   * bounding-box range query on the kd-tree (no priority queue: every hit is sorted by time
   * anyway), then the exact great-circle distance.
   */
  private nearby(
    q: MeetingQuery,
    clock: Clock,
    programSet: Set<ProgramId>,
    miles: number,
    beyond: number,
  ): Candidate[] {
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
        const e = tree.points[id];
        if (!programSet.has(e.meeting.programId)) continue;
        const d = distanceKm(lon, lat, e.meeting.lon!, e.meeting.lat!) / KM_PER_MILE;
        if (d > miles || (beyond > 0 && d <= beyond)) continue;
        if (!hasTags(e.meeting, q.tags)) continue;
        const delta = clock.delta(e);
        if (!clock.fits(e, delta, q.when)) continue;
        out.push({ e, delta, distanceMiles: d });
      }
    }
    return out;
  }

  /** Up to `count` online/phone meetings by next start: a merge over the per-zone lists, walked from now. */
  private soonestRemote(
    q: MeetingQuery,
    clock: Clock,
    programs: Set<ProgramId>,
    mask: number,
    count: number,
    skip: Set<string>,
  ): Candidate[] {
    const cursors: Array<{ list: Entry[]; i: number; left: number; delta: number }> = [];
    for (const p of programs) {
      for (const list of this.remote.get(p) ?? []) {
        const nowWm = clock.weekMinute(list[0].zoneSlot);
        let threshold = nowWm - (GRACE_MINUTES - 1);
        if (threshold < 0) threshold += WEEK;
        const start = lowerBound(list, threshold) % list.length;
        cursors.push({ list, i: start, left: list.length, delta: clock.delta(list[start]) });
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
      const e = cur.list[cur.i];
      const delta = cur.delta;
      cur.left--;
      cur.i = (cur.i + 1) % cur.list.length;
      if (cur.left > 0) cur.delta = clock.delta(cur.list[cur.i]);
      const wanted = e.modeMask & mask && !skip.has(e.meeting.id) && hasTags(e.meeting, q.tags);
      if (wanted && clock.fits(e, delta, q.when)) out.push({ e, delta });
    }
    return out;
  }
}

/** Whether a meeting carries, for each wanted set of tags, at least one of them. */
function hasTags(m: Meeting, wanted: string[][] | undefined): boolean {
  if (!wanted) return true;
  return wanted.every((anyOf) => anyOf.length === 0 || anyOf.some((t) => m.tags.includes(t)));
}

/** A program's place in the query's order when results go by program; 0 for all otherwise. */
function programRank(q: MeetingQuery): (p: ProgramId) => number {
  if (!q.byProgram) return () => 0;
  const order = new Map(q.programs.map((p, i) => [p, i]));
  return (p) => order.get(p) ?? order.size;
}

function lowerBound(list: Entry[], weekMinute: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].weekMinute < weekMinute) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
