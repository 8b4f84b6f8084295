import { plainLower } from './textWords';

/**
 * A clock time as texters write it, English and Spanish: "the 8pm one", "the one at 7:30", "8 o'clock",
 * "la de las 8", "a las 7 y media", "de la una". What a list of meetings is answered with when it points
 * at one by its time, or asks for another.
 */

/** An hour of the clock, with its minutes, and am or pm when the text said. */
export interface ClockTime {
  /** 0 to 23 when said so ("19:00"), else 1 to 12. */
  hour: number;
  /** Minutes past the hour, when said ("7:30", "y media"). */
  minute?: number;
  half?: 'am' | 'pm';
  /**
   * For a bound, which side of the time a meeting must start on: unset, at it or after ("after 8", "not before 7");
   * `until`, after it and not at it ("i work til 6", "hasta las 6": a meeting at 6 has begun before a texter busy
   * until 6 can get there); `before`, before it and not at it ("before 6": one at 6 is not before 6).
   */
  bound?: 'until' | 'before';
  /**
   * For a window to meet in ("between 6 and 8", "entre las 5 y las 7"), its end: meetings start before it (one at 8
   * has not begun "between 6 and 8"). The time itself is the window's start, met at or after.
   */
  end?: ClockTime;
}

/** Spanish hours in words, said after "las" or "la": "las ocho", "la una". */
const SPANISH_HOURS: Record<string, number> = {
  una: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  once: 11,
  doce: 12,
};

