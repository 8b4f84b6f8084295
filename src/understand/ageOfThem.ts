import { numberWord } from './numbers';

/**
 * An age said of someone else: "hes 16", "she is only 15", "they're 17", "tiene 16 años", "el tiene 15". The
 * nineteenth session's probe: "my son", then "hes 16" at "What is it about?" got "Sorry": it tells of the one the
 * help is for, someone close (the texter's own age is numbers.ts' statedAge).
 */

/** Words that say "he is", "she is" in one: "hes 16", "shes 15". */
const HE_IS = new Set(['hes', 'shes', 'theyre']);
/** Who before "is": "he is 16", "she's", folded to "she s". */
const HE_SHE = new Set(['he', 'she', 'they', 'el', 'ella']);
const IS = new Set(['is', 's', 'are', 'tiene', 'turned', 'turns', 'cumplio', 'cumple']);
/** Words of how young between: "hes only 15", "shes just 16". */
const YOUNG = new Set([
  'only',
  'just',
  'gonna',
  'turning',
  'barely',
  'almost',
  'nearly',
  'about',
  'like',
  'solo',
  'apenas',
  'casi',
]);
/** Words after a number that make it no age: "hes 2 hours away", "he is 5 days sober". */
const NOT_AGE_AFTER = new Set([
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'miles',
  'mi',
  'minutes',
  'min',
  'mins',
  'am',
  'pm',
  'times',
  'drinks',
  'beers',
  'horas',
  'dias',
  'semanas',
  'meses',
  'millas',
]);

/** The age said of someone else in the words ("hes 16"), or undefined: 1 to 99, not a time, a distance or a count. */
export function ageOfThem(words: readonly string[]): number | undefined {
  for (let i = 0; i < words.length; i++) {
    const at = YOUNG.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    let numberAt: number | undefined;
    if (HE_IS.has(words[i])) numberAt = at;
    else if (HE_SHE.has(words[i])) {
      // "he is only 15", "she just turned 16": a word of how young before the verb or after it.
      const verb = YOUNG.has(words[i + 1] ?? '') ? i + 2 : i + 1;
      if (IS.has(words[verb] ?? '')) numberAt = YOUNG.has(words[verb + 1] ?? '') ? verb + 2 : verb + 1;
    }
    // "tiene 16 años": Spanish says whose by the verb alone; "tiene 25" ending the text too, as "hes 25" does (the
    // thirty-sixth probe: "Perdon, no entendi" after "mi hijo toma mucho").
    else if (words[i] === 'tiene' && (words[i + 2] === 'anos' || words[i + 2] === 'ano' || i + 2 === words.length))
      numberAt = i + 1;
    if (numberAt === undefined) continue;
    const age = numberWord(words[numberAt]);
    if (age === undefined || age < 1 || NOT_AGE_AFTER.has(words[numberAt + 1] ?? '')) continue;
    return age;
  }
  return undefined;
}
