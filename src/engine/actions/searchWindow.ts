import { timeWindowOf } from '../../directory/parseWhen';
import { localWeekMinute } from '../../directory/timeZones';
import type { TimeWindow } from '../../directory/types';

/**
 * The time window a search looks in, from the conversation's `when` and `part`: the directory's own reading
 * (timeWindowOf), with what only the moment of the search can tell. "This weekend" on a Sunday evening is what
 * is left of Sunday, not next Saturday six days away; "pasado manana" is two days on; "next week" is any day
 * but today (meetings meet weekly, so Thursday's list is next Thursday's too).
 */

/** Every day of a week but today. */
const NEXT_WEEK = [1, 2, 3, 4, 5, 6];

/** Days from today to the coming Saturday and Sunday where the texter is (only Sunday on a Sunday). */
function comingWeekend(now: Date, zone: string): number[] {
  const today = localWeekMinute(zone, now.getTime()).day;
  return today === 0 ? [0] : [6 - today, 7 - today];
}

/** The window for `when` and `part` at `now`; `zone` is the texter's, when their place is known. */
export function searchWindow(
  when: unknown,
  part: unknown,
  now: Date,
  zone: string | undefined,
): TimeWindow | undefined {
  if (when === 'day_after_tomorrow') return Object.assign({}, timeWindowOf(undefined, part), { dayOffsets: [2] });
  // Meetings meet every week: next week's are those of every day but today (whose are next week's too, but
  // would read as tonight's). "Another day" at a list (not_today) is those days too.
  if (when === 'next_week' || when === 'not_today')
    return Object.assign({}, timeWindowOf(undefined, part), { dayOffsets: NEXT_WEEK });
  const window = timeWindowOf(when, part);
  if (when === 'weekend' && window && zone) window.dayOffsets = comingWeekend(now, zone);
  return window;
}

/** How long before and after a time asked for ("at 7") a meeting may start and still be near it, in minutes. */
const BEFORE_CLOCK = 30;
const AFTER_CLOCK = 60;

/**
 * The window narrowed to meetings that start near a time asked for (`minute` of the day): up to an hour after,
 * and, when `early`, from half an hour before (a 5:30 meeting is still one for "at 6", but only when nothing
 * starts at 6 or soon after: a texter who trusts "6pm" should not be sent to one already half over), on the days
 * the window already names. The window as it is when no time was asked.
 */
export function nearClock(
  window: TimeWindow | undefined,
  minute: number | undefined,
  early = true,
): TimeWindow | undefined {
  if (minute === undefined) return window;
  return Object.assign({}, window, {
    fromMinute: Math.max(0, minute - (early ? BEFORE_CLOCK : 0)),
    toMinute: Math.min(24 * 60 - 1, minute + AFTER_CLOCK),
  });
}

/**
 * The window narrowed to meetings that start at or after a time the texter can only meet after ("after 8",
 * "i work til 10pm"), to the end of the day, on the days the window already names; with no day named, any day
 * (the search orders tonight's first). Never earlier than the part of the day named.
 */
export function fromClock(window: TimeWindow | undefined, minute: number): TimeWindow {
  // Inside the part of the day named, when the time falls in it ("tonight after 8": 8pm to midnight).
  const to = window?.toMinute !== undefined && window.toMinute > minute ? window.toMinute : 24 * 60 - 1;
  return Object.assign({}, window, { fromMinute: Math.max(window?.fromMinute ?? 0, minute), toMinute: to });
}

/**
 * The window narrowed to meetings that start before a time ("before 6": not at 6, which is not before it), from
 * the start of the part of the day named when that is earlier, on the days the window already names.
 */
export function beforeClock(window: TimeWindow | undefined, minute: number): TimeWindow {
  const from = window?.fromMinute !== undefined && window.fromMinute < minute ? window.fromMinute : 0;
  const to = Math.min(window?.toMinute ?? 24 * 60 - 1, minute - 1);
  return Object.assign({}, window, { fromMinute: from, toMinute: Math.max(from, to) });
}

/**
 * Every day from tomorrow: what is left to a texter busy until a time after which nothing meets. Up to a week on: a
 * group that meets only on today's weekday, earlier than now, meets next on that day next week (the thirty-sixth
 * probe: "na late nite geneva ny" on a Monday, where the groups meet on Mondays, said no group met within 100 mi).
 */
export const FROM_TOMORROW: TimeWindow = { dayOffsets: [...NEXT_WEEK, 7] };
