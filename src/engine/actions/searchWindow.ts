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
  // would read as tonight's).
  if (when === 'next_week') return Object.assign({}, timeWindowOf(undefined, part), { dayOffsets: NEXT_WEEK });
  const window = timeWindowOf(when, part);
  if (when === 'weekend' && window && zone) window.dayOffsets = comingWeekend(now, zone);
  return window;
}

/** How long before and after a time asked for ("at 7") a meeting may start and still be near it, in minutes. */
const BEFORE_CLOCK = 30;
const AFTER_CLOCK = 60;

/**
 * The window narrowed to meetings that start near a time asked for (`minute` of the day): from half an hour
 * before to an hour after, on the days the window already names. The window as it is when no time was asked.
 */
export function nearClock(window: TimeWindow | undefined, minute: number | undefined): TimeWindow | undefined {
  if (minute === undefined) return window;
  return Object.assign({}, window, {
    fromMinute: Math.max(0, minute - BEFORE_CLOCK),
    toMinute: Math.min(24 * 60 - 1, minute + AFTER_CLOCK),
  });
}
