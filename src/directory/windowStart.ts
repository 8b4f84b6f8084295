import type { TimeWindow } from './types';

/** Minutes in a day. */
const DAY = 1440;
/** The last minute of a day: a window reaching it runs to midnight ("tonight", "after 8"). */
const DAY_END = DAY - 1;
/** Before 4am, "tomorrow" is still the day about to start: the night has not been slept yet. */
const SMALL_HOURS_END = 4 * 60;

/**
 * Whether a meeting `delta` minutes from now falls on one of the days asked for (0 today, 1 tomorrow),
 * counted from local midnight. In the small hours "tomorrow" takes in the day just begun as well:
 * at 12:45am, "tomorrow morning" is the morning a few hours away (and the next one after it).
 */
function onDay(dayOffsets: readonly number[], nowMinuteOfDay: number, delta: number): boolean {
  const dayOffset = Math.floor((nowMinuteOfDay + delta) / DAY);
  if (dayOffsets.includes(dayOffset)) return true;
  return dayOffset === 0 && nowMinuteOfDay < SMALL_HOURS_END && dayOffsets.includes(1) && !dayOffsets.includes(0);
}

/**
 * Whether a window asks for the small hours themselves ("at midnight", "before 6am": it starts at 00:00 and ends
 * before the evening): there a 00:00 meeting is read at its own day's start, not as the evening before's end.
 */
function asksSmallHours(when: TimeWindow): boolean {
  return when.fromMinute === 0 && when.toMinute !== undefined && when.toMinute < DAY_END;
}

/**
 * Whether a meeting fits a time window, given where its start falls: its local weekday (0 Sunday) and minute of
 * the day, the local minute of the day now, and the minutes from now to its start (`delta`).
 *
 * A meeting at 00:00 is read as the end of the evening before, as its line says it ("Sat midnight" for 00:00 on
 * Sunday, src/directory/formatMeetings.ts): it is tonight's at 9pm on Saturday, it fits "after 10pm" and
 * "Saturday", and it is not the first of "tomorrow"'s meetings under a heading that says tomorrow. Only a window
 * of the small hours ("at midnight", "before 6am") reads it at its own day's start.
 */
export function startFits(
  when: TimeWindow,
  weekday: number,
  startMinute: number,
  nowMinuteOfDay: number,
  delta: number,
): boolean {
  if (startMinute === 0 && !asksSmallHours(when)) {
    // The evening before's end: its weekday, a minute past its last, counted on its day.
    if (when.weekdays && !when.weekdays.includes((weekday + 6) % 7)) return false;
    if (when.toMinute !== undefined && when.toMinute < DAY_END) return false;
    return !when.dayOffsets || onDay(when.dayOffsets, nowMinuteOfDay, delta - 1);
  }
  if (continuesTheNight(when, startMinute, nowMinuteOfDay, delta)) return true;
  if (when.weekdays && !when.weekdays.includes(weekday)) return false;
  if (when.fromMinute !== undefined && startMinute < when.fromMinute) return false;
  if (when.toMinute !== undefined && startMinute > when.toMinute) return false;
  return !when.dayOffsets || onDay(when.dayOffsets, nowMinuteOfDay, delta);
}

/** The evening's first minute: a window from then on, today, is tonight. */
const EVENING_START = 17 * 60;
/** Meetings before this, after midnight, are still the night's ("tonight" at 10:30pm finds the 1am one). */
const NIGHT_GOES_ON_UNTIL = 3 * 60;

/**
 * Whether a meeting in the small hours after midnight goes on the night a window asks for: "tonight", "after 10pm"
 * today (the sixteenth session's probe: at 10:30pm on a Friday, "tonight" said "Nothing tonight", then listed the
 * 1am meeting as the next one). The window is today's evening to its end, with no weekday named.
 */
function continuesTheNight(when: TimeWindow, startMinute: number, nowMinuteOfDay: number, delta: number): boolean {
  if (startMinute >= NIGHT_GOES_ON_UNTIL || when.weekdays) return false;
  if (when.dayOffsets?.length !== 1 || when.dayOffsets[0] !== 0) return false;
  if (when.fromMinute === undefined || when.fromMinute < EVENING_START) return false;
  if (when.toMinute !== undefined && when.toMinute < DAY_END) return false;
  return Math.floor((nowMinuteOfDay + delta) / DAY) === 1;
}
