import { WORDS_AFTER_A_PLACE } from './afterAPlace';

/**
 * Cities texted by two letters: "LA", "DC", "KC", "SF" (and "L.A.", "D.C."). Longer short names ("stl", "abq",
 * "pdx") are in the town tables as nicknames (placeIndex's CITY_NICKNAMES) and found anywhere in a text; these
 * two-letter ones cannot be, for "la" is a Spanish word ("en la tarde") and "la" and "dc" state codes too. So
 * they are taken only where a place is plainly meant: a text that is only the name ("LA", "im in dc", "KC area"),
 * or the name after "in", "near" or "around" that ends the text, is written in capitals, or ends a clause
 * ("aa meetings in dc", "meetings in LA tonight", "im in kc need na meeting").
 */
const TWO_LETTER_CITIES: ReadonlyMap<string, string> = new Map([
  ['la', 'Los Angeles, CA'],
  ['sf', 'San Francisco, CA'],
  ['dc', 'Washington, DC'],
  ['kc', 'Kansas City, MO'],
]);

/** A city named by two letters: the letters as texted ("la") and the city ("Los Angeles, CA"). */
export interface TwoLetterCity {
  name: string;
  city: string;
}

/** Words around a short name in a text that is only a place: "im in LA", "the dc area", "KC please". */
const AROUND_A_CITY = new Set(
  'i im am in near around the area metro please pls live living from its it is we are were here thanks thank you ok so'.split(
    ' ',
  ),
);

/** Words before a short name in a sentence that say a place follows ("meetings in DC", "cerca de LA"). */
const LEADS_TO_CITY = new Set(['in', 'near', 'around', 'en', 'de']);

/** Words after a short name, besides those that end a place (WORDS_AFTER_A_PLACE): "in la tonight", "in kc for". */
const AFTER_A_CITY = new Set(['tonight', 'today', 'tomorrow', 'this', 'now', 'for']);

/**
 * Whether any word, or two single letters in a row ("d c"), is one of the names: most texts have none, and are
 * spared the reading below (this runs on every text the understanding reads).
 */
function mayNameOne(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length === 2 && TWO_LETTER_CITIES.has(w)) return true;
    const next = words[i + 1];
    if (w.length === 1 && next?.length === 1 && TWO_LETTER_CITIES.has(w + next)) return true;
  }
  return false;
}

/** The words with runs of single letters joined: "d c area" is "dc area", as "D.C. area" was written. */
function joinedLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const last = out[out.length - 1];
    if (w.length === 1 && last?.length === 1 && TWO_LETTER_CITIES.has(last + w)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/** Whether the raw text has the name in capitals as a word ("LA", "DC") or with its stops ("L.A.", "d.c."). */
function writtenInCapitals(raw: string, name: string): boolean {
  const [a, b] = name.toUpperCase();
  return (
    new RegExp(`(?:^|[^A-Za-z])${a}${b}(?![A-Za-z])`).test(raw) ||
    new RegExp(`(?:^|[^A-Za-z])${a}\\.\\s?${b}\\.`, 'i').test(raw)
  );
}

/** The city's own state code, as its label ends ("Los Angeles, CA": CA). */
function stateOf(city: string): string {
  return city.slice(city.lastIndexOf(', ') + 2).toLowerCase();
}

/**
 * The city ("Los Angeles, CA") a text that is only a two-letter name for it names, with the words around it
 * ("LA", "im in the dc area", "KC MO", "L.A."); undefined for anything else. `words` are the text's plain words.
 */
export function twoLetterCityAnswer(words: readonly string[]): TwoLetterCity | undefined {
  if (!mayNameOne(words)) return undefined;
  const left = joinedLetters(words).filter((w) => !AROUND_A_CITY.has(w));
  if (left.length === 0 || left.length > 2) return undefined;
  const city = TWO_LETTER_CITIES.get(left[0]);
  // "kc mo", "la ca": the city's own state after it says the same.
  if (!city || (left.length === 2 && left[1] !== stateOf(city))) return undefined;
  return { name: left[0], city };
}

/**
 * The city a sentence names by two letters after a word that leads to a place ("aa meetings in dc", "im in kc
 * need na meeting", "meetings in LA tonight"), or undefined. In small letters the name must end the text or its
 * clause; "en la" is Spanish unless written "LA".
 */
export function twoLetterCityInSentence(raw: string, words: readonly string[]): TwoLetterCity | undefined {
  if (!mayNameOne(words)) return undefined;
  const joined = joinedLetters(words);
  for (let i = 0; i + 1 < joined.length; i++) {
    if (!LEADS_TO_CITY.has(joined[i])) continue;
    const name = joined[i + 1];
    const city = TWO_LETTER_CITIES.get(name);
    if (!city) continue;
    const capitals = writtenInCapitals(raw, name);
    // Spanish "en la", "de la": the article, unless written in capitals ("estoy en LA").
    if ((joined[i] === 'en' || joined[i] === 'de') && !capitals) continue;
    const next = joined[i + 2];
    const ends = next === undefined || WORDS_AFTER_A_PLACE.has(next) || AFTER_A_CITY.has(next);
    if (capitals || ends || next === stateOf(city)) return { name, city };
  }
  return undefined;
}

/**
 * The city a text names by two letters, alone or in a sentence (twoLetterCityAnswer, twoLetterCityInSentence),
 * or undefined.
 */
export function twoLetterCityIn(raw: string, words: readonly string[]): TwoLetterCity | undefined {
  return twoLetterCityAnswer(words) ?? twoLetterCityInSentence(raw, words);
}

/** Words after which "la" is the Spanish article of "the one of": "la de las 7", "la del martes". */
const SPANISH_OF = new Set(['de', 'del']);

/**
 * Whether the word at `at` is "la" in small letters before "de" or "del": Spanish for "the one of" ("la de las 7",
 * "la del martes", "quiero la de la noche"), which picks a meeting, not Los Angeles (the forty-third session's probe:
 * "la del martes" at a list searched Los Angeles, CA). "LA" in capitals is still the city.
 */
export function articleBeforeOf(raw: string, words: readonly string[], at: number): boolean {
  return words[at] === 'la' && SPANISH_OF.has(words[at + 1] ?? '') && !writtenInCapitals(raw, 'la');
}

/**
 * Whether two letters that name a city are, from this texter, their own state instead: "LA" from a Louisiana
 * number is Louisiana (then "which town?"), not Los Angeles. "DC" from a DC number is still Washington.
 */
export function meansHomeState(named: TwoLetterCity, homeState: string | undefined): boolean {
  return homeState !== undefined && named.name === homeState.toLowerCase() && stateOf(named.city) !== named.name;
}
