import { smsLength, toGsm7 } from '../sms/gsm7';
import { dialInWords, parseDialIn, type DialIn } from './dialIn';
import { distanceSaid, unitWord, type DistanceUnit } from './distanceUnit';
import { programNameIn } from './programName';
import { plainWords } from './plainWords';
import { isValidTimeZone, localWeekMinute, zoneAbbreviation } from './timeZones';
import type { Meeting, MeetingMatch, MeetingPage, MeetMode, Program, ReplyLabels } from './types';

/** Names longer than this are cut with "..." so one meeting never takes a whole text. */
export const MAX_NAME_CHARS = 40;

/** How to write meeting lines. */
export interface MeetingLineOptions {
  /** The few words a line needs, from the flow file. */
  labels: ReplyLabels;
  /** The whole result must fit in this many GSM-7 characters (extension characters count two). */
  maxChars: number;
  /** The moment of the reply (for the zone name of online meetings: EST or EDT). */
  now: Date;
  /**
   * The ways the texter asked for; decides whether an online+phone meeting shows its link, dial-in or both.
   * Default: all.
   */
  modes?: MeetMode[];
  /** The texter's own IANA zone, when their place is known: online and phone times are given in it. */
  zone?: string;
  /** Name `zone` on the line ("7pm CST"): it is only a guess (their number's state), not a place they gave. */
  zoneNamed?: boolean;
  /** The unit distances are said in: kilometres for a place in Canada (distanceUnit.ts). Default: miles. */
  unit?: DistanceUnit;
}

/**
 * One line per meeting, e.g. "AA Touch of Soul, Tue 7:30pm, Amarillo, 4 mi" or, online,
 * "Al-Anon Early Show, Tue 6pm EST, online zoom.us/j/..., phone +1929...#". Plain GSM-7 only,
 * never longer than `maxChars`. When the lines do not all fit, every line gives up its link and
 * keeps its dial-in first (more meetings beat more detail, and a dial-in works on any phone);
 * only then are whole lines left out, from the end. Empty string when the page has no meetings.
 */
export function formatMeetingLines(page: MeetingPage, opts: MeetingLineOptions): string {
  return formatMeetingPage(page, opts).text;
}

/** The meeting lines and how many of the page's meetings they show (for MORE: advance the offset by `shown`). */
export interface FormattedMeetings {
  text: string;
  /** The lines are always the first `shown` meetings of the page, in order. */
  shown: number;
}

/**
 * formatMeetingLines, also saying how many meetings made it in. Lines left out are always the
 * last ones, so a MORE that skips `shown` (not the page size) loses no meeting.
 */
export function formatMeetingPage(page: MeetingPage, opts: MeetingLineOptions): FormattedMeetings {
  // Each meeting's forms with their SMS lengths, worked out in order only while the shortest
  // forms still fit: past that no level can show every line, and the answer is the first lines
  // that fit in their shortest form, all of them among those already worked out.
  const variants: Array<{ lines: string[]; lengths: number[] }> = [];
  let shortestTotal = -1;
  for (const match of page.matches) {
    const lines = lineVariants(match, opts);
    const lengths = lines.map(smsLength);
    variants.push({ lines, lengths });
    shortestTotal += lengths[lengths.length - 1] + 1;
    if (shortestTotal > opts.maxChars) return firstThatFit(variants, opts.maxChars);
  }
  if (variants.length === 0) return { text: '', shown: 0 };
  const deepest = Math.max(...variants.map((v) => v.lines.length)) - 1;
  for (let level = 0; level <= deepest; level++) {
    let total = -1;
    for (const v of variants) total += v.lengths[Math.min(level, v.lengths.length - 1)] + 1;
    if (total <= opts.maxChars) {
      const picked = variants.map((v) => Math.min(level, v.lines.length - 1));
      if (level > 0) richerFromTop(variants, picked, opts.maxChars - total);
      const lines = variants.map((v, i) => v.lines[picked[i]]);
      return { text: lines.join('\n'), shown: lines.length };
    }
  }
  return firstThatFit(variants, opts.maxChars);
}

/**
 * Gives the room left back to the first lines: each, from the top, takes its richest form that still
 * fits, so the soonest meeting keeps its link when the three together cannot all keep theirs.
 */
function richerFromTop(variants: Array<{ lengths: number[] }>, picked: number[], room: number): void {
  let left = room;
  variants.forEach((v, i) => {
    for (let form = 0; form < picked[i]; form++) {
      const extra = v.lengths[form] - v.lengths[picked[i]];
      if (extra <= left) {
        left -= extra;
        picked[i] = form;
        return;
      }
    }
  });
}

