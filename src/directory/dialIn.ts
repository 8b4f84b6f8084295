import { isPlaceholderMeetingId } from './feedFields';

/**
 * Dial-ins as feeds give them and as a basic phone needs them. A shared conference number (Zoom's
 * 929-205-6099 serves thousands of meetings) leads nowhere without the meeting's ID, and feeds put
 * that ID in the one-tap string ("+19292056099,,88538130466#,,,,*498378#"), in the notes ("Dial-In
 * ID: 838 0433 9418"), in the Zoom link, or nowhere ("for zoom & phone info email ..."). The
 * importer settles each meeting's dial-in once (settleDialIn); the reply spells it out (dialInWords).
 */

/** A dial-in read apart: the number to call, then what to key in. */
export interface DialIn {
  /** The number, digits with a leading "+" when the feed wrote one ("+19292056099"). */
  number: string;
  /** The meeting ID or access code, digits only. */
  id?: string;
  /** The phone passcode, digits only. */
  passcode?: string;
}

/** What a meeting's feed fields say about joining it, for settleDialIn. */
export interface JoinFields {
  /** The dial-in as the feed wrote it (conference_phone, phone_meeting_number). */
  rawPhone?: string;
  /** The usable link, when there is one. */
  url?: string;
  /** Free text about joining, in the order to trust it: phone notes, link notes, the meeting's notes. */
  notes: ReadonlyArray<string | undefined>;
}

/** How a meeting is joined remotely once its feed fields are read together. */
export interface SettledJoin {
  /** A dial-in a phone can use: with its ID when it needs one; undefined when it leads nowhere. */
  phone?: string;
  /** The address that sends the link, when that is the only way in the feed gives. */
  email?: string;
}

