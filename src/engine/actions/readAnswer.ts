import type { FlowVars } from '../../flow/flowText';
import { itemIn, nameAndStreet, readResultAnswer } from '../resultAnswers';
import { plainWords } from '../../directory/plainWords';
import { whenWordsIn } from '../../directory/parseWhen';
import { metersBetween } from '../../directory/meetingDedupe';
import { isCloser, modesOf } from './searchTerms';
import { placeKey } from '../placeIdentity';
import {
  clockBoundIn,
  clockTimeIn,
  compactClockIn,
  isAtClock,
  partOfClock,
  type ClockTime,
} from '../../text/clockWords';
import { milesAsked } from '../../text/milesAsked';
import { turnDownVars } from './programTurnedDown';
import { allShownIn, severalDetails, severalItemsIn } from './severalDetails';
import { DETAILS_MAX } from './budgets';
import { bareClockAnswer, fromNowAnswer } from './timeFromNowAnswer';
import { shownStart } from './shownStart';
import { hourMissedVars } from './hourMissed';
import { holidayVars } from './holidayAsked';
import { BUILDINGS_MAX, buildingsAsked } from '../buildingAsked';
import { clockFromValueOf, clockValue, clockValueOf, saidRoughly } from '../askedClock';
import { DAY_ENDS, WORKS_DAYS, worksNights } from '../../text/workingHours';
import { MAY_ASK_WHERE, meetingQuestionIn } from '../../understand/meetingQuestion';
import { localWeekMinute } from '../../directory/timeZones';
import type { Meeting } from '../../directory/types';
import { zoneOf } from './resultPage';
import type { ActionContext, ActionResult, ActionSpec } from './actionTypes';

/** The meetings shown last, by id, still in the directory. */
function shownMeetings(ctx: ActionContext) {
  return (ctx.search?.shown ?? []).map((id) => ctx.directory.meeting(id));
}

/** The name a flow calls it by: `do: read_answer`. */
export const name = 'read_answer';

/**
 * Reads an answer to a list of meetings (a stopgap until the understanding step): a meeting
 * pointed at sets `item`; a day, part of day, preference, program or way of meeting sets `when`,
 * `part`, `wants`, `programs` or `mode`. `answer` says which: details, refine or unknown.
 */
export const spec: ActionSpec = {
  description:
    'Reads an answer to a list of meetings: "2", "where is the 2nd one" or a name set item (answer "details"); ' +
    'a day, time, preference, program or way to meet sets when, part, wants, programs or mode (answer "refine"); ' +
    'a new town found in several states answers "state" (which_state asks); else answer "unknown".',
  sets: {
    answer: {
      maxLength: 7,
      description:
        '"details", "several" (the details of several meetings, in `details`), "refine", "state" (a new town, in ' +
        'several states), "more" (the next one after the last shown), "holiday" (a holiday named), "place" (a ' +
        'question of the buildings) or "unknown".',
    },
    buildings: {
      maxLength: BUILDINGS_MAX,
      description:
        'With answer "place" (a question of the buildings meetings are in): the meetings shown whose listing names ' +
        'one of that kind, "2 Clean Air: First Baptist Church"; "" when none does.',
    },
    holiday: {
      maxLength: 5,
      description: '"soon" for a holiday within the week ahead (`when` is its day), "later" for one further off.',
    },
    item: { maxLength: 1, description: 'Which meeting shown (1, 2, 3) the texter asked about.' },
    when: {
      maxLength: 18,
      description:
        'tonight, today, tomorrow, weekend, weekday (Monday to Friday), a day (sunday...saturday), ' +
        'day_after_tomorrow, next_week or not_today (any day but today, set by "another day").',
    },
    part: { maxLength: 9, description: 'morning, afternoon or evening.' },
    clock: {
      maxLength: 5,
      description:
        'A time to meet at, "19:00" for "at 7", meetings that start near it first; "21:00+" for "after 9" or ' +
        '"til 9pm", meetings from then on; emptied by a part of day.',
    },
    mode: { maxLength: 9, description: 'in_person, online or phone.' },
    details: {
      maxLength: DETAILS_MAX,
      description: 'The details of several meetings picked at once ("1 and 2"), each shorter (answer "several").',
    },
    found: { maxLength: 3, description: '"yes" with the details of several meetings.' },
    items: { maxLength: 9, description: 'The numbers to reply with for a meeting\'s details: "1, 2 or 3".' },
    miles: { maxLength: 0, description: 'Emptied by "further out" with no distance: a limit said before is passed.' },
    declined: {
      maxLength: 60,
      description:
        'The programs turned down ("no aa" at the list), comma separated: left out of the groups and search.',
    },
    farther: {
      maxLength: 4,
      description:
        '"true" for "further out" or a distance past the ring shown ("within 50 miles" at a list within 10): ' +
        'find_meetings looks beyond the meetings shown.',
    },
  },
};

