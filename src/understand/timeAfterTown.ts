/**
 * The time a texter adds right after a town, with no "in" or comma: "lubbock tonight", "amarillo tomorrow morning",
 * "odessa after work", "amarillo at 7pm", "lubbock el sabado" (the seventeenth session's probe, H1). The town is
 * read from the words before such a tail, as "lubbock, tonight" is; the time is read by the time readers.
 */

/** Words that name a day, a part of it or a moment: English, text-speak and Spanish. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...['tonight', 'tonite', '2nite', 'nite', 'today', '2day', 'tomorrow', 'tmrw', 'tmr', 'tmw', '2morrow', 'tomorow'],
  ...['tommorow', 'tommorrow', 'now', 'asap', 'weekend', 'weekends', 'weekday', 'weekdays', 'week'],
  ...['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  ...['sundays', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays'],
  ...['sun', 'mon', 'tue', 'tues', 'wed', 'weds', 'thu', 'thur', 'thurs', 'fri', 'sat'],
  ...['morning', 'mornings', 'afternoon', 'afternoons', 'evening', 'evenings', 'night', 'nights', 'nites'],
  ...['noon', 'midnight', 'lunch', 'lunchtime', 'am', 'pm', 'oclock'],
  ...['hoy', 'manana', 'mananas', 'tarde', 'tardes', 'noche', 'noches', 'mediodia', 'semana', 'ahorita', 'ahora'],
  ...['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingos', 'sabados'],
]);

/** Small words a time is told with: "after work", "in the morning", "this weekend", "el sabado", "a las 7". */
const TIME_LINKS: ReadonlySet<string> = new Set([
  ...['after', 'before', 'around', 'about', 'at', 'by', 'on', 'in', 'the', 'this', 'next', 'right', 'until'],
  ...['til', 'till', 'from', 'to', 'or', 'and', 'early', 'late', 'work', 'only', 'maybe', 'any', 'every', 'ish'],
  ...['el', 'la', 'las', 'los', 'en', 'de', 'del', 'a', 'y', 'o', 'por', 'despues', 'antes', 'temprano', 'cada'],
  ...['trabajo', 'please', 'pls', 'if', 'possible', 'then'],
]);

/** A clock time as one word: "7", "7pm", "7:30", "730pm", "7p". */
const CLOCK_WORD = /^\d{1,2}(?::?\d{2})?(?:am|pm|a|p)?$/;

/** Words after which a bare number is an hour: "after 5", "at 7", "a las 8". */
const BEFORE_AN_HOUR: ReadonlySet<string> = new Set(['after', 'before', 'around', 'at', 'by', 'til', 'till', 'until']);

/** What a texter is busy with, told as a time after "after"/"before": "after work", "despues del trabajo". */
const AFTER_DUTIES: ReadonlySet<string> = new Set(['work', 'school', 'class', 'shift', 'trabajo', 'escuela']);
/** The words that make a duty a time: "after work", "before school", "despues del trabajo". */
const AROUND_A_DUTY: ReadonlySet<string> = new Set(['after', 'before', 'del', 'my']);

/** Whether words[k] tells a time itself: a time word, a clock time with am/pm, or an hour after "after"/"at". */
function tellsTime(words: readonly string[], k: number): boolean {
  const w = words[k];
  if (TIME_WORDS.has(w) || (AFTER_DUTIES.has(w) && AROUND_A_DUTY.has(words[k - 1]))) return true;
  if (!CLOCK_WORD.test(w)) return false;
  return /[ap]m?$|:/.test(w) || BEFORE_AN_HOUR.has(words[k - 1]) || words[k - 1] === 'las';
}

/**
 * Whether the words from `from` to the end are only a time ("tonight", "tomorrow morning", "after 5", "el sabado"):
 * each word a time word, a clock time, a small word times are told with or one the line understands, and at least
 * one of them a time itself.
 */
export function isTimeTail(words: readonly string[], from: number, isLexiconWord: (word: string) => boolean): boolean {
  return from > 0 && from < words.length && timeTailStarts(words, isLexiconWord)[from];
}

/**
 * For every position, whether the words from it to the end are a time tail (isTimeTail), worked out in one pass from
 * the end: asked of each position in turn, each asking read the rest of the text again, quadratic in a long text
 * (the twenty-eighth session: a storm of "my mom " took 37 ms).
 */
export function timeTailStarts(words: readonly string[], isLexiconWord: (word: string) => boolean): boolean[] {
  const starts = new Array<boolean>(words.length).fill(false);
  let allowed = true;
  let timed = false;
  for (let k = words.length - 1; k > 0 && allowed; k--) {
    const w = words[k];
    if (tellsTime(words, k)) timed = true;
    else if (!TIME_LINKS.has(w) && !CLOCK_WORD.test(w) && !isLexiconWord(w)) allowed = false;
    // A time word must open the tail or follow a link ("lubbock tonight", "lubbock after 5"), not a word of the town.
    starts[k] = allowed && timed && (TIME_WORDS.has(w) || TIME_LINKS.has(w) || CLOCK_WORD.test(w));
  }
  return starts;
}

/** Whether a word is one a time is told with, not the time itself: "right" of "right now", "after" of "after 5". */
export function isTimeLink(word: string): boolean {
  return TIME_LINKS.has(word);
}
