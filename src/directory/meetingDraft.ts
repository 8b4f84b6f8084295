import type { ProgramCatalogue } from './programCatalogue';
import { normalizeTownName, type PlaceIndex } from './placeIndex';
import { isValidTimeZone, timeZoneAt } from './timeZones';
import { parseDialIn, settleDialIn } from './dialIn';
import { isPlaceholderMeetingId, tagName } from './feedFields';
import { vaguePlaceReason } from './meetingPlace';
import { namedFor } from './namedFor';
import { isSpanishName } from './spanishName';
import type { ImportReport, Meeting, MeetMode, Place, ProgramId } from './types';

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
  /** The street alone, for the specific-place rule (see meetingPlace.ts). */
  street?: string;
  /** The place's own name (a church, a hall); also read by the specific-place rule. */
  location?: string;
  /** How to find the room. */
  locationNotes?: string;
  /** Free-text notes, read for "rotates" and, for a dial-in without its ID, for the ID or an e-mail for the link. */
  notes?: string;
  url?: string;
  phone?: string;
  /** The link and dial-in exactly as the feed wrote them, to name an unusable one in the report. */
  rawUrl?: string;
  rawPhone?: string;
  /** Notes on the dial-in and on the link (Meeting Guide `conference_phone_notes`, `conference_url_notes`). */
  phoneNotes?: string;
  urlNotes?: string;
  /** Set by settleJoining: the dial-in had no meeting ID, and the notes say the details come by e-mail. */
  dialInByEmail?: boolean;
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

/**
 * A meeting's ways to attend, in person first, then online (a link), then phone (a dial-in): one shared list per
 * combination, as the load's MeetingInterner would make them, rather than a new array per meeting for it to drop.
 * Never changed after import.
 */
const MODE_LISTS: ReadonlyArray<MeetMode[]> = Array.from({ length: 8 }, (_, bits) =>
  (['in_person', 'online', 'phone'] as const).filter((_mode, i) => bits & (1 << i)),
);

const ONLINE_CODES = new Set(['ONL', 'VM', 'VIRTUAL']);
const HYBRID_CODES = new Set(['HY', 'HYBRID']);
const CLOSED_CODES = new Set(['TC']);
const BUSINESS_CODES = new Set(['BUS', 'BM', 'BUSINESS']);
const BUSINESS_NAME = /\bbusiness\s+(meeting|mtg)\b/i;

/**
 * Turns drafts into meetings, or into rejections with a reason: places in-person meetings (by
 * coordinates, else postal code, else town), derives how to attend, gives each its IANA zone.
 */
export function finishDrafts(drafts: MeetingDraft[], ctx: DraftContext, report: ImportReport): ImportResult {
  const finisher = new DraftFinisher(ctx);
  for (const d of drafts) finisher.add(d);
  return finisher.finish(report);
}

/**
 * finishDrafts one draft at a time, as an importer reads them: a draft is finished as soon as it is
 * made, so at national scale the drafts die young instead of all living until the last one is read
 * (copying them into the old generation was much of a big import's garbage collection). The report
 * comes out as finishDrafts gives it: the importer's own rejections, then these in draft order.
 */
export class DraftFinisher {
  private readonly meetings: Meeting[] = [];
  private readonly seen = new Set<string>();
  private readonly rejected: ImportReport['rejected'] = [];
  /**
   * One array per distinct list of tags: a feed repeats a few lists row after row, and a meeting's own array would
   * live until the load's MeetingInterner swaps it (copied by every young collection on the way).
   */
  private readonly tagLists = new Map<string, string[]>();

  constructor(private readonly ctx: DraftContext) {}

  /** Finishes one draft: its meetings (one per day) are kept, or its rejection noted. */
  add(d: MeetingDraft): void {
    const { ctx, seen } = this;
    const result = finishDraft(d, ctx);
    if (typeof result === 'string') {
      this.rejected.push({ slug: d.slug, reason: result });
      return;
    }
    const tagKey = result.tags.join('\u0000');
    const tags = this.tagLists.get(tagKey);
    if (tags) result.tags = tags;
    else this.tagLists.set(tagKey, result.tags);
    for (const day of d.days!) {
      const slug = d.days!.length > 1 ? `${d.slug}-${day}` : d.slug;
      const id = `${ctx.sourceId}:${slug}`;
      if (seen.has(id)) {
        this.rejected.push({ slug, reason: 'duplicate slug: another meeting in this source has the same slug' });
        continue;
      }
      seen.add(id);
      // One copy per day only when there are several: at national scale the copy is most of the garbage.
      const m = (d.days!.length > 1 ? { ...result } : result) as Meeting;
      m.id = id;
      m.day = day;
      this.meetings.push(m);
    }
  }

