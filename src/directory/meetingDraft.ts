import type { ProgramCatalogue } from './programCatalogue';
import type { PlaceIndex } from './placeIndex';
import { isValidTimeZone, timeZoneAt } from './timeZones';
import { tagName } from './feedFields';
import type { ImportReport, Meeting, MeetMode, ProgramId } from './types';

/** One feed entry read into common fields, before checking; every importer produces these. */
export interface MeetingDraft {
  slug: string;
  name?: string;
  /** Days 0-6 (Sunday = 0), or undefined when the feed's day could not be read. */
  days?: number[];
  startMinute?: number;
  programId: ProgramId;
  /** Type / format codes as the feed wrote them. */
  codes: string[];
  /** Extra names for codes from the feed itself (BMLT formats), code -> name. */
  codeNames?: Map<string, string>;
  coords?: { lat: number; lon: number };
  /** The feed says the address is a placeholder (online meetings): not a place to go. */
  approximate?: boolean;
  postalCode?: string;
  town?: string;
  region?: string;
  country?: string;
  address?: string;
  /** The place's own name (a church, a hall). */
  location?: string;
  /** How to find the room. */
  locationNotes?: string;
  url?: string;
  phone?: string;
  /** Meeting Guide `attendance_option`. */
  attendance?: string;
  /** BMLT `venue_type`: 1 in person, 2 virtual, 3 hybrid. */
  venueType?: number;
  timezone?: string;
  /** False when the feed marks the meeting unpublished. */
  published?: boolean;
  /** A staff entry marked `example: true` (directory/local.yaml): never offered to texters. */
  example?: boolean;
}

/** What importing one source produced. */
export interface ImportResult {
  meetings: Meeting[];
  report: ImportReport;
}

/** What the drafts are checked against. */
export interface DraftContext {
  catalogue: ProgramCatalogue;
  places: PlaceIndex;
  /** Short stable name of the source, the first part of each meeting id. */
  sourceId: string;
}

const ONLINE_CODES = new Set(['ONL', 'VM', 'VIRTUAL']);
const HYBRID_CODES = new Set(['HY', 'HYBRID']);
const CLOSED_CODES = new Set(['TC']);

/**
 * Turns drafts into meetings, or into rejections with a reason: places in-person meetings (by
 * coordinates, else postal code, else town), derives how to attend, gives each its IANA zone.
 */