/** Even the shortest forms do not all fit: the first ones that do, in order, in their shortest form. */
function firstThatFit(variants: Array<{ lines: string[]; lengths: number[] }>, maxChars: number): FormattedMeetings {
  const lines: string[] = [];
  let total = -1;
  for (const v of variants) {
    const last = v.lines.length - 1;
    if (total + v.lengths[last] + 1 > maxChars) break;
    total += v.lengths[last] + 1;
    lines.push(v.lines[last]);
  }
  return { text: lines.join('\n'), shown: lines.length };
}

/** The line for one meeting in its fullest form (see formatMeetingLines). */
export function formatMeetingLine(match: MeetingMatch, opts: Omit<MeetingLineOptions, 'maxChars'>): string {
  return lineVariants(match, opts)[0];
}

/**
 * The forms of a meeting's line, richest first: with link and dial-in, then dial-in only (then, in person,
 * neither).
 */
function lineVariants(match: MeetingMatch, opts: Omit<MeetingLineOptions, 'maxChars'>): string[] {
  const m = match.meeting;
  const { labels } = opts;
  const want = new Set<MeetMode>(opts.modes?.length ? opts.modes : ['in_person', 'online', 'phone']);
  const own = ownParts(match);
  const head = own.head;
  const inPersonShown = m.modes.includes('in_person') && want.has('in_person') && match.distanceMiles !== undefined;
  if (inPersonShown) {
    const parts = [head, dayAndTime(m.day, m.startMinute, match, labels, opts.now, m.timezone)];
    // Nearby, the street finds it; farther off, "Main St" says less than which town it is in
    // ("Trenton ON" 87 miles from Canandaigua, NY). The details give both.
    // Placed at a ZIP whose town is not the one the feed names (placed_by_postal_other_town): the miles would be
    // to the ZIP, so the town the feed names says where it is instead.
    const unsure = own.town && m.tags.includes('placed_by_postal_other_town');
    const where = (match.distanceMiles! >= TOWN_FROM_MILES || unsure) && own.town ? own.town : own.where;
    if (where) parts.push(where);
    if (!unsure) {
      const unit = opts.unit ?? 'mi';
      parts.push(`${distanceSaid(match.distanceMiles!, unit)} ${clean(unitWord(labels, unit))}`);
    }
    const base = parts.join(', ');
    // A hybrid meeting found nearby: the in-person line, and its dial-in if that still fits.
    const extras = remoteParts(match, own, labels, want);
    return [...extras.map((x) => `${base}, ${x}`), base];
  }
  const base = `${head}, ${remoteWhen(match, labels, opts.zone, opts.now, opts.zoneNamed)}`;
  const extras = remoteParts(match, own, labels, want);
  return extras.length ? extras.map((x) => `${base}, ${x}`) : [base];
}

/**
 * The zone remote meetings are told in when the texter's is not known (no place given, and no US state for their
 * number): one zone for every line and page, named ("Tue 8pm EST"), so "8pm" is the same hour on each line and a
 * Chicago meeting is not read as an 8pm beside New York ones. US Eastern, the zone most online meetings list.
 */
const REMOTE_ZONE_UNKNOWN_TEXTER = 'America/New_York';

/**
 * Day and time of a remote meeting: in the texter's zone when known (the time they will join at), named when that
 * zone is only their number's state's ("Tue 5pm CST"), otherwise in US Eastern time with its abbreviation ("Tue 6pm
 * EST"), whatever the meeting's own zone.
 */
function remoteWhen(
  match: MeetingMatch,
  labels: ReplyLabels,
  zone: string | undefined,
  now?: Date,
  zoneNamed = false,
): string {
  const m = match.meeting;
  const known = zone !== undefined && isValidTimeZone(zone);
  const shown = known ? zone : REMOTE_ZONE_UNKNOWN_TEXTER;
  const local = shown === m.timezone ? undefined : localWeekMinute(shown, match.nextStart.getTime());
  const [day, minute] = local ? [local.day, local.minute] : [m.day, m.startMinute];
  const abbreviation = known && !zoneNamed ? '' : zoneAbbreviation(shown, match.nextStart);
  const zoneName = abbreviation ? ' ' + clean(abbreviation) : '';
  return `${dayAndTime(day, minute, match, labels, now, shown)}${zoneName}`;
}