  /** The meetings, after the importer's own rejections (already in `report`) and these. */
  finish(report: ImportReport): ImportResult {
    const { ctx } = this;
    for (const r of this.rejected) report.rejected.push(r);
    // Meetings with no zone and no coordinates (online-only) take the zone most of the feed uses.
    const feedZone = this.meetings.some((m) => !m.timezone) ? mostUsedZone(this.meetings) : undefined;
    const finished: Meeting[] = [];
    for (const m of this.meetings) {
      if (!m.timezone) {
        if (!feedZone) {
          report.rejected.push({
            slug: m.id.slice(ctx.sourceId.length + 1),
            reason: 'no time zone: the feed gives none and the meeting has no coordinates',
          });
          continue;
        }
        m.timezone = feedZone;
      }
      finished.push(m);
    }
    report.imported = finished.length;
    return { meetings: finished, report };
  }
}

/**
 * The zone most of the meetings have (the first of those tied, in order of first use); undefined when none has one.
 * Counted only when some meeting needs it: nearly every feed gives every meeting its zone.
 */
function mostUsedZone(meetings: readonly Meeting[]): string | undefined {
  const votes = new Map<string, number>();
  for (const m of meetings) if (m.timezone) votes.set(m.timezone, (votes.get(m.timezone) ?? 0) + 1);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Tags that say which language a meeting is held in: mapped codes ("S" -> spanish) and unmapped
 * ones as tagName leaves them (Meeting Guide's "EN", "FR", "POL"; BMLT's format names). A meeting
 * with one of these is never given another language from its name.
 */
export const LANGUAGE_TAGS: ReadonlySet<string> = new Set([
  'spanish',
  'english',
  'french',
  'polish',
  'russian',
  'portuguese',
  'german',
  'italian',
  'korean',
  'chinese',
  'japanese',
  'vietnamese',
  'tagalog',
  'hindi',
  'punjabi',
  'american_sign_language',
  'asl',
  'en',
  'fr',
  'pol',
  'rus',
  'por',
  'ger',
  'ita',
  'kor',
  'ja',
]);

/**
 * Whether a meeting is held in English as far as its tags tell: no language tag (feeds here mark only the other
 * languages), or English's own. A texter who writes in Spanish is told so (`labels.english` in the flow).
 */
export function heldInEnglish(tags: readonly string[]): boolean {
  return tags.every((t) => t === 'english' || t === 'en' || !LANGUAGE_TAGS.has(t));
}

/** One draft to a meeting without its day and id, or the reason it cannot be offered. */
function finishDraft(d: MeetingDraft, ctx: DraftContext): Omit<Meeting, 'id' | 'day'> | string {
  const refused = refusalOf(d, ctx);
  if (refused) return refused;
  const { programId, tags } = programAndTags(d, ctx);
  // A group the feed gives no language, named in Spanish, meets in Spanish (see isSpanishName).
  if (!tags.some((t) => LANGUAGE_TAGS.has(t)) && isSpanishName(d.name!)) tags.push('spanish');
  // A group named for women or for men is one, with or without its code (see namedFor).
  const namedTag = namedFor(d.name!);
  if (namedTag && !tags.includes(namedTag)) tags.push(namedTag);
  const upper = d.codes.map((c) => c.toUpperCase());
  settleJoining(d, upper);
  const attend = howToAttend(d, upper);
  if (typeof attend === 'string') return attend;
  const remoteModes = attend.remote;
  const where = attend.inPerson ? placeInPerson(d, ctx, remoteModes.length > 0) : { inPerson: false };
  if (typeof where === 'string') return where;
  const { inPerson, lat, lon, placedBy } = where;
  if (!inPerson && remoteModes.length === 0) return noRemoteReason(d, attend.claimsRemote);
  const modes = MODE_LISTS[(inPerson ? 1 : 0) | (d.url ? 2 : 0) | (d.phone ? 4 : 0)];
  if (inPerson && remoteModes.length && !tags.includes('hybrid')) tags.push('hybrid');
  if (placedBy && placedBy !== 'coordinates') tags.push(`placed_by_${placedBy}`);
  const timezone = zoneOfDraft(d, ctx, lat !== undefined ? { lat, lon: lon! } : d.coords);

  // Set field by field, in this order, rather than spread from small objects: a spread makes and copies an
  // object per optional field, per meeting, which at national scale is much of an import's garbage.
  const m: Omit<Meeting, 'id' | 'day'> = {
    programId,
    name: d.name!,
    startMinute: d.startMinute!,
    timezone: timezone ?? '',
    modes,
  } as Omit<Meeting, 'id' | 'day'>;
  if (inPerson) {
    m.lat = lat;
    m.lon = lon;
  }
  if (d.town) m.town = d.town;
  if (d.region) m.region = d.region;
  if (inPerson && d.address) m.address = d.address;
  if (inPerson && d.location) m.location = d.location;
  if (inPerson && d.locationNotes) m.locationNotes = d.locationNotes;
  // A feed's "0" (or "00000") stands for no postal code: never printed after the address.
  if (inPerson && d.postalCode && /[1-9A-Z]/i.test(d.postalCode)) m.postalCode = d.postalCode;
  if (d.url) m.url = d.url;
  if (d.phone) m.phone = d.phone;
  m.tags = tags;
  return m;
}

/** Why a draft cannot be a meeting whatever its place: an example, unpublished, incomplete, or a business meeting. */
function refusalOf(d: MeetingDraft, ctx: DraftContext): string | undefined {
  if (d.example) return 'example entry: staff replace it with a real one and remove `example: true`';
  if (d.published === false) return 'unpublished in the feed';
  if (!d.name) return 'no name';
  if (!d.days) return 'no valid day (expected 0-6 with Sunday = 0, or BMLT 1-7 with Sunday = 1)';
  if (d.startMinute === undefined) return 'no valid start time (expected HH:MM)';
  if (!ctx.catalogue.has(d.programId)) return `unknown program "${d.programId}" (not in directory/programs.yaml)`;
  if (
    d.codes.some((c) => BUSINESS_CODES.has(c.toUpperCase()) || /business/i.test(d.codeNames?.get(c) ?? '')) ||
    BUSINESS_NAME.test(d.name)
  ) {
    return 'business meeting: for members who run the group, not a place for a newcomer';
  }
  return undefined;
}

/** The program a type code may move the meeting to (a code for Alateen in an Al-Anon feed), and its tags. */
function programAndTags(d: MeetingDraft, ctx: DraftContext): { programId: ProgramId; tags: string[] } {
  let programId = d.programId;
  const tags: string[] = [];
  for (const code of d.codes) {
    const meaning = ctx.catalogue.typeCode(d.programId, code);
    if (meaning?.program && programId === d.programId) programId = meaning.program;
    const tag = meaning?.tag ?? tagName(d.codeNames?.get(code) ?? code);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return { programId, tags };
}

/** Where an in-person meeting is, how it was placed; not in person when vague but joinable remotely; else why not. */
function placeInPerson(
  d: MeetingDraft,
  ctx: DraftContext,
  hasRemote: boolean,
): { inPerson: boolean; lat?: number; lon?: number; placedBy?: PlacedBy } | string {
  const vague = vaguePlaceReason({
    street: d.street,
    locationName: d.location,
    town: d.town,
    notes: d.notes,
    hasCoordinates: Boolean(d.coords),
    approximate: d.approximate,
  });
  const placed = vague ? undefined : placeOf(d, ctx);
  if (placed) return { inPerson: true, lat: placed.lat, lon: placed.lon, placedBy: placed.placedBy };
  if (!hasRemote) {
    return vague
      ? `in person with no specific place (${vague}) and no link or dial-in to join online instead`
      : unknownPlaceReason(d);
  }
  // Not a place a newcomer can find: offered by its link or dial-in only.
  return { inPerson: false };
}

/** The meeting's zone: the feed's when valid, else from where it is, else from its postal code. */
function zoneOfDraft(
  d: MeetingDraft,
  ctx: DraftContext,
  at: { lat: number; lon: number } | undefined,
): string | undefined {
  let timezone = d.timezone && isValidTimeZone(d.timezone) ? d.timezone : undefined;
  if (!timezone && at) timezone = timeZoneAt(at.lat, at.lon);
  if (!timezone && d.postalCode) {
    const p = ctx.places.postalCode(d.postalCode);
    if (p) timezone = timeZoneAt(p.lat, p.lon);
  }
  return timezone;
}

/** A dial string with a code after its number ("+19292056099,,88538130466#"): parseDialIn would find its ID. */
const WITH_CODE = /\d[,;][,;#*]*\d{4}/;

/**
 * A dial-in with the meeting ID it needs (from the dial string, the notes or the Zoom link), or none when it leads
 * nowhere; and, with no link or dial-in left, the address the notes say sends the link, as a `mailto:` link (see
 * dialIn.ts). Read only for a meeting the feed offers remotely: an in-person group's "email us" is not a way in.
 */
function settleJoining(d: MeetingDraft, upper: string[]): void {
  // Nearly every dial-in carries its ID and nearly every link works: nothing in the notes to read for them. A code
  // that is only the number again ("+19292056099,,9292056099#") is no ID: its notes or Zoom link are read for one.
  if (d.phone && WITH_CODE.test(d.phone) && parseDialIn(d.phone)?.id !== undefined) return;
  if (!d.rawPhone && (d.url || !claimsRemote(d, upper))) return;
  const settled = settleDialIn({ rawPhone: d.rawPhone, url: d.url, notes: [d.phoneNotes, d.urlNotes, d.notes] });
  if (d.phone && !settled.phone) d.dialInByEmail = true;
  d.phone = settled.phone;
  if (!d.url && settled.email) d.url = `mailto:${settled.email}`;
}

/** Whether the feed says a meeting is joined online or by phone (a code, its attendance option, its venue type). */
function claimsRemote(d: MeetingDraft, upper: string[]): boolean {
  const attendance = d.attendance?.toLowerCase();
  return (
    upper.some((c) => ONLINE_CODES.has(c) || HYBRID_CODES.has(c)) ||
    attendance === 'online' ||
    attendance === 'hybrid' ||
    d.venueType === 2 ||
    d.venueType === 3
  );
}

/** How a draft says people attend, or why it cannot be offered at all (inactive). */
function howToAttend(
  d: MeetingDraft,
  upper: string[],
): { inPerson: boolean; remote: MeetMode[]; claimsRemote: boolean } | string {
  const closed = upper.some((c) => CLOSED_CODES.has(c));
  const onlineCode = upper.some((c) => ONLINE_CODES.has(c));
  const hybridCode = upper.some((c) => HYBRID_CODES.has(c));
  const attendance = d.attendance?.toLowerCase();
  const remote: MeetMode[] = [];
  if (d.url) remote.push('online');
  if (d.phone) remote.push('phone');
  if (attendance === 'inactive') return 'marked inactive in the feed (attendance_option: inactive)';
  let inPerson: boolean;
  if (attendance === 'in_person' || attendance === 'hybrid') inPerson = true;
  else if (attendance === 'online') inPerson = false;
  else if (d.venueType === 1 || d.venueType === 3) inPerson = !closed;
  else if (d.venueType === 2) inPerson = false;
  else inPerson = !closed && (!onlineCode || hybridCode);
  const claimsRemote =
    onlineCode ||
    hybridCode ||
    attendance === 'online' ||
    attendance === 'hybrid' ||
    d.venueType === 2 ||
    d.venueType === 3;
  if (closed && !inPerson && remote.length === 0 && !d.rawUrl && !d.rawPhone) {
    return 'temporarily closed (TC) and no online link or dial-in';
  }
  return { inPerson, remote, claimsRemote };
}

/** Why an in-person draft with no coordinates could not be placed: what it had, and what was not found. */
function unknownPlaceReason(d: MeetingDraft): string {
  const postal = d.postalCode ? `postal code ${d.postalCode} not known` : 'no postal code';
  const town = d.town ? `town "${d.town}${d.region ? `, ${d.region}` : ''}" not found` : 'no town';
  return `in person but the place is unknown: no coordinates, ${postal}, ${town}`;
}

/**
 * How an in-person meeting was placed; becomes its `placed_by_` tag (not `coordinates`). `postal_other_town`: at
 * its postal code, though the feed names another town the tables do not know, so how far it is is not known
 * (formatMeetingLines then names the town instead of miles).
 */
type PlacedBy = 'coordinates' | 'postal' | 'postal_other_town' | 'town';

/**
 * Where an in-person draft is: its coordinates, else its postal code, else its town; its town before its postal
 * code when the two are miles apart (see milesApart).
 */
function placeOf(d: MeetingDraft, ctx: DraftContext): { lat: number; lon: number; placedBy: PlacedBy } | undefined {
  // Written out rather than spread: this runs for every in-person meeting of a feed.
  if (d.coords) return { lat: d.coords.lat, lon: d.coords.lon, placedBy: 'coordinates' };
  const byPostal = d.postalCode ? ctx.places.postalCode(d.postalCode) : undefined;
  // The town is looked up only when it is not the ZIP's own: most feeds name the ZIP's town, and an import
  // that never reads a town never builds the town tables (see PlaceIndex.forImport).
  // Canadian postal areas are named for regions ("Quinte Shores"), not towns: there the area places it.
  const sameTown = byPostal && (!d.town || byPostal.country !== 'US' || sameTownName(d.town, byPostal));
  if (byPostal && sameTown) return { lat: byPostal.lat, lon: byPostal.lon, placedBy: 'postal' };
  const byTown = d.town ? ctx.places.town(d.town, d.region) : undefined;
  if (byPostal && (!byTown || !milesApart(byPostal, byTown))) {
    return { lat: byPostal.lat, lon: byPostal.lon, placedBy: byTown ? 'postal' : 'postal_other_town' };
  }
  return byTown ? { lat: byTown.lat, lon: byTown.lon, placedBy: 'town' } : undefined;
}

/** Farther apart than this, a feed's town and its ZIP's town are two places, not a town and its neighbourhood. */
const TOWN_APART_MILES = 5;

/** Whether a feed's town is the one its postal code names ("Lubbock" and 79401, "Lubbock, TX"). */
function sameTownName(town: string, byPostal: Place): boolean {
  return normalizeTownName(town) === normalizeTownName(byPostal.label.split(',')[0]);
}

/**
 * Whether a feed's town, another than its postal code's, is some miles off: then the postal code is the slip
 * ("Slaton" with 79401, downtown Lubbock's ZIP: Slaton's is 79364, 15 miles away), as a volunteer types a town
 * more carefully than a ZIP, and the town places the meeting. A neighbourhood under its city's ZIP
 * ("Dorchester", 02124 Boston) stays at the ZIP, which is nearer the door than the town's middle.
 */
function milesApart(byPostal: Place, byTown: Place): boolean {
  const dLat = byTown.lat - byPostal.lat;
  const dLon = (byTown.lon - byPostal.lon) * Math.cos((byPostal.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon) * MILES_PER_DEGREE > TOWN_APART_MILES;
}

/** Miles in a degree of latitude, near enough to tell a town 5 miles off from one 15 miles off. */
const MILES_PER_DEGREE = 69.05;

/** Whether a link or dial string holds a placeholder meeting ID: a run of 9 or more digits like 1234567890. */
function holdsPlaceholderId(raw: string | undefined): boolean {
  return raw !== undefined && (raw.match(/\d{9,}/g) ?? []).some(isPlaceholderMeetingId);
}

/** Why a meeting with no place to go cannot be joined remotely either: names a bad link or dial-in. */
function noRemoteReason(d: MeetingDraft, claimsRemote: boolean): string {
  const bad: string[] = [];
  if (d.dialInByEmail) {
    return 'online meeting, but its dial-in has no meeting ID and the notes say the details come by e-mail, with no address';
  }
  // A test entry: "zoom.us/j/1234567890" and "+19292056099,,1234567890#" are well-formed, and reach no one.
  if (holdsPlaceholderId(d.rawUrl) || holdsPlaceholderId(d.rawPhone)) {
    return 'online meeting, but its link or dial-in is to a placeholder meeting ID (1234567890): a test entry';
  }
  if (d.rawUrl) bad.push('its link is not a usable http(s) address');
  if (d.rawPhone) bad.push('its dial-in is not a usable number (fewer than 10 digits, or letters)');
  if (bad.length) return `online meeting, but ${bad.join(' and ')}`;
  return claimsRemote
    ? 'online meeting with no link or dial-in in the feed'
    : 'no way to attend: no place, link or dial-in';
}
