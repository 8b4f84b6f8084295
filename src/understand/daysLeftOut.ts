import { weekdayOfWord, type WhenWord } from '../directory/parseWhen';
import { WHEN_WORDS } from '../text/timeWords';
import type { HeardPhrase } from './heardWords';

/**
 * Days of the week a texter leaves out of when they can go: "any day but wednesday", "not on mondays or fridays",
 * "except weekends", "fridays dont work", "menos el lunes". The understanding marks such a day's words as turned
 * down (negated); this reads which days that leaves out, so the search can look on every other day rather than on
 * any day.
 */

/** The days of the week, Monday first, as a texter lists them and a `when` keeps them (WHEN_WORDS' day names). */
export const MONDAY_FIRST: readonly WhenWord[] = [...WHEN_WORDS.slice(5, 11), WHEN_WORDS[4]];

/** The days a `when` value of one day or span names: "weekend" is Saturday and Sunday. */
function daysOf(value: string): readonly WhenWord[] {
  if (value === 'weekend') return ['saturday', 'sunday'];
  if (value === 'weekday') return MONDAY_FIRST.slice(0, 5);
  return MONDAY_FIRST.includes(value as WhenWord) ? [value as WhenWord] : [];
}

/** Words that may stand between days of one list: "except mon, wed or fri", "menos lunes y martes". */
const LIST_WORDS = new Set(['or', 'and', 'n', 'nor', 'on', 'o', 'y', 'ni', 'el', 'los']);

/** How many words at most stand between two days of one list ("or on", "y el"). */
const MOST_BETWEEN = 2;

/** The day of the week a word names as one of a list ("wed", "sat" and "sun" too, which alone may mean more). */
function listedDay(word: string): WhenWord | undefined {
  const day = weekdayOfWord(word);
  return day === undefined ? undefined : MONDAY_FIRST[(day + 6) % 7];
}

/**
 * The days of the week the text leaves out, Monday first; empty when it leaves none out. The days listed right
 * after a left-out one are left out too: in "any day but mon, wed or fri" only Monday stands close enough to "but"
 * for the understanding to turn it down, yet Wednesday and Friday are left out with it. Their hits are marked
 * negated here (they are one reading's own), so no search narrows to them.
 */
export function daysLeftOut(words: readonly string[], hits: readonly HeardPhrase[]): WhenWord[] {
  const out = new Set<WhenWord>();
  for (const h of hits) {
    if (!h.negated || h.entry.slot !== 'when' || daysOf(h.entry.value).length === 0) continue;
    for (const day of daysOf(h.entry.value)) out.add(day);
    let between = 0;
    for (let k = h.end; k < words.length && between <= MOST_BETWEEN; k++) {
      const day = listedDay(words[k]);
      if (day === undefined && LIST_WORDS.has(words[k])) {
        between += 1;
        continue;
      }
      if (day === undefined) break;
      out.add(day);
      between = 0;
      for (const o of hits) if (o.entry.slot === 'when' && o.start <= k && k < o.end) o.negated = true;
    }
  }
  return MONDAY_FIRST.filter((day) => out.has(day));
}