/**
 * A meeting's next day and start told in `zone`, without the zone's name: "Mon 6pm" in Arizona for a 7pm meeting in
 * Amarillo, for "what time is that in arizona" at a list (src/engine/listedTimes.ts, which names the zone once).
 */
export function whenInZone(m: Meeting, labels: ReplyLabels, now: Date, zone: string): string {
  const match = { meeting: m, nextStart: nextStartOf(m, now) };
  const local = localWeekMinute(zone, match.nextStart.getTime());
  return dayAndTime(local.day, local.minute, match, labels, now, zone);
}

/** A meeting on today's weekday but not today is at least this far off (checked first: it is cheap). */
const SIX_DAYS_MS = 6 * 24 * 60 * 60 * 1000;

/**
 * A meeting's day in words: "Wed", or "next Wed" (labels.next) when it falls on today's weekday a week
 * from now (in `zone`, where its day is told), so it is not read as today's, already missed.
 */
function dayOf(day: number, match: MeetingMatch, labels: ReplyLabels, now: Date | undefined, zone: string): string {
  const name = clean(labels.days[day] ?? '');
  if (!labels.next || !now || match.nextStart.getTime() - now.getTime() < SIX_DAYS_MS) return name;
  if (!isValidTimeZone(zone) || localWeekMinute(zone, now.getTime()).day !== day) return name;
  return `${clean(labels.next)} ${name}`;
}

/**
 * A meeting's day and start in words: "Tue 7:30pm". At 12:00 the flow's word for noon ("noon", "mediodia"), and at
 * 00:00 its word for midnight said with the evening before ("Sat midnight" for 00:00 on Sunday), as people say it:
 * "Sun 12am" is read as noon, or as Sunday night. Without those words, "12pm" and "12am" as before.
 */
function dayAndTime(
  day: number,
  minute: number,
  match: MeetingMatch,
  labels: ReplyLabels,
  now: Date | undefined,
  zone: string,
): string {
  if (minute === 0 && labels.midnight)
    return `${dayOf((day + 6) % 7, match, labels, now, zone)} ${clean(labels.midnight)}`;
  if (minute === 12 * 60 && labels.noon) return `${dayOf(day, match, labels, now, zone)} ${clean(labels.noon)}`;
  return `${dayOf(day, match, labels, now, zone)} ${clockTime(minute)}`;
}

/** A name that is only a kind of meeting: a number before it is the name itself ("710 Group"), not a group number. */
const ONLY_A_KIND = /^(?:group|grupo|meeting|club|afg)$/i;

/** A feed's name without group numbers, "(formerly ...)" and "AFG": noise on a small screen, and in answers. */
export function displayName(raw: string): string {
  const unnumbered = raw.replace(/^\d{3,}\s+(?=\D)/, '');
  const bare = (ONLY_A_KIND.test(unnumbered.trim()) ? raw : unnumbered)
    .replace(/\s*\(formerly[^)]*\)/i, '')
    .replace(/\s+AFG$/, '');
  return clean(bare) || clean(raw);
}

/** From this distance on, a meeting line says the town a meeting is in rather than its street. */
export const TOWN_FROM_MILES = 10;

/** Longest short address on a meeting line, so three lines still fit beside the program list. */
export const MAX_WHERE_CHARS = 32;

/**
 * Where an in-person meeting is, in a few words: the number and street ("327 East Central
 * Avenue"), else the location's name ("First Baptist Church"), else the town.
 */
export function shortWhere(m: Meeting): string {
  const street = streetOf(m.address);
  const where = street ?? (m.location ? clean(m.location) : undefined) ?? (m.town ? clean(m.town) : '');
  return shorten(where, MAX_WHERE_CHARS);
}

/** The number-and-street part of an address ("Hall, 128 Main St, Town" -> "128 Main St"); undefined when none. */
function streetOf(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const parts = address
    .split(',')
    .map((p) => clean(p))
    .filter(Boolean);
  const numbered = parts.find((p) => /^\d+[A-Za-z]?(-\d+)?\s+\S/.test(p));
  // Else a part with a number and a word in it ("Route 9 West"), but not the "TX 79101" of a formatted address.
  return numbered ?? parts.find((p) => /\d/.test(p) && /[A-Za-z]{3}/.test(p) && !/^[A-Z]{2}\s+\d{5}/.test(p));
}

