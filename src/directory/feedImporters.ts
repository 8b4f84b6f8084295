import {
  num,
  parseCodes,
  parseCoordinates,
  parseDays,
  parsePhone,
  parseRegionCode,
  parseTime,
  parseUrl,
  text,
} from './feedFields';
import { DraftFinisher, type DraftContext, type ImportResult, type MeetingDraft } from './meetingDraft';
import { streetOfFormatted } from './meetingPlace';
import { provinceOfPostalCode } from './placeIndex';
import type { ImportReport, ProgramId } from './types';

/** How to read one source: which program its meetings are, what to call it. */
export interface FeedContext extends DraftContext {
  /** The source as configured, for the report. */
  source: string;
  /** The program of every meeting that does not name its own. */
  program: ProgramId | undefined;
  /** BMLT format dictionaries (GetFormats) known besides the feed's own `formats`. */
  extraFormats?: Map<string, string>;
}

/** A feed whose shape is not a Meeting Guide array, a BMLT result, or a list of meetings at all. */
export class FeedFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFormatError';
  }
}

/** True when parsed JSON is a BMLT GetFormats list (format codes, not meetings). */
export function isBmltFormatList(json: unknown): json is Array<Record<string, unknown>> {
  return (
    Array.isArray(json) &&
    json.length > 0 &&
    json.every((f) => isRecord(f) && 'key_string' in f && !('weekday_tinyint' in f))
  );
}

/** Reads a BMLT GetFormats list (or a result's `formats`) into code -> name. */
export function bmltFormatNames(list: unknown): Map<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(list)) return names;
  for (const f of list) {
    if (!isRecord(f)) continue;
    const key = text(f.key_string);
    const name = text(f.name_string);
    if (key && name && !names.has(key)) names.set(key, name);
  }
  return names;
}

/** The meeting rows of a feed: a bare array, BMLT's `{meetings}`, or NDJSON lines; undefined for any other shape. */
export function feedRows(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json;
  if (isRecord(json) && Array.isArray(json.meetings)) return json.meetings;
  if (isRecord(json) && Array.isArray(json.ndjson)) return json.ndjson;
  return undefined;
}

/**
 * Imports any supported feed: a Meeting Guide array (AA Meeting Guide app, 12 Step Meeting
 * List), BMLT GetSearchResults (a bare array, or `{meetings, formats}` from get_used_formats=1),
 * or the BMLT aggregator's NDJSON export (one GetSearchResults meeting a line, format lines
 * mixed in, codes read per root server). Throws FeedFormatError when the shape is none of these.
 */
export function importFeed(json: unknown, ctx: FeedContext): ImportResult {
  if (isRecord(json) && typeof json.error === 'string')
    throw new FeedFormatError(`the site answered with an error: ${json.error.slice(0, 200)}`);
  const rows = feedRows(json);
  if (!rows)
    throw new FeedFormatError(
      'expected a JSON array of meetings (Meeting Guide), an object with a "meetings" array (BMLT), or NDJSON',
    );
  if (isBmltFormatList(json)) throw new FeedFormatError('this is a BMLT format list (GetFormats), not meetings');
  const formats = new Map(ctx.extraFormats ?? []);
  if (isRecord(json)) for (const [k, v] of bmltFormatNames(json.formats)) formats.set(k, v);
  const perServer = serverFormats(rows);
  const report: ImportReport = {
    source: ctx.source,
    ...(ctx.program ? { program: ctx.program } : {}),
    imported: 0,
    rejected: [],
  };
  const finisher = new DraftFinisher(ctx);
  rows.forEach((row, i) => {
    if (!isRecord(row)) {
      report.rejected.push({ slug: `#${i + 1}`, reason: 'not a meeting object' });
      return;
    }
    if (typeof row.ndjsonError === 'string') {
      report.rejected.push({ slug: `line ${String(row.line)}`, reason: `not valid JSON (${row.ndjsonError})` });
      return;
    }
    if ('key_string' in row && !('weekday_tinyint' in row)) return; // an NDJSON format line, read above
    const isBmlt = 'weekday_tinyint' in row || 'id_bigint' in row;
    const codeNames = isBmlt ? (perServer.get(text(row.root_server_id) ?? '') ?? formats) : formats;
    const draft = isBmlt ? bmltDraft(row, i, ctx, codeNames) : meetingGuideDraft(row, i, ctx);
    if (typeof draft === 'string') report.rejected.push({ slug: rowSlug(row, i), reason: draft });
    else finisher.add(draft);
  });
  return finisher.finish(report);
}

/**
 * Format names per root server, from NDJSON format lines that carry `root_server_id`: the same
 * code means different things on different servers, as each server's GetFormats says.
 */
function serverFormats(rows: unknown[]): Map<string, Map<string, string>> {
  const byServer = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!isRecord(row) || !('key_string' in row) || 'weekday_tinyint' in row) continue;
    const server = text(row.root_server_id) ?? '';
    let names = byServer.get(server);
    if (!names) byServer.set(server, (names = new Map()));
    for (const [k, v] of bmltFormatNames([row])) if (!names.has(k)) names.set(k, v);
  }
  return byServer;
}

