import { compilePattern, PatternIndex } from './phrasePattern';

/**
 * Whether a clause tells of something long past: "he hit me once 10 years ago", "i had a withdrawal seizure back in
 * 2019", "my friend committed suicide last year", "i used to cut myself", "hace anos". The crisis detector reads a
 * danger said in such a clause as history, not as danger now. Recent times are not history ("an hour ago", "last
 * night", "yesterday": what happened then may still be happening), and a clause that also says now ("again",
 * "tonight", "right now") is never history.
 */

/** Markers of a time long gone, as patterns over a clause's words. */
const LONG_AGO = [
  // Not "2 weeks ago" or "last week": a recent attempt or blow is still danger now.
  'years|year|yrs|yr|months|month|decades|decade ago|back',
  'last year|month|summer|winter|spring|fall|christmas|thanksgiving',
  // "back in 2019" is read by its year; "he hit me back in the car" is no past.
  'back in the day',
  'back when',
  'as a kid|child|baby|teen|teenager|boy|girl',
  'when i was a? kid|child|teen|teenager|baby|boy|girl',
  'when i was little|younger|young|growing',
  // Not "im used to it": someone's past habit, "my ex used to beat me".
  'i|he|she|they|we|ex|dad|mom|husband|wife|boyfriend|girlfriend used to',
  'hace ... anos|ano|meses|mes',
  'el|hace ano|mes pasado',
  'cuando era nino|nina|joven|chico|chica|adolescente',
  // The twenty-sixth probe: a time before recovery ("i nearly drank myself to death before i got sober"), and "antes"
  // with a past tense ("antes queria morirme, ahora tengo 6 meses sobrio").
  'before i|we got|went|became|was|were sober|clean',
  'antes queria|quise|pensaba|tenia|usaba|tomaba|era|estaba|me|yo',
];

/** Words that put a clause in the present whatever else it says: "last year and again tonight". */
const NOW_WORDS = new Set([
  'now',
  'again',
  'tonight',
  'today',
  'rn',
  'currently',
  'still',
  'ahora',
  'hoy',
  'otra',
  'since',
  'keep',
  'keeps',
  // "hace meses que quiero morir": for months, and still.
  'que',
]);

/** Words that start a new clause inside a sentence: "i tried last year but now", "pero ahora". */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'but',
  'pero',
  'now',
  'ahora',
  'tonight',
  'today',
  'hoy',
  // "i used to be sober and i wanna kms": the past of one clause never mutes the next.
  'and',
  'y',
  'so',
]);

/** A year of the past written out: "back in 2019", "in 2008". */
const PAST_YEAR = /^(?:19[5-9]\d|20[01]\d|202[0-5])$/;

/**
 * Cheap test on the plain text: a text with none of these letters holds no marker of the past and no "but not
 * anymore" (read by the crisis detector), and most texts hold none.
 */
export const PAST_HINT =
  /ago|last|back|used|when|as a |hace|pasado|cuando|before|antes|anymore|no more|no longer|ya no|19[5-9]\d|20[0-2]\d/;

const longAgo = new PatternIndex(LONG_AGO.map((source) => ({ pattern: compilePattern(source) })));

/** Whether `words` (one clause) tells of a time long past, and says nothing of now. */
export function clauseToldAsPast(words: readonly string[]): boolean {
  if (words.some((w) => NOW_WORDS.has(w))) return false;
  return words.some((w) => PAST_YEAR.test(w)) || longAgo.findAll(words).length > 0 || ageThen(words);
}

/** "when i was 19", "cuando tenia 15": an age the texter had then. */
function ageThen(words: readonly string[]): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    const then =
      (words[i] === 'when' && words[i + 1] === 'i' && words[i + 2] === 'was') ||
      (words[i] === 'cuando' && words[i + 1] === 'tenia');
    const age = words[i] === 'cuando' ? words[i + 2] : words[i + 3];
    if (then && /^\d{1,2}$/.test(age ?? '')) return true;
  }
  return false;
}