/**
 * The parts of a meeting's line that depend on the meeting alone, cleaned for SMS: its heading
 * (program and name), where it is, its link and its dial-in. The same meetings come up text after
 * text (the nearest, the soonest online), and cleaning a feed's name takes a dozen regular
 * expressions, so the parts are kept per meeting: what they were made from is kept with them and
 * compared, so a meeting whose feed changed is made again.
 */
interface OwnParts {
  from: readonly (string | undefined)[];
  head: string;
  where: string;
  /** The town and its state or province ("Trenton ON"); empty when the feed names no town. */
  town: string;
  url: string | undefined;
  /** The address that sends the link, when that is the only way in (a `mailto:` url). */
  email: string | undefined;
  /** The dial-in read apart, to spell out in the reader's words. */
  dial: DialIn | undefined;
  /** The dial-in as the feed wrote it, when it cannot be read apart (shown as it is). */
  phone: string | undefined;
}

/** The words of a dial-in and an e-mailed link when the flow gives none (English). */
const DIAL_WORDS: NonNullable<ReplyLabels['dial']> = { id: 'ID', passcode: 'passcode', email: 'link by email' };

/** Each flow language's dial words once made GSM-7: labels live as long as their flow, and every line reads them. */
const dialWordsOfLabels = new WeakMap<ReplyLabels, NonNullable<ReplyLabels['dial']>>();

/** The flow's words for a dial-in and an e-mailed link, made GSM-7. */
function dialWords(labels: ReplyLabels): NonNullable<ReplyLabels['dial']> {
  let made = dialWordsOfLabels.get(labels);
  if (!made) {
    const w = labels.dial ?? DIAL_WORDS;
    made = { id: clean(w.id), passcode: clean(w.passcode), email: clean(w.email) };
    dialWordsOfLabels.set(labels, made);
  }
  return made;
}

/** The address of a `mailto:` link (see Meeting.url); undefined for any other link. */
function mailAddress(url: string | undefined): string | undefined {
  return url && /^mailto:/i.test(url) ? clean(url.slice(7)) : undefined;
}

/** Kept parts by meeting id; emptied when full (a day's texts meet far fewer meetings than this). */
const ownPartsById = new Map<string, OwnParts>();
const OWN_PARTS_KEPT = 5_000;

function ownParts(match: MeetingMatch): OwnParts {
  const m = match.meeting;
  const from = [match.programName, m.programId, m.name, m.address, m.location, m.town, m.region, m.url, m.phone];
  const kept = ownPartsById.get(m.id);
  if (kept && kept.from.every((v, i) => v === from[i])) return kept;
  const program = clean(match.programName ?? m.programId.toUpperCase());
  const name = shorten(displayName(m.name), MAX_NAME_CHARS);
  const made: OwnParts = {
    from,
    head: namesProgram(name, program) ? name : `${program} ${name}`,
    where: shortWhere(m),
    town: m.town ? shorten(clean(m.region ? `${m.town} ${m.region}` : m.town), MAX_WHERE_CHARS) : '',
    url: m.url ? shortUrl(clean(m.url)) : undefined,
    email: mailAddress(m.url),
    dial: m.phone ? parseDialIn(m.phone) : undefined,
    phone: m.phone ? clean(m.phone) : undefined,
  };
  if (ownPartsById.size >= OWN_PARTS_KEPT) ownPartsById.clear();
  ownPartsById.set(m.id, made);
  return made;
}

/** The link/dial-in tails of a line, fullest first: link and dial-in, then the dial-in alone. */
function remoteParts(match: MeetingMatch, own: OwnParts, labels: ReplyLabels, want: Set<MeetMode>): string[] {
  const m = match.meeting;
  const words = dialWords(labels);
  const joinsOnline = own.url && want.has('online') && m.modes.includes('online');
  const online = !joinsOnline
    ? undefined
    : own.email
      ? `${words.email} ${own.email}`
      : `${clean(labels.online)} ${own.url}`;
  // Spelled out as a basic phone keys it in: "phone 929-205-6099, ID 885 3813 0466, passcode 498378".
  const dials = own.phone && want.has('phone') && m.modes.includes('phone');
  const spelled = (compact: boolean) => (own.dial ? dialInWords(own.dial, words, compact) : own.phone);
  const phone = dials ? `${clean(labels.phone)} ${spelled(false)}` : undefined;
  // Without the ID's spaces and the commas: a few characters that can make room for another meeting.
  const compact = dials ? `${clean(labels.phone)} ${spelled(true)}` : undefined;
  const phones = compact && compact !== phone ? [phone!, compact] : phone ? [phone] : [];
  // Richest first; a dial-in alone beats a link alone, as it works on any phone.
  if (online && phone) return [`${online}, ${phone}`, ...phones];
  // A link alone can be long (a Zoom link with its passcode): last, the word "online" without it, so
  // three meetings still fit a page; the texter's reply with its number gets the link. An e-mail is the
  // only way in, and short: it stays.
  if (online) return own.email ? [online] : [online, clean(labels.online)];
  return phones;
}

