import { RADII_MILES } from '../../directory/meetingSearch';
import { programNameInSentence } from '../../directory/programName';
import { whenWordsIn, type WhenWord } from '../../directory/parseWhen';
import { hourRuledOutIn } from '../../understand/hourRuledOut';
import { knownWants, tagsForWants } from '../../directory/preferences';
import type { MeetMode, MeetingPage, Program, ReplyLabels, TimeWindow } from '../../directory/types';
import { toGsm7 } from '../../sms/gsm7';
import { textWords } from '../../text/textWords';
import { leavesTimeOut, tellsTimeAsHabit, WHEN_WORDS } from '../../text/timeWords';
import { timeFromNowIn } from '../../text/timeFromNow';
import type { ActionContext } from './actionTypes';
import { MISSED_MAX } from './budgets';
import { daysNotIn, MOST_DAYS_LISTED, sayDays } from '../severalDays';
import { queryFor, type SearchTerms } from './searchTerms';
import { FROM_TOMORROW, beforeClock, fromClock, nearClock, searchWindow } from './searchWindow';
import { clockFromMinute, clockIsBefore, clockIsFrom, clockIsNear, clockMinute, clockUntilMinute } from '../askedClock';
import { clockTime } from '../../directory/formatMeetings';
import { zoneOf } from './resultPage';
import { programsInOrder } from './situation';

/** One narrowing in the flow's words (`labels.filters`: "saturday" -> "on Saturday"), else the key itself. */
export function filterWord(labels: ReplyLabels, key: string): string {
  return toGsm7(labels.filters?.[key] ?? key.replace(/_/g, ' '));
}

/**
 * A `when` in the flow's `filters` words: "on Saturday", "on Tuesday or Thursday", and for most of the week "any day
 * but Wed" (`any_day_but` and the short day names), which a heading has room for.
 */
function daysInWords(labels: ReplyLabels, when: string): string {
  const word = (key: string) => filterWord(labels, key);
  const days = when.split(',');
  if (days.length <= MOST_DAYS_LISTED || !labels.filters?.any_day_but) return sayDays(days.map(word), word('or'));
  const shortName = (day: string) => toGsm7(labels.days[WHEN_WORDS.indexOf(day as WhenWord) - 4] ?? day);
  return `${word('any_day_but')} ${sayDays(daysNotIn(when).map(shortName), word('or'))}`;
}

/** The words naming what a search was narrowed to, e.g. "for women on Saturday", from the flow's `filters` labels. */
export function narrowedWords(
  labels: ReplyLabels,
  parts: {
    programs: Program[];
    wants: string[];
    when?: string;
    part?: string;
    clock?: number;
    /** The clock time is one to meet after ("after 8", "til 10pm"), not near. */
    from?: boolean;
    /** The clock time is one meetings start before ("before 6"), not near. */
    before?: boolean;
    /** The end of a window to meet in, when the clock time is its start ("between 6 and 8": 20:00 as minutes). */
    until?: number;
    lang?: string;
  },
): string {
  const word = (key: string) => filterWord(labels, key);
  const lang = parts.lang;
  const items = [
    parts.programs.map((p) => toGsm7(programNameInSentence(p, lang))).join('/'),
    ...parts.wants.map(word),
    parts.when ? daysInWords(labels, parts.when) : '',
    // "around 7pm" says the part of the day too. Around, not at: the list holds meetings up to an hour after it.
    // A window as its two times, the same in every language: "6pm-8pm".
    parts.clock !== undefined && parts.until !== undefined
      ? `${clockTime(parts.clock)}-${clockTime(parts.until)}`
      : parts.clock !== undefined
        ? `${word(parts.from ? 'after' : parts.before ? 'before' : 'around')} ${clockTime(parts.clock)}`
        : parts.part && parts.when !== 'tonight'
          ? word(parts.part)
          : '',
  ].filter(Boolean);
  // Whole items up to the budget, never a word cut short ("in the mornin").
  let said = '';
  for (const item of items) {
    const longer = said ? `${said} ${item}` : item;
    if (longer.length > MISSED_MAX) break;
    said = longer;
  }
  return said || (items[0] ?? '').slice(0, MISSED_MAX);
}

