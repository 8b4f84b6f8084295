/**
 * The meeting directory's contract: programs, places, meetings and the search over them. All
 * lookups are synchronous and in memory, so the conversation engine can call them and stay pure.
 */

/** A program's id as staff write it in directory/programs.yaml, e.g. `aa`, `na`, `smart`, `mara`, `alanon`. */
export type ProgramId = string;

/** The ways a person can meet. */
export type MeetMode = 'in_person' | 'online' | 'phone';

/** What the conversation learned about the person; the catalogue turns it into programs. */
export interface Situation {
  /** Help for oneself, or for a family member or friend. */
  audience: 'self' | 'family';
  /** What it is about. */
  concern: 'alcohol' | 'drugs' | 'gambling' | 'unsure';
  /** Takes methadone, buprenorphine or naltrexone in recovery (self only). */
  medication?: boolean;
  /** A teen aged 13-19 (family only, for Alateen). */
  teen?: boolean;
  /** Another behavior than gambling (video games, porn, shopping...), with concern gambling: SMART, not GA. */
  behavior?: boolean;
}

/** A program from the staff catalogue. */
export interface Program {
  id: ProgramId;
  /** Short name a texter knows, e.g. "AA": the English one when staff gave one per language. */
  name: string;
  /** The name per language code, when staff gave one per language (read it with programNameIn). */
  names?: Record<string, string>;
  /** One line a texter understands, per language code. */
  description: Record<string, string>;
  /** Official meeting finder. */
  finderUrl?: string;
  /** Where to find online meetings. */
  onlineUrl?: string;
  /** A phone line or phone-meeting number, where one exists. */
  phone?: string;
  /** A short neutral line per language, said when the program comes first (MARA: welcomes people on medication). */
  note?: Record<string, string>;
  /** Who it is for, as staff wrote it in programs.yaml (informational; matching uses the rules). */
  for?: ProgramAudience;
}

/** Who a program serves, from programs.yaml. */
export interface ProgramAudience {
  audience: Array<'self' | 'family'>;
  concerns: Array<'alcohol' | 'drugs' | 'gambling' | 'unsure'>;
  /** Welcomes people who take medication (methadone, buprenorphine, naltrexone) in recovery. */
  medicationFriendly: boolean;
  /** Made for people in medication-assisted recovery (MARA): offered first to someone on medication. */
  medicationAssisted?: boolean;
  /**
   * The concern the program's name says, where it serves more than one: Al-Anon is for families of drinkers (and
   * takes families of drug users too). A texter who names it and nothing else is taken to mean this one.
   */
  namedFor?: 'alcohol' | 'drugs' | 'gambling';
  /** Meant for teens. */
  teens: boolean;
}

/** A point a texter named, resolved offline. */
export interface Place {
  lat: number;
  lon: number;
  /** How to name it back to the texter, e.g. "Amarillo, TX". */
  label: string;
  country: 'US' | 'CA';
}

/** The result of reading a place out of a texter's words. */
export type PlaceLookup =
  { kind: 'found'; place: Place } | { kind: 'ambiguous'; town: string; states: string[] } | { kind: 'not_found' };

/** A narrowing of when, read from words like "tonight", "tomorrow", "Saturday", "morning". */
export interface TimeWindow {
  /** Days from today (0 = today) the meeting must fall on, in the meeting's own zone; undefined = any. */
  dayOffsets?: number[];
  /** Earliest and latest local start, minutes after midnight; undefined = any. */
  fromMinute?: number;
  toMinute?: number;
  /** Local weekdays (0 = Sunday) the meeting must fall on, from words like "Saturday"; undefined = any. */
  weekdays?: number[];
}

/** One meeting, as every importer produces it. */
export interface Meeting {
  /** Stable id: source + slug. */
  id: string;
  programId: ProgramId;
  name: string;
  /** 0 = Sunday ... 6 = Saturday, in the meeting's own time zone. */
  day: number;
  /** Local start, minutes after midnight. */
  startMinute: number;
  /** IANA zone, e.g. America/Chicago. */
  timezone: string;
  modes: MeetMode[];
  /** Where in-person meetings meet (coordinates may be approximate: by postal code or town). */
  lat?: number;
  lon?: number;
  town?: string;
  region?: string;
  address?: string;
  /** The place's own name, e.g. "First Baptist Church" (in person only). */
  location?: string;
  /** How to find the room, e.g. "Basement, side door" (in person only). */
  locationNotes?: string;
  /** Postal code of the address, as the feed wrote it (in person only). */
  postalCode?: string;
  /**
   * How to join online: a link, or `mailto:` the address that sends it when the feed gives no other way in
   * (see dialIn.ts).
   */
  url?: string;
  /** How to join by phone: a dial-in string, with the meeting ID it needs ("+19292056099,,88538130466#"). */
  phone?: string;
  /** Type codes after mapping for the program (e.g. `alateen`, `women`, `spanish`). */
  tags: string[];
}

