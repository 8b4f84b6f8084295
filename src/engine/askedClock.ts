import type { Reading } from '../understand/understand';
import { clockBoundIn, clockTimeIn, minuteOfClock, windowEndMinute, type ClockTime } from '../text/clockWords';
import { MEETING_NOUNS } from '../text/meetingWords';
import { plainLower, textWords } from '../text/textWords';
import { tellsTimeAsHabit } from '../text/timeWords';
import { DAY_ENDS, MORNING_ENDS, worksMornings, worksNights } from '../text/workingHours';

/**
 * The clock time a texter asks meetings for ("aa in lubbock tomorrow at 7", "juntas a las 8"), kept in the
 * conversation's `clock` variable as "HH:MM" so the search prefers meetings that start near it; a time the texter
 * can only meet after ("after 8", "i work til 10pm") as "HH:MM+", so it looks only at meetings from then on. A time
 * told of something else ("he gets home at 2am", "drinks every night at 9") is not a time to meet.
 */

/** The texter's own working hours: "i work", "im working", "i get off", "my shift", "trabajo", "salgo". */
const OWN_WORK =
  /(?:^|\s)(?:(?:i|im|i am)\s+(?:work|working|get off|am working|am at work|m at work)|my shift|trabajo|salgo)(?:\s|$)/;

/** Slots whose words make a clock time in the same text one to meet at: a day, a program, a way to meet. */
const MEETING_SLOTS = new Set(['when', 'programs', 'mode']);