/**
 * Whether the texter named a new place since the last search ("actually I'm in Lubbock", "what
 * about 79401"): the understanding step has already taken it in, so the search only has to run
 * again. A search kept from before searches remembered their place is not taken for a move.
 */
function placeMoved(ctx: ActionContext): boolean {
  const searched = ctx.search?.place;
  return searched !== undefined && ctx.place !== undefined && placeKey(ctx.place) !== searched;
}

/**
 * Whether the text said again what the meetings shown already follow ("79101" once more, "in person"): nothing
 * changes, so the list is shown again from its first meeting rather than a "sorry". The understanding step
 * heard an answer in it, and a search has run.
 */
function saidAgain(ctx: ActionContext): boolean {
  return ctx.search !== undefined && ctx.heard.length > 0;
}

/** "same time", "misma hora": the time asked before, on the day said with it. */
const SAME_TIME = /\b(?:same time|same hour|misma hora)\b/;

/** Words that point at one meeting of a list: "the one at 7", "that 8pm", "la de las 8", "el de las 7". */
const POINTS_AT_ONE = /\b(?:one|that|this|la de|el de|esa|ese|esta|este)\b/;

/**
 * An answer that names a time of day ("la de las 8", "the one at 7:30", "a las 7"): the first meeting shown at
 * that time (answer "details"), else the list narrowed to meetings that start near it. Undefined when the text
 * names no time, or a day, preference, program or way to meet as well: those narrow the list as they always do.
 */
function byClock(ctx: ActionContext, time: ClockTime, shown: Array<Meeting | undefined>): ActionResult | undefined {
  const zone = zoneOf(ctx.place, ctx.homeZone);
  // The ways the list was searched for, as meeting_details reads them: rooms are listed at their own hour.
  const roomsListed = (ctx.search?.modes ?? modesOf(ctx.vars, ctx.place)).includes('in_person');
  // "around 6", "7ish", "como a las 7": a time to search near, not the meeting that starts at it.
  const near = saidRoughly(plainWords(ctx.text));
  const starts = shown.map((m) => (m === undefined ? undefined : shownStart(m, zone, ctx.now, roomsListed)));
  const atTime = near ? [] : starts.flatMap((start, i) => (start !== undefined && isAtClock(time, start) ? [i] : []));
  // "la de las 7" to a list of a 7:30pm and a 7pm meeting: the one on the hour (the forty-third session's probe gave
  // the 7:30 one, listed first); "7:30" names its minute and finds only its own.
  const onTheHour = time.minute === undefined ? atTime.filter((i) => (starts[i] ?? 1) % 60 === 0) : [];
  const atOne = onTheHour.length === 1 && atTime.length > 1 ? onTheHour : atTime;
  // "noon" to a list of three noon meetings points at none of them: the list near noon. "the one at noon" picks the
  // first.
  const item = atOne.length === 1 || (atOne.length > 1 && POINTS_AT_ONE.test(plainWords(ctx.text))) ? atOne[0] : -1;
  // Pointing at a meeting shown is no time to search near, whatever the understanding step kept of it.
  if (item >= 0) return { vars: { answer: 'details', item: item + 1, clock: '' } };
  const part = partOfClock(time);
  return part ? { vars: { answer: 'refine', part, clock: `${clockValueOf(time)}${near ? '~' : ''}` } } : undefined;
}