/** What to look for. */
export interface MeetingQuery {
  programs: ProgramId[];
  modes: MeetMode[];
  /** Required when modes include in_person. */
  place?: Place;
  now: Date;
  when?: TimeWindow;
  /**
   * Preferences: each entry is a set of tags of which a meeting must carry at least one (e.g.
   * [['women'], ['spanish']] = a women's meeting in Spanish); undefined or empty = any meeting.
   */
  tags?: string[][];
  /**
   * Order results by `programs` first (a program's meetings before the next program's), then by
   * next start and distance; otherwise by next start and distance across programs.
   */
  byProgram?: boolean;
  /**
   * In person: only meetings farther than this many miles, and only radii beyond it (for MORE
   * once a radius has run out: the next ring out, without the meetings already shown).
   */
  beyondMiles?: number;
  /** In person: look no farther than this many miles (a narrowed search stays within the radius of the plain one). */
  maxMiles?: number;
  /** In person: the nearest first, whenever they meet (the texter asked for something closer). */
  nearestFirst?: boolean;
  /**
   * The texter's time zone, when their place is known. An online or phone meeting is joined from
   * where they are, so `when` ("tomorrow afternoon") is read in this zone for those, as their
   * times are shown; an in-person meeting's own zone is the texter's anyway.
   */
  zone?: string;
  /**
   * Tags of meetings meant for other family members than the texter's person (programs.yaml's `meeting_focus`,
   * laterTags.ts): meetings carrying one come after their program's other meetings; undefined = no such order.
   */
  later?: string[];
  /** Skip this many (for MORE). */
  offset: number;
  /** How many at most (default 3). */
  limit?: number;
}

/**
 * A kind of meeting meant for some family members only, from programs.yaml's `meeting_focus`: meetings with the tag
 * (a feed's type code, e.g. Al-Anon's AC, adult_children) are for a texter whose person is one of `relations`
 * (the family word as texted or said back: "dad", "papa", "parents").
 */
export interface MeetingFocus {
  tag: string;
  relations: string[];
}

/** One hit: the meeting, how far, and when it next starts. */
export interface MeetingMatch {
  meeting: Meeting;
  distanceMiles?: number;
  nextStart: Date;
  /** The program's short name from the catalogue (e.g. "AA"), for the reply line. */
  programName?: string;
}

/** A page of results. */
export interface MeetingPage {
  matches: MeetingMatch[];
  /**
   * The same meetings in the order of the search's one list, when the page reads in another (a mixed page, soonest
   * first): a reply with no room for them all must show a first part of this order, so the next page (which starts
   * after as many as were shown) neither repeats nor skips one.
   */
  listOrder?: MeetingMatch[];
  /** How far the in-person search looked, in miles (10, 25, 50, 100), when it looked. */
  radiusMiles?: number;
  /** Whether there are more after this page. */
  hasMore: boolean;
}

/** The loaded directory: catalogue, places, meetings. Swapped whole on refresh. */
export interface MeetingDirectory {
  /** The programs that fit a situation, in the order to present them. */
  programsFor(situation: Situation): Program[];
  /** The kinds of meeting meant for some family members only (programs.yaml's `meeting_focus`); none when absent. */
  meetingFocus?(): readonly MeetingFocus[];
  /** Every program in the catalogue by id. */
  program(id: ProgramId): Program | undefined;
  /** The catalogue's programs, in its order (to tell whether a program a texter names is listed). */
  programs(): readonly Program[];
  /**
   * Reads a ZIP, ZIP+4, Canadian postal code, "City, ST", "City ST" or a town out of free text.
   * `near`, the place the conversation is at, settles a town several states have when one of them
   * is close by ("canyon" from Amarillo is Canyon, TX).
   */
  lookupPlace(text: string, near?: Place): PlaceLookup;
  /** Reads day and time words ("tonight", "Saturday morning") out of free text; undefined when none. */
  parseWhen(text: string): TimeWindow | undefined;
  /** The next meetings that fit, nearest and soonest first, widening the radius until 3 fit. */
  search(query: MeetingQuery): MeetingPage;
  /** One loaded meeting by id (for the details of a meeting shown), undefined when gone. */
  meeting(id: string): Meeting | undefined;
  /** How many meetings are loaded (for logs and /readyz). */
  size(): number;
}