/** What a text says about time: its day and part-of-day words, and the window it names. */
interface TimeInText {
  words: ReturnType<typeof whenWordsIn>;
  window: TimeWindow | undefined;
}

/** The slots the understanding fills from a time to meet: with none heard, the text's own time words are not one. */
const TIME_HEARD = new Set(['when', 'part', 'clock']);

/** The last text read for time words, and by which directory: a step searches up to four times on one text. */
let lastTimeRead: { text: string; directory: ActionContext['directory']; read: TimeInText } | undefined;

/** The time words and window of the step's text, read once however many searches the step makes. */
function timeInText(ctx: ActionContext): TimeInText {
  const text = ctx.text;
  if (!text) return { words: {}, window: undefined };
  // "any day but wednesday", "drinks every weekend": the understanding step said what, if anything, they ask for.
  const words = textWords(text);
  if (leavesTimeOut(words) || tellsTimeAsHabit(words)) return { words: {}, window: undefined };
  // "i cant make noon", "cant do mornings": the hour said is the one left out (read_answer's `clock`), not asked for.
  if (hourRuledOutIn(words)) return { words: {}, window: undefined };
  // "79101. my ex has the kids this weekend": the understanding read the text and heard no time to meet in it.
  if (ctx.heard.length > 0 && !ctx.heard.some((slot) => TIME_HEARD.has(slot))) return { words: {}, window: undefined };
  // "mas tarde", "after work": a time from now, which read_answer made the `clock`; "tarde" is no afternoon here.
  if (timeFromNowIn(text)) return { words: {}, window: undefined };
  if (lastTimeRead?.text === text && lastTimeRead.directory === ctx.directory) return lastTimeRead.read;
  const read = { words: whenWordsIn(text), window: ctx.directory.parseWhen(text) };
  lastTimeRead = { text, directory: ctx.directory, read };
  return read;
}

/** A texter who is a teen: about their own drinking or using, or a parent's (Alateen's). */
function isTeen(vars: ActionContext['vars']): boolean {
  const teen = vars.teen;
  return teen === true || teen === 'yes' || teen === 'true';
}

/**
 * What is looked for first without being asked: young people's meetings for a teen, about their own drinking or
 * using, or Alateen's for a teen hurt by someone else's (Al-Anon's young people's meetings are Alateen's:
 * preferences.ts), so a 15-year-old is not first sent to a closed adult Al-Anon meeting on a school morning with an
 * Alateen meeting ten miles off (the fourteenth session's results probe). Dropped before anything asked, and said
 * when none is near ("Nothing for young people within 10 mi"), so the teen knows the meetings shown are for all.
 */
function unaskedWant(ctx: ActionContext, wants: string[]): string | undefined {
  return isTeen(ctx.vars) && ctx.vars.audience !== 'family' && !wants.includes('young_people')
    ? 'young_people'
    : undefined;
}

/**
 * The teens' own programs among those offered, looked for first for a teen hurt by someone else's drinking or using
 * (Alateen, Narateen), so a 15-year-old is not first sent to a closed adult Al-Anon meeting on a school morning with
 * an Alateen meeting ten miles off (the fourteenth session's results probe). Empty for anyone else.
 */
function teensOwnPrograms(ctx: ActionContext, offered: readonly Program[], asked: readonly string[]): string[] {
  if (!isTeen(ctx.vars) || ctx.vars.audience !== 'family') return [];
  const own = offered.filter((p) => p.for?.teens === true && asked.includes(p.id)).map((p) => p.id);
  return own.length < asked.length ? own : [];
}

/** One search to try, and what of the time asked it still keeps: the day (with its part), the clock time. */
interface Try {
  terms: SearchTerms;
  day: boolean;
  clock: boolean;
  /** Whether the part of the day is kept; as `day` when unset ("sunday afternoon": the Sunday kept without it). */
  part?: boolean;
}

/**
 * The search the texter asked for, then, while it finds nothing, the same with the narrowing
 * dropped in turn (the day, then the preferences, then the programs they named): the page
 * found, the terms that found it, and what was asked for but not found (empty when nothing was dropped);
 * `unsure` when a preference asked for was dropped, so the meetings shown may not have it.
 */
