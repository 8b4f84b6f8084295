import { exactStateCode, stateCode } from '../directory/placeIndex';
import type { MeetingDirectory, Place } from '../directory/types';
import { plainLower, textWords, wordsOfPlain } from '../text/textWords';
import { codeWritten } from '../understand/places';

/** Words around a state given on its own: "its in texas", "TX please", "en el estado de Texas". */
const AROUND_A_STATE = new Set(
  'in its it is the state of im i am we are live living thats that please pls thanks en el estado de es vivo estoy'.split(
    ' ',
  ),
);

/**
 * Words that point at one of the towns a which-state question offered, around its state: "the one in
 * new york", "upstate ny", "in texas i think". A part of the state still names the state.
 */
const POINTING_AT_A_STATE = new Set(
  'one the in upstate downstate northern southern eastern western central north south east west province think guess i its thats yes yeah el la de'.split(
    ' ',
  ),
);

/**
 * The words of a text left when the words around a state are taken out ("the one in new york": new york). A state's
 * code written as one stays, though the same letters in small ones are a word around it: "LA" is Louisiana, "la" a
 * Spanish article; "IN" is Indiana, "in" a preposition.
 */
function stateWords(text: string, around: ReadonlySet<string>): string[] {
  const words = wordsOfPlain(plainLower(text));
  return words.filter(
    (w, i) =>
      (!around.has(w) && !AROUND_A_STATE.has(w)) ||
      (w.length === 2 && codeWritten(text, w) && !!stateCode(w)) ||
      // "west virginia", "north dakota": a part of the state that starts a state's own name is kept.
      startsStateName(words, i),
  );
}

/** Whether the word at `i` starts a state's name of two or three words spelled out: "north" of "north carolina". */
function startsStateName(words: readonly string[], i: number): boolean {
  return (
    exactStateCode(words.slice(i, i + 2).join(' ')) !== undefined ||
    exactStateCode(words.slice(i, i + 3).join(' ')) !== undefined
  );
}

/**
 * The state a text names and nothing else, or undefined: a name ("texas", "new mexico") or a code written as
 * one (codeWritten: "TX"); a code in small letters is too often a word ("in", "ok", "me") to be taken out of turn.
 */
function onlyAState(text: string): string | undefined {
  const words = stateWords(text, AROUND_A_STATE);
  if (words.length === 0 || words.length > 3) return undefined;
  const said = words.join(' ');
  if (said.length > 2) return stateCode(said);
  return codeWritten(text, said) ? stateCode(said) : undefined;
}

/**
 * The state an answer to "which state?" names, in words: "the one in new york", "in texas", "upstate ny",
 * "n.y.", "mass". Undefined when it names no state alone (a town, "idk"). Asked, a code in small letters is
 * the state.
 */
export function stateAnswered(text: string): string | undefined {
  const words = stateWords(text, POINTING_AT_A_STATE);
  // "la" alone, asked which state: Louisiana, though "la" is also the Spanish article pointing at one ("la de texas").
  if (words.length === 0) return loneCode(text);
  if (words.length > 3) return undefined;
  return stateCode(words.join(' '));
}

/** The state a text of one two-letter code names ("la", "de"), or undefined (the seventeenth session's probe, H3). */
function loneCode(text: string): string | undefined {
  const words = wordsOfPlain(plainLower(text));
  return words.length === 1 && words[0].length === 2 ? stateCode(words[0]) : undefined;
}

/** Codes that are an acknowledgement or a greeting in small letters ("ok", "hi", "oh"): no state after a town. */
const ACKNOWLEDGING_CODES: ReadonlySet<string> = new Set(['ok', 'hi', 'oh']);

/**
 * Whether a state's code that is an everyday word (one of `wordCodes`) is said as the word, in small letters: "ok
 * thanks" answers nothing about Oklahoma; "OK" written as a code, or "oklahoma", does.
 */
export function codeSaidAsWord(text: string, code: string, wordCodes: ReadonlySet<string>): boolean {
  return wordCodes.has(code) && textWords(text).includes(code) && !codeWritten(text, code);
}

/**
 * The place a text names when it is only a state, said after a search in a town the line chose the state of
 * ("columbus", searched in the texter's own state, then "georgia", "ga" or "the one in ohio"): the same town in that
 * state. Undefined when the text says more or other than a state, or the town is not in it (the seventeenth
 * session's probe, H4: a bare state restarted the conversation, or was read as Gamblers Anonymous).
 */
export function placeForStateAfterTown(directory: MeetingDirectory, searched: Place, text: string): Place | undefined {
  const code = stateAnswered(text);
  if (!code) return undefined;
  const lone = wordsOfPlain(plainLower(text));
  if (lone.length === 1 && codeSaidAsWord(text, lone[0], ACKNOWLEDGING_CODES)) return undefined;
  // "me" alone, in any letters, answers whom (the thirtieth session's probe, H1: "me" at the medication question
  // after "auburn ny" moved the search to Auburn, ME); "maine" or "auburn me" still name the state.
  if (lone.length === 1 && lone[0] === 'me') return undefined;
  const comma = searched.label.lastIndexOf(', ');
  if (comma <= 0) return undefined;
  const found = directory.lookupPlace(`${searched.label.slice(0, comma)}, ${code}`);
  return found.kind === 'found' && found.place.label.endsWith(`, ${code}`) ? found.place : undefined;
}

/**
 * The place an answer to "which state?" picks for the town asked about: "the one in new york" after
 * "geneva" is Geneva, NY. Undefined when the text names no state alone, or the town is not in it.
 */
export function placeForStateAnswer(directory: MeetingDirectory, pendingTown: string, text: string): Place | undefined {
  const code = stateAnswered(text);
  if (!code) return undefined;
  const found = directory.lookupPlace(`${pendingTown}, ${code}`);
  return found.kind === 'found' ? found.place : undefined;
}

/**
 * The place a text completes when a town several states have is waiting for its state (said in passing, before
 * the place question asked which) and the text names only a state: "texas" after "we're out in Potter County".
 * Undefined when the text says more or other than a state, or the town is not in that state.
 */
export function placeForPendingTown(directory: MeetingDirectory, pendingTown: string, text: string): Place | undefined {
  const code = onlyAState(text);
  if (!code) return undefined;
  const found = directory.lookupPlace(`${pendingTown}, ${code}`);
  return found.kind === 'found' ? found.place : undefined;
}