/** The number part of a dial-in: digits with spaces, dots, dashes and brackets, 10 digits or more. */
const NUMBER_PART = /^\s*(\+?[\d(][\d\s().-]{8,20}\d)/;
const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;
/** Notes that say the way in comes by e-mail ("for zoom & phone info email ...", "email for the link"). */
const JOIN_BY_EMAIL = /\be-?mail\b/i;
const ABOUT_JOINING = /\b(zoom|link|phone|dial|call[- ]in|meeting id|id|passcode|password|online|virtual|info)/i;
/** Labelled IDs in notes, most specific first; the capture is digits in groups ("838 0433 9418", "921-7689-9954"). */
const ID_LABELS = [
  /\bdial[- ]?in[- ]?(?:meeting[- ])?id\b[ \t]*(?:#|no\.?|number)?[ \t]*[:=]?[ \t]*(\d+(?:[ -]\d+)*)/i,
  /\b(?:meeting|conference|zoom|webinar)[ \t]*id\b[ \t]*(?:#|no\.?|number)?[ \t]*[:=]?[ \t]*(\d+(?:[ -]\d+)*)/i,
  /\b(?:access|participant|conference)[ \t]*code\b[ \t]*[:=]?[ \t]*(\d+(?:[ -]\d+)*)/i,
  /\bid\b[ \t]*[:=#]?[ \t]*(\d+(?:[ -]\d+)*)/i,
];
const PASSCODE_LABELS = [
  /\b(?:dial[- ]?in|phone)[- ]?(?:passcode|password|pin)\b[ \t]*[:=#]?[ \t]*(\d{3,12})\b/i,
  /\b(?:passcode|password|pass code|pin)\b[ \t]*[:=#]?[ \t]*(\d{3,12})\b/i,
];
/** A Zoom link's meeting ID, which its phone dial-in uses too. */
const ZOOM_LINK_ID = /zoom\.us\/(?:j|w|s|wc(?:\/join)?)\/(\d[\d-]{7,14}\d)/i;

/**
 * Reads "+19292056099,,88538130466#,,,,*498378#", "+1 646 558 8656,,864213975#" or
 * "646-558-8656 ID 864 213 975": the number, then the first group of 3 or more digits as the ID and
 * the next as the passcode ("##" says there is none). Undefined without a 10-digit number first.
 */
export function parseDialIn(raw: string): DialIn | undefined {
  const m = NUMBER_PART.exec(raw);
  if (!m) return undefined;
  const digits = m[1].replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 15) return undefined;
  const number = (m[1].trimStart().startsWith('+') ? '+' : '') + digits;
  const rest = raw.slice(m[0].length);
  // Words after the number ("ID 864 213 975"): read as notes are.
  if (/[A-Za-z]/.test(rest)) {
    const id = labelledId(rest, digits);
    // A test entry's "1234567890" reaches no one: no dial-in at all, so the meeting is not offered by phone.
    if (id && isPlaceholderMeetingId(id)) return undefined;
    return id ? { number, id, ...optional('passcode', labelledPasscode(rest)) } : { number };
  }
  const codes = rest
    .split(/[,;]+/)
    .map((t) => t.replace(/\D/g, ''))
    .filter((t) => t.length > 0);
  const id = codes[0] && codes[0].length >= 3 && !sameNumber(codes[0], digits) ? codes[0] : undefined;
  if (!id) return { number };
  if (isPlaceholderMeetingId(id)) return undefined;
  return { number, id, ...optional('passcode', codes[1]) };
}

/** The one-tap form every smartphone dials in one go: "+19292056099,,88538130466#,,,,*498378#". */
export function dialString(d: DialIn): string {
  if (!d.id) return d.number;
  return `${d.number},,${d.id}#${d.passcode ? `,,,,*${d.passcode}#` : ''}`;
}

/**
 * Settles how a meeting is joined: a dial-in without an ID takes the one its notes or its Zoom link
 * give; one still without, whose notes say the details come by e-mail, is dropped (it leads
 * nowhere); and when no link or dial-in is left, the address the notes give for the link, if any.
 * A dial-in that already carries its ID is kept as written, and its notes are not read.
 */
export function settleDialIn(f: JoinFields): SettledJoin {
  const written = f.rawPhone ? parseDialIn(f.rawPhone) : undefined;
  let dial = written;
  if (written && !written.id) {
    const notes = joined(f.notes);
    const id = labelledId(notes, written.number) ?? zoomLinkId(f.url, written.number);
    if (id) dial = { number: written.number, id, ...optional('passcode', labelledPasscode(notes)) };
    else if (saysByEmail(notes)) dial = undefined;
  }
  const out: SettledJoin = {};
  // As the feed wrote it when that is all there is to it (its pauses suit its own bridge), else the one-tap form.
  // A written ID that was only the number again is not kept: the phone would key in the number as the ID.
  if (dial) {
    const raw = f.rawPhone!;
    const asWritten = dial === written && !/[A-Za-z]/.test(raw) && (dial.id !== undefined || !hasCode(raw));
    out.phone = asWritten ? raw.replace(/\s+/g, '') : dialString(dial);
  }
  if (!f.url && !out.phone) {
    const notes = joined(f.notes);
    if (saysByEmail(notes)) {
      const email = EMAIL.exec(notes)?.[0];
      if (email) out.email = email;
    }
  }
  return out;
}

/** The words a dial-in is spelled out with, from the flow's labels. */
export interface DialWords {
  /** Before the meeting ID, e.g. "ID". */
  id: string;
  /** Before the passcode, e.g. "passcode". */
  passcode: string;
}

/**
 * A dial-in as a person keys it in: "929-205-6099, ID 885 3813 0466, passcode 498378", or `compact`
 * (for a page that is short of room) "929-205-6099, ID 88538130466, passcode 498378": only the ID's grouping goes,
 * so a first page and the pages after it read alike (the forty-second session's probe: the commas went too, and the
 * same line read two ways). A North American number is written as one is dialled there; any other keeps its "+".
 */
export function dialInWords(d: DialIn, words: DialWords, compact = false): string {
  const parts = [phoneNumberWords(d.number)];
  if (d.id) parts.push(`${words.id} ${compact ? d.id : grouped(d.id)}`);
  if (d.passcode) parts.push(`${words.passcode} ${d.passcode}`);
  return parts.join(', ');
}

/** "+19292056099" -> "929-205-6099"; "+442071234567" stays as it is. */
function phoneNumberWords(number: string): string {
  const digits = number.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length === 10 && (digits.length === 10 || digits.startsWith('1'))) {
    return `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
  }
  return number;
}

/** An ID in three groups, as Zoom prints them: 9 digits 3-3-3, 10 digits 3-3-4, 11 digits 3-4-4. */
function grouped(id: string): string {
  if (id.length < 7) return id;
  const a = Math.floor(id.length / 3);
  const b = Math.floor((id.length - a) / 2);
  return `${id.slice(0, a)} ${id.slice(a, a + b)} ${id.slice(a + b)}`;
}

function labelledId(text: string, number: string): string | undefined {
  if (!text) return undefined;
  for (const label of ID_LABELS) {
    const digits = label.exec(text)?.[1]?.replace(/\D/g, '');
    if (digits && digits.length >= 6 && digits.length <= 13 && !sameNumber(digits, number)) return digits;
  }
  return undefined;
}

function labelledPasscode(text: string): string | undefined {
  if (!text) return undefined;
  for (const label of PASSCODE_LABELS) {
    const code = label.exec(text)?.[1];
    if (code) return code;
  }
  return undefined;
}

function zoomLinkId(url: string | undefined, number: string): string | undefined {
  const digits = url ? ZOOM_LINK_ID.exec(url)?.[1]?.replace(/\D/g, '') : undefined;
  return digits && !sameNumber(digits, number) ? digits : undefined;
}

/** Whether a dial string has codes after its number ("+19292056099,,88538130466#"), not the bare number alone. */
function hasCode(raw: string): boolean {
  const m = NUMBER_PART.exec(raw);
  return m !== null && /\d/.test(raw.slice(m[0].length));
}

/** The feed wrote the phone number again where the ID goes ("+19292056099,,9292056099#"): no ID at all. */
function sameNumber(id: string, number: string): boolean {
  const digits = number.replace(/\D/g, '');
  return id === digits || id === digits.slice(-10);
}

function saysByEmail(notes: string): boolean {
  return JOIN_BY_EMAIL.test(notes) && ABOUT_JOINING.test(notes);
}

function joined(notes: ReadonlyArray<string | undefined>): string {
  return notes.filter(Boolean).join('\n');
}

/** `{ [key]: value }` when value is set, else nothing to spread. */
function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