/** "7:30pm", "7pm", "12pm". */
export function clockTime(minute: number): string {
  const h24 = Math.floor(minute / 60);
  const mm = minute % 60;
  const h12 = h24 % 12 === 0 ? 12 : h24 % 12;
  return `${h12}${mm ? ':' + String(mm).padStart(2, '0') : ''}${h24 < 12 ? 'am' : 'pm'}`;
}

/** Feed text made GSM-7 and single-line. */
function clean(s: string): string {
  return toGsm7(s).replace(/\s+/g, ' ').trim();
}

/** "AA Touch of Soul" starts with the word "AA"; "Narcoticos" does not start with "NA". */
function startsWithWord(text: string, word: string): boolean {
  return text.toLowerCase().startsWith(word.toLowerCase()) && !/[a-z0-9]/i.test(text.charAt(word.length));
}

/** "Beverly Alateen" already says Alateen; "Narcoticos Unidos" does not say NA. */
function namesProgram(name: string, program: string): boolean {
  const plain = ` ${plainWords(name)} `;
  return startsWithWord(name, program) || plain.includes(` ${plainWords(program)} `);
}

function shorten(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 3).trimEnd() + '...';
}

/** Options for program lists. */
export interface ProgramListOptions {
  /** Add each program's phone line where it has one (default true). */
  withPhone?: boolean;
  /** Add each program's meeting finder link (default true). */
  withLinks?: boolean;
  /** Only the compact form with the shorter of link and phone line per program ("Al-Anon 1-888-425-2666"). */
  shortest?: boolean;
}

/**
 * The programs as short lines in `lang` (falling back to `en`): the one-line description (staff
 * start it with the program's name) with the finder link and phone line. When that does not fit
 * `maxChars` for every program, the compact form "AA aa.org/find-aa 1-800..." is used, and when
 * even that is too long the last programs keep only the shorter of their link and phone line:
 * every program named can still be reached. Only a list too long for the budget even then loses
 * programs, from the end.
 */
export function formatProgramList(
  programs: Program[],
  lang: string,
  maxChars: number,
  opts: ProgramListOptions = {},
): string {
  const flags = [opts.withPhone !== false, opts.withLinks !== false, opts.shortest === true].join('|');
  const key = `list|${lang}|${maxChars}|${flags}`;
  return remembered(programs, key, () => buildProgramList(programs, lang, maxChars, opts));
}

/**
 * Lines made from a list of programs depend on nothing else, and the catalogue hands out one
 * frozen list per situation (programsFor), so they are kept per list: with the list, they are
 * gone when the catalogue is reloaded. A list that is not frozen could change, so it is not kept.
 */
const linesPerProgramList = new WeakMap<Program[], Map<string, string>>();

function remembered(programs: Program[], key: string, build: () => string): string {
  if (!Object.isFrozen(programs)) return build();
  let lines = linesPerProgramList.get(programs);
  if (!lines) linesPerProgramList.set(programs, (lines = new Map()));
  let text = lines.get(key);
  if (text === undefined) lines.set(key, (text = build()));
  return text;
}

function buildProgramList(programs: Program[], lang: string, maxChars: number, opts: ProgramListOptions): string {
  const withPhone = opts.withPhone !== false;
  const withLinks = opts.withLinks !== false;
  const nameOf = (p: Program) => clean(programNameIn(p, lang));
  const tail = (p: Program) =>
    [withLinks && p.finderUrl ? shortUrl(clean(p.finderUrl)) : '', withPhone && p.phone ? clean(p.phone) : '']
      .filter(Boolean)
      .join(' ');
  if (opts.shortest) {
    return shrinkFromEnd(
      programs.map((p) => [[nameOf(p), shortestContact(p, withLinks, withPhone)].filter(Boolean).join(' ')]),
      maxChars,
    );
  }
  const full = programs.map((p) => {
    const desc = clean(p.description[lang] ?? p.description.en ?? '');
    const name = nameOf(p);
    const line = !desc ? name : startsWithWord(desc, name) ? desc : `${name}: ${desc}`;
    return [line, tail(p)].filter(Boolean).join(' ');
  });
  if (totalLength(full) <= maxChars) return full.join('\n');
  // Compact: every program keeps its link or number (the shorter one when both do not fit).
  return shrinkFromEnd(
    programs.map((p) =>
      uniqueForms([
        [nameOf(p), tail(p)].filter(Boolean).join(' '),
        [nameOf(p), shortestContact(p, withLinks, withPhone)].filter(Boolean).join(' '),
      ]),
    ),
    maxChars,
  );
}

