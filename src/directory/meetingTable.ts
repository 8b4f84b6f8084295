import { Buffer } from 'node:buffer';
import type { Meeting, MeetMode } from './types';

/** The text of a meeting, kept as UTF-8 in one byte heap, in this order per row. */
const TEXT_FIELDS = ['id', 'name', 'address', 'location', 'locationNotes', 'postalCode', 'url', 'phone'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FIELDS = TEXT_FIELDS.length;

/** The Int32 columns of a row, in this order; word and list columns hold -1 when absent. */
export const COL = {
  day: 0,
  startMinute: 1,
  /** Bits of MODE_BIT, for the search. */
  modeMask: 2,
  zone: 3,
  program: 4,
  town: 5,
  region: 6,
  modes: 7,
  tags: 8,
  /** Bit i set: TEXT_FIELDS[i] is present. */
  present: 9,
} as const;
/** Int32 columns per row. */
export const INT_COLUMNS = 10;

/** Each way of meeting as a bit of a row's modeMask. */
export const MODE_BIT: Record<MeetMode, number> = { in_person: 1, online: 2, phone: 4 };

/**
 * A meeting table as plain data that crosses threads without a copy: numeric columns and the text
 * heap in SharedArrayBuffers, and the few values many meetings share (zones, programs, towns,
 * regions, mode and tag lists) once each.
 */
export interface MeetingTableData {
  rows: number;
  /** Shared values; the word columns hold indexes into it. */
  words: string[];
  /** Lists of word indexes (a meeting's modes, its tags); the list columns hold indexes into it. */
  lists: number[][];
  /** Int32, INT_COLUMNS per row. */
  ints: SharedArrayBuffer;
  /** Float64, (lon, lat) per row; NaN when absent. */
  coords: SharedArrayBuffer;
  /** Uint32, the end offset in `text` of each text field of each row (each starts where the one before ends). */
  textEnds: SharedArrayBuffer;
  /** UTF-8 of every text field of every row, back to back. */
  text: SharedArrayBuffer;
}

/**
 * Meetings as columns instead of objects. A national directory of 250,000 Meeting objects costs
 * the heap millions of small objects that every full collection walks, and a copy of each across
 * threads; a table is a handful of buffers, built in the directory worker and read in place by the
 * main thread, which makes a Meeting object only for the few meetings a reply shows.
 */
export class MeetingTable {
  readonly size: number;
  /** The Int32 columns (COL), INT_COLUMNS per row. */
  readonly ints: Int32Array;
  /** lon, lat per row; NaN when the meeting has no place. */
  readonly coords: Float64Array;
  readonly words: readonly string[];
  /** Each list of `data.lists` as its words, made once. */
  readonly lists: ReadonlyArray<readonly string[]>;
  private readonly textEnds: Uint32Array;
  private readonly text: Buffer;

  private constructor(readonly data: MeetingTableData) {
    this.size = data.rows;
    this.ints = new Int32Array(data.ints);
    this.coords = new Float64Array(data.coords);
    this.words = data.words;
    this.lists = data.lists.map((l) => l.map((w) => data.words[w]));
    this.textEnds = new Uint32Array(data.textEnds);
    this.text = Buffer.from(data.text);
  }

  /** Reads a table built elsewhere (the worker), sharing its buffers. */
  static from(data: MeetingTableData): MeetingTable {
    return new MeetingTable(data);
  }

  /** Builds the table of `meetings`, in their order (row i is meetings[i]). */
  static build(meetings: readonly Meeting[]): MeetingTable {
    return new MeetingTable(encode(meetings));
  }

  /** A text field of a row; undefined when the meeting has none. */
  textOf(row: number, field: TextField): string | undefined {
    const f = TEXT_FIELDS.indexOf(field);
    if (!(this.ints[row * INT_COLUMNS + COL.present] & (1 << f))) return undefined;
    return this.field(row, f);
  }

  /** The meeting's id. */
  id(row: number): string {
    return this.field(row, 0);
  }

  /** The meeting's name, as the feed gave it (a group meets under one name, week after week). */
  name(row: number): string {
    return this.field(row, 1);
  }

  /** The word in a word column of a row (zone, program, town, region); undefined when absent. */
  word(row: number, column: number): string | undefined {
    const w = this.ints[row * INT_COLUMNS + column];
    return w < 0 ? undefined : this.words[w];
  }

  /** The row as the Meeting it was built from (a new object; modes and tags are shared lists). */
  meeting(row: number): Meeting {
    const at = row * INT_COLUMNS;
    const ints = this.ints;
    const present = ints[at + COL.present];
    const m: Meeting = {
      id: this.field(row, 0),
      programId: this.words[ints[at + COL.program]],
      name: this.field(row, 1),
      day: ints[at + COL.day],
      startMinute: ints[at + COL.startMinute],
      timezone: this.words[ints[at + COL.zone]],
      modes: this.lists[ints[at + COL.modes]] as MeetMode[],
      tags: this.lists[ints[at + COL.tags]] as string[],
    };
    const lon = this.coords[row * 2];
    const lat = this.coords[row * 2 + 1];
    if (!Number.isNaN(lat)) m.lat = lat;
    if (!Number.isNaN(lon)) m.lon = lon;
    const town = this.word(row, COL.town);
    const region = this.word(row, COL.region);
    if (town !== undefined) m.town = town;
    if (region !== undefined) m.region = region;
    for (let f = 2; f < FIELDS; f++) {
      if (present & (1 << f)) m[TEXT_FIELDS[f] as Exclude<TextField, 'id' | 'name'>] = this.field(row, f);
    }
    return m;
  }

  /** The meetings of rows [start, end), as objects (a source's last good meetings, read back in the worker). */
  meetings(start: number, end: number): Meeting[] {
    const out: Meeting[] = [];
    for (let r = start; r < end; r++) out.push(this.meeting(r));
    return out;
  }

  private field(row: number, f: number): string {
    const k = row * FIELDS + f;
    return this.text.toString('utf8', k === 0 ? 0 : this.textEnds[k - 1], this.textEnds[k]);
  }
}

/** Interns strings and lists of strings as indexes. */
class Words {
  readonly words: string[] = [];
  readonly lists: number[][] = [];
  private readonly wordIndex = new Map<string, number>();
  private readonly listIndex = new Map<string, number>();
  private readonly byIdentity = new Map<readonly string[], number>();

  word(s: string | undefined): number {
    if (s === undefined) return -1;
    let i = this.wordIndex.get(s);
    if (i === undefined) this.wordIndex.set(s, (i = this.words.push(s) - 1));
    return i;
  }

  list(items: readonly string[]): number {
    // Imported meetings share their lists (MeetingInterner): most are found by identity, without a join.
    const known = this.byIdentity.get(items);
    if (known !== undefined) return known;
    const key = items.join('\u0000');
    let i = this.listIndex.get(key);
    if (i === undefined) this.listIndex.set(key, (i = this.lists.push(items.map((s) => this.word(s))) - 1));
    this.byIdentity.set(items, i);
    return i;
  }
}

/**
 * The table's data. Its two passes over the meetings are functions of their own: a one-shot loop is optimized while
 * it runs (on-stack replacement), and a function holding both loops was optimized, thrown out where the second began
 * (no type feedback there yet) and optimized again, each time with everything inlined (about 60 ms of compiling).
 */
function encode(meetings: readonly Meeting[]): MeetingTableData {
  const rows = meetings.length;
  const ints = new Int32Array(new SharedArrayBuffer(rows * INT_COLUMNS * 4));
  const coords = new Float64Array(new SharedArrayBuffer(rows * 2 * 8));
  const textEnds = new Uint32Array(new SharedArrayBuffer(rows * FIELDS * 4));
  const words = new Words();
  // Byte lengths first, so the heap is allocated once at its size.
  const text = new SharedArrayBuffer(heapBytes(meetings));
  writeRows(meetings, { ints, coords, textEnds, heap: Buffer.from(text) }, words);
  return {
    rows,
    words: words.words,
    lists: words.lists,
    ints: ints.buffer as SharedArrayBuffer,
    coords: coords.buffer as SharedArrayBuffer,
    textEnds: textEnds.buffer as SharedArrayBuffer,
    text,
  };
}

/** The UTF-8 bytes of every meeting's text fields. */
function heapBytes(meetings: readonly Meeting[]): number {
  let bytes = 0;
  for (const m of meetings) bytes += textBytes(m);
  return bytes;
}

/** Writes each meeting into its row of the columns and its text into the heap. */
function writeRows(
  meetings: readonly Meeting[],
  out: { ints: Int32Array; coords: Float64Array; textEnds: Uint32Array; heap: Buffer },
  words: Words,
): void {
  const { ints, coords, textEnds, heap } = out;
  const rows = meetings.length;
  let at = 0;
  for (let r = 0; r < rows; r++) {
    const m = meetings[r];
    const base = r * INT_COLUMNS;
    // Field by field in TEXT_FIELDS order, read by name: an array of a row's fields was garbage per meeting.
    const ends = r * FIELDS;
    textEnds[ends] = at = writeText(heap, m.id, at);
    textEnds[ends + 1] = at = writeText(heap, m.name, at);
    textEnds[ends + 2] = at = writeText(heap, m.address, at);
    textEnds[ends + 3] = at = writeText(heap, m.location, at);
    textEnds[ends + 4] = at = writeText(heap, m.locationNotes, at);
    textEnds[ends + 5] = at = writeText(heap, m.postalCode, at);
    textEnds[ends + 6] = at = writeText(heap, m.url, at);
    textEnds[ends + 7] = at = writeText(heap, m.phone, at);
    let modeMask = 0;
    for (const mode of m.modes) modeMask |= MODE_BIT[mode];
    ints[base + COL.day] = m.day;
    ints[base + COL.startMinute] = m.startMinute;
    ints[base + COL.modeMask] = modeMask;
    ints[base + COL.zone] = words.word(m.timezone);
    ints[base + COL.program] = words.word(m.programId);
    ints[base + COL.town] = words.word(m.town);
    ints[base + COL.region] = words.word(m.region);
    ints[base + COL.modes] = words.list(m.modes);
    ints[base + COL.tags] = words.list(m.tags);
    ints[base + COL.present] = presentBits(m);
    coords[r * 2] = m.lon ?? NaN;
    coords[r * 2 + 1] = m.lat ?? NaN;
  }
}

/** Bit i set when the meeting has TEXT_FIELDS[i] (read by name: a keyed read per field is slower). */
function presentBits(m: Meeting): number {
  return (
    (m.id !== undefined ? 1 : 0) |
    (m.name !== undefined ? 2 : 0) |
    (m.address !== undefined ? 4 : 0) |
    (m.location !== undefined ? 8 : 0) |
    (m.locationNotes !== undefined ? 16 : 0) |
    (m.postalCode !== undefined ? 32 : 0) |
    (m.url !== undefined ? 64 : 0) |
    (m.phone !== undefined ? 128 : 0)
  );
}

/** writeUtf8 of a field when the meeting has it; the offset after it. */
function writeText(heap: Buffer, s: string | undefined, at: number): number {
  return s === undefined ? at : writeUtf8(heap, s, at);
}

/** UTF-8 bytes of a meeting's text fields (TEXT_FIELDS), read without making textOf's array: this runs per meeting. */
function textBytes(m: Meeting): number {
  return (
    bytesOf(m.id) +
    bytesOf(m.name) +
    bytesOf(m.address) +
    bytesOf(m.location) +
    bytesOf(m.locationNotes) +
    bytesOf(m.postalCode) +
    bytesOf(m.url) +
    bytesOf(m.phone)
  );
}

function bytesOf(s: string | undefined): number {
  return s === undefined ? 0 : utf8Length(s);
}

/** UTF-8 length of a string; ASCII counted in JavaScript (most feed text), the rest by Buffer. */
function utf8Length(s: string): number {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return Buffer.byteLength(s, 'utf8');
  return s.length;
}

/**
 * Writes a string's UTF-8 at `at` and gives the offset after it. ASCII is copied in JavaScript:
 * a call into Buffer.write per field costs more than the copy for the short strings of a feed.
 */
function writeUtf8(heap: Buffer, s: string, at: number): number {
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) return at + heap.write(s, at, 'utf8');
    heap[at + i] = c;
  }
  return at + n;
}
