import { localDate } from '../../directory/timeZones';

/**
 * A holiday asked for at a list ("christmas day", "on new years eve", "thanksgiving", "el dia de navidad"): how many
 * days away its next date is, where the texter is. The twentieth session's probe got "Sorry" for each; the list can
 * look a week ahead by day, so a holiday within it is that day, and one further off is said plainly (holiday_later).
 */

/** A holiday's date in a year: month (1-12) and day. */
type DateOf = (year: number) => { month: number; day: number };

/** The nth weekday (0 = Sunday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): { month: number; day: number } {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return { month, day: 1 + ((weekday - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return { month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** Easter Sunday (the anonymous Gregorian computus). */
function easter(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The holidays texters name, English and Spanish, eves before their days (the first that matches wins). */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, DateOf]> = [
  [/ (?:christmas|xmas|x mas|chrismas|christmass) eve | noche ?buena /, () => ({ month: 12, day: 24 })],
  [/ (?:christmas|xmas|x mas|chrismas|christmass|navidad) /, () => ({ month: 12, day: 25 })],
  [/ new ?year ?s? eve | nye | noche ?vieja | fin de ano /, () => ({ month: 12, day: 31 })],
  [/ new ?year ?s?(?: day)? | ano nuevo /, () => ({ month: 1, day: 1 })],
  [/ thanksgiving | thanks giving | turkey day | accion de gracias /, (y) => nthWeekday(y, 11, 4, 4)],
  [/ (?:4th|fourth) of july | july (?:4th|4|fourth) | independence day /, () => ({ month: 7, day: 4 })],
  [/ easter | pascua /, easter],
  [/ memorial day /, (y) => nthWeekday(y, 5, 1, -1)],
  [/ labor day /, (y) => nthWeekday(y, 9, 1, 1)],
  [/ halloween /, () => ({ month: 10, day: 31 })],
];

/** Days from today to the holiday's next date (0 on the day itself). */
function daysUntil(dateOf: DateOf, now: Date, zone: string | undefined): number {
  const today = localDate(now, zone);
  const from = Date.UTC(today.year, today.month - 1, today.day);
  for (const year of [today.year, today.year + 1]) {
    const { month, day } = dateOf(year);
    const at = Date.UTC(year, month - 1, day);
    if (at >= from) return Math.round((at - from) / 86_400_000);
  }
  return 366;
}

/** The days away of the next holiday a text names ("christmas day": 18 on December 7), or undefined for none. */
export function holidayDaysAway(plain: string, now: Date, zone: string | undefined): number | undefined {
  const text = ` ${plain} `;
  const found = HOLIDAYS.find(([words]) => words.test(text));
  return found ? daysUntil(found[1], now, zone) : undefined;
}

/** The `when` words of the days of the week, Sunday first. */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The furthest day ahead a day's name still means this week's (6: next Monday said on a Monday is a week off). */
const WEEK_AHEAD = 6;

/**
 * The `when` for a holiday named ("today", "tomorrow", or its weekday within the week ahead), with `holiday` "soon";
 * further off, no day (the next meetings) with `holiday` "later", so the flow says holiday times change and that the
 * list shows the days ahead. Undefined when the text names no holiday.
 */
export function holidayVars(plain: string, now: Date, zone: string | undefined): Record<string, string> | undefined {
  const days = holidayDaysAway(plain, now, zone);
  if (days === undefined) return undefined;
  if (days > WEEK_AHEAD) return { when: '', holiday: 'later' };
  if (days <= 1) return { when: days === 0 ? 'today' : 'tomorrow', holiday: 'soon' };
  const today = localDate(now, zone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day + days)).getUTCDay();
  return { when: WEEKDAYS[weekday], holiday: 'soon' };
}
