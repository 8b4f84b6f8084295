import { plainWords } from './plainWords';

/**
 * Readers for the messy fields of real meeting feeds: numbers as strings, times with seconds,
 * days as strings or arrays, type codes as a string like "[open]". Each returns undefined for
 * what it cannot read, and the importer turns that into a reason.
 */

/** Whitespace that folding changes: a space character other than ' ', or two in a row. */
const ODD_SPACE = /[^\S ]|\s\s/;

/** A string from a string or number field, trimmed; undefined when empty. */
export function text(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  // Most fields hold single spaces only, which folding leaves as they are: skip the copy it would
  // make of every name and address (an import reads hundreds of thousands).
  const t = (hasOddSpace(v) ? v.replace(/\s+/g, ' ') : v).trim();
  return t.length ? t : undefined;
}

/**
 * ODD_SPACE.test(v), read in JavaScript while the characters are printable ASCII (nearly all feed text):
 * a regular expression run per field was a tenth of an import. Anything else is left to the expression.
 */
function hasOddSpace(v: string): boolean {
  let afterSpace = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return true;
      afterSpace = true;
    } else if (c > 32 && c < 127) afterSpace = false;
    else return ODD_SPACE.test(v);
  }
  return false;
}

/** A finite number from a number or numeric string. */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Minutes after midnight from "19:30", "7:30", "19:00:00", "7:30 PM", "730pm"; undefined when unreadable. */
export function parseTime(v: unknown): number | undefined {
  const s = text(v);
  if (!s) return undefined;
  // "HH:MM", as nearly every feed writes it, read without the expression (same checks below).
  if (s.length === 5 && s.charCodeAt(2) === 58 && isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 3) && isDigit(s, 4)) {
    return checkedMinute(Number(s.slice(0, 2)), Number(s.slice(3)));
  }
  const m = /^(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?$/i.exec(s);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  const ampm = m[4]?.toLowerCase();
  if (!m[2] && !ampm) return undefined;
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  return checkedMinute(h, min);
}

/** Minutes after midnight of a 24-hour time, or undefined when it is not one (24:00 included). */
function checkedMinute(h: number, min: number): number | undefined {
  if (h === 24 && min === 0) return undefined;
  if (h > 23 || min > 59) return undefined;
  return h * 60 + min;
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Days 0-6 (Sunday = 0) from a number, numeric string, or array of them; `sundayIs` shifts BMLT's 1 = Sunday. */
export function parseDays(v: unknown, sundayIs: 0 | 1 = 0): number[] | undefined {
  const list = Array.isArray(v) ? v : [v];
  const days: number[] = [];
  for (const item of list) {
    const n = num(item);
    if (n === undefined || !Number.isInteger(n)) return undefined;
    const d = n - sundayIs;
    if (d < 0 || d > 6) return undefined;
    if (!days.includes(d)) days.push(d);
  }
  return days.length ? days : undefined;
}

/** Type codes from an array, a comma list, or a string like "[open]" / "O, C". */
export function parseCodes(v: unknown): string[] {
  const raw: unknown[] = Array.isArray(v)
    ? v
    : typeof v === 'string'
      ? v.replace(/^\s*\[|\]\s*$/g, '').split(/[,;|]/)
      : [];
  const out: string[] = [];
  for (const r of raw) {
    const t = text(r)
      ?.replace(/^["']|["']$/g, '')
      .trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Meeting IDs a feed's test entries hold in place of a real one ("1234567890", "0000000000"): a texter
 * who dials them reaches no one. Real Zoom IDs are 9 to 11 digits of no such pattern.
 */
export function isPlaceholderMeetingId(id: string): boolean {
  return id.length >= 9 && ('01234567890'.includes(id) || /^(\d)\1+$/.test(id));
}

/** A usable http(s) link (not a meeting link to a placeholder ID, "zoom.us/j/1234567890"), or undefined. */
export function parseUrl(v: unknown): string | undefined {
  const s = text(v);
  if (!s || /\s/.test(s)) return undefined;
  try {
    const u = new URL(s);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    const id = /\/j\/(\d+)/.exec(u.pathname)?.[1];
    return id && isPlaceholderMeetingId(id) ? undefined : s;
  } catch {
    return undefined;
  }
}

/**
 * A dial-in string with at least 10 digits in its number part (e.g. "+19292056099,,885#"), or undefined;
 * undefined too when the meeting ID after the number is a placeholder ("+19292056099,,1234567890#").
 */
export function parsePhone(v: unknown): string | undefined {
  const s = text(v);
  if (!s) return undefined;
  const [number, ...rest] = s.split(/[,;#]/);
  const numberPart = number.replace(/[^\d]/g, '');
  const meetingId = rest.find((part) => /\d/.test(part))?.replace(/[^\d]/g, '');
  if (meetingId && isPlaceholderMeetingId(meetingId)) return undefined;
  return numberPart.length >= 10 && /^[+\d\s().,;#*-]+$/.test(s) ? s.replace(/\s+/g, '') : undefined;
}

/** Latitude/longitude when both are real (not 0, not out of range), else undefined. */
export function parseCoordinates(lat: unknown, lon: unknown): { lat: number; lon: number } | undefined {
  const a = num(lat);
  const o = num(lon);
  if (a === undefined || o === undefined) return undefined;
  // 0 is what feeds write when geocoding failed; nobody's meeting is on the equator or meridian here.
  if (Math.abs(a) < 0.01 || Math.abs(o) < 0.01 || Math.abs(a) > 90 || Math.abs(o) > 180) return undefined;
  return { lat: a, lon: o };
}

/** A two-letter region code from "TX", ".TX", " tx ". */
export function parseRegionCode(v: unknown): string | undefined {
  const s = text(v)?.replace(/[^A-Za-z]/g, '');
  return s && s.length === 2 ? s.toUpperCase() : s || undefined;
}

/** A tag name from a code or words: "Young People" -> young_people. */
export function tagName(s: string): string {
  return plainWords(s, '_');
}