/** The shorter of a program's finder link and phone line ("1-888-425-2666" beats a long link). */
function shortestContact(p: Program, withLinks: boolean, withPhone: boolean): string {
  const link = withLinks && p.finderUrl ? shortUrl(clean(p.finderUrl)) : '';
  const phone = withPhone && p.phone ? clean(p.phone) : '';
  if (!link || !phone) return link || phone;
  return phone.length < link.length ? phone : link;
}

/** Options for the online and phone options. */
export interface OnlineOptions {
  /** The word before a phone line, e.g. "phone" / "por tel" (default: the number alone). */
  phoneLabel?: string;
  /** The texter's language, for the programs' names (default: their one shared name). */
  lang?: string;
}

/**
 * Where to meet online or by phone for each program, from the catalogue: "AA aa-intergroup.org/meetings",
 * "Al-Anon al-anon.org/... phone 1-888-425-2666". The answer when no meeting is listed nearby:
 * never an empty reply. When it does not all fit, the last programs first give up their link
 * (a phone line works on any phone), then are left out: every program named can be joined.
 */
export function formatOnlineOptions(programs: Program[], maxChars: number, opts: OnlineOptions = {}): string {
  return remembered(programs, `online|${maxChars}|${opts.phoneLabel ?? ''}|${opts.lang ?? ''}`, () =>
    buildOnlineOptions(programs, maxChars, opts),
  );
}

function buildOnlineOptions(programs: Program[], maxChars: number, opts: OnlineOptions): string {
  const label = opts.phoneLabel ? clean(opts.phoneLabel) + ' ' : '';
  const reachable = programs.filter((p) => p.onlineUrl || p.phone);
  const nameOf = (p: Program) => clean(opts.lang ? programNameIn(p, opts.lang) : p.name);
  const joinable = reachable.map((p) => {
    const name = nameOf(p);
    const url = p.onlineUrl ? shortUrl(clean(p.onlineUrl)) : '';
    const phone = p.phone ? label + clean(p.phone) : '';
    // Shortest, the site's own name: "nar-anon.org" still leads to its meetings.
    const site = url ? `${name} ${url.split('/')[0]}` : '';
    return uniqueForms([[name, url, phone].filter(Boolean).join(' '), phone ? `${name} ${phone}` : '', site]);
  });
  // Never a bare name ("Nar-Anon" alone tells no one how to join, the texting probe of 2026-12-06): when room is
  // short, programs are left out from the end instead, and those shown can be joined.
  return shrinkFromEnd(joinable, maxChars);
}

/** The distinct forms of a line, richest first. */
function uniqueForms(forms: string[]): string[] {
  return forms.filter((f, i) => f && forms.indexOf(f) === i);
}

/**
 * Lines that fit `maxChars`: each line has forms, richest first; the last line that can still
 * shrink gives up one step at a time, so the first (best-fitting) entries keep their detail
 * longest. Only when every line is at its shortest are lines dropped, from the end.
 */
function shrinkFromEnd(forms: string[][], maxChars: number): string {
  const level = forms.map(() => 0);
  const lines = () => forms.map((f, i) => f[level[i]]);
  while (totalLength(lines()) > maxChars) {
    let i = forms.length - 1;
    while (i >= 0 && level[i] >= forms[i].length - 1) i--;
    if (i < 0) return fitLines(lines(), maxChars);
    level[i]++;
  }
  return lines().join('\n');
}

/** "https://www.aa.org/find-aa/" -> "aa.org/find-aa": phones link it all the same, and it costs less. */
export function shortUrl(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
}

function totalLength(lines: string[]): number {
  return lines.reduce((n, l) => n + smsLength(l), 0) + Math.max(0, lines.length - 1);
}