function rowSlug(row: Record<string, unknown>, i: number): string {
  // The aggregator merges many root servers, whose id_bigint values overlap: the server names the meeting too.
  const server = text(row.root_server_id);
  const bmltId = text(row.id_bigint);
  if (server && bmltId) return `${server}-${bmltId}`;
  return text(row.slug) ?? bmltId ?? text(row.id) ?? `#${i + 1}`;
}

function programOf(row: Record<string, unknown>, ctx: FeedContext): ProgramId | string {
  const own = text(row.program)?.toLowerCase();
  const p = own ?? ctx.program;
  return p ?? 'no program: name the file aa-..., na-..., al-anon-... or give the source as program=ID:path';
}

/** One Meeting Guide entry (spec: name, slug, day 0-6 Sunday = 0, time HH:MM, types, conference_*). */
function meetingGuideDraft(row: Record<string, unknown>, i: number, ctx: FeedContext): MeetingDraft | string {
  const programId = programOf(row, ctx);
  if (programId.includes(' ')) return programId;
  const formatted = text(row.formatted_address);
  // "540 Forest Ave, Brockton, MA 02301, USA": town, state and ZIP when the feed has no separate fields.
  const fromFormatted = formatted
    ? /(?:^|,\s*)([^,]+),\s*([A-Z]{2})\s+(\d{5}|[A-Z]\d[A-Z](?:\s?\d[A-Z]\d)?)?(?:,\s*[A-Za-z ]+)?\s*$/.exec(formatted)
    : null;
  const approximate = row.approximate === true || String(row.approximate ?? '').toLowerCase() === 'yes';
  const country = normalizeCountry(text(row.country));
  const coords = parseCoordinates(row.latitude, row.longitude);
  let region = parseRegionCode(row.state) ?? fromFormatted?.[2];
  // Canadian feeds often leave out the province; it names the town back to texters ("Picton, ON").
  if (!region && country === 'CA') {
    const postal = text(row.postal_code);
    region =
      (postal && provinceOfPostalCode(postal)) ||
      (coords && ctx.places.canadianProvinceNear(coords.lat, coords.lon)) ||
      undefined;
  }
  return {
    slug: rowSlug(row, i),
    name: text(row.name),
    days: parseDays(row.day, 0),
    startMinute: parseTime(row.time),
    programId,
    codes: parseCodes(row.types),
    coords,
    approximate,
    postalCode: text(row.postal_code) ?? fromFormatted?.[3],
    town: text(row.city) ?? fromFormatted?.[1] ?? text(row.region),
    region,
    country,
    address: text(row.address) ?? (approximate ? undefined : formatted),
    street: text(row.address) ?? (formatted ? streetOfFormatted(formatted) : undefined),
    location: text(row.location),
    locationNotes: text(row.location_notes),
    notes: text(row.notes),
    url: parseUrl(row.conference_url),
    phone: parsePhone(row.conference_phone),
    rawUrl: text(row.conference_url),
    rawPhone: text(row.conference_phone),
    phoneNotes: text(row.conference_phone_notes),
    urlNotes: text(row.conference_url_notes),
    attendance: text(row.attendance_option),
    timezone: text(row.timezone),
    example: row.example === true,
  };
}

/** One BMLT GetSearchResults entry (every value a string; weekday_tinyint 1 = Sunday). */
function bmltDraft(
  row: Record<string, unknown>,
  i: number,
  ctx: FeedContext,
  formats: Map<string, string>,
): MeetingDraft | string {
  const programId = programOf(row, ctx);
  if (programId.includes(' ')) return programId;
  const street = text(row.location_street);
  const place = text(row.location_text);
  const published = row.published === undefined ? undefined : String(row.published) !== '0';
  return {
    slug: rowSlug(row, i),
    name: text(row.meeting_name),
    days: parseDays(row.weekday_tinyint, 1),
    startMinute: parseTime(row.start_time),
    programId,
    codes: parseCodes(row.formats),
    codeNames: formats,
    coords: parseCoordinates(row.latitude, row.longitude),
    postalCode: text(row.location_postal_code_1),
    town: text(row.location_municipality) ?? text(row.location_city_subsection),
    region: parseRegionCode(row.location_province),
    country: normalizeCountry(text(row.location_nation)),
    address: [place, street].filter(Boolean).join(', ') || undefined,
    street,
    location: place,
    locationNotes: text(row.location_info),
    notes: text(row.comments),
    url: parseUrl(row.virtual_meeting_link),
    phone: parsePhone(row.phone_meeting_number),
    rawUrl: text(row.virtual_meeting_link),
    rawPhone: text(row.phone_meeting_number),
    phoneNotes: text(row.phone_meeting_additional_info),
    urlNotes: text(row.virtual_meeting_additional_info),
    venueType: num(row.venue_type),
    timezone: text(row.time_zone),
    published,
  };
}

function normalizeCountry(c: string | undefined): string | undefined {
  if (!c) return undefined;
  const u = c.toUpperCase();
  if (u === 'CA' || u === 'CAN' || u === 'CANADA') return 'CA';
  if (u === 'US' || u === 'USA' || u === 'UNITED STATES') return 'US';
  return u;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