export function finishDrafts(drafts: MeetingDraft[], ctx: DraftContext, report: ImportReport): ImportResult {
  const meetings: Meeting[] = [];
  const zoneVotes = new Map<string, number>();
  const seen = new Set<string>();
  const reject = (slug: string, reason: string) => report.rejected.push({ slug, reason });

  for (const d of drafts) {
    const result = finishDraft(d, ctx);
    if (typeof result === 'string') {
      reject(d.slug, result);
      continue;
    }
    for (const day of d.days!) {
      const slug = d.days!.length > 1 ? `${d.slug}-${day}` : d.slug;
      const id = `${ctx.sourceId}:${slug}`;
      if (seen.has(id)) {
        reject(slug, 'duplicate slug: another meeting in this source has the same slug');
        continue;
      }
      seen.add(id);
      const m: Meeting = { ...result, id, day };
      meetings.push(m);
      if (m.timezone) zoneVotes.set(m.timezone, (zoneVotes.get(m.timezone) ?? 0) + 1);

    }
  }
  // Meetings with no zone and no coordinates (online-only) take the zone most of the feed uses.
  const feedZone = [...zoneVotes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const finished: Meeting[] = [];
  for (const m of meetings) {
    if (!m.timezone) {
      if (!feedZone) {
        reject(m.id.slice(ctx.sourceId.length + 1), 'no time zone: the feed gives none and the meeting has no coordinates');
        continue;
      }
      m.timezone = feedZone;
    }
    finished.push(m);
  }
  report.imported = finished.length;
  return { meetings: finished, report };
}

/** One draft to a meeting without its day and id, or the reason it cannot be offered. */
function finishDraft(d: MeetingDraft, ctx: DraftContext): Omit<Meeting, 'id' | 'day'> | string {
  if (d.example) return 'example entry: staff replace it with a real one and remove `example: true`';
  if (d.published === false) return 'unpublished in the feed';
  if (!d.name) return 'no name';
  if (!d.days) return 'no valid day (expected 0-6 with Sunday = 0, or BMLT 1-7 with Sunday = 1)';
  if (d.startMinute === undefined) return 'no valid start time (expected HH:MM)';
  if (!ctx.catalogue.has(d.programId)) return `unknown program "${d.programId}" (not in directory/programs.yaml)`;

  const upper = d.codes.map((c) => c.toUpperCase());
  let programId = d.programId;
  const tags: string[] = [];
  for (const code of d.codes) {
    const meaning = ctx.catalogue.typeCode(d.programId, code);
    if (meaning?.program && programId === d.programId) programId = meaning.program;
    const tag = meaning?.tag ?? tagName(d.codeNames?.get(code) ?? code);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }

  const closed = upper.some((c) => CLOSED_CODES.has(c));
  const onlineCode = upper.some((c) => ONLINE_CODES.has(c));
  const hybridCode = upper.some((c) => HYBRID_CODES.has(c));
  const attendance = d.attendance?.toLowerCase();
  let inPerson: boolean;
  if (attendance === 'inactive') inPerson = false;
  else if (attendance === 'in_person' || attendance === 'hybrid') inPerson = true;
  else if (attendance === 'online') inPerson = false;
  else if (d.venueType === 1 || d.venueType === 3) inPerson = !closed;
  else if (d.venueType === 2) inPerson = false;
  else inPerson = !closed && (!onlineCode || hybridCode);
  if (d.approximate) inPerson = false;

  const remoteModes: MeetMode[] = [];
  if (d.url) remoteModes.push('online');
  if (d.phone) remoteModes.push('phone');

  const claimsRemote = onlineCode || hybridCode || attendance === 'online' || attendance === 'hybrid' || d.venueType === 2 || d.venueType === 3;
  if (attendance === 'inactive' || (closed && !inPerson && remoteModes.length === 0 && !claimsRemote)) {
    return 'inactive: temporarily closed (TC) and no online link or dial-in';
  }

  let lat: number | undefined;
  let lon: number | undefined;
  let placedBy: 'coordinates' | 'postal' | 'town' | undefined;
  if (inPerson) {
    if (d.coords) {
      ({ lat, lon } = d.coords);
      placedBy = 'coordinates';
    } else {
      const byPostal = d.postalCode ? ctx.places.postalCode(d.postalCode) : undefined;
      const byTown = !byPostal && d.town ? ctx.places.town(d.town, d.region) : undefined;
      const p = byPostal ?? byTown;
      if (p) {
        lat = p.lat;
        lon = p.lon;
        placedBy = byPostal ? 'postal' : 'town';
      }
    }
    if (lat === undefined && remoteModes.length === 0) {
      return 'in person but cannot be placed: no coordinates, known postal code, or town and state';
    }
    if (lat === undefined) inPerson = false;
  }
  if (!inPerson && remoteModes.length === 0) {
    return claimsRemote ? 'online meeting with no usable link or dial-in' : 'no way to attend: no place, link or dial-in';
  }
  const modes: MeetMode[] = [...(inPerson ? (['in_person'] as MeetMode[]) : []), ...remoteModes];
  if (inPerson && remoteModes.length && !tags.includes('hybrid')) tags.push('hybrid');
  if (placedBy && placedBy !== 'coordinates') tags.push(`placed_by_${placedBy}`);

  let timezone = d.timezone && isValidTimeZone(d.timezone) ? d.timezone : undefined;
  const zoneFrom = lat !== undefined ? { lat, lon: lon! } : d.coords;
  if (!timezone && zoneFrom) timezone = timeZoneAt(zoneFrom.lat, zoneFrom.lon);
  if (!timezone && d.postalCode) {
    const p = ctx.places.postalCode(d.postalCode);
    if (p) timezone = timeZoneAt(p.lat, p.lon);
  }

  return {
    programId,
    name: d.name,
    startMinute: d.startMinute,
    timezone: timezone ?? '',
    modes,
    ...(inPerson ? { lat, lon } : {}),
    ...(d.town ? { town: d.town } : {}),
    ...(d.region ? { region: d.region } : {}),
    ...(inPerson && d.address ? { address: d.address } : {}),
    ...(inPerson && d.location ? { location: d.location } : {}),
    ...(inPerson && d.locationNotes ? { locationNotes: d.locationNotes } : {}),
    ...(inPerson && d.postalCode ? { postalCode: d.postalCode } : {}),
    ...(d.url ? { url: d.url } : {}),
    ...(d.phone ? { phone: d.phone } : {}),
    tags,
  };
}
