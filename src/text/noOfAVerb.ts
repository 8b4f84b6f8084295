import { STEP_WORDS, STEPS_IN_ONE_WORD, TWELVE_WORDS } from './twelveSteps';
import { textWords } from './textWords';

/**
 * A "no" that is a verb's "not", not an answer: "no tengo papeles", "no hablo ingles", "no se"; and "no i said after
 * 7", a texter putting right what the line got wrong. Neither closes a list of meetings with "OK, take care".
 */

/** Words after "no" that make it the verb's "not". */
const NOT_OF_A_VERB = new Set(
  'tengo tiene tienen hablo habla entiendo puedo puede quiero necesito hay me te le les tenemos conozco soy estoy'.split(
    ' ',
  ),
);
/** "no i said ...", "no i meant ...": what follows puts an answer right. */
const PUT_RIGHT = new Set(['said', 'meant', 'mean', 'asked', 'wanted', 'want', 'need', 'told']);
/**
 * "no wait im actually 15", "no actually its for my son": the texter stops to put something right, and what follows
 * is the answer (the seventeenth session's probe: the "no" was taken, and a teen lost Alateen).
 */
const STOPS_TO_PUT_RIGHT = new Set(['wait', 'actually', 'espera', 'esperate', 'mejor']);

/** Whether the "no" that ends before `after` in `words` turns the words after it, rather than answering. */
export function noTurnsWhatFollows(words: readonly string[], after: number): boolean {
  const next = words[after] ?? '';
  if (NOT_OF_A_VERB.has(next) || STOPS_TO_PUT_RIGHT.has(next)) return true;
  // "no 12 step stuff", "no twelve step": the steps turned down, no answer to the question asked.
  // "no 12 step", "no twelve steps", "no 12 pasos": what follows is the steps.
  if ((TWELVE_WORDS.has(next) && STEP_WORDS.has(words[after + 1] ?? '')) || STEPS_IN_ONE_WORD.test(next)) return true;
  return next === 'i' && PUT_RIGHT.has(words[after + 1] ?? '');
}

/** Whether a text starts with such a "no" ("no hablo ingles"), so no flow's no-word list takes it for an answer. */
export function startsWithNoOfAVerb(text: string): boolean {
  const words = textWords(text);
  return words[0] === 'no' && noTurnsWhatFollows(words, 1);
}

/**
 * A text that turns down what it names, from its first word: "not online", "no zoom", "i dont want online", "not in
 * person", "no quiero en linea", "id rather not go in person". A menu answer's words inside it are no choice of them
 * ("no, online" answers no, then chooses: the comma after "no" leaves it out).
 */
const TURNS_DOWN =
  /^\W*(?:not|nope|never|nothing|no(?!\s*[,.!])|(?:i )?(?:dont|don't|do not) (?:want|like|do)|no quiero|(?:i'?d |i would )?(?:rather|prefer) not)\b/i;

/** Whether a text turns down what it names from its first word ("not online", "i dont want zoom"). */
export function turnsDownWhatItNames(text: string): boolean {
  return TURNS_DOWN.test(text);
}