/** The weekdays a day read names, 0 = Sunday, as a meeting's `day` counts them. */
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/**
 * A text that only points at a meeting by its weekday: "the one on thursday", "the thursday one", "that one on
 * tuesday", "la del jueves", "el del martes", "la reunion del jueves". Not "is there one on thursday", "any on
 * thursday", "thursday": those ask for the day's meetings.
 */
const POINTS_BY_DAY =
  /^(?:(?:the|that|this) (?:one|meeting|group) on|(?:the|that|this) one|(?:la|el|esa|ese) (?:del|de el)|(?:la|el) (?:reunion|junta|grupo) del) [a-z]+$|^(?:the|that|this) [a-z]+ (?:one|meeting|group)$/;

/**
 * The number of the one meeting shown on the weekday a text points at (POINTS_BY_DAY), or undefined: none or several
 * shown that day, or the text asks more than the day. "the one on thursday" at a page with one Thursday meeting
 * searched Thursday's meetings instead (the forty-third session's probe).
 */
function byWeekday(
  plain: string,
  answer: { when?: string; part?: string; wants?: unknown; programs?: unknown; mode?: unknown },
  shown: Array<Meeting | undefined>,
): number | undefined {
  const weekday = answer.when === undefined ? undefined : WEEKDAY_NUMBERS[answer.when];
  if (weekday === undefined || answer.part || answer.wants || answer.programs || answer.mode) return undefined;
  if (!POINTS_BY_DAY.test(plain)) return undefined;
  const onDay = shown.flatMap((m, i) => (m?.day === weekday ? [i + 1] : []));
  return onDay.length === 1 ? onDay[0] : undefined;
}

/** Where each part of the day ends, in minutes after midnight: "the morning" asked after it is tomorrow's. */
const PART_ENDS: Record<string, number> = { morning: 12 * 60, afternoon: 17 * 60 };

/**
 * The day a part of the day asked for falls on, when the day kept is today's ("tonight", "today"): "what about in
 * the morning" at 7pm is tomorrow morning, not a morning already gone ("Nothing tonight" was false); "tonight"
 * then "the afternoon" at 1pm is this afternoon. Undefined when the day kept stands.
 */
function dayOfPart(ctx: ActionContext, when: unknown, part: unknown): string | undefined {
  if ((when !== 'tonight' && when !== 'today') || typeof part !== 'string' || !PART_ENDS[part]) return undefined;
  const zone = zoneOf(ctx.place, ctx.homeZone);
  // Without a place, "tonight" then "the morning" is still tomorrow's: a night is never in the morning.
  if (!zone) return when === 'tonight' ? 'tomorrow' : undefined;
  const over = localWeekMinute(zone, ctx.now.getTime()).minute >= PART_ENDS[part];
  return over ? 'tomorrow' : when === 'tonight' ? 'today' : undefined;
}

/** "the closest", "which one is nearest", "la mas cercana": the nearest meeting shown, not a new search for closer. */
const NEAREST_SHOWN =
  /\b(?:closest|nearest)\b|\b(?:la|el|cual es la|cual es el) mas cercan[ao]\b|\b(?:la|el) que (?:esta|queda) mas cerca\b|\bcual(?:es)? (?:esta|queda|es|estan|quedan) (?:mas cerca|mas cercan[ao]s?)\b|\b(?:which|what) (?:one |meeting |of these |of them )?(?:is |s )?(?:closer|nearer)\b/;
/** Words that make "closest" a wish for others ("anything closest to downtown?"): left to the search. */
const NEAREST_ELSEWHERE = /\b(?:any|anything|something|somewhere|other|others|otra|otras|algo|alguna)\b/;

