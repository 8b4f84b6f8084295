import { weekdayOfWord, type WhenWord } from '../directory/parseWhen';
import { WHEN_WORDS } from '../text/timeWords';
import { textWords } from '../text/textWords';
import { MONDAY_FIRST } from '../understand/daysLeftOut';

/**
 * Several days of the week said together as the days a texter can go: "tuesday or thursday night", "mon, wed or
 * fri", "martes o jueves". The conversation's `when` keeps them as one value, the day names joined by commas
 * ("tuesday,thursday"), which the search reads as any of them (parseWhen's timeWindowOf).
 */

/** Words that may stand between two days said together: "or", "and", "or on", a part of the day after the first. */
const BETWEEN_DAYS = new Set([
  'or',
  'and',
  'n',
  'on',
  'o',
  'y',
  'el',
  'los',
  'night',
  'nights',
  'morning',
  'mornings',
  'afternoon',
  'afternoons',
  'evening',
  'evenings',
  'noche',
  'manana',
  'tarde',
  'en',
  'la',
  'por',
]);

/** How many words at most may stand between two days said together ("tuesday night or thursday"). */
const MOST_BETWEEN = 3;

/** The name of the day of the week (WHEN_WORDS: "sunday" is 4) a word names, else undefined. */
function dayName(word: string): WhenWord | undefined {
  const day = weekdayOfWord(word);
  return day === undefined ? undefined : WHEN_WORDS[4 + day];
}

/**
 * The days of the week a text says together, in the order said, when it says two or more ("tuesday or thursday");
 * empty for one day or none. Days with other words between them ("monday through friday", a span; "he drinks
 * monday and i can go friday") are not together.
 */
export function daysSaidTogether(text: string): WhenWord[] {
  const words = textWords(text);
  let best: WhenWord[] = [];
  let run: WhenWord[] = [];
  let gap = 0;
  for (const word of words) {
    const day = dayName(word);
    if (day !== undefined) {
      if (!run.includes(day)) run.push(day);
      gap = 0;
    } else if (run.length > 0 && BETWEEN_DAYS.has(word) && gap < MOST_BETWEEN) gap += 1;
    else {
      if (run.length > best.length) best = run;
      run = [];
      gap = 0;
    }
  }
  if (run.length > best.length) best = run;
  return best.length >= 2 ? best : [];
}

/** Whether a `when` value holds several days of the week ("tuesday,thursday"). */
export function isSeveralDays(when: unknown): when is string {
  return typeof when === 'string' && when.includes(',');
}

/**
 * Days in words, each as a flow says one ("on Tuesday"), together: the days after the first share its leading word
 * ("on Tuesday or Thursday", "el martes o jueves", "on Monday, Wednesday or Friday"); `or` is the flow's word for it.
 */
export function sayDays(days: string[], or: string): string {
  if (days.length <= 1) return days[0] ?? '';
  const lead = /^\S+ /.exec(days[0])?.[0];
  const rest = days.slice(1).map((d) => (lead && d.startsWith(lead) ? d.slice(lead.length) : d));
  return `${[days[0], ...rest.slice(0, -1)].join(', ')} ${or} ${rest[rest.length - 1]}`;
}

/** Days of four or more (most of a week, the rest of one a texter left a day out of) are said by the days left out. */
export const MOST_DAYS_LISTED = 3;

/** A day in a flow's words without the word before its name: "on Wednesday" is "Wednesday", "el lunes" "lunes". */
export function dayNameAlone(said: string): string {
  return said.replace(/^\S+\s+(?=\S)/, '');
}

/**
 * The `when` for every day but those a texter left out ("any day but wednesday"): "weekend" or "weekday" when the
 * rest is one of them, one day, or the days joined Monday first ("monday,tuesday,thursday,friday,saturday,sunday");
 * null when no day, or every day, is left out.
 */
export function everyDayBut(leftOut: readonly string[] | undefined): string | null {
  if (!leftOut?.length) return null;
  const rest = MONDAY_FIRST.filter((day) => !leftOut.includes(day));
  if (rest.length === 0 || rest.length === MONDAY_FIRST.length) return null;
  if (rest.join() === 'saturday,sunday') return 'weekend';
  if (rest.join() === MONDAY_FIRST.slice(0, 5).join()) return 'weekday';
  return rest.join(',');
}

/** The days of the week a several-days `when` does not hold, Monday first: what "any day but ..." names. */
export function daysNotIn(when: string): string[] {
  const days = when.split(',');
  return MONDAY_FIRST.filter((day) => !days.includes(day));
}