/** "19:00" for 7pm: how the `clock` variable holds a minute of the day. */
export function clockValue(minute: number): string {
  const m = ((minute % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** A `clock` value: its minute, how it bounds ("+", ">", "~", "-" or none) and a window's end ("18:00+20:00"). */
const CLOCK_VALUE = /^(\d{2}):(\d{2})(?:([+>~-])|\+(\d{2}):(\d{2}))?$/;

/** The minute of the day a `clock` variable holds; undefined when it holds none ("" after a new part of day). */
export function clockMinute(value: unknown): number | undefined {
  const m = typeof value === 'string' ? CLOCK_VALUE.exec(value) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * The minute a window to meet in ends at ("18:00+20:00" for "between 6 and 8": 20:00), which meetings start before;
 * undefined for any other `clock` value.
 */
export function clockUntilMinute(value: unknown): number | undefined {
  const m = typeof value === 'string' ? CLOCK_VALUE.exec(value) : null;
  return m && m[4] !== undefined ? Number(m[4]) * 60 + Number(m[5]) : undefined;
}

/**
 * Whether a `clock` variable holds a time to meet after ("20:00+" for "after 8", "18:00>" for "i work til 6",
 * "18:00+20:00" for "between 6 and 8"), not one to meet at: "+" takes a meeting at the time itself, ">" leaves it out
 * (busy until 6, a 6pm meeting has begun before they can get there).
 */
export function clockIsFrom(value: unknown): boolean {
  return typeof value === 'string' && /[+>]/.test(value) && clockMinute(value) !== undefined;
}

/** The first minute a meeting may start at for a `clock` bound to meet after: the minute after it with ">". */
export function clockFromMinute(value: unknown): number | undefined {
  const minute = clockMinute(value);
  if (minute === undefined || !clockIsFrom(value)) return undefined;
  return String(value).endsWith('>') ? minute + 1 : minute;
}

/**
 * Whether a `clock` variable holds a time said roughly ("18:00~" for "around 6", "6ish"): a meeting half an hour
 * before it is as near as one an hour after (the twentieth session's probe: "around 6" skipped three 5:30s for 7pm).
 */
export function clockIsNear(value: unknown): boolean {
  return typeof value === 'string' && value.endsWith('~') && clockMinute(value) !== undefined;
}

/** Words that make a time roughly said: "around 6", "about 7", "7ish", "como a las 7", "mas o menos a las 8". */
const APPROXIMATE =
  /\b(?:around|about|roughly|approximately|approx|alrededor de)\b|\dish\b|\bnoonish\b|\bcomo a las\b|\bmas o menos\b/;

/** Whether a text says its time roughly ("around 6", "7ish"); `plain` is the text in plain lower-case words. */
export function saidRoughly(plain: string): boolean {
  return APPROXIMATE.test(plain);
}

/** Whether a `clock` variable holds a time meetings must start before ("18:00-" for "before 6"; 6pm is not). */
export function clockIsBefore(value: unknown): boolean {
  return typeof value === 'string' && value.endsWith('-') && clockMinute(value) !== undefined;
}

/** A clock time said, as the `clock` variable holds it. */
export function clockValueOf(time: ClockTime): string {
  return clockValue(minuteOfClock(time));
}

/**
 * A bound said, as the `clock` variable holds it: "after 8" "20:00+", "til 10pm" "22:00>", "before 6" "18:00-"
 * (see ClockTime's `bound`).
 */
export function clockFromValueOf(time: ClockTime): string {
  const start = minuteOfClock(time);
  const end = time.end && !time.bound ? windowEndMinute(time.end, start) : undefined;
  // "between 6 and 8": from 6 on, and before 8 ("18:00+20:00"); an end past midnight is no end ("from 10pm to 2am").
  if (end !== undefined && end < 24 * 60) return `${clockValue(start)}+${clockValue(end)}`;
  return `${clockValue(start)}${time.bound === 'before' ? '-' : time.bound === 'until' ? '>' : '+'}`;
}

/**
 * Words a text that is only a time may hold around it: "after 6", "around 7pm", "6:30 works for me", "by 7 please",
 * "despues de las 6". Anything else ("i relapsed at 7 months", "he drinks at 6") tells something, not a time to go.
 */
const AROUND_A_TIME: ReadonlySet<string> = new Set(
  (
    'after around about at before by till til until from between and to or later earlier pm am p m ish oclock o clock ' +
    'works work is good fine ok okay for me best please pls maybe any time onwards on tonight today tomorrow ' +
    'despues de las la a antes como mas o menos me sirve esta bien por favor hoy manana'
  ).split(' '),
);

/** A clock time's own word: "6", "6:30", "7pm", "630pm", "7ish", "noon". */
const CLOCK_WORD = /^(?:\d{1,2}(?::?\d{2})?(?:am|pm|a|p|ish)?|noon|midnight|mediodia)$/;

/**
 * Whether a text is only a time ("after 6", "at 6:30", "around 7pm works"): sent to this line, that is when the
 * texter can go (the twenty-fifth session's probe got "Sorry" for "after 6" at "How would you like to meet?").
 */
function onlyATime(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => AROUND_A_TIME.has(w) || CLOCK_WORD.test(w));
}

/**
 * A time told of a habit or of what has happened since: "drinking since noon", "since 6 this morning", "drank two
 * bottles by 8pm last night" (the twenty-sixth session's probe searched at noon, at 8pm). Taken out before the time
 * to meet is read, so "since noon ... anything tonight?" asks for tonight only.
 */
const TIME_OF_THE_PAST =
  /\b(?:since|from|by)\s+(?:like |about |around )?(?:\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|noon|midnight)(?:\s+(?:this morning|last night|yesterday|this afternoon))?(?=\W|$)/gi;
/** Words that make a "by" or "from" time one of the past ("by 8pm last night"), not "from 6 on", which bounds. */
const PAST_MARK = /\b(?:since|last night|yesterday|this morning)\b/i;

/** The text without the times it tells of the past (TIME_OF_THE_PAST): "since noon" says nothing of when to meet. */
function withoutTimesOfThePast(text: string): string {
  if (!PAST_MARK.test(text)) return text;
  return text.replace(TIME_OF_THE_PAST, (m) => (/^since/i.test(m) || PAST_MARK.test(m) ? ' ' : m));
}

/** The `clock` value a first or later text asks for, or undefined when it names no time to meet at. */
export function askedClock(said: string, reading: Reading): string | undefined {
  const text = withoutTimesOfThePast(said);
  const bound = clockBoundIn(text);
  const time = bound ?? clockTimeIn(text);
  // "i work nights", "trabajo de noche": the texter's own shift leaves the day, whether meetings are named or not.
  if (!time) return worksNights(text) ? DAY_ENDS : worksMornings(text) ? MORNING_ENDS : undefined;
  // "i work till 7", "trabajo hasta las 7": the texter's own hours bound when they can go, meetings named or not,
  // and whatever habit the text tells beside them ("i drink every night ... i work till 7").
  if (bound && OWN_WORK.test(plainLower(text))) return clockFromValueOf(bound);
  const words = textWords(text);
  if (tellsTimeAsHabit(words)) return undefined;
  const u = reading.understood;
  // A place beside the time is where to meet at it: "79101 after 6", "lubbock 7pm".
  const aboutMeeting =
    u.when !== null ||
    u.place !== null ||
    u.mode !== null ||
    u.programs.length > 0 ||
    reading.heard.some((h) => MEETING_SLOTS.has(h.slot)) ||
    words.some((w) => MEETING_NOUNS.has(w)) ||
    onlyATime(words);
  if (!aboutMeeting) return undefined;
  if (bound) return clockFromValueOf(bound);
  return saidRoughly(plainLower(text)) ? `${clockValueOf(time)}~` : clockValueOf(time);
}