/** The 1-based position of the shown meeting nearest the place searched; undefined without a place or points. */
function nearestShown(ctx: ActionContext, shown: Array<Meeting | undefined>): number | undefined {
  const here = ctx.place;
  if (!here) return undefined;
  let best: number | undefined;
  let bestMeters = Infinity;
  shown.forEach((m, i) => {
    if (m?.lat === undefined || m.lon === undefined || !m.modes.includes('in_person')) return;
    const meters = metersBetween(here.lat, here.lon, m.lat, m.lon);
    if (meters < bestMeters) [best, bestMeters] = [i + 1, meters];
  });
  return best;
}

/**
 * "and the next one?", "the one after that", "la siguiente": after a meeting's details, the meeting after it on the
 * page (details_shown sends these here before MORE's "next"). Not "next week" or "next tuesday": a day is searched.
 */
const NEXT_ONE =
  /\b(?:next one|next meeting|one after(?: that| it)?|la siguiente|el siguiente|la que sigue|la de despues|la otra)\b/;

/**
 * "anything later in the week", "later this week", "mas adelante en la semana": the days after those shown, which the
 * next page holds (a list runs in time order). The thirty-first session's probe got "Sorry".
 */
const LATER_IN_THE_WEEK =
  / (?:later|further|farther) (?:in|on|this|that) (?:the )?(?:week|wk) | (?:mas adelante|mas tarde|despues|luego) (?:en|esta) (?:la )?semana /;

/**
 * The number of the meeting after the one whose details were shown (on this page), and whether one was: after the
 * page's last, the next page.
 */
function nextShown(ctx: ActionContext): { after: boolean; item?: number } {
  const page = ctx.search?.shown ?? [];
  const current = ctx.search?.detailed === undefined ? -1 : page.indexOf(ctx.search.detailed);
  if (current < 0) return { after: false };
  return current + 1 < page.length ? { after: true, item: current + 2 } : { after: true };
}

/** "during the day", "daytime", "de dia": meetings that start before 5pm, whatever part of the day else was said. */
const DAYTIME = /\b(?:during the day|in the day|daytime|day time|days only|durante el dia|de dia|en el dia)\b/;

/**
 * "after lunch", "despues de comer": from 1pm on. The afternoon begins at noon, but a noon meeting is over lunch, not
 * after it (the texting probe of 2026-12-06 listed noon meetings for "after lunch").
 */
const AFTER_LUNCH =
  / (?:after lunch|after lunchtime|after my lunch|after lunch time|despues de(?:l)? (?:almuerzo|comida|lonche)|despues de (?:comer|almorzar|la comida)) /;
/** From 1pm on, as the `clock` variable holds it. */
const AFTER_LUNCH_CLOCK = '13:00+';

/** "anything earlier", "too late for me", "mas temprano": meetings that start before the first one shown. */
const EARLIER = /\b(?:earlier|too late|to late|mas temprano|muy tarde)\b/;

/**
 * The start, as the list showed it, of the first meeting shown (the soonest): "earlier" is earlier in the day than
 * it, not than a breakfast meeting further down the list. Undefined when none is shown.
 */
function earliestShown(ctx: ActionContext, shown: Array<Meeting | undefined>): number | undefined {
  const first = shown.find((m) => m !== undefined);
  if (!first) return undefined;
  const roomsListed = (ctx.search?.modes ?? modesOf(ctx.vars, ctx.place)).includes('in_person');
  return shownStart(first, zoneOf(ctx.place, ctx.homeZone), ctx.now, roomsListed);
}

/** "the 8pm one but tomorrow", "la de las 8 pero el sabado": a day said last, after "but", for a time before it. */
const BUT_DAY = / (?:but|pero) (?:on |for |el |para )?(\w+) $/;

