import tzlookup from 'tz-lookup';

/**
 * Time-zone arithmetic with one cached Intl.DateTimeFormat per zone: creating a formatter costs
 * tens of microseconds, using one costs about one, and a search touches every zone it returns.
 */

const formatters = new Map<string, Intl.DateTimeFormat | null>();
const abbreviations = new Map<string, Intl.DateTimeFormat>();
/** Offset per zone for the current UTC hour: offsets only change on (UTC) hour boundaries in practice. */
const offsetCache = new Map<string, { hour: number; offset: number }>();

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

/** True when `zone` is an IANA time zone this runtime knows (e.g. America/Chicago). */
export function isValidTimeZone(zone: string): boolean {
  return typeof zone === 'string' && zone.includes('/') && formatterFor(zone) !== null;
}

/** The zone's offset from UTC in minutes at instant `ms` (e.g. -300 for New York in winter). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  const cached = offsetCache.get(zone);
  if (cached && cached.hour === hour) return cached.offset;
  const f = formatterFor(zone);
  if (!f) throw new RangeError(`unknown time zone ${zone}`);
  const parts = f.formatToParts(new Date(hour * 3_600_000));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = Math.round((asUtc - hour * 3_600_000) / 60_000);
  offsetCache.set(zone, { hour, offset });
  return offset;
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