/** The few words a meeting line needs, per language; they come from the flow file (staff words). */
export interface ReplyLabels {
  /** Weekday abbreviations, Sunday first, e.g. ["Sun","Mon",...] or ["Dom","Lun",...]. */
  days: string[];
  /** Word for an online meeting, e.g. "online" / "en linea". */
  online: string;
  /** Word for a phone meeting, e.g. "phone" / "por tel". */
  phone: string;
  /** Suffix after a distance, e.g. "mi". */
  miles: string;
  /** Suffix after a distance in kilometres, said to a texter whose place is in Canada, e.g. "km" (the default). */
  km?: string;
  /**
   * The help line said under meetings when none fits (`{{helpline}}`): `us`, e.g. SAMHSA's, and `ca`, said when the
   * place searched is in Canada, where SAMHSA's line does not answer.
   */
  helpline?: { us: string; ca: string };
  /** The word joining the last two of a list, e.g. "or" in "1, 2 or 3" (default "or"). */
  or?: string;
  /**
   * What replying a meeting's number gets: in person (e.g. "directions") and online or by phone (e.g. "how to
   * join").
   */
  pick?: { in_person: string; remote: string };
  /** Said before the day of a meeting a week away on today's weekday, e.g. "next" (Wed): not today's. */
  next?: string;
  /** A meeting at 00:00, said with the evening before: "midnight" ("Sat midnight"); "12am" when absent. */
  midnight?: string;
  /** A meeting at 12:00: "noon"; "12pm" when absent. */
  noon?: string;
  /**
   * Said under meetings held in English, for a flow language that is not English: `all` when every one shown is
   * ("Estas reuniones son en ingles."), else `some` with their numbers in `{{items}}` ("En ingles: 2, 3."); `asked`
   * instead of `all` once the texter asked for meetings in their language (no hint to ask again).
   */
  english?: { all: string; some: string; asked?: string };
  /**
   * Said under meetings held in Spanish, for a flow language that is not Spanish: `all` when every one shown is
   * ("These meet in Spanish."), else `some` with their numbers ("In Spanish: 2."), so no one walks in unawares.
   */
  spanish?: { all: string; some: string };
  /** Said before the programs' own meeting finders, near no meeting on our lists, e.g. "Local meetings:". */
  finders?: string;
  /**
   * Whom the groups found are for (`{{whom}}`): `you` ("for you"), or, when the person the help is about wants help
   * themselves ("my husband wants to quit"), `them` ("for your {{relation}} and you"), `them_many` for several
   * ("your parents"), `them_unnamed` when no family word names them ("he wants to quit").
   */
  whom?: { you: string; them: string; them_many?: string; them_unnamed: string };
  /** Words for the details of one meeting, e.g. "Map", "Notes", "Types" (English when absent). */
  details?: DetailLabels;
  /** How to say what a search was narrowed to, e.g. tonight: "tonight", women: "for women" (key: the context value). */
  filters?: Record<string, string>;
  /** Words for joining by phone and by e-mail (English when absent, see DIAL_WORDS in formatMeetings.ts). */
  dial?: { id: string; passcode: string; email: string };
}

/** Headings of the details reply, per language. */
export interface DetailLabels {
  map: string;
  notes: string;
  types: string;
  /** Type tags in words, e.g. { open: "open", closed: "closed (for members)" }; unknown tags show as words. */
  tags?: Record<string, string>;
}

/** What one source's import produced: how many meetings came in, and each one that did not, and why. */
export interface ImportReport {
  /** The path or URL as configured (no credentials: sources are public feeds). */
  source: string;
  /** The program the source was read as (e.g. `aa`), when one applied to the whole source. */
  program?: ProgramId;
  imported: number;
  rejected: Array<{ slug: string; reason: string }>;
  /** Meetings this source listed that were already listed (here or by an earlier source), merged into one. */
  merged?: number;
  /** Set when the whole source could not be read or parsed (nothing came in, or its last good copy was kept). */
  error?: string;
}