/**
 * "the 8pm one but tomorrow": the time of a meeting shown, on another day: the list searched for that day near that
 * time, not the meeting shown today (the "but" is no "any day but tomorrow"). Undefined for any other text.
 */
function sameTimeOtherDay(text: string, plain: string): ActionResult | undefined {
  const day = BUT_DAY.exec(plain);
  const when = day ? whenWordsIn(day[1]).when : undefined;
  const time = when ? clockTimeIn(text) : undefined;
  if (!when || !time || / any /.test(plain)) return undefined;
  return { vars: { answer: 'refine', when, part: '', clock: clockValueOf(time) } };
}

/** Words that tell where the texter is ("im in canyon", "i live in moss"): a town, even one a meeting is named for. */
const LIVES_IN = / (?:im in|i am in|i live in|live in|actually|vivo en|estoy en|what about|how about|y en) /;

/**
 * "further out", "farther away", "anything farther", "widen the search", "mas lejos": meetings beyond those shown.
 * Not "too far" or "not so far" (closer), nor "no further" or "how much farther" (a question about one).
 */
const FARTHER =
  / (?:farther|further|farthest|furthest|wider|widen|expand|bigger (?:radius|area)|larger (?:radius|area)|mas lejos|mas retirad[ao]s?|mas alla|mas amplio) /;
const NOT_FARTHER = / (?:no|not|too|how much|nothing|not any) (?:farther|further) | too (?:far|wide) /;

/**
 * Whether the texter asks for meetings beyond the ring shown: in words ("further out"), or with a distance past it
 * ("within 25 miles" at a list within 10, the nineteenth session's probe: the same list again).
 */
function asksFarther(ctx: ActionContext, plain: string): FlowVars | undefined {
  const shownWithin = ctx.search?.radius;
  if (shownWithin === undefined || ctx.search?.modes) return undefined;
  const miles = milesAsked(ctx.text);
  if (miles !== undefined)
    return miles > Math.max(shownWithin, ctx.search?.beyondMiles ?? 0) ? FARTHER_VARS : undefined;
  // "further out" with no distance: past any limit said before too.
  return FARTHER.test(plain) && !NOT_FARTHER.test(plain) ? { ...FARTHER_VARS, miles: '' } : undefined;
}

/** What a wish for meetings farther out sets: find_meetings looks beyond the ring shown. */
const FARTHER_VARS: FlowVars = { answer: 'refine', farther: true };

/** "pm", "p m", "in the pm" said without an hour ("sun pm"): the half of the day after noon. */
const PM_ONLY = / (?:pm|p m|in the pm|afternoon or evening|afternoon or night|tarde o noche) /;
/** After noon (a meeting at noon is no "pm" one to most), as the `clock` variable holds it. */
const NOON_ON = '12:00>';

