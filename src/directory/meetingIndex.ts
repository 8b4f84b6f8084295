import KDBush from 'kdbush';
import { buildProgramCells, type ProgramCellsData } from './programCells';
import {
  COL as TABLE_COL,
  INT_COLUMNS as TABLE_INT_COLUMNS,
  MODE_BIT as TABLE_MODE_BIT,
  MeetingTable,
  type MeetingTableData,
} from './meetingTable';
import type { Meeting } from './types';

// Read per row or per candidate in loops: compiled by tsx/esbuild (the bench, the CLI), every read of an
// imported binding is a getter call, so the loops read module-local copies instead.
const COL = TABLE_COL;
const INT_COLUMNS = TABLE_INT_COLUMNS;
const MODE_BIT = TABLE_MODE_BIT;

/** Meetings per kd-tree leaf (kdbush's default). */
const NODE_SIZE = 64;

/**
 * The columns of a kd-tree item, side by side in tree order: a search in a city reads thousands of
 * points, and reading each one's row in the table (rows are in feed order) costs a cache miss each.
 */
export const TREE_ITEM = { row: 0, program: 1, weekMinute: 2, zone: 3 } as const;
/** Int32s per kd-tree item in `treeItems`. */
export const TREE_ITEM_INTS = 4;

/** Online and phone meetings of one program in one zone: rows [start, end) of `remoteRows`. */
export interface RemoteGroup {
  program: number;
  zone: number;
  start: number;
  end: number;
}

/**
 * The search index as plain data: the meeting table, a kd-tree over the in-person rows, the online
 * and phone rows grouped by program and zone and sorted by week minute, and a hash table from id
 * to row. Every large part is a SharedArrayBuffer, so the worker that builds it hands it to the
 * main thread without a copy and the main thread holds no object per meeting.
 */
export interface MeetingIndexData {
  table: MeetingTableData;
  /** How many meetings were given, twins included (what size() reports). */
  given: number;
  /** Per list given, rows [start, end) of its meetings in the table (twins left out). */
  ranges: Array<[number, number]>;
  /** kdbush 4 data over (lon, lat) of the in-person rows; undefined when none. */
  tree?: SharedArrayBuffer;
  /** Which programs meet in person in each one-degree cell (ProgramCells); undefined when no tree. */
  programCells?: ProgramCellsData;
  /**
   * Int32, TREE_ITEM_INTS per kd-tree position (the tree's sorted order, not the order added):
   * the row and the columns the search reads for every point in range (TREE_ITEM).
   */
  treeItems: SharedArrayBuffer;
  /** Uint32: online and phone rows, by group, each group sorted by week minute. */
  remoteRows: SharedArrayBuffer;
  /** Int32: the local week minute (day * 1440 + start) of each of `remoteRows`, side by side for the search's walk. */
  remoteMinutes: SharedArrayBuffer;
  remoteGroups: RemoteGroup[];
  /** Int32 open-addressing table of row + 1 (0 = empty), sized a power of two. */
  idSlots: SharedArrayBuffer;
  /** The programs of the meetings (word indexes), in order of first appearance. */
  programs: number[];
  /** The time zones of the meetings (word indexes), in order of first appearance. */
  zones: number[];
}

/**
 * Builds the index of `lists` (one per source, in load order). A meeting listed twice under two
 * slugs with every detail the same (Amarillo's "Top of Texas", Thu 7pm) is indexed once, so a
 * texter never sees the same line twice.
 */