/** The first lines that fit, in order: a line never gives way to a later one. */
function fitLines(lines: string[], maxChars: number): string {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const cost = smsLength(line) + (out.length ? 1 : 0);
    if (used + cost <= maxChars) {
      out.push(line);
      used += cost;
    } else break;
  }
  return out.join('\n');
}

/** What a details reply needs besides the meeting. */
export interface DetailOptions {
  labels: ReplyLabels;
  /** The reply must fit this many GSM-7 characters. */
  maxChars: number;
  now: Date;
  /** The texter's zone, when their place is known (for online and phone times). */
  zone?: string;
  /** Name `zone` with the time: it is only a guess from their number's state (MeetingLineOptions.zoneNamed). */
  zoneNamed?: boolean;
  /** The program's short name, e.g. "AA". */
  programName?: string;
  /**
   * The meeting was listed as one to join online or by phone (the texter asked for those, or none met
   * near): a hybrid meeting's details then give the time as the list did, in the texter's zone, and
   * how to join, not the street address of a room far away.
   */
  joining?: boolean;
}

/** Tags that are bookkeeping, not something a texter chooses a meeting by. */
const HIDDEN_TAGS = /^(placed_by_|online$|hybrid$|temporarily_closed$|in_person$)/;
const WEEK_MINUTES = 7 * 1440;

/** What a line of a meeting's details says, so a reply about one part (where it is) can take those lines alone. */
export type DetailPart = 'location' | 'address' | 'notes' | 'map' | 'types' | 'online' | 'phone' | 'tap';

/** One line of a meeting's details; `cut` ranks the lines shortened first when room is short (1 first). */
export interface DetailLine {
  text: string;
  part: DetailPart;
  cut?: number;
}

/**
 * The parts of a meeting's details before they are fitted to a budget: its heading (program and name), its day and
 * time as the texter reads them, when it next starts, the zone its time is told in, and its other lines in order.
 * The details reply and the answers about the meeting shown (src/directory/meetingFacts.ts) are both made of these,
 * so "where is it" says the address exactly as the details did.
 */
export function detailParts(
  m: Meeting,
  opts: DetailOptions,
): { head: string; when: string; nextStart: Date; zone: string; lines: DetailLine[] } {
  const { labels } = opts;
  const words = { map: 'Map', notes: 'Notes', types: 'Types', ...labels.details };
  const program = clean(opts.programName ?? m.programId.toUpperCase());
  const name = displayName(m.name);
  const head = namesProgram(name, program) ? name : `${program} ${name}`;
  const remote = m.modes.includes('online') || m.modes.includes('phone');
  const inPerson =
    m.modes.includes('in_person') && m.lat !== undefined && m.lon !== undefined && !(opts.joining && remote);
  const next = { meeting: m, nextStart: nextStartOf(m, opts.now) };
  const when = inPerson
    ? dayAndTime(m.day, m.startMinute, next, labels, opts.now, m.timezone)
    : remoteWhen(next, labels, opts.zone, opts.now, opts.zoneNamed);
  // The zone the time is told in: a room's own; for joining, the texter's when known, else the one remoteWhen names.
  const known = opts.zone !== undefined && isValidTimeZone(opts.zone);
  const zone = inPerson ? m.timezone : known ? opts.zone! : REMOTE_ZONE_UNKNOWN_TEXTER;
  const lines: DetailLine[] = [];
  const location = m.location && !/^district \d+$/i.test(m.location.trim()) ? clean(m.location) : '';
  if (inPerson) {
    const address = fullAddress(m);
    if (location && !address.toLowerCase().startsWith(location.toLowerCase()))
      lines.push({ text: location, part: 'location' });
    if (address) lines.push({ text: address, part: 'address' });
    if (m.locationNotes)
      lines.push({ text: `${clean(words.notes)}: ${clean(m.locationNotes)}`, part: 'notes', cut: 1 });
    lines.push({ text: `${clean(words.map)}: ${mapLink(m)}`, part: 'map' });
  }
  const types = m.tags.filter((t) => !HIDDEN_TAGS.test(t)).map((t) => clean(words.tags?.[t] ?? t.replace(/_/g, ' ')));
  if (types.length)
    lines.push({ text: `${clean(words.types)}: ${[...new Set(types)].join(', ')}`, part: 'types', cut: 2 });
  const dialWordsOf = dialWords(labels);
  const email = mailAddress(m.url);
  if (email && m.modes.includes('online')) lines.push({ text: `${dialWordsOf.email} ${email}`, part: 'online' });
  else if (m.url && m.modes.includes('online'))
    lines.push({ text: `${clean(labels.online)}: ${clean(m.url)}`, part: 'online', cut: 3 });
  const dial = m.phone && m.modes.includes('phone') ? parseDialIn(m.phone) : undefined;
  if (dial) {
    lines.push({ text: `${clean(labels.phone)}: ${dialInWords(dial, dialWordsOf)}`, part: 'phone' });
    // Last, so the first to go when room is short: the same dial-in as one tap on a smartphone.
    if (dial.id) lines.push({ text: clean(m.phone!), part: 'tap' });
  } else if (m.phone && m.modes.includes('phone'))
    lines.push({ text: `${clean(labels.phone)}: ${clean(m.phone)}`, part: 'phone' });
  return { head, when, nextStart: next.nextStart, zone, lines };
}

