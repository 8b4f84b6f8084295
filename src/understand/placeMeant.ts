import { plainLower, wordsOfPlain } from '../text/textWords';
import { cachedStateCode, findPlace, type PlaceReader } from './places';
import { normalizeTownName, REGION_WORDS } from '../directory/placeIndex';
import { spellingKey } from '../directory/townSpellings';
import { TURNING_DOWN, withoutTurnedDownTown } from './placeTurnedDown';
import type { Understanding, UnderstoodPlace } from './slots';
import type { Hit, Words } from './messageWords';

/**
 * The place a text means, once the town found (places.ts) is weighed against the rest of it: "not in lubbock, in
 * amarillo" (Amarillo), "vivo en el campo, cerca de lubbock" (Lubbock, not El Campo), and the phrases heard only
 * inside a town's own name or state ("Espanola NM" wants no Spanish, "savannah ga" no Gamblers Anonymous).
 */

/**
 * A place named beside an everyday word that is also a town ("vivo en el campo, cerca de lubbock"): read from the
 * rest of the text, or none.
 */
export function elsewhereThan(
  found: UnderstoodPlace | null,
  w: Words,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const name = (found?.town ?? '').toLowerCase().split(' ');
  const at = w.said.findIndex((_x, i) => name.every((n, k) => w.said[i + k] === n));
  if (at < 0) return null;
  return placeIn([...w.said.slice(0, at), ...w.said.slice(at + name.length)], places, isWord);
}

/** The place named in the words left once a town is taken out of a text, or none. */
function placeIn(
  rest: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  return rest.length ? findPlace(rest.join(' '), rest, places, isWord, !rest.some(isWord)) : null;
}

/**
 * The place meant when the town found is turned down ("not in lubbock, in amarillo"): the other place named in the
 * rest of the text, or none ("i'm not in lubbock"); otherwise the town found.
 */
export function turnedDownElsewhere(
  found: UnderstoodPlace | null,
  w: Words,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const { said } = w;
  if (!found?.town || !said.some((x) => TURNING_DOWN.has(x))) return found;
  const rest = withoutTurnedDownTown(said, w.clause, found.town, (x) => cachedStateCode(x) === found.state);
  return rest ? placeIn(rest, places, isWord) : found;
}

/**
 * The words as written that a listed phrase took after correcting a typo ("prson" in "in prson"): understood
 * already, so never looked up as a town ("in prson" is in person, not Orson, PA).
 */
export function misspeltListedWords(w: Words, hits: readonly Hit[]): Set<string> {
  const words = new Set<string>();
  for (const h of hits) {
    // "drinkin" read as "drinking" is a way of saying it, no misspelling a town's name may hide behind.
    for (let j = h.start; j < h.end; j++)
      if (w.said[j] !== w.words[j] && `${w.said[j]}g` !== w.words[j]) words.add(w.said[j]);
  }
  return words;
}

/**
 * Whether a listed word heard is part of the town's own name: "Espanola NM" is no wish for Spanish meetings,
 * "Spanish Fork" neither, though "espanola" is one letter from "espanol".
 */
export function insideTownName(w: Words, h: Hit, town: string): boolean {
  const townWords = wordsOfPlain(plainLower(town));
  for (let j = h.start; j < h.end; j++) if (!townWords.includes(w.said[j])) return false;
  // Heard only by correcting the town's own name ("dumas" as "damas"): the name, wherever it is said.
  let corrected = true;
  for (let j = h.start; j < h.end; j++) if (w.said[j] === w.words[j]) corrected = false;
  if (corrected) return true;
  // Only where the name is said, going on into the rest of it or its state ("espanola nm", "spanish fork"):
  // "smokes weed in Weed, CA" still smokes weed.
  const next = w.said[h.end];
  if (next === undefined || townWords.includes(next) || cachedStateCode(next) !== undefined) return true;
  return w.said[h.end + 1] !== undefined && cachedStateCode(`${next} ${w.said[h.end + 1]}`) !== undefined;
}

/**
 * Whether a hit is only the state written after the town it names: "savannah ga" is Georgia, not Gamblers
 * Anonymous (the fifteenth session's probe), "toledo oh" no exclamation.
 */
export function stateAfterTown(w: Words, h: Hit, place: NonNullable<Understanding['place']>): boolean {
  if (h.end - h.start !== 1 || !place.town || !place.state || w.said[h.start] !== place.state.toLowerCase())
    return false;
  const townWords = wordsOfPlain(plainLower(place.town));
  if (h.start === 0) return false;
  if (w.said[h.start - 1] === townWords[townWords.length - 1]) return true;
  // "la grange ga" names the tables' "Lagrange": the words before the state, however joined, are the town's name.
  const town = spellingKey(normalizeTownName(place.town));
  for (let from = h.start - 1; from >= Math.max(0, h.start - 3); from--)
    if (spellingKey(normalizeTownName(w.said.slice(from, h.start).join(' '))) === town) return true;
  return false;
}

/** Words a state's code is said after: "we're in GA", "rural GA", "from GA", "north GA" (REGION_WORDS). */
const STATE_LEAD_INS: ReadonlySet<string> = new Set([
  ...REGION_WORDS,
  ...['in', 'from', 'near', 'outside', 'rural', 'middle', 'en', 'de'],
]);
/** Words that make a code after a lead-in the program after all: "in GA meetings", "en ga grupos". */
const MEETING_AFTER = new Set([
  'meeting',
  'meetings',
  'mtg',
  'mtgs',
  'group',
  'groups',
  'reunion',
  'reuniones',
  'juntas',
]);

/**
 * Whether a one-word hit is a state's code said as the state, not the program or trouble it also names: "30601 ga"
 * beside its ZIP, "we're in GA", "rural GA near 31601" (the twenty-fourth session's probe gave a Georgia drinker
 * Gamblers Anonymous alone). "GA meetings", "in GA meetings" stay the program.
 */
export function stateCodeSaid(w: Words, h: Hit, place: Understanding['place']): boolean {
  // Only a trouble or a program ("ga"): "count me in, ok" keeps its ok.
  if (h.end - h.start !== 1 || (h.entry.slot !== 'concern' && h.entry.slot !== 'programs')) return false;
  const word = w.said[h.start];
  if (word.length !== 2 || cachedStateCode(word)?.toLowerCase() !== word) return false;
  if (MEETING_AFTER.has(w.said[h.start + 1] ?? '')) return false;
  // Beside the ZIP code that place was read from, in that state.
  const zip = place?.postal_code;
  if (zip && place?.state?.toLowerCase() === word) {
    const near = [w.said[h.start - 1], w.said[h.start + 1], w.said[h.start + 2], w.said[h.start - 2]];
    if (near.some((x) => x !== undefined && x === zip.toLowerCase())) return true;
  }
  return STATE_LEAD_INS.has(w.said[h.start - 1] ?? '');
}

/** Whether a hit was heard only by correcting words that are, as written, a town's name (townAfterLeadIn). */
export function onlyTownCorrected(w: Words, h: Hit, misspelt: ReadonlySet<string>): boolean {
  for (let j = h.start; j < h.end; j++) if (w.said[j] === w.words[j] || misspelt.has(w.said[j])) return false;
  return true;
}