export function searchLoosening(
  ctx: ActionContext,
  modes: MeetMode[],
  withinMiles?: number,
  nearest?: boolean,
  beyondMiles?: number,
): { page: MeetingPage; terms: SearchTerms; missed: string; narrowed: string; unsure: boolean; looked?: number } {
  // A parent naming their daughter's program (SMART Recovery) looks for its family groups too (`sought`).
  const { offered, sought: named } = programsInOrder(ctx.directory, ctx.vars);
  const fromText = timeInText(ctx);
  const whenWord = (typeof ctx.vars.when === 'string' && ctx.vars.when) || fromText.words.when;
  const partWord = (typeof ctx.vars.part === 'string' && ctx.vars.part) || fromText.words.part;
  // A time asked for ("tomorrow at 7") narrows the part of the day to meetings that start at it or soon after;
  // one the texter can only meet after ("after 8", "i work til 10pm") to meetings from then on.
  // "before 6": meetings that start before it, not at 6. "til 6" leaves a meeting at 6 out (it has begun before a
  // texter busy until 6 can get there); "after 6" takes it, as people mean it (clockFromMinute).
  const clock = clockMinute(ctx.vars.clock);
  const from = clockIsFrom(ctx.vars.clock);
  const before = clockIsBefore(ctx.vars.clock);
  const first = clockFromMinute(ctx.vars.clock) ?? clock;
  // "between 6 and 8": from 6 on, and before 8 (a meeting at 8 has not begun in the window).
  const until = clockUntilMinute(ctx.vars.clock);
  const dayWindow = searchWindow(whenWord, partWord, ctx.now, zoneOf(ctx.place, ctx.homeZone)) ?? fromText.window;
  const bounded = (window: TimeWindow | undefined, c: number): TimeWindow | undefined =>
    from
      ? until !== undefined
        ? beforeClock(fromClock(window, first ?? c), until)
        : fromClock(window, first ?? c)
      : before
        ? beforeClock(window, c)
        : nearClock(window, c, clockIsNear(ctx.vars.clock));
  const when = clock === undefined ? dayWindow : bounded(dayWindow, clock);
  const asTold = { when: whenWord || undefined, part: partWord || undefined, clock, from, before, until };
  const wants = knownWants(ctx.vars.wants);
  const tags = tagsForWants(wants);
  const all = offered.map((p) => p.id);
  const asked: SearchTerms = {
    programs: named.length ? named.map((p) => p.id) : all,
    modes,
    ...(when ? { when } : {}),
    ...(tags ? { tags } : {}),
    ...(nearest ? { nearest } : {}),
  };
  const unasked = unaskedWant(ctx, wants);
  const keeping = (terms: SearchTerms, day: boolean, clockKept = day): Try => ({ terms, day, clock: clockKept });
  const teens = teensOwnPrograms(ctx, offered, asked.programs);
  const tries: Try[] = unasked
    ? [keeping({ ...asked, tags: [...(tags ?? []), [unasked]] }, true), keeping(asked, true)]
    : teens.length
      ? [keeping({ ...asked, programs: teens }, true), keeping(asked, true)]
      : [keeping(asked, true)];
  // Nothing at the time or soon after: half an hour before it too ("around 6pm").
  if (clock !== undefined && !from && !before)
    tries.push(keeping({ ...asked, when: nearClock(dayWindow, clock) }, true));
  // Nothing tonight after 8: after 8 on the next days (before 6 likewise).
  if (clock !== undefined && (from || before) && dayWindow)
    tries.push(keeping({ ...asked, when: bounded(undefined, clock) }, false, true));
  // A texter busy until a time after which nothing meets is shown what is left from tomorrow, never tonight's
  // meetings before it.
  const rest = from ? FROM_TOMORROW : undefined;
  // Nothing on Sunday afternoon: Sunday's other meetings, before any day's (the sixteenth session's probe).
  const dayOnly =
    whenWord && partWord && clock === undefined
      ? searchWindow(whenWord, '', ctx.now, zoneOf(ctx.place, ctx.homeZone))
      : undefined;
  if (dayOnly) tries.push({ terms: { ...asked, when: dayOnly }, day: true, clock: true, part: false });
  if (when) tries.push(keeping({ ...asked, when: rest }, false));
  if (tags) tries.push(keeping({ ...asked, when: rest, tags: undefined }, false));
  if (named.length) {
    // A program not found tonight: the others tonight, before the others any time.
    if (when) tries.push(keeping({ programs: all, modes, when, ...(nearest ? { nearest } : {}) }, true));
    const anyTime: SearchTerms = { programs: all, modes, ...(rest ? { when: rest } : {}) };
    tries.push(keeping(nearest ? { ...anyTime, nearest } : anyTime, false));
  }
  let page: MeetingPage = { matches: [], hasMore: false };
  let looked: number | undefined;
  // A narrowed search looks one radius beyond where the plain one found enough, not farther:
  // "nothing tonight within 25 mi" then the nearest, rather than tonight's meetings 90 miles away.
  const isNarrowed = tries.length > 1 && ctx.place !== undefined;
  const timeOf = (kept: boolean, t: Try) => ({
    when: kept === t.day ? asTold.when : undefined,
    part: kept === (t.part ?? t.day) ? asTold.part : undefined,
    clock: kept === t.clock ? asTold.clock : undefined,
    from,
    before,
    until,
  });
  const plainQuery = queryFor(ctx, { programs: all, modes }, 0, beyondMiles);
  if (withinMiles !== undefined) plainQuery.maxMiles = withinMiles;
  const plainFound = isNarrowed ? ctx.directory.search(plainQuery).radiusMiles : undefined;
  const plainRadius = plainFound === undefined ? undefined : (RADII_MILES.find((r) => r > plainFound) ?? plainFound);
  for (let i = 0; i < tries.length; i++) {
    // "farther out": only the meetings beyond the ring shown (beyondMiles).
    const query = queryFor(ctx, tries[i].terms, 0, beyondMiles);
    if (i < tries.length - 1 && plainRadius !== undefined) query.maxMiles = plainRadius;
    // "Something closer": no farther than the ring inside the one shown, whatever the narrowing.
    if (withinMiles !== undefined) query.maxMiles = Math.min(query.maxMiles ?? withinMiles, withinMiles);
    page = ctx.directory.search(query);
    if (i === 0) looked = page.radiusMiles;
    if (page.matches.length > 0) {
      const t = tries[i].terms;
      const kept = unasked && i === 0 ? [unasked] : [];
      const told = unasked && i > 0 ? [unasked] : [];
      const wantsKept = t.tags !== undefined && tags !== undefined;
      const missed =
        i === 0
          ? ''
          : narrowedWords(ctx.labels, {
              programs: t.programs === asked.programs ? [] : named,
              lang: ctx.lang,
              wants: wantsKept ? told : [...wants, ...told],
              ...timeOf(false, tries[i]),
              // Nothing on Sunday afternoon, Sunday's other meetings shown: the day is part of what was missed
              // ("Nothing on Sunday in the afternoon", not "Nothing in the afternoon" above Sunday 5pm meetings: the
              // thirty-first and thirty-third sessions' probes, "el domingo en la tarde").
              ...(tries[i].part === false ? { when: asTold.when } : {}),
            });
      // What the meetings shown were narrowed to, for the heading ("Meetings on Saturday within...").
      const narrowed = narrowedWords(ctx.labels, {
        programs: [],
        wants: t.tags ? [...wants, ...kept] : [],
        ...timeOf(true, tries[i]),
      });
      // "Nothing with wheelchair access": the meetings shown instead are not known to have it.
      const unsure = i > 0 && wants.length > 0 && !wantsKept;
      return { page, terms: t, missed, narrowed, unsure, ...(looked !== undefined ? { looked } : {}) };
    }
  }
  const last = tries[tries.length - 1].terms;
  return { page, terms: last, missed: '', narrowed: '', unsure: false, ...(looked !== undefined ? { looked } : {}) };
}