/**
 * Everything about one meeting a person needs to go, in one text: name; day and time; full
 * address; the location's name and notes; a map link any phone opens without an app or key; its
 * types in words; and the link and dial-in of an online or hybrid meeting. Within `maxChars`:
 * the notes are cut first, then the types, then the name.
 */
export function formatMeetingDetails(m: Meeting, opts: DetailOptions): string {
  const { head, when, lines } = detailParts(m, opts);
  let title = `${head}, ${when}`;
  const render = () => [title, ...lines.map((l) => l.text)].join('\n');
  // Too long: shorten the least needed lines in turn (notes, types, a long link), then the name.
  for (const rank of [1, 2, 3]) {
    for (const l of lines) {
      const over = smsLength(render()) - opts.maxChars;
      if (over > 0 && l.cut === rank) l.text = shorten(l.text, Math.max(12, l.text.length - over));
    }
  }
  if (smsLength(render()) > opts.maxChars) title = `${shorten(head, MAX_NAME_CHARS)}, ${when}`;
  return fitLines(render().split('\n'), opts.maxChars);
}

/**
 * Whether an address already names its town, in whole words: anywhere in a street address ("12 Elm St Tulia, TX"),
 * after the first part of a BMLT "place, street". A building named for the town ("Clifton springs Hospital, 128 Main
 * street") does not name it: the details left the town out (probe 42).
 */
function saysTown(address: string, town: string): boolean {
  const comma = address.indexOf(',');
  // A first part with a house number is the street line, and may hold the town ("12 Elm St Tulia, TX 79088").
  const placeFirst = comma >= 0 && !/^\s*\d/.test(address);
  const after = (placeFirst ? address.slice(comma + 1) : address).toLowerCase();
  const name = town.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'u').test(after);
}

/** "327 East Central Avenue, Amarillo, TX 79101": the street with the town, state and ZIP the feed gave apart. */
function fullAddress(m: Meeting): string {
  const address = m.address ? clean(m.address).replace(/,\s*(USA|US|United States|Canada)$/i, '') : '';
  const town = m.town && !saysTown(address, m.town) ? clean(m.town) : '';
  const region = m.region && !new RegExp(`\\b${m.region}\\b`).test(address) ? clean(m.region) : '';
  const rest = [town, region].filter(Boolean).join(', ');
  const postal = m.postalCode && !address.includes(m.postalCode) ? clean(m.postalCode) : '';
  return [address, [rest, postal].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

/**
 * A map link that opens on any phone, in a browser or the maps app, with no key: the address when
 * the feed gave one and the point is only approximate (placed by ZIP or town), else the point.
 */
export function mapLink(m: Meeting): string {
  const approximate = m.tags.some((t) => t.startsWith('placed_by_'));
  if (approximate && m.address) {
    return `https://maps.google.com/?q=${encodeURIComponent(fullAddress(m)).replace(/%20/g, '+').replace(/%2C/g, ',')}`;
  }
  return `https://maps.google.com/?q=${m.lat!.toFixed(5)},${m.lon!.toFixed(5)}`;
}

/** The next start of a meeting after `now` (15 minutes of grace), in its own zone. */
function nextStartOf(m: Meeting, now: Date): Date {
  const local = localWeekMinute(m.timezone, now.getTime());
  const ahead = m.day * 1440 + m.startMinute - (local.day * 1440 + local.minute);
  let delta = ((ahead % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
  if (delta > WEEK_MINUTES - 15) delta -= WEEK_MINUTES;
  return new Date(Math.floor(now.getTime() / 60_000) * 60_000 + delta * 60_000);
}
