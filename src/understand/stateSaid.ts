import { exactStateCode, REGION_WORDS, SIDE_QUALIFIERS, startsAStateName } from '../directory/placeIndex';
import { WORDS_AFTER_A_PLACE } from './afterAPlace';

/**
 * The state a text says the texter is in when it names no town: "i live in kansas", "aa meetings in texas", "im in
 * west texas", "estoy en el estado de texas". Too wide to search, it is kept so the place question asks which town
 * in it instead of the ZIP code. Only a state's name spelled out after "in" or "en" (a code in small letters is too
 * often a word: "in ok"), ending the text or its clause.
 */

/** Words a state follows when the texter says they are in it. */
const IN_WORDS = new Set(['in', 'en']);

/** Words between "in" and the state's name: "in the state of texas", "en el estado de", "in west texas". */
const BEFORE_THE_NAME = new Set(['the', 'state', 'of', 'el', 'estado', 'de', 'norte', 'sur', 'oeste', 'este']);

/** What may follow the state's name besides a new clause: "in texas any meetings", "in kansas now". */
const ASKING_AFTER = new Set([
  'any',
  'where',
  'what',
  'is',
  'are',
  'can',
  'now',
  'right',
  'hay',
  'donde',
  'ahora',
  'ahorita',
]);

/** How many words a state's name may have ("new mexico", "district of columbia"). */
const NAME_MAX_WORDS = 3;

/** The code of the state the texter says they are in ("TX" for "i live in texas"), or undefined. */
export function stateSaidIn(said: readonly string[]): string | undefined {
  const side = sideOfStateAlone(said);
  if (side) return side;
  for (let i = 0; i + 1 < said.length; i++) {
    if (!IN_WORDS.has(said[i])) continue;
    // "in west texas", "in the state of texas"; but "in west virginia", "in north dakota" name the state whole.
    for (let at = i + 1; at < said.length; at++) {
      const code = stateNamedAt(said, at);
      if (code) return code;
      if (!BEFORE_THE_NAME.has(said[at]) && !REGION_WORDS.has(said[at])) break;
    }
  }
  return undefined;
}

/** The code of a state whose name starts at `at` and ends the clause ("texas", "texas any meetings"), or undefined. */
function stateNamedAt(said: readonly string[], at: number): string | undefined {
  // Most words after "in" start no state ("in person", "in the evening"): no names are put together for them.
  if (!startsAStateName(said[at])) return undefined;
  for (let len = NAME_MAX_WORDS; len >= 1; len--) {
    if (at + len > said.length) continue;
    const code = exactStateCode(said.slice(at, at + len).join(' '));
    const next = said[at + len];
    if (code && (next === undefined || WORDS_AFTER_A_PLACE.has(next) || ASKING_AFTER.has(next))) return code;
  }
  return undefined;
}

/**
 * The state of a text that is only a side of it, however far out: "far west texas", "deep east texas", "the north
 * country of ny" is not (a named region is a place: placeRegions.ts). A side that starts a state's own name is that
 * state ("west virginia", "southern west virginia").
 */
function sideOfStateAlone(said: readonly string[]): string | undefined {
  let at = 0;
  while (at < said.length && (SIDE_QUALIFIERS.has(said[at]) || said[at] === 'the')) at++;
  if (at === 0 || at >= said.length || said.length - at > NAME_MAX_WORDS) return undefined;
  for (let from = 0; from <= at; from++) {
    const code = exactStateCode(said.slice(from).join(' '));
    if (code) return code;
  }
  return undefined;
}