const HOUR = '(\\d{1,2}|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)';
const MINUTES = '(?::(\\d{2})|\\s+y\\s+(media|cuarto))?';
/** "8pm", "7:30 p.m.", "8p", "8 o'clock", and "630pm" without its colon (the twentieth session's probe dropped it). */
const WITH_HALF = /(?:^|[^\d:])(\d{1,2})(?::?(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|p(?=\s|$)|o\s?'?\s?clock)(?![a-z])/;
/** "at 8", "@ 7:30", "around 7". */
// Not an ordinal: "im at 4th and quaker" is a corner (the twentieth session's probe read it as 4pm).
const AFTER_AT = /(?:^|\s)(?:at|@|around|by)\s+(\d{1,2})(?::(\d{2}))?(?![\d:]|(?:st|nd|rd|th)\b)/;
/** "7:30", "19:00". */
const WITH_MINUTES = /(?:^|[^\d:])(\d{1,2}):(\d{2})(?![\d:])/;
/**
 * "la de las 8", "a las 7 y media", "de la una": not "la 1", which picks the first of a list, nor "la direccion de
 * la 2", the second (the singular "la" goes with one o'clock only: two is "las 2").
 */
const SPANISH = new RegExp(
  `(?:^|\\s)(?:las\\s+|(?:a|de)\\s+la\\s+(?=(?:1|una)(?![\\d:a-z])))${HOUR}${MINUTES}(?![\\d:a-z])`,
);
/** Spanish words after the hour that say the part of the day: "las 8 de la noche", "las 10 de la manana". */
const SPANISH_PM = /^\s*(?:de la|en la|por la)\s+(?:noche|tarde)/;
const SPANISH_AM = /^\s*(?:de la|en la|por la)\s+manana/;

function hourOf(word: string): number {
  return SPANISH_HOURS[word] ?? Number(word);
}

/** Whether an hour and minutes make a time of day, on the 12-hour clock when am or pm was said. */
function isClock(time: ClockTime): boolean {
  const { hour, minute } = time;
  if (minute !== undefined && (minute < 0 || minute > 59)) return false;
  return time.half ? hour >= 1 && hour <= 12 : hour >= 0 && hour <= 23;
}

/**
 * Noon and midnight in words: "at noon", "around midday", "at lunch time", "on my lunch break", "al mediodia",
 * "a medianoche". Not "afternoon" (one word), nor "after lunch" or "despues de comer", which are later than noon.
 */
const NOON = /(?:^|\s)(?<!after |despues del? )(?:noon|midday|mid day|mediodia|medio dia|lunch|lunchtime)(?![a-z])/;
const MIDNIGHT = /(?:^|\s)(?:midnight|medianoche|media noche)(?![a-z])/;

/** An ASCII digit: what every pattern here with `\d` needs (without the u flag, `\d` is 0-9 alone). */
const HAS_DIGIT = /[0-9]/;

/** Whether a text may name noon or midnight in words: each word of NOON, MIDNIGHT and NOON_BOUND holds one. */
function mayNameNoon(t: string): boolean {
  return t.includes('noon') || t.includes('mid') || t.includes('medi') || t.includes('lunch');
}

/** 12:00 pm or am for a text that names noon or midnight in words (NOON, MIDNIGHT), else undefined. */
function namedTime(t: string): ClockTime | undefined {
  if (!mayNameNoon(t)) return undefined;
  if (NOON.test(t)) return { hour: 12, half: 'pm' };
  return MIDNIGHT.test(t) ? { hour: 12, half: 'am' } : undefined;
}

/** "7ish", "7pmish", "noonish": the time, roughly, read as "around 7" (readers that care see the text). */
const ISH = /\b(\d{1,2}(?::\d{2})?(?:am|pm)?|noon|midnight)ish\b/g;

function withoutIsh(t: string): string {
  return t.includes('ish') ? t.replace(ISH, 'around $1') : t;
}

/** The first clock time in a text, or undefined when it names none. */
export function clockTimeIn(text: string): ClockTime | undefined {
  if (typeof text !== 'string') return undefined;
  // Lower-cased, accents off ("mañana" is "manana"), as every reader of the step's text has it.
  const t = withoutIsh(plainLower(text));
  // Most texts name no time: with no digit, and no "la" or "las" for a Spanish hour in words, only noon is left.
  const digit = HAS_DIGIT.test(t);
  let m = digit ? WITH_HALF.exec(t) : null;
  if (m) return englishTime(m);
  m = t.includes('la') ? SPANISH.exec(t) : null;
  if (m) return spanishTime(m, t);
  m = digit ? (AFTER_AT.exec(t) ?? WITH_MINUTES.exec(t)) : null;
  if (!m) return namedTime(t);
  const time: ClockTime = { hour: Number(m[1]) };
  if (m[2]) time.minute = Number(m[2]);
  return isClock(time) ? inTheMorning(t, time) : undefined;
}

/**
 * "mornings", "early", "in the am", "por la manana", "temprano": the text asks for the morning. "i work mornings" tells
 * of work, when the time left is later.
 */
const MORNING_SAID =
  /(?:^|\s)(?:mornings?|morn|early|am meetings?|in the am|(?:en|por|de) la manana|las mananas|temprano|madrugada)(?![a-z])/;
const WORK_BEFORE_MORNING = /(?:work|works|working|shift|busy|trabajo)\s+(?:\w+\s+){0,2}$/;
/** Morning hours a bare hour may be: "before 9" with "mornings" is 9am, "at 7" 7am; "at 12" stays noon. */
const MORNING_HOURS = { first: 4, last: 11 };

/**
 * A time with no am or pm, in a text asking for the morning ("weekday mornings before 9", "mornings at 7", "en la
 * manana antes de las 9"): in the morning, where a bare hour is otherwise taken as the evening's (minuteOfClock).
 */
function inTheMorning(t: string, time: ClockTime): ClockTime {
  if (time.half || time.hour < MORNING_HOURS.first || time.hour > MORNING_HOURS.last) return time;
  const m = MORNING_SAID.exec(t);
  if (!m || WORK_BEFORE_MORNING.test(t.slice(0, m.index + 1))) return time;
  return { ...time, half: 'am' };
}

/**
 * "after 8", "til 10pm", "until 6", "not before 7", "despues de las 8", "hasta las 10": a time the texter can
 * only meet after (busy until then), where "at 8" is a time to meet at. Getting off work is one too: "i get off at
 * 6", "off work by 5", "getting out of work at 6" (probe 35), "done at 4", "salgo a las 6", "after my shift at 3",
 * "my shift ends at 3". Not a count: "relapsed after 2 years", "after 3 beers" (the twenty-sixth session's probe
 * searched after 2pm).
 */
const BOUND_EN =
  /(?:^|\s)(?:after(?: (?:my|the) (?:shift|work|job|class|classes|school)| work| school| class)? (?:at|by|around|ends at)|after|later than|not before|nothing before|none before|no meetings before|nada antes de|til|till|until|untill|off(?: of)?(?: work)? (?:at|by|around)|(?:get|gets|getting) out(?: of work)? at|done(?: with work)? (?:at|by)|(?:shift|work|class|school) (?:ends|is over|gets out|lets out)(?: at| by| around)?)\s+(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|p(?=\s|$)|o\s?'?\s?clock)?(?![\d:a-z])(?!\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|beers?|drinks?|shots?|pills?|times?)\b)/;
const BOUND_ES = new RegExp(
  `(?:^|\\s)(?:despues de|luego de|pasadas|hasta|desde|salgo(?: de trabajar| del trabajo)?(?: a| como a))\\s+(?:las|la)\\s+${HOUR}${MINUTES}(?![\\d:a-z])`,
);

/**
 * "before 6", "earlier than 7", "antes de las 6": a time meetings must start before. Not "not before 7" nor "nothing
 * before 10am", which BOUND_EN reads as after (the twenty-sixth session's probe listed the 6am meetings).
 */
const BEFORE_EN =
  /(?:^|\s)(?<!not\s)(?:before|earlier than)\s+(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|p(?=\s|$)|o\s?'?\s?clock)?(?![\d:a-z])/;
const BEFORE_ES = new RegExp(`(?:^|\\s)antes de\\s+(?:las|la)\\s+${HOUR}${MINUTES}(?![\\d:a-z])`);
/** Bound words that say busy until the time, so a meeting at the time itself is out: "til 6", "hasta las 6". */
const UNTIL_WORDS = /^\s*(?:til|till|until|untill|hasta|off|(?:get|gets|getting) out|done|salgo)\s/;

/**
 * The clock time a text bounds meetings by: one it can only meet after ("after 8", "i work til 10pm"), or before
 * ("before 6", with `bound: 'before'`); undefined when it says none.
 */
export function clockBoundIn(text: string): ClockTime | undefined {
  if (typeof text !== 'string') return undefined;
  const t = plainLower(text);
  const noon = mayNameNoon(t) ? NOON_BOUND.exec(t) : null;
  if (noon) return noonBound(noon[1]);
  // The English bounds need an hour in digits, the Spanish ones "la" or "las" before the hour: most texts have
  // neither, and the patterns are not run.
  const digit = HAS_DIGIT.test(t);
  const spanish = t.includes('la');
  const m = digit ? BOUND_EN.exec(t) : null;
  const es = m || !spanish ? null : BOUND_ES.exec(t);
  const after = m ? englishTime(m) : es ? spanishTime(es, t) : undefined;
  if (after) return UNTIL_WORDS.test((m ?? es)![0]) ? { ...after, bound: 'until' } : inTheMorning(t, after);
  const range = digit || spanish ? rangeStartIn(t) : undefined;
  if (range) return range.bound ? range : inTheMorning(t, range);
  const b = digit ? BEFORE_EN.exec(t) : null;
  const e = b || !spanish ? null : BEFORE_ES.exec(t);
  const before = b ? englishTime(b) : e ? spanishTime(e, t) : undefined;
  if (before) return { ...inTheMorning(t, before), bound: 'before' };
  // "anything late night?", "late meetings": later than the evening's first meetings, from 9pm on.
  const late = t.includes('late') || t.includes('noche');
  return late && LATE_NIGHT.test(t) ? { hour: LATE_NIGHT_HOUR, half: 'pm' } : undefined;
}

/** An hour with its minutes and half, as the range patterns write each end: groups hour, minutes, half. */
const RANGE_END = '(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?)?';
/** Words that make a range a count, not a time: "between 5 and 8 beers", "from 2 to 3 days". */
const COUNTED_AFTER =
  '(?!\\s*(?:beers?|drinks?|shots?|pills?|times?|days?|hours?|hrs?|weeks?|months?|years?|miles?|mi|people|(?:a|per|each) (?:day|night|week)|al dia|por dia|cervezas?|tragos?|veces|dias|horas|semanas|meses|anos|millas)\\b)';
/**
 * "between 5 and 8", "from 6 to 9pm", "6-9pm", "btwn 5 & 7": a window to meet in. The dash form needs am or pm on
 * its end ("5-8pm"), so a date or a score ("3-2") is no time.
 */
const RANGE_EN = new RegExp(
  `(?:^|\\s)(?:(?:between|btwn|btw|from)\\s+${RANGE_END}\\s*(?:and|to|&|-|til|till|until)\\s*${RANGE_END}|` +
    `${RANGE_END}\\s*-\\s*(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.?m\\.?|p\\.?m\\.?))${COUNTED_AFTER}(?![\\d:a-z])`,
);
/** "entre las 5 y las 8", "de 6 a 9", "de las 6 a las 9": the Spanish window. */
const RANGE_ES = new RegExp(
  `(?:^|\\s)(?:entre|de|desde)\\s+(?:las?\\s+)?${HOUR}${MINUTES}\\s+(?:y|a|hasta)\\s+(?:las?\\s+)?${HOUR}${MINUTES}${COUNTED_AFTER}(?![\\d:a-z])`,
);

/** Words before a window that make it the texter's busy hours: "i work", "my shift", "trabajo", "estoy ocupado". */
const BUSY_BEFORE = /(?:^|\s)(?:work|works|working|shift|busy|job|school|class|trabajo|ocupad[oa]|escuela)(?:\s|$)/;

/**
 * The start of a window to meet in ("between 5 and 8", "6-9pm", "entre las 5 y las 8") as a time to meet from:
 * meetings from its start on, soonest first, so the window's own come first. The end's am or pm is the start's
 * too when the start says none and comes before it ("9-11am" starts at 9am, not 9pm).
 */
function rangeStartIn(t: string): ClockTime | undefined {
  const en = RANGE_EN.exec(t);
  if (en) {
    // The words' form fills groups 1 to 6, the dash's 7 to 12: each end's hour, minutes and mark.
    const g = en[1] !== undefined ? en.slice(1, 7) : en.slice(7, 13);
    const start = timeFrom(g[0], g[1], g[2]);
    const end = timeFrom(g[3], g[4], g[5]);
    if (!start || !end) return undefined;
    // "i work from 8 to 6", "my shift is 7-3pm": busy in the window, so free once it ends.
    if (BUSY_BEFORE.test(t.slice(0, en.index))) return { ...end, bound: 'until' };
    if (!start.half && end.half && start.hour <= 12 && start.hour % 12 <= end.hour % 12) start.half = end.half;
    // "between 11 and 1" goes over noon: it starts in the morning.
    else if (!start.half && !end.half && end.hour <= 12 && start.hour <= 12 && start.hour % 12 > end.hour % 12)
      start.half = 'am';
    return { ...start, end };
  }
  const es = RANGE_ES.exec(t);
  if (!es) return undefined;
  const end = spanishHour(es[4], es[5], es[6]);
  if (BUSY_BEFORE.test(t.slice(0, es.index))) return isClock(end) ? { ...end, bound: 'until' } : undefined;
  // The start's hour is the match's first, and "de la noche" after the whole window is its half too.
  const start = spanishTime(es, t);
  return start && isClock(end)
    ? { ...start, end: start.half && !end.half ? { ...end, half: start.half } : end }
    : start;
}

/**
 * The minute of the day a window's end falls on, after its start (`startMinute`): "between 6 and 8" ends at 8pm
 * once it starts at 6pm, "between 10 and 12" at noon after 10am. Undefined when no such minute is left in the day.
 */
export function windowEndMinute(end: ClockTime, startMinute: number): number | undefined {
  let minute = minuteOfClock(end);
  // An end said without am or pm is the first of its two times after the start.
  if (!end.half && end.hour <= 12) while (minute <= startMinute) minute += 12 * 60;
  return minute > startMinute && minute <= 24 * 60 ? minute : undefined;
}

/** "late night", "late at night", "late nite", "late meetings", "muy noche": meetings from LATE_NIGHT_HOUR pm. */
const LATE_NIGHT =
  /(?:^|\s)(?:late(?:\s+at)?\s+(?:night|nite|nights|nites)|late\s+(?:meeting|meetings|mtg|mtgs|ones?)|(?:ya\s+)?muy\s+noche|tarde\s+en\s+la\s+noche)(?![a-z])/;
/** The hour a late-night meeting starts from: most evening meetings start by 8. */
const LATE_NIGHT_HOUR = 9;

/** "before noon", "after midday", "til noon", "antes del mediodia", "despues del mediodia": noon as a bound. */
const NOON_BOUND =
  /(?:^|\s)(before|earlier than|after|til|till|until|antes del?|despues del?|hasta el|hasta)\s+(?:noon|midday|mediodia)(?![a-z])/;

/** Noon as the bound its word says: before it, until it (a meeting at noon is out), or after it. */
function noonBound(word: string): ClockTime {
  const noon: ClockTime = { hour: 12, half: 'pm' };
  if (word === 'before' || word === 'earlier than' || word.startsWith('antes')) return { ...noon, bound: 'before' };
  return /^(?:til|till|until|hasta)/.test(word) ? { ...noon, bound: 'until' } : noon;
}

/** An English match read as a time: hour, minutes, then "am", "pm" or "o'clock" as said (groups 1 to 3). */
function englishTime(m: RegExpExecArray): ClockTime | undefined {
  return timeFrom(m[1], m[2], m[3]);
}

/** A time from its digits as written: the hour, the minutes and the mark after them ("pm", "a.m.", "o'clock"). */
function timeFrom(hour: string, minute: string | undefined, mark: string | undefined): ClockTime | undefined {
  const time: ClockTime = { hour: Number(hour) };
  if (minute) time.minute = Number(minute);
  const said = (mark ?? '').replace(/[^apo]/g, '');
  if (said.startsWith('a')) time.half = 'am';
  else if (said.startsWith('p')) time.half = 'pm';
  return isClock(time) ? time : undefined;
}

/** A Spanish hour as written: the hour in words or digits, its minutes in digits or "y media", "y cuarto". */
function spanishHour(hour: string, minute: string | undefined, fraction: string | undefined): ClockTime {
  const time: ClockTime = { hour: hourOf(hour) };
  if (minute) time.minute = Number(minute);
  else if (fraction) time.minute = fraction === 'media' ? 30 : 15;
  return time;
}

/** A Spanish match read as a time: the hour in words or digits, "y media", then "de la tarde" after it in `t`. */
function spanishTime(m: RegExpExecArray, t: string): ClockTime | undefined {
  const time = spanishHour(m[1], m[2], m[3]);
  const after = t.slice(m.index + m[0].length);
  if (SPANISH_PM.test(after)) time.half = 'pm';
  else if (SPANISH_AM.test(after)) time.half = 'am';
  return isClock(time) ? time : undefined;
}

/** Whether a meeting starting at `startMinute` (after local midnight) is at the time said. */
export function isAtClock(time: ClockTime, startMinute: number): boolean {
  const hour24 = Math.floor(startMinute / 60);
  if (time.minute !== undefined && startMinute % 60 !== time.minute) return false;
  if (time.hour > 12 || (time.hour === 0 && !time.half)) return hour24 === time.hour;
  if (time.half === 'am' && hour24 >= 12) return false;
  if (time.half === 'pm' && hour24 < 12) return false;
  return hour24 % 12 === time.hour % 12;
}

/**
 * The part of the day a clock time falls in, for a list narrowed to it: with am or pm as said; without,
 * 1 to 4 is the afternoon and 5 to 11 the evening, when most meetings are ("a las 7").
 */
export function partOfClock(time: ClockTime): 'morning' | 'afternoon' | 'evening' | undefined {
  const hour24 =
    time.hour > 12 ? time.hour : time.half === 'am' ? time.hour % 12 : time.half === 'pm' ? (time.hour % 12) + 12 : -1;
  const at = hour24 >= 0 ? hour24 : time.hour === 12 || time.hour <= 4 ? (time.hour % 12) + 12 : time.hour + 12;
  if (at >= 5 && at < 12) return 'morning';
  if (at >= 12 && at < 17) return 'afternoon';
  if (at >= 17) return 'evening';
  return undefined;
}

/**
 * The minute of the day a clock time most likely means, for a search near it: as said with am or pm; without,
 * 1 to 11 in the afternoon or evening, when most meetings are ("at 7" is 7pm), and 12 noon.
 */
export function minuteOfClock(time: ClockTime): number {
  const { hour, half } = time;
  let hour24 = hour;
  if (half === 'am') hour24 = hour % 12;
  else if (half === 'pm' || (hour >= 1 && hour < 12)) hour24 = (hour % 12) + 12;
  return hour24 * 60 + (time.minute ?? 0);
}

/**
 * A text that is only a time written without its colon, as phones make it quick: "730", "7 30", "1930", "730pm",
 * "at 7 30", "the 730 one", "a las 730". The whole text, so "730 days sober" or a street number is no time.
 */
const BARE_CLOCK =
  /^(?:(?:at|@|around|the|a las|las)\s+)?(\d{1,2})(?:\s+|\.)?(\d{2})\s*(a\.?m\.?|p\.?m\.?|a|p)?(?:\s+(?:one|meeting|mtg|please|pls|por favor))?\s*\??$/;

/** Minutes a bare time is said at without am or pm: "730", "1015". */
const QUARTERS: ReadonlySet<string> = new Set(['00', '15', '30', '45']);

/** The time a text that is only a time without its colon says ("730", "7 30", "1930"), or undefined. */
export function bareClockIn(text: string): ClockTime | undefined {
  if (typeof text !== 'string' || text.length > 24 || !HAS_DIGIT.test(text)) return undefined;
  const m = BARE_CLOCK.exec(plainLower(text).trim());
  // Off the quarter hour with no am or pm ("2134", "4817"): a number of something else (the regression probe).
  if (!m || (!m[3] && !QUARTERS.has(m[2]))) return undefined;
  // "0730" and "1930" read as the 24-hour clock; "730" as 7:30 (the half from the moment, when the reader knows it).
  const time = timeFrom(m[1], m[2], m[3]);
  if (!time) return undefined;
  if (!time.half && m[1].startsWith('0') && time.hour >= 1) time.half = 'am';
  return time;
}

/**
 * "at 730", "@ 1030", "around 645pm": a time after "at" written without its colon, on the quarter hour (so "at 1301
 * south taylor", a street number, is no time). Undefined for any other text.
 */
const AT_COMPACT = /(?:^|\s)(?:at|@|around|a las)\s+(\d{1,2})(00|15|30|45)\s*(a\.?m\.?|p\.?m\.?|a|p)?(?![\d:a-z])/;

/** The time an "at 730" says, or undefined when the text says none so. */
export function compactClockIn(text: string): ClockTime | undefined {
  if (typeof text !== 'string' || !HAS_DIGIT.test(text)) return undefined;
  const m = AT_COMPACT.exec(plainLower(text));
  return m ? timeFrom(m[1], m[2], m[3]) : undefined;
}