export function buildMeetingIndex(lists: readonly Meeting[][]): MeetingIndexData {
  const twins = new TwinSet();
  const kept: Meeting[] = [];
  const ranges: Array<[number, number]> = [];
  let given = 0;
  for (const list of lists) {
    const start = kept.length;
    for (const m of list) {
      given++;
      if (twins.add(m)) kept.push(m);
    }
    ranges.push([start, kept.length]);
  }
  const table = MeetingTable.build(kept);
  const programs = new Set<number>();
  const zones = new Set<number>();
  for (let r = 0; r < table.size; r++) {
    programs.add(table.ints[r * INT_COLUMNS + COL.program]);
    zones.add(table.ints[r * INT_COLUMNS + COL.zone]);
  }
  return {
    table: table.data,
    given,
    ranges,
    ...spatial(table),
    ...remote(table),
    idSlots: idSlots(kept),
    programs: [...programs],
    zones: [...zones],
  };
}

/** A stable 32-bit hash of a string's UTF-16 code units (FNV-1a), for the id table. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The row of the meeting with this id in an index's id table; -1 when none. */
export function rowOfId(table: MeetingTable, slots: Int32Array, id: string): number {
  const mask = slots.length - 1;
  for (let s = hashId(id) & mask; slots[s] !== 0; s = (s + 1) & mask) {
    const row = slots[s] - 1;
    if (table.id(row) === id) return row;
  }
  return -1;
}

/**
 * The meetings seen so far, by a number made from details twins share (a string key per meeting
 * costs more than the rest of the index); meetings with equal numbers are then compared in full.
 */
class TwinSet {
  /** One meeting per number, a list in the rare case of several (an array per meeting is garbage at 250,000). */
  private readonly byHash = new Map<number, Meeting | Meeting[]>();
  private readonly num = new Float64Array(1);
  private readonly bits = new Int32Array(this.num.buffer);

  /** Adds a meeting; false when a twin of it was added before. */
  add(m: Meeting): boolean {
    // Name, start and place tell nearly every meeting apart; the rest is compared only on a match.
    let h = hashName(m.name, 0x811c9dc5);
    h = Math.imul(h ^ (m.day * 1440 + m.startMinute), 0x01000193);
    h = this.hashNumber(m.lat, this.hashNumber(m.lon, h));
    const same = this.byHash.get(h);
    if (same === undefined) {
      this.byHash.set(h, m);
    } else if (Array.isArray(same)) {
      if (same.some((o) => twins(o, m))) return false;
      same.push(m);
    } else {
      if (twins(same, m)) return false;
      this.byHash.set(h, [same, m]);
    }
    return true;
  }

  private hashNumber(n: number | undefined, h: number): number {
    this.num[0] = n ?? NaN;
    return Math.imul(Math.imul(h ^ this.bits[0], 0x01000193) ^ this.bits[1], 0x01000193);
  }
}

/**
 * hashString of the name trimmed and in lower case, without making those two strings when the
 * name is ASCII (nearly every name): the same code units are hashed either way.
 */
