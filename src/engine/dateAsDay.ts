import { localDate, timeZoneAt } from '../directory/timeZones';
import type { Place } from '../directory/types';
import type { DateSaid } from '../understand/dateSaid';
import type { TextRead } from './understandStep';

/**
 * A date said as when to go ("dec 10", "12/10", "on the 10th": the understanding's `dateSaid`) made the `when` the
 * search narrows to: `today`, `tomorrow`, or the date's day of the week, by today's date where the texter is.
 * Meetings meet weekly, so "dec 10" (a Thursday) lists Thursday's meetings, and the heading says "on Thursday".
 */

/** The days of the week as `when` words, Sunday first (Date's getUTCDay). */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** How far ahead a date may be and still be read: a year. A date past that is no day to search. */
const MAX_DAYS_AHEAD = 366;

const MS_PER_DAY = 86_400_000;

/** The UTC midnight of a date, or undefined when the day is not in the month (the 31st of November). */
function midnight(year: number, month: number, day: number): number | undefined {
  const at = Date.UTC(year, month - 1, day);
  return new Date(at).getUTCDate() === day ? at : undefined;
}

/**
 * The `when` word for a date: the next time it comes, counting today (a month said: this year's, or next year's once
 * it has passed; a day alone: this month's, or next month's). Undefined for a date no month holds.
 */
export function dayOfDate(date: DateSaid, now: Date, zone?: string): string | undefined {
  const today = localDate(now, zone);
  const start = Date.UTC(today.year, today.month - 1, today.day);
  let at: number | undefined;
  if (date.month !== undefined) {
    at = midnight(today.year, date.month, date.day);
    if (at !== undefined && at < start) at = midnight(today.year + 1, date.month, date.day);
  } else {
    at = midnight(today.year, today.month, date.day);
    if (at === undefined || at < start) {
      const next =
        today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
      at = midnight(next.year, next.month, date.day);
    }
  }
  if (at === undefined) return undefined;
  const ahead = Math.round((at - start) / MS_PER_DAY);
  if (ahead < 0 || ahead > MAX_DAYS_AHEAD) return undefined;
  if (ahead === 0) return 'today';
  if (ahead === 1) return 'tomorrow';
  return WEEKDAYS[new Date(at).getUTCDay()];
}

/**
 * The zone a date is counted in: the place the text names or the conversation searches (where the meetings are), else
 * the texter's number's zone.
 */
function zoneOfDates(read: TextRead, place: Place | undefined, homeZone: string | undefined): string | undefined {
  const at = read.learned.place ?? place;
  return (at && timeZoneAt(at.lat, at.lon)) ?? homeZone;
}

/**
 * The text's reading with a date it said taken as its `when`, unless it named a day itself. `place` is the one the
 * conversation searches, if any; `homeZone` the texter's number's zone.
 */
export function withDateAsDay(
  read: TextRead | undefined,
  now: Date,
  place?: Place,
  homeZone?: string,
): TextRead | undefined {
  const date = read?.reading.dateSaid;
  if (!read || !date || read.learned.vars.when !== undefined) return read;
  const when = dayOfDate(date, now, zoneOfDates(read, place, homeZone));
  if (!when) return read;
  const learned = Object.assign({}, read.learned, {
    vars: Object.assign({}, read.learned.vars, { when }),
    filled: [...read.learned.filled, 'when'],
  });
  return { reading: read.reading, learned };
}
