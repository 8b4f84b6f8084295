// @photostructure/tz-lookup: the maintained fork of tz-lookup (same answers, same ~1 MB), with current zone data.
import tzlookup from '@photostructure/tz-lookup';

/**
 * Time-zone arithmetic with one cached Intl.DateTimeFormat per zone: creating a formatter costs
 * tens of microseconds, using one costs about one, and a search touches every zone it returns.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const abbreviations = new Map<string, Intl.DateTimeFormat>();
/**
 * Offsets per zone per UTC day: a day whose first and last minute share an offset has it all day
 * (zones change at most once a day); days with a change are looked up by the quarter hour. Searches ask
 * for "now" in every zone they touch, so this must be a map lookup, not a formatter call.
 */
const dayOffsets = new Map<string, Map<number, number>>();
const hourOffsets = new Map<string, Map<number, number>>();
const DAY_MS = 86_400_000;
const SLOT_MS = 15 * 60_000;
/** Bound on cached days per zone (about 14 years), so a long-running process cannot grow without end. */
const MAX_CACHED = 5000;

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

/**
 * The zones the runtime lists (canonical names), read once: an import checks every meeting's zone, and making a
 * formatter only to learn that a zone exists cost it tens of milliseconds (a hundred zones in a national feed).
 */
let listedZones: Set<string> | undefined;
/** The zone last found valid: a feed from one region names the same zone row after row. */
let lastValidZone: string | undefined;

/** True when `zone` is an IANA time zone this runtime knows (e.g. America/Chicago). */
export function isValidTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || !zone.includes('/')) return false;
  if (zone === lastValidZone) return true;
  listedZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  // A name the list leaves out (an alias such as America/Indiana/Indianapolis, other letter case) is asked of a
  // formatter, as before: the list only answers sooner, never differently.
  const valid = listedZones.has(zone) || formatterFor(zone) !== null;
  if (valid) lastValidZone = zone;
  return valid;
}

/** The zone's offset from UTC in minutes at instant `ms` (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let days = dayOffsets.get(zone);
  if (!days) dayOffsets.set(zone, (days = new Map()));
  let v = days.get(day);
  if (v === undefined) {
    const first = rawOffset(zone, day * DAY_MS);
    const last = rawOffset(zone, (day + 1) * DAY_MS - 60_000);
    v = first === last ? first : NaN;
    if (days.size > MAX_CACHED) days.clear();
    days.set(day, v);
  }
  if (!Number.isNaN(v)) return v;
  // A day with a change: look up the quarter hour (Newfoundland changes at half past).
  const hour = Math.floor(ms / SLOT_MS);
  let hours = hourOffsets.get(zone);
  if (!hours) hourOffsets.set(zone, (hours = new Map()));
  let h = hours.get(hour);
  if (h === undefined) {
    h = rawOffset(zone, hour * SLOT_MS);
    if (hours.size > MAX_CACHED) hours.clear();
    hours.set(hour, h);
  }
  return h;
}

/** The offset at an instant, asked of Intl (about a microsecond with a cached formatter). */
function rawOffset(zone: string, ms: number): number {
  const f = formatterFor(zone);
  if (!f) throw new RangeError(`unknown time zone ${zone}`);
  const parts = f.formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The local weekday (0 = Sunday) and minute of day in `zone` at instant `ms`. */
export function localWeekMinute(zone: string, ms: number): { day: number; minute: number } {
  const local = new Date(ms + zoneOffsetMinutes(zone, ms) * 60_000);
  return { day: local.getUTCDay(), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The IANA zone at a point, offline; undefined for coordinates outside the world or in the sea. */
export function timeZoneAt(lat: number, lon: number): string | undefined {
  try {
    const z = tzlookup(lat, lon);
    return z && isValidTimeZone(z) ? z : undefined;
  } catch {
    return undefined;
  }
}

/** A short zone name for a reply, e.g. "CST"/"CDT" for America/Chicago at that instant. */
export function zoneAbbreviation(zone: string, at: Date): string {
  let f = abbreviations.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' });
    abbreviations.set(zone, f);
  }
  return f.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/**
 * Today's date where `zone` is (UTC when it is unset or unknown), as year, month (1-12) and day: a holiday's or a
 * date's distance in days counts from it.
 */
export function localDate(now: Date, zone: string | undefined): { year: number; month: number; day: number } {
  const offset = zone && isValidTimeZone(zone) ? zoneOffsetMinutes(zone, now.getTime()) : 0;
  const local = new Date(now.getTime() + offset * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}