/** Reads the texter's answer against the meetings shown last. */
export function run(ctx: ActionContext): ActionResult {
  const shown = shownMeetings(ctx);
  const names = shown.map(nameAndStreet);
  const plain = ` ${plainWords(ctx.text)} `;
  // "1 and 2", "2 & 3": the details of each, in one text.
  const several = severalItemsIn(ctx.text) ?? allShownIn(plain.trim(), shown.length);
  const both = several ? severalDetails(ctx, several) : undefined;
  if (both) return both;
  // "la de moss lane": a meeting shown named back, not a town of several states ("Moss" in MS and TN).
  const named = ctx.pendingTown ? itemIn(ctx.text, names) : undefined;
  // "actually i'm in canyon": a town of several states, none near the place searched; its state is asked.
  if (ctx.pendingTown && ctx.heard.includes('town') && (named === undefined || LIVES_IN.test(plain)))
    return { vars: { answer: 'state' } };
  if (named !== undefined) return { vars: { answer: 'details', item: named } };
  // "address?", "where is it" with one meeting listed: that one (of several, the `listed_where` keyword asks which).
  if (shown.length === 1 && MAY_ASK_WHERE.test(ctx.text) && meetingQuestionIn(ctx.text) === 'where')
    return { vars: { answer: 'details', item: 1 } };
  // "and the next one?" after the details of one: the one after it, or the next page after the last.
  if (LATER_IN_THE_WEEK.test(plain)) return { vars: { answer: 'more' } };
  const next = NEXT_ONE.test(plain) ? nextShown(ctx) : { after: false };
  if (next.after)
    return { vars: next.item === undefined ? { answer: 'more' } : { answer: 'details', item: next.item } };
  // "730", "7 30": a time, not meeting 7 or 30 (which no list has).
  const bare = bareClockAnswer(ctx, shown);
  if (bare) return bare;
  // "is there a meeting at a church", "any not at a church": the buildings the listings name (buildingAsked.ts).
  const buildings = buildingsAsked(ctx.text, shown);
  if (buildings !== undefined) return { vars: { answer: 'place', buildings } };
  // "christmas day", "el dia de navidad": that day when it is this week, else the next meetings; the flow says holiday
  // times change either way (holiday_soon, holiday_later).
  const holiday = holidayVars(plain.trim(), ctx.now, zoneOf(ctx.place, ctx.homeZone));
  if (holiday) return { vars: { ...holiday, answer: 'holiday', part: '', clock: '' } };
  const answer = readResultAnswer(ctx.text, names);
  // "no aa", "no al anon", "sin aa": that program's meetings left out, the others searched.
  const down = answer?.programs
    ? turnDownVars(plain.trim(), ctx.vars, answer.programs, ctx.heard.includes('programs'), ctx.text)
    : undefined;
  if (down) return { vars: down };
  const fromNow = fromNowAnswer(ctx, shown, answer);
  if (fromNow) return fromNow;
  // "the nearest NA meeting", "saturday during the day": a program, day or wish said beside it is searched for.
  const narrowed = answer && (answer.when || answer.wants || answer.programs || answer.mode);
  const nearest =
    NEAREST_SHOWN.test(plain) && !NEAREST_ELSEWHERE.test(plain) && !narrowed ? nearestShown(ctx, shown) : undefined;
  if (nearest !== undefined) return { vars: { answer: 'details', item: nearest, closer: '' } };
  const onDay = answer ? byWeekday(plain.trim(), answer, shown) : undefined;
  if (onDay !== undefined) return { vars: { answer: 'details', item: onDay } };
  const saidDay: FlowVars = answer?.when && !ctx.heard.includes('when') ? { when: answer.when } : {};
  // "i work nights, anything during the day", or "i work nights" alone: the day is asked for, never the nights the
  // texter is busy ("nights" alone reads as the evening).
  if ((DAYTIME.test(plain) && !WORKS_DAYS.test(plain)) || worksNights(ctx.text))
    return { vars: { ...saidDay, answer: 'refine', part: '', clock: DAY_ENDS } };
  if (plain.includes('lunch') || plain.includes('despues de')) {
    if (AFTER_LUNCH.test(plain)) return { vars: { ...saidDay, answer: 'refine', part: '', clock: AFTER_LUNCH_CLOCK } };
  }
  const earliest = EARLIER.test(plain) && !clockBoundIn(ctx.text) ? earliestShown(ctx, shown) : undefined;
  if (earliest !== undefined)
    return { vars: { ...saidDay, answer: 'refine', part: '', clock: `${clockValue(earliest)}-` } };
  const sameOnAnotherDay = sameTimeOtherDay(ctx.text, plain);
  if (sameOnAnotherDay) return sameOnAnotherDay;
  // "i cant make noon", "can't do the 7pm", "cant do mornings": that hour or part does not work, so the meetings
  // after it or outside it (the twentieth session's probe showed the next page, which began with a noon meeting).
  const missed = hourMissedVars(ctx.text, saidDay);
  if (missed) return { vars: missed };
  // "anything after 9?", "i work til 10pm": meetings from then on, never a meeting shown at that time.
  const bound = clockBoundIn(ctx.text);
  if (bound && !answer) return { vars: { answer: 'refine', part: '', clock: clockFromValueOf(bound) } };
  // "la de las 2" is the meeting at 2, not the second one: a time is read before a number.
  const time = bound ? undefined : clockTimeIn(ctx.text);
  const narrows = answer && (answer.when || answer.wants || answer.programs || answer.mode);
  const atTime = time && !narrows ? byClock(ctx, time, shown) : undefined;
  if (atTime) return atTime;
  // "further out", "within 50 miles" past the ring shown: find_meetings looks beyond it (and uses `farther` up).
  const farther = asksFarther(ctx, plain);
  // "something closer?": the understanding step kept `closer` for the search (find_meetings uses it up).
  if (!answer) {
    if (farther) return { vars: { ...farther } };
    const searchAgain = isCloser(ctx.vars.closer) || placeMoved(ctx) || saidAgain(ctx);
    return { vars: { answer: searchAgain ? 'refine' : 'unknown' } };
  }
  if (answer.item !== undefined) return { vars: { answer: 'details', item: answer.item } };
  const vars: FlowVars = farther ? { ...farther } : { answer: 'refine' };
  if (ctx.heard.includes('when')) {
    // The understanding step's day is in the variables already, read with its negations ("not tonight" is
    // tomorrow), where this reader takes the word alone.
    if (!ctx.heard.includes('part')) vars.part = '';
  } else if (answer.when) {
    vars.when = answer.when;
    vars.part = answer.part ?? '';
  } else if (answer.part) vars.part = answer.part;
  // A part of the day said without a time asks for all of it.
  if (vars.part !== undefined && !ctx.heard.includes('clock')) vars.clock = '';
  // "any day", "any day but wednesday": no day, unless the understanding step read one ("not tonight" is tomorrow).
  if (answer.anyTime && !ctx.heard.includes('when')) [vars.when, vars.part, vars.clock] = ['', '', ''];
  // "tonight after 8": the day said, and meetings from 8 on (the part of the day follows from the time).
  if (bound) [vars.part, vars.clock] = ['', clockFromValueOf(bound)];
  // "saturday at 730": the time without its colon, which the understanding does not read, near it as "at 7:30" is.
  const compact = bound || time || ctx.heard.includes('clock') ? undefined : compactClockIn(ctx.text);
  if (compact) [vars.part, vars.clock] = ['', clockValueOf(compact)];
  // "same time tomorrow", "a la misma hora el sabado": another day, the time asked before kept.
  if (SAME_TIME.test(plainWords(ctx.text)) && !bound && !time) {
    delete vars.part;
    delete vars.clock;
  }
  // "sun pm", "saturday p.m.": the afternoon and evening both, after noon (the nineteenth session's probe: Sunday
  // morning's meetings were listed).
  if (!bound && !time && PM_ONLY.test(plain)) [vars.part, vars.clock] = ['', NOON_ON];
  const day = dayOfPart(ctx, vars.when ?? ctx.vars.when, vars.part ?? ctx.vars.part);
  if (day && !answer.when) vars.when = day;
  // "any thats not a closed meeting": the understanding step's wishes are in the variables already, read with their
  // negations (open), where this reader takes "closed" alone (the twenty-sixth session's probe).
  if (answer.wants && !ctx.heard.includes('wants')) vars.wants = answer.wants;
  if (answer.anyKind) vars.wants = [];
  // "i hate the god stuff in AA", "tried AA and hated it": the understanding step's programs are in the variables
  // already (SMART, with AA turned down), read with their dislike, where this reader takes the name alone.
  if (answer.programs && !ctx.heard.includes('programs')) vars.programs = answer.programs;
  // "no tiene internet" at a phone list: the understanding step's way to meet, read whole (by phone), where this reader
  // takes "internet" alone (the twenty-eighth session's second probe listed online meetings).
  if (answer.mode && !ctx.heard.includes('mode')) vars.mode = answer.mode;
  return { vars };
}