function hashName(name: string, h: number): number {
  const n = name.length;
  for (let i = 0; i < n; i++) if (name.charCodeAt(i) > 0x7f) return hashString(name.trim().toLowerCase(), h);
  let start = 0;
  let end = n;
  while (start < end && isAsciiSpace(name.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(name.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    const c = name.charCodeAt(i);
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
  }
  return Math.imul(h ^ 0xff, 0x01000193);
}

/** The ASCII characters String.prototype.trim removes: tab, line feed, vertical tab, form feed, return, space. */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function hashString(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0xff, 0x01000193);
}

/** Two listings of one meeting: every detail a texter sees the same. */
function twins(a: Meeting, b: Meeting): boolean {
  return (
    a.programId === b.programId &&
    a.day === b.day &&
    a.startMinute === b.startMinute &&
    a.lat === b.lat &&
    a.lon === b.lon &&
    (a.address ?? '') === (b.address ?? '') &&
    (a.url ?? '') === (b.url ?? '') &&
    (a.phone ?? '') === (b.phone ?? '') &&
    a.modes.join('+') === b.modes.join('+') &&
    a.name.trim().toLowerCase() === b.name.trim().toLowerCase()
  );
}

function spatial(table: MeetingTable): Pick<MeetingIndexData, 'tree' | 'treeItems' | 'programCells'> {
  const { ints, coords } = table;
  const rows: number[] = [];
  for (let r = 0; r < table.size; r++) {
    const placed = !Number.isNaN(coords[r * 2]) && !Number.isNaN(coords[r * 2 + 1]);
    if (placed && ints[r * INT_COLUMNS + COL.modeMask] & MODE_BIT.in_person) rows.push(r);
  }
  const items = new Int32Array(new SharedArrayBuffer(rows.length * TREE_ITEM_INTS * 4));
  if (!rows.length) return { treeItems: items.buffer as SharedArrayBuffer };
  const tree = new KDBush(rows.length, NODE_SIZE, Float64Array, SharedArrayBuffer);
  for (const r of rows) tree.add(coords[r * 2], coords[r * 2 + 1]);
  tree.finish();
  // tree.ids[i]: which added point sits at sorted position i.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[tree.ids[i]];
    const at = row * INT_COLUMNS;
    const item = i * TREE_ITEM_INTS;
    items[item + TREE_ITEM.row] = row;
    items[item + TREE_ITEM.program] = ints[at + COL.program];
    items[item + TREE_ITEM.weekMinute] = ints[at + COL.day] * 1440 + ints[at + COL.startMinute];
    items[item + TREE_ITEM.zone] = ints[at + COL.zone];
  }
  return {
    tree: tree.data as SharedArrayBuffer,
    treeItems: items.buffer as SharedArrayBuffer,
    programCells: buildProgramCells(tree.coords, items, TREE_ITEM_INTS, TREE_ITEM.program),
  };
}

function remote(table: MeetingTable): Pick<MeetingIndexData, 'remoteRows' | 'remoteMinutes' | 'remoteGroups'> {
  const { ints } = table;
  const byKey = new Map<number, number[]>();
  const wanted = MODE_BIT.online | MODE_BIT.phone;
  for (let r = 0; r < table.size; r++) {
    const at = r * INT_COLUMNS;
    if (!(ints[at + COL.modeMask] & wanted)) continue;
    // Programs and zones are word indexes: far fewer than 2^16 of each.
    const key = ints[at + COL.program] * 65536 + ints[at + COL.zone];
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(r);
  }
  const weekMinute = (r: number) => ints[r * INT_COLUMNS + COL.day] * 1440 + ints[r * INT_COLUMNS + COL.startMinute];
  let total = 0;
  for (const list of byKey.values()) total += list.length;
  const out = new Uint32Array(new SharedArrayBuffer(total * 4));
  const minutes = new Int32Array(new SharedArrayBuffer(total * 4));
  const groups: RemoteGroup[] = [];
  let at = 0;
  for (const [key, list] of byKey) {
    list.sort((a, b) => weekMinute(a) - weekMinute(b) || a - b);
    out.set(list, at);
    for (let i = 0; i < list.length; i++) minutes[at + i] = weekMinute(list[i]);
    groups.push({ program: Math.floor(key / 65536), zone: key % 65536, start: at, end: at + list.length });
    at += list.length;
  }
  return {
    remoteRows: out.buffer as SharedArrayBuffer,
    remoteMinutes: minutes.buffer as SharedArrayBuffer,
    remoteGroups: groups,
  };
}

function idSlots(rows: readonly Meeting[]): SharedArrayBuffer {
  let size = 2;
  while (size < rows.length * 2) size *= 2;
  const slots = new Int32Array(new SharedArrayBuffer(size * 4));
  const mask = size - 1;
  for (let r = 0; r < rows.length; r++) {
    const id = rows[r].id;
    let s = hashId(id) & mask;
    // A later meeting with the same id takes the place of the earlier one, as a Map.set would.
    while (slots[s] !== 0 && rows[slots[s] - 1].id !== id) s = (s + 1) & mask;
    slots[s] = r + 1;
  }
  return slots.buffer as SharedArrayBuffer;
}
