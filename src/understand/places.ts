import { STREET_SUFFIXES } from '../text/streetWords';
import { withinOneEdit } from '../text/editDistance';
import type { PlaceLookup } from '../directory/types';
import {
  insideStateName,
  isCityNickname,
  isRegionName,
  isRegionOfState,
  normalizeTownName,
  spelledStateCode,
  startsJoinedTownName,
  stateAfterATown,
  stateCode,
} from '../directory/placeIndex';
import { countyInEnglish } from '../directory/countyTowns';
import { zipFromTypo } from '../directory/zipTypos';
import { spelledOutNames } from '../directory/placeAbbreviations';
import { spellingKey } from '../directory/townSpellings';
import { MEETING_NOUNS } from '../text/meetingWords';
import { partsOfList, plainLower, wordsOfPlain } from '../text/textWords';
import type { UnderstoodPlace } from './slots';
import { articleBeforeOf, twoLetterCityIn } from './shortCityNames';
import { isTimeLink, timeTailStarts } from './timeAfterTown';

/** What the understanding step needs to read places: the directory's offline lookup (no network). */
export interface PlaceReader {
  lookupPlace(text: string): PlaceLookup;
}

/**
 * The words a town most often follows: "in Amarillo", "cerca de Lubbock", "I meant Canyon". After
 * one of these a near spelling is read as the town ("near lubock").
 */
const CLASSIC_LEAD_INS = new Set([
  'in',
  'near',
  'around',
  'at',
  'from',
  'meant',
  'en',
  'cerca',
  'de',
  'desde',
  'live',
  'vivo',
]);
/** Words after which a town may follow: the classic ones, and a few that lead elsewhere as often ("visiting hours"). */
const PLACE_LEAD_INS = new Set([
  ...CLASSIC_LEAD_INS,
  'visiting',
  'outside',
  // "between Amarillo and Lubbock": the first town is as good a centre as any for the search.
  'between',
  'entre',
  // Another place at the results: "try midland", "search lubbock", "check odessa".
  'try',
  'search',
  'check',
  // "i work downtown lubbock": the part of town, then the town.
  'downtown',
  'uptown',
]);
/**
 * Text-speak lead-ins ("im n lubbock", "meetings nr canyon"): the town after one must be spelled
 * out exactly, not a near spelling. "n" is "and" as often as "in", so it leads to a town only after
 * words that say where someone is or what is looked for ("im n", "meetings n"; not "rock n roll").
 */
const SHORTHAND_LEAD_INS = new Set(['n', 'nr', 'ner']);

/**
 * Lead-ins of two words, by their second word: "moved to Flagstaff", "outside of Tulsa", "out by
 * Lubbock", "me mude a Phoenix", "ando por Houston". The second word alone leads to too much that is
 * no place ("to go", "by train", "por favor"), so it counts only after one of these.
 */
const LEAD_IN_PAIRS = new Map<string, ReadonlySet<string>>([
  // "change to lubbock", "switch to odessa" at the results (the seventeenth session's probe: "Sorry").
  [
    'to',
    new Set([
      'moved',
      'moving',
      'move',
      'relocated',
      'relocating',
      'transferred',
      'close',
      'closer',
      'next',
      'change',
      'switch',
      'changed',
      'switched',
      // "im new to lubbock": where they moved, not a newcomer to recovery (the eighteenth session's probe).
      'new',
    ]),
  ],
  // "what about lubbock", "how about amarillo": another place, at the results or after a dead end.
  ['about', new Set(['what', 'whats', 'how', 'and'])],
  // "the south side of chicago", "the west part of lubbock".
  ['of', new Set(['outside', 'north', 'south', 'east', 'west', 'afueras', 'side', 'part', 'end'])],
  // "meetings by dubuque", "i live by amarillo" (the thirty-second session's held-out texts).
  [
    'by',
    new Set(['out', 'right', 'over', 'near', 'close', 'somewhere', 'meetings', 'meeting', 'groups', 'live', 'lives']),
  ],
  // "otra ciudad: lubbock", "another town: canyon": the other place asked for at the results.
  ['ciudad', new Set(['otra', 'nueva', 'diferente'])],
  ['pueblo', new Set(['otro', 'nuevo', 'diferente'])],
  ['city', new Set(['another', 'other', 'different', 'new'])],
  // "new in town (midland)": the town named after "in town" is where they are.
  ['town', new Set(['another', 'other', 'different', 'new', 'in'])],
  // "nearest town is stinnett", "closest city is pampa": a rural texter names the town they go to.
  ['is', new Set(['town', 'city'])],
  // "he lives alone out past dalhart", "just past canyon": the town the place lies beyond.
  ['past', new Set(['out', 'just', 'right', 'little', 'way', 'miles'])],
  // "we live on Long Island", "staying on Staten Island".
  ['on', new Set(['live', 'lives', 'living', 'stay', 'staying'])],
  // "driving thru amarillo tonight on i40", "passing through canyon": a town on the way (the twentieth session's
  // probe asked who the help was for and where). Not "going through": "going through hell" is no Hell, MI.
  ['through', new Set(['driving', 'passing', 'traveling', 'travelling', 'drive', 'pass', 'heading'])],
  ['thru', new Set(['driving', 'passing', 'traveling', 'travelling', 'drive', 'pass', 'heading'])],
  ['a', new Set(['mude', 'mudamos', 'mudo', 'mudaron', 'llegue', 'llegar', 'llegamos', 'cerca', 'cercas'])],
  ['por', new Set(['ando', 'andamos', 'vivo', 'vivimos', 'estoy', 'estamos'])],
  // "estoy en el centro de amarillo": downtown Amarillo, not El Centro, CA (the twentieth session's probe).
  ['de', new Set(['centro', 'afueras'])],
  // "a small town called Dimmitt", "un pueblo llamado Hereford".
  ['called', new Set(['town', 'city', 'village', 'place', 'area', 'community', 'county'])],
  ['named', new Set(['town', 'city', 'village', 'place', 'area', 'community', 'county'])],
  ['llamado', new Set(['pueblo', 'pueblito', 'rancho', 'lugar', 'ciudad'])],
  ['llamada', new Set(['ciudad', 'colonia', 'comunidad'])],
  [
    'n',
    new Set([
      'im',
      'am',
      'live',
      'lives',
      'living',
      'stay',
      'staying',
      'were',
      'here',
      'meeting',
      'meetings',
      'aa',
      'na',
      // "any aa mtgs n lubbock", "na mtgs 2nite n amarillo", "groups n canyon" (the twenty-first session's probe).
      ...['mtg', 'mtgs', 'mtng', 'mtngs', 'meetin', 'meetins', 'group', 'groups', 'anything', 'something'],
      ...['tonight', 'tonite', '2nite', 'today', '2day', 'tomorrow', 'tmrw', '2morrow', 'located', 'work', 'works'],
    ]),
  ],
]);

/**
 * Whether a town found after the lead-in at words[i] may have been found by a near spelling. After
 * "in", "near", "en"... a typo is read ("near lubock"); after a lead-in that leads to other things as
 * often ("moved to tears", "visiting hours"), a short word must be the town's exact name, and after
 * text-speak ("im n lubbock") any word must be.
 */
function spelledWellEnough(
  words: readonly string[],
  i: number,
  town: string | null,
  named: readonly string[],
): boolean {
  const lead = words[i];
  if (SHORTHAND_LEAD_INS.has(lead) || (named.length === 1 && MONTHS.has(named[0]))) return sameWords(town, named);
  // "im in town visiting": after "in town" only a town's own name, spelled out.
  if (lead === 'town' && words[i - 1] === 'in') return sameWords(town, named);
  const pair = i > 0 && LEAD_IN_PAIRS.get(lead)?.has(words[i - 1]) === true;
  if (!pair && CLASSIC_LEAD_INS.has(lead)) return true;
  return sameWords(town, named) || named.join('').length >= LOOSE_LEAD_IN_TYPO_LETTERS;
}

/** Months, said after "in" as often as a town is ("died in march"): only a town of exactly that name is read. */
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
]);

/** Letters a town's name needs, after a loose lead-in ("moved to"), before a near spelling of it is read. */
const LOOSE_LEAD_IN_TYPO_LETTERS = 7;

/** How far back from a street's last word its house number may be: "4000 south west 58th ave". */
const HOUSE_NUMBER_REACH = 5;

/**
 * Whether words[i] ends a street address: a street's last word with a house number (or a numbered street, "58th")
 * a few words before it. The town, when named, comes next: "4000 sw 58th ave amarillo", "1500 broadway lubbock".
 */
function endsStreetAddress(words: readonly string[], i: number): boolean {
  if (!STREET_SUFFIXES.has(words[i])) return false;
  for (let j = Math.max(0, i - HOUSE_NUMBER_REACH); j < i; j++) if (/^\d/.test(words[j])) return true;
  return false;
}

/** Words that join two streets at a corner: "4th and quaker", "19th & university". */
const CORNER_JOINS = new Set(['and', 'n', '&', 'y']);
/** A numbered street: "4th", "50th", "1st", "23rd". */
const NUMBERED_STREET = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * Whether words[i] ends a corner of a numbered street and another ("4th and quaker lubbock", "50th and indiana
 * lubbock"): the town comes next (the twentieth session's probe dropped Lubbock after "4th and university").
 */
function endsCorner(words: readonly string[], i: number): boolean {
  return i >= 2 && CORNER_JOINS.has(words[i - 1]) && NUMBERED_STREET.test(words[i - 2]) && !/^\d/.test(words[i]);
}

/** Whether the town may start after words[i]: a one-word lead-in or the end of a two-word one. */
function leadsToPlace(words: readonly string[], i: number): boolean {
  if (PLACE_LEAD_INS.has(words[i]) || (words[i] !== 'n' && SHORTHAND_LEAD_INS.has(words[i]))) return true;
  return i > 0 && LEAD_IN_PAIRS.get(words[i])?.has(words[i - 1]) === true;
}
/** Words that start no town name, so "in the morning" or "near me" are never looked up. */
const NOT_A_TOWN_START = new Set([
  'the',
  'a',
  'an',
  'my',
  'me',
  'i',
  'im',
  'this',
  'that',
  'here',
  'there',
  'town',
  'city',
  'area',
  'person',
  'mi',
  'un',
  'una',
  'esta',
  'este',
  'aqui',
  'todo',
  'todos',
  'ti',
  'persona',
  'linea',
  'casa',
  'home',
  'it',
  'its',
  'all',
  'any',
  'some',
  'what',
  'which',
  'whatever',
  'general',
  'spanish',
  'english',
  'espanol',
  'ingles',
]);
/** Words that start many town names, so they are read as a town's even when the lexicon lists them. */
const TOWN_WORDS = new Set([
  'new',
  'san',
  'santa',
  'saint',
  'st',
  'fort',
  'ft',
  'mount',
  'mt',
  'los',
  'las',
  'la',
  'el',
  'lake',
  'north',
  'south',
  'east',
  'west',
  'grand',
  'port',
  'palm',
  'little',
  'big',
  'great',
  'rock',
  'green',
  'white',
  'red',
  'black',
  'cedar',
]);
/** State codes that are also everyday words: taken only as written as codes (codeWritten: "Portland, OR"). */
const WORDLIKE_CODES = new Set([
  'in',
  'me',
  'or',
  'ok',
  'hi',
  'oh',
  'id',
  'al',
  'ga',
  'de',
  'la',
  'mi',
  'pa',
  'ma',
  'co',
  'ne',
  'wa',
  'va',
  'mo',
  'sc',
  'nd',
  'ms',
  'on',
  'ab',
  'pe',
  'ns',
  'nb',
  'mb',
  'nt',
  'ar',
  'ct',
  'ia',
  'ky',
  'tn',
  'ri',
  'ut',
  'vi',
  'gu',
]);

/**
 * Words that start the next part of a sentence, after which a lower-case code may still end a town's
 * name: "moved to belleville on and want a home group" (not "trenton on main street").
 */
const CLAUSE_STARTS = new Set(['and', 'but', 'so', 'now', 'i', 'im', 'we', 'looking', 'want', 'need', 'please', 'pls']);

// stateCode() per word or pair of words, remembered: texts repeat the same few words.
const codeCache = new Map<string, string | null>();
/** The state code a word or pair of words names ("tx", "texas", "new mexico"), remembered per word. */
export function cachedStateCode(name: string): string | undefined {
  let code = codeCache.get(name);
  if (code === undefined) {
    code = stateCode(name) ?? null;
    if (codeCache.size > 10_000) codeCache.clear();
    codeCache.set(name, code);
  }
  return code ?? undefined;
}

// spelledStateCode() per word or words, remembered as cachedStateCode's are.
const spelledCodeCache = new Map<string, string | null>();
/**
 * The state code words name as written ("tx", "texas", "mass"), never by a near spelling: a town's own name said as an
 * answer is the town even where it is a typo's distance from a state's ("missoula" from Missouri).
 */
function cachedSpelledStateCode(name: string): string | undefined {
  let code = spelledCodeCache.get(name);
  if (code === undefined) {
    code = spelledStateCode(name) ?? null;
    if (spelledCodeCache.size > 10_000) spelledCodeCache.clear();
    spelledCodeCache.set(name, code);
  }
  return code ?? undefined;
}

function fromLookup(lookup: PlaceLookup, postal: string | null): UnderstoodPlace | null {
  if (lookup.kind === 'found') {
    const comma = lookup.place.label.lastIndexOf(', ');
    const town = comma > 0 ? lookup.place.label.slice(0, comma) : lookup.place.label;
    const state = comma > 0 ? lookup.place.label.slice(comma + 2) : null;
    return { postal_code: postal, town, state };
  }
  if (lookup.kind === 'ambiguous') return { postal_code: postal, town: lookup.town, state: null };
  return null;
}

/** An ASCII digit anywhere: every postal code pattern below needs one (`\d` without the u flag is 0-9). */
const ANY_DIGIT = /[0-9]/;

function postalCode(text: string, places: PlaceReader): UnderstoodPlace | null {
  // Most texts hold no digit, and then none of the three patterns below can match: one cheap search instead.
  if (!ANY_DIGIT.test(text)) return null;
  // "79 101", "791O1": a whole text that is a ZIP with a keypad's slip in it (zipTypos.ts).
  const typo = zipFromTypo(text);
  if (typo) return fromLookup(places.lookupPlace(typo), typo);
  const ca = /(?:^|[^A-Za-z0-9])([ABCEGHJ-NPRSTVXY]\d[A-Z])\s?(\d[A-Z]\d)?(?![A-Za-z0-9])/i.exec(text);
  if (ca) {
    const code = ca[2] ? `${ca[1]} ${ca[2]}`.toUpperCase() : ca[1].toUpperCase();
    const found = fromLookup(places.lookupPlace(code), code);
    if (found) return found;
  }
  const zip = /(?:^|[^\d])(\d{5})(?:-\d{4}|\s\d{4}(?!\d))?(?!\d)/.exec(text);
  if (zip) return fromLookup(places.lookupPlace(zip[1]), zip[1]);
  // A ZIP typed a digit or two at a time on a keypad, after the word "zip": "my zip is 7 9 1 0 1", "zip 79 101".
  const spaced = /\b(?:zip|zipcode|postal|codigo)\b\D{0,12}?((?:\d[\s.-]?){4}\d)(?![\d])/i.exec(text);
  if (spaced) {
    const code = spaced[1].replace(/\D/g, '');
    if (code.length === 5) return fromLookup(places.lookupPlace(code), code);
  }
  return null;
}

/** Whether a town's name is exactly these words ("Trenton" and ["trenton"]), not a near spelling. */
function sameWords(town: string | null, words: readonly string[]): boolean {
  // "St"/"Ft"/"Mt" spelled out on both sides: "st louis mo" names Saint Louis, "ft worth" Fort Worth. "la grange"
  // names the tables' "Lagrange", "foxborough" their "Foxboro" (townSpellings.ts).
  return town !== null && spellingKey(normalizeTownName(town)) === spellingKey(normalizeTownName(words.join(' ')));
}

/**
 * True when the raw text has this state code written as one: in capitals (inCapitals: "Salem IN", not "IM IN
 * MIDLAND"), or after a comma with nothing but a stop, a ZIP or the end after it ("Portland, or", "salem, in 47167").
 * Not "midland, in person" or "salem, in the evenings": a code with a word after it is the word.
 */
export function codeWritten(raw: string, code: string): boolean {
  return inCapitals(raw, code) || codePatterns(code).afterComma.test(raw);
}

/**
 * Whether a state code stands in capitals in a text that has small letters too ("Midland IN"), or ends a text all in
 * capitals ("LA", "SALEM IN"): not "IM IN MIDLAND, IN PERSON", where every word is in capitals.
 */
function inCapitals(raw: string, code: string): boolean {
  const { capitals, last } = codePatterns(code);
  return /[a-z]/.test(raw) ? capitals.test(raw) : last.test(raw);
}

/** The patterns of a code written as one, built once per code: a text is read word by word, codes recur. */
const codeRegexes = new Map<string, { capitals: RegExp; last: RegExp; afterComma: RegExp }>();
function codePatterns(code: string): { capitals: RegExp; last: RegExp; afterComma: RegExp } {
  let found = codeRegexes.get(code);
  if (!found) {
    found = {
      capitals: new RegExp(`(?:^|[^A-Za-z])${code.toUpperCase()}(?![A-Za-z])`),
      last: new RegExp(`(?:^|[^A-Za-z])${code.toUpperCase()}[^A-Za-z0-9]*$`),
      afterComma: new RegExp(`,\\s*${code}(?=\\s*(?:$|[^\\sA-Za-z]))`, 'i'),
    };
    // Only two-letter codes and state names come here; the map stays small, and is cleared if it ever grows.
    if (codeRegexes.size > 1_000) codeRegexes.clear();
    codeRegexes.set(code, found);
  }
  return found;
}

/**
 * Codes that are a greeting or a filler in small letters ("oh and i dont drive", "ok", "hi"): never a state with words
 * after them, as "on and want a home group" (Ontario) may be.
 */
const FILLER_CODES: ReadonlySet<string> = new Set(['oh', 'ok', 'hi', 'la', 'me']);

/** Codes that start phrases of their own ("in person", "me alcohol", "or online", "on line"): no state before those. */
const PHRASE_CODES: ReadonlySet<string> = new Set(['in', 'me', 'or', 'on']);
/** Answers a state's code may come before in a terse text: a way to meet, a "no" (no medication). */
const ANSWERS_AFTER_CODE: ReadonlySet<string> = new Set([
  'in person',
  'online',
  'on line',
  'by phone',
  'phone',
  'en persona',
  'en linea',
  'no',
  'nope',
  'any',
  // A program or meetings named after the town and its state: "valdosta ga na meetings", "columbus oh aa" (the
  // thirty-second session's held-out texts lost the place).
  ...['aa', 'na', 'al anon', 'alanon', 'nar anon', 'naranon', 'smart', 'ga', 'mara', 'alateen'],
  ...['meetings', 'meeting', 'groups', 'group', 'tonight', 'today', 'tomorrow'],
]);

/** Fellowships' short names that may follow Oregon's "or" after a town: "portland or na", "eugene or aa meetings". */
const PROGRAMS_AFTER_OR: ReadonlySet<string> = new Set(['aa', 'na', 'ga', 'alanon', 'naranon', 'alateen']);

/**
 * Whether the lower-case code at words[i], with words after it, ends a town's name in a terse text: a stop or a comma
 * after it ("columbus oh. in person", "toledo oh, no meds"), or an answer right after it ("columbus oh in person",
 * "detroit mi online", "toledo oh no meds": the twenty-fourth session's probe asked for the ZIP). "in", "me", "or"
 * and "on" start phrases of their own ("columbus in person" is no Columbus, IN), so only a stop makes them codes.
 * The town before it must still be one of that state, spelled out (findPlace).
 */
function answersAfterCode(raw: string, words: readonly string[], i: number): boolean {
  if (new RegExp(`(?:^|[^a-z])${words[i]}\\s*[,.;]`, 'i').test(raw)) return true;
  // "portland or na", "salem or aa meetings": a fellowship's short name ending the text after "or" is no choice
  // between a town and a program, so "or" is Oregon's code there (probe 38; "aa or na" has no town before it).
  if (words[i] === 'or' && i + 2 >= words.length - 1 && PROGRAMS_AFTER_OR.has(words[i + 1])) return true;
  if (PHRASE_CODES.has(words[i])) return false;
  return ANSWERS_AFTER_CODE.has(words[i + 1]) || ANSWERS_AFTER_CODE.has(`${words[i + 1]} ${words[i + 2] ?? ''}`);
}

/**
 * The town before a "me" in small letters, as it is found with no state ("Springfield", or "Dayton, OH"), when that is
 * not Maine alone; else null, and the town is Maine's. A list of answers says "me" of the texter far more often than
 * it names Maine ("aa springfield, me, no meds", "NA in bath me", "lebanon, me, drinking": the twenty-sixth session's
 * probe searched Maine from Illinois, New York and New Hampshire). "ME" in capitals stays Maine. The engine then takes
 * a town of several states, or one whose namesake is in the texter's own state, as the one there (homeStateTown.ts):
 * from a Maine number "bath me" is still Bath, ME.
 */
function townBesideMe(raw: string, before: readonly string[], places: PlaceReader): UnderstoodPlace | null {
  if (inCapitals(raw, 'me')) return null;
  const found = fromLookup(places.lookupPlace(before.join(' ')), null);
  return found?.town && found.state !== 'ME' && sameWords(found.town, before) ? found : null;
}

/** Words for a meeting or a fellowship, before "in <town>": "meetings in Lubbock", "AA en El Paso". */
const MEETING_WORDS = new Set([
  ...MEETING_NOUNS,
  ...['aa', 'na', 'alanon', 'anon', 'alateen', 'naranon', 'narateen', 'ga', 'gamanon'],
  // A program said by its whole name before the town: "gamblers anonymous lubbock", "narcoticos anonimos amarillo".
  ...['anonymous', 'anonimos'],
]);

/**
 * True when meetings are asked for in a town: a meeting word, then "in"/"en"/"at", then a word
 * that may start a town ("meetings in Lubbock"), not one the lexicon knows ("meetings in Spanish",
 * "in the evening", "in person"). Call it only once a place was found in the same words.
 */
export function meetingsAskedInTown(words: readonly string[], isLexiconWord: (word: string) => boolean): boolean {
  for (let i = 0; i + 2 < words.length; i++) {
    if (!MEETING_WORDS.has(words[i])) continue;
    // What the meetings are may come first: "meetings in spanish in Lubbock", "AA for women at Amarillo".
    for (let at = i + 1; at + 1 < words.length && at <= i + MEETING_TO_TOWN_REACH; at++) {
      const lead = words[at];
      if (lead !== 'in' && lead !== 'en' && lead !== 'at') {
        if (isLexiconWord(lead) || MEETING_BETWEEN.has(lead) || WHEN_BETWEEN_MEETING.has(lead)) continue;
        break;
      }
      const first = words[at + 1];
      if (NOT_A_TOWN_START.has(first) || /^\d/.test(first)) continue;
      if (!isLexiconWord(first) || TOWN_WORDS.has(first)) return true;
    }
  }
  return false;
}

/** Small words between a meeting word and what kind of meeting: "meetings for women", "juntas de mujeres". */
const MEETING_BETWEEN = new Set(['for', 'de', 'para', 'in', 'en', 'at']);
/**
 * Words of when, between a meeting word and "in <town>": "aa meeting on my lunch break in lubbock", "a meeting after
 * my shift at amarillo", "una junta en mi hora de comida en lubbock".
 */
const WHEN_BETWEEN_MEETING: ReadonlySet<string> = new Set(
  'on my lunch break after before during work shift the this a an hora de comida almuerzo mi despues del trabajo'.split(
    ' ',
  ),
);
/** How many words may stand between a meeting word and the "in" before a town. */
const MEETING_TO_TOWN_REACH = 6;

/**
 * Whether the word at `j` is, as written, the name of a town and follows a word towns follow ("cerca de dumas",
 * "i live in dumas"), or is the whole text with at most its state ("corning", "chili ny"): a town's own name, not a
 * typo of a listed word ("damas", women's meetings; "morning", "child") to correct it to.
 */
export function townAfterLeadIn(said: readonly string[], j: number, places: PlaceReader): boolean {
  if (insideTownName(said, j, places)) return true;
  if (j === 0 ? !onlyTheTown(said) : !CLASSIC_LEAD_INS.has(said[j - 1])) return false;
  return namesTownExactly(said.slice(j, j + 1), places);
}

/** Whether words are exactly a town's name as the tables write it ("dumas", "north richland hills"). */
function namesTownExactly(words: readonly string[], places: PlaceReader): boolean {
  const found = places.lookupPlace(words.join(' '));
  // A found place is labelled "Dumas, TX": its town is the label before the comma.
  const town =
    found.kind === 'found' ? found.place.label.split(',')[0] : found.kind === 'ambiguous' ? found.town : undefined;
  return town !== undefined && sameWords(town, words);
}

/** Letters texted for a direction before a town's name: "n richland hills", "s hadley". */
const DIRECTION_LETTERS: ReadonlySet<string> = new Set(['n', 's', 'e', 'w']);

/** The town a whole text names with a short form in its name ("n richland hills"), exactly, or null. */
function shortFormTown(said: readonly string[], places: PlaceReader): UnderstoodPlace | null {
  if (spelledOutNames(said.join(' ')).length === 0) return null;
  const found = fromLookup(places.lookupPlace(said.join(' ')), null);
  return found?.town && sameWords(found.town, said) ? found : null;
}

/** The most words of a town's name a word may be read inside (insideTownName). */
const TOWN_NAME_WORDS = 4;

/**
 * Whether the word at `j` is inside a town's name of several words spelled out as the whole text (with at most its
 * state) or after a word towns follow: "north richland hills", "im in north richland hills" (the nineteenth session's
 * probe: "hills" was read as "pills", drugs, and the town was lost).
 */
function insideTownName(said: readonly string[], j: number, places: PlaceReader): boolean {
  for (let start = Math.max(0, j - TOWN_NAME_WORDS + 1); start <= j; start++) {
    if (start > 0 && !CLASSIC_LEAD_INS.has(said[start - 1])) continue;
    for (let end = Math.min(said.length, start + TOWN_NAME_WORDS); end > j; end--) {
      // The whole text, or its state after it: a name in a longer sentence must follow "in", "near"...
      if (start === 0 && end < said.length && !onlyTheTown([said.slice(0, end).join(' '), ...said.slice(end)]))
        continue;
      if (end - start > 1 && namesTownExactly(said.slice(start, end), places)) return true;
    }
  }
  return false;
}

/**
 * Whether a text is one word and at most its state ("corning", "corning ny"): a word said alone at the place
 * question is the town of that name, not a typo of a listed word ("morning").
 */
function onlyTheTown(said: readonly string[]): boolean {
  if (said.length === 1) return true;
  const state = said.slice(1).join(' ');
  return said.length <= 3 && cachedStateCode(state) !== undefined && !WORDLIKE_CODES.has(state);
}

/**
 * A town named after a region, in the region's state when the town is in several ("in the berkshires near lee": Lee,
 * MA); as found otherwise.
 */
function inRegionState(found: UnderstoodPlace, region: UnderstoodPlace | null, places: PlaceReader): UnderstoodPlace {
  if (!region?.state || found.state !== null || found.postal_code !== null || !found.town) return found;
  return townInState(places, plainLower(found.town).split(' '), region.state) ?? found;
}

/** A named region after "on" ("on cape cod", "on the outer banks"), up to three words with its "the"; else null. */
function regionAfterOn(words: readonly string[], places: PlaceReader): UnderstoodPlace | null {
  for (let i = words.indexOf('on'); i >= 0 && i < words.length - 1; i = words.indexOf('on', i + 1)) {
    for (let len = Math.min(3, words.length - i - 1); len >= 1; len--) {
      const name = words.slice(i + 1, i + 1 + len).join(' ');
      if (!isCityNickname(name)) continue;
      const found = fromLookup(places.lookupPlace(name), null);
      if (found && isRegionName(found.town ?? '')) return found;
    }
  }
  return null;
}

/** "No." or "So." with its stop before up to three words: a direction's short form starting a town's name. */
const SHORT_DIRECTION = /(?:^|[^a-z])(no|so)\.\s*([a-z]+(?: [a-z]+){0,2})/i;

/**
 * The town whose name starts with "North" or "South" written "No." or "So." ("No. Andover", "so. hadley, ma"), spelled
 * out exactly, or null. The longest name first: "no. little rock" is North Little Rock.
 */
function townAfterShortDirection(raw: string, places: PlaceReader): UnderstoodPlace | null {
  const m = SHORT_DIRECTION.exec(raw);
  if (!m) return null;
  const direction = m[1].toLowerCase() === 'no' ? 'north' : 'south';
  const words = wordsOfPlain(plainLower(m[2]));
  for (let len = words.length; len >= 1; len--) {
    const named = [direction, ...words.slice(0, len)];
    const found = fromLookup(places.lookupPlace(named.join(' ')), null);
    if (found?.town && sameWords(found.town, named)) return found;
  }
  return null;
}

/** Short forms of "county" texters write before the state: "harlan co ky", "pike cnty ky". */
const COUNTY_SHORT = new Set(['co', 'cnty', 'cty']);

/**
 * The words with a county's short form spelled out where a state follows it and a name comes before it, or where it
 * ends the text after a county's name as the tables know it ("potter co", "howard co": not Colorado). "CO" written in
 * capitals or after a comma stays the state, and so does a Colorado town the tables take alone ("denver co").
 */
function countyShortened(words: readonly string[], raw: string, places: PlaceReader): readonly string[] {
  if (!words.some((w) => COUNTY_SHORT.has(w))) return words;
  return words.map((w, i) =>
    COUNTY_SHORT.has(w) &&
    i > 0 &&
    ((i + 1 < words.length &&
      cachedStateCode(words[i + 1]) !== undefined &&
      !coloradoBeforeAPhrase(words, i, places)) ||
      (i + 1 === words.length && countyEnds(words, raw, places)))
      ? 'county'
      : w,
  );
}

/**
 * Whether "co" at `i` is Colorado after a Colorado town spelled out, with a word after it that is a code only in
 * small letters ("canon city co, me, alcohol": "me" is the texter; the twenty-sixth session's probe read Canon City
 * County and lost the place). "harlan co ky" stays a county.
 */
function coloradoBeforeAPhrase(words: readonly string[], i: number, places: PlaceReader): boolean {
  if (words[i] !== 'co' || !PHRASE_CODES.has(words[i + 1])) return false;
  for (let from = Math.max(0, i - TOWN_REACH); from < i; from++) {
    const town = townInState(places, words.slice(from, i), 'CO');
    if (town && sameWords(town.town, words.slice(from, i))) return true;
  }
  return false;
}

/** How many words before a final "co" may name its county: "potter co", "el paso co", "st lawrence co". */
const COUNTY_NAME_WORDS = 3;

/**
 * Whether a text ending in "co" names a county by it (see countyShortened): the lookup spells it out so. The words
 * just before it are looked up, not the whole text: "i drink, im in potter co" (the forty-fourth session's probe
 * searched the towns named Potter in Kansas, Nebraska and Wisconsin) as "we live in potter co" is.
 */
function countyEnds(words: readonly string[], raw: string, places: PlaceReader): boolean {
  if (/\bCO\b/.test(raw) || /,\s*co\b/i.test(raw)) return false;
  if (countyNamed(places.lookupPlace(words.join(' ')))) return true;
  const end = words.length - 1;
  for (let len = 1; len <= COUNTY_NAME_WORDS && len <= end; len++) {
    const name = words.slice(end - len, end);
    // "i drink, denver co": a Colorado town named before it keeps "co" the state.
    const colorado = townInState(places, name, 'CO');
    if (colorado && sameWords(colorado.town, name)) return false;
    if (sameWords(countyNamed(places.lookupPlace(`${name.join(' ')} county`)) ?? null, name)) return true;
  }
  return false;
}

/** The name of the county a lookup found ("Potter" of "Potter County, TX"), or undefined when it found no county. */
function countyNamed(found: PlaceLookup): string | undefined {
  const town = found.kind === 'found' ? found.place.label.split(',')[0] : found.kind === 'ambiguous' ? found.town : '';
  return / County$/.test(town) ? town.slice(0, -' County'.length) : undefined;
}

/**
 * The place a message names, or null: a US ZIP or ZIP+4, a Canadian postal code, a town with its
 * state anywhere ("meetings in Rochester NY tonight"), a town after "in"/"near"/"en", or a message
 * that is only a town. `isWord` says which words the lexicon knows, so they are never read as towns.
 */
export function findPlace(
  raw: string,
  said: readonly string[],
  places: PlaceReader,
  isLexiconWord: (word: string) => boolean,
  onlyPlace: boolean,
  // False for the words before a time (placeBeforeATime): split again, "now now now ..." took time exponential in its
  // length (a 1,600-character text held the server for minutes).
  timeSplit = true,
): UnderstoodPlace | null {
  const isWord = (word: string): boolean => isLexiconWord(word) && !TOWN_WORDS.has(word);
  const postal = postalCode(raw, places);
  if (postal) return postal;
  // "No. Andover", "so. hadley": a direction's short form with its stop, not "no" and then a town (the nineteenth
  // session's probe: "no. andover" was Andover, MA).
  const directed = raw.includes('.') ? townAfterShortDirection(raw, places) : null;
  if (directed) return inStateSaid(directed, said, raw, places);
  // "n richland hills": a whole text that is a town's name after a direction's letter ("n" is a word too, for "in").
  const abbreviated =
    said.length >= 2 && said.length <= TOWN_NAME_WORDS && DIRECTION_LETTERS.has(said[0])
      ? shortFormTown(said, places)
      : null;
  if (abbreviated) return abbreviated;
  // "vivo en el condado de potter" reads as "vivo en potter county", the county's name in the tables.
  const spelled = said.includes('condado') ? countyInEnglish(said, (w) => isWord(w) || !!cachedStateCode(w)) : said;
  // "jefferson co ky", "in mingo co wv": a county by its short form, before its state (not Colorado).
  const words = countyShortened(spelled, raw, places);
  // A state after up to three words: "rochester ny", "springfield illinois".
  for (let i = 1; i < words.length; i++) {
    for (let len = 2; len >= 1; len--) {
      if (i + len > words.length) continue;
      // The pair or the word itself, built without a slice and a join per word.
      const name = len === 2 ? `${words[i]} ${words[i + 1]}` : words[i];
      const spelled = cachedStateCode(name);
      // "tupelo miss", "bangor main", "boise idaoh": a word that is a state only right after a town of it.
      const code = spelled ?? (len === 1 ? stateAfterATown(name) : undefined);
      if (!code) continue;
      // "trenton on", "portland or" typed in lower case: an everyday word ends the text, so it may be the
      // state's code, but only after a town of that state spelled out exactly (not "is that ok"); so with a word
      // that is a state only after a town.
      const wordlike = (len === 1 && WORDLIKE_CODES.has(name) && !codeWritten(raw, name)) || spelled === undefined;
      if (
        wordlike &&
        i !== words.length - 1 &&
        (!CLAUSE_STARTS.has(words[i + 1]) || FILLER_CODES.has(name)) &&
        !answersAfterCode(raw, words, i)
      )
        continue;
      // "midland, ok": a code in small letters, of a state with no town of that name, was the everyday word.
      const small = len === 1 && WORDLIKE_CODES.has(name) && !inCapitals(raw, name);
      const from = Math.max(0, i - 3);
      // "de queen ar", "de leon tx": a lead-in that starts the town's own name, spelled out, is kept.
      const withLead = PLACE_LEAD_INS.has(words[from]) ? leadInTownInState(places, words.slice(from, i), code) : null;
      if (withLead) return withLead;
      const before = words.slice(from, i).filter((w, k) => k > 0 || !PLACE_LEAD_INS.has(w));
      let understoodWord: string | undefined;
      while (before.length && (isWord(before[0]) || NOT_A_TOWN_START.has(before[0]) || leadsToPlace(before, 0))) {
        const word = before.shift() as string;
        understoodWord = isWord(word) && !NOT_A_TOWN_START.has(word) ? word : undefined;
      }
      // "moved to flagstaff az": the words of a two-word lead-in go too.
      if (before.length > 1 && LEAD_IN_PAIRS.get(before[1])?.has(before[0])) before.splice(0, 2);
      // "deaf smith county tx": the whole name, with the line's word it starts with, before a shorter town inside it
      // (Smith County, TX; "deaf" became a word of the line with the ASL want).
      const wholeName = understoodWord && before.length ? [understoodWord, ...before] : undefined;
      const whole = wholeName ? townInState(places, wholeName, code) : null;
      if (wholeName && whole && sameWords(whole.town, wholeName) && name !== 'me') return whole;
      const found = before.length && !isRegionOfState(before, raw) ? townInState(places, before, code) : null;
      // "springfield, me, no meds": "me" is the texter, not Maine, where the town is found elsewhere too.
      const meant = found && name === 'me' ? townBesideMe(raw, before, places) : null;
      if (meant) return meant;
      // The town must be in that state: "veteran, in person" is not read as Veteran, WY by way of "in" (Indiana).
      if (found && (!wordlike || sameWords(found.town, before))) return found;
      // "moore, OK", "paris oklahoma": a town and a state that holds no town of that name is no place, not the town
      // of another state (the seventeenth session's probe, H8: it became Moore, TX).
      if (
        !wordlike &&
        !small &&
        !understoodWord &&
        i + len === words.length &&
        before.length === i - from &&
        from === 0
      )
        if (townElsewhere(places, before)) return null;
      // A town whose name starts with a word the line knows, spelled out before its state: "Espanola NM" (not
      // "espanol", Spanish), "Spanish Fork UT", "Hope AR".
      if (!understoodWord) continue;
      const named = townInState(places, [understoodWord, ...before], code);
      const beside = named && name === 'me' ? townBesideMe(raw, [understoodWord, ...before], places) : null;
      if (beside) return beside;
      if (named && sameWords(named.town, [understoodWord, ...before])) return named;
    }
  }
  // "LA", "aa meetings in dc", "im in kc need na meeting": a city by two letters, where a place is plainly meant.
  const short = twoLetterCityIn(raw, words);
  if (short) {
    const found = fromLookup(places.lookupPlace(short.city), null);
    if (found) return found;
  }
  // "lubbock tonight", "amarillo tomorrow morning", "lynn ma after work": a place, then only a time.
  const beforeTime = timeSplit ? placeBeforeATime(raw, words, places, isLexiconWord) : null;
  if (beforeTime) return beforeTime;
  // A town after a lead-in: "en Amarillo", "near lubbock please", or after a street address ("4000 sw 58th ave
  // amarillo"): the line finds meetings by town, so the town of the address is the place.
  // A region named after a lead-in ("im in the panhandle") yields to a town named after it in the same text
  // ("nearest town is stinnett"): the town is where to search.
  let region: UnderstoodPlace | null = null;
  for (let i = 0; i < words.length - 1; i++) {
    if (!leadsToPlace(words, i) && !endsStreetAddress(words, i) && !endsCorner(words, i)) continue;
    let start = i + 1;
    if (words[i] === 'cerca' && words[start] === 'de') start++;
    // "al anon groups near me abilene", "aa close to me odessa": the town after "near me", spelled out exactly (probe
    // 35 lost it: "me" starts no town, and "abilene" after it followed no lead-in).
    if (words[start] === 'me' && NEAR_ME_LEADS.has(words[i])) {
      const found = townRightAfter(words, start + 1, places, isWord);
      if (found) return inStateSaid(found, words, raw, places);
      continue;
    }
    // "in the bronx", "near the twin cities": a city's nickname after "the". Nothing else after it: "in the
    // valley", "in the park" name towns too (Valley, AL; Park, KS) but mean none.
    const nickname = words[start] === 'the' ? nicknameAt(words, start) : undefined;
    if (nickname) {
      const found = fromLookup(places.lookupPlace(nickname), null);
      if (found && isRegionName(found.town ?? '')) region ??= inStateSaid(found, words, raw, places);
      else if (found) return inStateSaid(found, words, raw, places);
      if (found) continue;
    }
    // "we live in the amarillo area", "in the greensboro metro": "the" before a town named as the area around it.
    if (words[start] === 'the' && areaAfterTown(words, start + 1)) start++;
    // "en el centro de amarillo": the part of town, then the town, read from "de" on (LEAD_IN_PAIRS).
    if (
      words[start + (words[start] === 'el' ? 1 : 0)] === 'centro' &&
      words[start + (words[start] === 'el' ? 2 : 1)] === 'de'
    )
      continue;
    // "de queen", "de leon": a lead-in that is the first word of a town's own name, spelled out.
    const withLead = leadInTown(words, i, places);
    if (withLead) return inStateSaid(withLead, words, raw, places);
    const first = words[start];
    if (first === undefined || isWord(first) || NOT_A_TOWN_START.has(first) || /^\d/.test(first)) continue;
    const joined = townJoinedByAWord(words, start, places, isWord);
    if (joined) return inStateSaid(joined, words, raw, places);
    let end = start;
    while (end < words.length && end - start < 3 && !isWord(words[end]) && !/^\d/.test(words[end])) end++;
    for (let stop = end; stop > start; stop--) {
      // "lake meredith" is no town, and "lake" alone is not it either: a name's first word ends no name here.
      if (stop < end && TOWN_WORDS.has(words[stop - 1])) continue;
      // "en carolina del norte", "in west virginia": the state spelled out, not the town inside its name.
      if (insideStateName(words, start, stop - start)) continue;
      // "in portland main st": a word that is a state only after a town names the street when a street's word follows.
      if (STREET_SUFFIXES.has(words[stop]) && !cachedStateCode(words[stop - 1]) && stateAfterATown(words[stop - 1])) {
        continue;
      }
      const named = words.slice(start, stop).join(' ');
      // "NA in bath me": the texter, not Bath, ME (townBesideMe).
      const beside =
        words[stop - 1] === 'me' && stop - start > 1 ? townBesideMe(raw, words.slice(start, stop - 1), places) : null;
      if (beside) return beside;
      // "in kansas" is the state, not Kansas, OK: the lookup finds no place in it, so the place is still asked.
      const found = fromLookup(places.lookupPlace(named), null);
      if (!found || !spelledWellEnough(words, i, found.town, words.slice(start, stop))) continue;
      if (!isRegionName(found.town ?? '')) return inRegionState(inStateSaid(found, words, raw, places), region, places);
      region ??= inStateSaid(found, words, raw, places);
      break;
    }
  }
  if (region) return region;
  // "we live on cape cod", "on the outer banks": people are "on" a region as on an island.
  const onRegion = regionAfterOn(words, places);
  if (onRegion) return inStateSaid(onRegion, words, raw, places);
  if (onlyPlace && words.length && words.length <= 4) {
    // A message that is only a town must name it exactly: "banana" is not Tanana, AK.
    const found = exactTown(raw, words, places);
    if (found) return found;
  }
  const instead = townInstead(words, places, isWord);
  if (instead) return instead;
  const greeted = townAmidFillers(words, places, isWord);
  if (greeted) return greeted;
  const asked =
    townAfterMeetingWords(words, places, isWord) ??
    townBetweenKnownWords(words, places, isWord) ??
    townOpeningAPart(raw, places, isWord);
  if (asked) return asked;
  // "west virginia, logan county": a town given as one answer of a list, in the state another answer names.
  const answered = townAmongAnswers(raw, places, isWord);
  return answered && inStateSaid(answered, words, raw, places);
}

/**
 * A town whose name holds a word the line knows between two it does not, spelled out whole after a lead-in: "were
 * in truth or consequences" (Truth or Consequences, NM), "near lake in the hills", "aa in king of prussia". The
 * lead-in's own reading stops at the known word ("or", "in") and finds no town in "truth"; only an exact name of three
 * or four words is taken, so "in lubbock or amarillo" stays Lubbock.
 */
function townJoinedByAWord(
  words: readonly string[],
  start: number,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  // Cheap first: the second word is a known one, the first starts such a name ("truth or consequences").
  if (start + 2 >= words.length || !isWord(words[start + 1]) || !startsJoinedTownName(words[start])) return null;
  for (let len = Math.min(TOWN_NAME_WORDS, words.length - start); len >= 3; len--) {
    const named = words.slice(start, start + len);
    if (isWord(named[len - 1])) continue;
    const found = fromLookup(places.lookupPlace(named.join(' ')), null);
    if (found && sameWords(found.town, named)) return found;
  }
  return null;
}

/** Lead-ins that "me" may follow before a town: "near me abilene", "around me odessa", "close to me tyler". */
const NEAR_ME_LEADS: ReadonlySet<string> = new Set(['near', 'around', 'nr', 'ner', 'to', 'by']);

/**
 * The town spelled out exactly in the words from `start` (up to three, none a word the line knows), or null: "near me
 * abilene", not "near me please".
 */
function townRightAfter(
  words: readonly string[],
  start: number,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  let end = start;
  while (end < words.length && end - start < TOWN_REACH && !isWord(words[end]) && !/\d/.test(words[end])) end++;
  for (let stop = end; stop > start; stop--) {
    const named = words.slice(start, stop);
    if (named.length === 1 && SAID_OF_ONESELF.has(named[0])) continue;
    const found = exactTown(named.join(' '), named, places);
    if (found) return found;
  }
  return null;
}

/** Words that name the land around a town: "the amarillo area", "the dallas metro". */
const AREA_WORDS: ReadonlySet<string> = new Set([
  'area',
  'areas',
  'metro',
  'metroplex',
  'vicinity',
  'region',
  'surrounding',
]);

/** Whether an area word follows a town name of one to three words from `start`: "amarillo area", "fort worth metro". */
function areaAfterTown(words: readonly string[], start: number): boolean {
  for (let k = start + 1; k <= Math.min(words.length - 1, start + 3); k++) if (AREA_WORDS.has(words[k])) return true;
  return false;
}

/** Words a time's noun is said after, that belong to it and to no town before it: "la noche", "the morning". */
const TIME_ARTICLES: ReadonlySet<string> = new Set([
  'la',
  'el',
  'las',
  'los',
  'the',
  'this',
  'next',
  'de',
  'del',
  'en',
]);

/** Small words a time is said after that are also states' codes: "in the evening" (IN), "on sunday" (ON). */
const TIME_LEAD_INS: ReadonlySet<string> = new Set(['in', 'on']);

/**
 * The place named by the words before a time that ends the text, with no "in" or comma between them: "lubbock
 * tonight", "amarillo after 5", "lynn ma tomorrow", "im in la right now" (the seventeenth session's probe, H1). The
 * words before the time are read as a text of their own, so they name a place the same way "lubbock, tonight" does.
 */
function placeBeforeATime(
  raw: string,
  words: readonly string[],
  places: PlaceReader,
  isLexiconWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const isWord = (word: string): boolean => isLexiconWord(word) && !TOWN_WORDS.has(word);
  // The longest time first ("im in la right now" is "im in la", then "right now"), then shorter ones, a few of them:
  // each try reads the whole head again, and a text of times ("now now now ...", 400 of them) made it quadratic (the
  // twenty-eighth session: the storm of "now " took 50 ms, the budget of a whole text).
  let tries = 0;
  const tailAt = timeTailStarts(words, isLexiconWord);
  for (let from = 1; from < words.length && tries < PLACE_BEFORE_TIME_TRIES; from++) {
    if (!tailAt[from]) continue;
    const head = words.slice(0, from);
    // "hope tonight": a word said of oneself is no town before a time. "in la noche": "la" goes with the time.
    if (head.length === 1 && SAID_OF_ONESELF.has(head[0])) continue;
    if (TIME_ARTICLES.has(head[head.length - 1]) && !isTimeLink(words[from])) continue;
    // "la del martes", "la de las 7": the one of that time, not Los Angeles.
    if (articleBeforeOf(raw, words, from - 1)) continue;
    // "midland, in the evenings": "in" goes with the time, not Indiana after the town.
    if (head.length > 1 && TIME_LEAD_INS.has(head[head.length - 1])) continue;
    tries++;
    const found = findPlace(head.join(' '), head, places, isLexiconWord, !head.some(isWord), false);
    if (found) return found;
  }
  return null;
}

/** How many time tails placeBeforeATime tries, longest first, before it gives up: a place is said before the time. */
const PLACE_BEFORE_TIME_TRIES = 4;

/**
 * The town whose own name starts with the lead-in at words[i], spelled out exactly, with up to two words after it:
 * "de queen", "de leon" (a Spanish "de" too, so it was read as a lead-in and the town as Queen, PA). Null otherwise.
 */
function leadInTown(words: readonly string[], i: number, places: PlaceReader): UnderstoodPlace | null {
  if (!TOWN_PARTICLE_LEAD_INS.has(words[i])) return null;
  for (let stop = Math.min(words.length, i + 3); stop > i + 1; stop--) {
    const named = words.slice(i, stop);
    const found = fromLookup(places.lookupPlace(named.join(' ')), null);
    // Written as the town's name is, word for word: "de al anon" is no "Deal", NJ.
    if (found?.town && normalizeTownName(found.town) === normalizeTownName(named.join(' '))) return found;
  }
  return null;
}

/** Lead-ins that also start towns' names: "De Queen", "De Leon", "De Soto". */
const TOWN_PARTICLE_LEAD_INS: ReadonlySet<string> = new Set(['de']);

/** A city's nickname at `at` with its "the" ("the bronx"), or after it ("the twin cities"), as the tables list it. */
function nicknameAt(words: readonly string[], at: number): string | undefined {
  for (let len = 3; len >= 2; len--) {
    const name = words.slice(at, at + len).join(' ');
    if (words.length >= at + len && isCityNickname(name)) return name;
    const after = words.slice(at + 1, at + len).join(' ');
    if (words.length >= at + len && isCityNickname(after)) return after;
  }
  return undefined;
}

/** When-words said between the meetings and the town: "meeting tonight amarillo". */
const WHEN_BETWEEN = new Set(['tonight', 'tonite', '2nite', 'today', '2day', 'tomorrow', 'tmrw', 'now', 'asap']);

/**
 * A town named right after the words that ask for meetings, with no "in" or state: "is there a meeting
 * tonight amarillo", "aa lubbock tonight", "meetings amarillo". It must be spelled out exactly as a
 * town is and be no word the line otherwise understands ("meetings online" is no town).
 */
function townAfterMeetingWords(
  words: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  for (let i = 0; i < words.length - 1; i++) {
    if (!MEETING_WORDS.has(words[i])) continue;
    let start = i + 1;
    while (start < words.length && WHEN_BETWEEN.has(words[start])) start++;
    const first = words[start];
    if (first === undefined || isWord(first) || NOT_A_TOWN_START.has(first) || SAID_OF_ONESELF.has(first)) continue;
    let end = start;
    while (end < words.length && end - start < 3 && !isWord(words[end]) && !/\d/.test(words[end])) end++;
    for (let stop = end; stop > start; stop--) {
      const named = words.slice(start, stop);
      const found =
        exactTown(named.join(' '), named, places) ?? (stop === words.length ? nearTown(named, places) : null);
      if (found) return found;
    }
  }
  return null;
}

/** Letters a town's name needs before a near spelling of it is read with no "in" before it: "odesa", not "hob". */
const NEAR_SPELLING_LETTERS = 5;

/**
 * The town a word or two that end the text after a meeting word are a near spelling of, one letter off ("alcohol
 * meeting odesa": Odessa), or null.
 */
function nearTown(named: readonly string[], places: PlaceReader): UnderstoodPlace | null {
  const said = named.join(' ');
  if (said.length < NEAR_SPELLING_LETTERS) return null;
  const found = fromLookup(places.lookupPlace(said), null);
  if (!found?.town) return null;
  return withinOneEdit(normalizeTownName(said), normalizeTownName(found.town)) ? found : null;
}

/** Words a meeting is asked with, anywhere in the text, for a town told among known words to be heard. */
const ASKING_WORDS_LIST = [...MEETING_WORDS, 'smart', 'recovery', 'study', 'book'];
const ASKING_WORDS = new Set(ASKING_WORDS_LIST);
/** Units told with a number, never a town here ("within 50 miles of pampa" is not Miles, TX). */
const UNIT_WORDS = new Set(['miles', 'mile', 'mi', 'km', 'yrs', 'years']);
/** Days and times a town may follow or come before: "aa saturday lubbock", "step study lubbock thursday". */
const TIME_AROUND_TOWN = new Set([
  ...WHEN_BETWEEN,
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend'],
  ...['morning', 'afternoon', 'evening', 'night', 'noon'],
  // As texted and in the plural: "aa saturday nite amarillo", "al anon this wknd worcester", "na sunday mornings
  // geneva" (the thirty-sixth probe: the town was dropped where "night" kept it).
  ...['nite', 'nites', 'nights', 'mornings', 'afternoons', 'evenings', 'weekends', 'wknd', 'wkend', 'tmr'],
  // "meetings at lunch amarillo", "aa after dinner canyon" (not "work": "i work odd hours" is no Odd, WV).
  ...['lunch', 'lunchtime', 'dinner', 'supper'],
  // "reuniones de aa esta noche laredo", "juntas de na el sabado mcallen" (probe 35 lost the town).
  ...['hoy', 'noche', 'manana', 'ahorita', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
]);
/** Words a town told without "in" comes right after: a meeting word, a time, "of" ("50 miles of pampa"), "to". */
const BEFORE_TOWN = new Set([
  ...ASKING_WORDS_LIST,
  ...TIME_AROUND_TOWN,
  ...['of', 'to', 'spanish', 'english', 'studies'],
  // Whom the meetings are for, then the town: "aa meetings for women abilene" (probe 35 lost the town).
  ...['women', 'womens', 'men', 'mens', 'ladies', 'beginners', 'newcomers', 'mujeres', 'hombres'],
  // "sober lubbock aa", "7 days clean amarillo na": time sober told, then the town (the twenty-sixth session's probe).
  ...['sober', 'clean', 'sobrio', 'sobria', 'limpio', 'limpia'],
]);
/** Words a town told without "in" comes right before, when it does not end the text: "amarillo need aa". */
const AFTER_TOWN = new Set([...TIME_AROUND_TOWN, 'need', 'needs', 'please', 'pls', 'aa', 'na', 'meeting', 'meetings']);
/** The most words of a town's name. */
const TOWN_REACH = 3;
/** A way to meet said right after a town told without "in": "lubbock in person", "amarillo en persona". */
const WAY_TO_MEET_AFTER_TOWN: ReadonlySet<string> = new Set(['in person', 'en persona', 'by phone', 'en linea']);

/**
 * A town told among words the line knows, with a meeting asked for: "aa saturday lubbock", "big book study lubbock",
 * "aa within 50 miles of pampa", "4701 s western st amarillo need aa". All the unknown words between known ones
 * (or the text's ends) must be the town's exact name ("hope its close" is no town), and no word said of oneself.
 */
function townBetweenKnownWords(
  words: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const wayAt = (k: number) => WAY_TO_MEET_AFTER_TOWN.has(`${words[k]} ${words[k + 1]}`) || words[k] === 'online';
  const asking = words.some((x) => ASKING_WORDS.has(x));
  if (!asking && !words.some((_x, k) => wayAt(k))) return null;
  const known = (x: string | undefined) =>
    x === undefined || isWord(x) || /\d/.test(x) || STREET_SUFFIXES.has(x) || UNIT_WORDS.has(x) || BEFORE_TOWN.has(x);
  for (let start = 0; start < words.length; start++) {
    if (known(words[start]) || !known(words[start - 1]) || NOT_A_TOWN_START.has(words[start])) continue;
    let end = start;
    while (end < words.length && !known(words[end])) end++;
    // Told beside a meeting word, a time or a number, as places are ("i work odd hours" is not Odd, WV); first in
    // the text, before a meeting word or a time ("lubbock aa tonight": the twentieth session's probe asked where).
    const before = words[start - 1];
    // "quit drinking lubbock in person": a town between what the texter told and the way to meet, no meeting word.
    const wayAfter = end < words.length && wayAt(end) && start > 0 && isWord(before);
    if (!wayAfter && !asking) continue;
    if (
      !wayAfter &&
      (start === 0
        ? end === words.length
        : !BEFORE_TOWN.has(before) &&
          !/\d/.test(before) &&
          !STREET_SUFFIXES.has(before) &&
          !workTimeEndsAt(words, start))
    )
      continue;
    if (end < words.length && !AFTER_TOWN.has(words[end]) && !wayAfter) continue;
    const named = words.slice(start, end);
    if (named.length > TOWN_REACH || (named.length === 1 && SAID_OF_ONESELF.has(named[0]))) continue;
    const found = exactTown(named.join(' '), named, places);
    if (found) return found;
  }
  return null;
}

/** The day's duties a time is told by: "before work", "after my shift", "after school". */
const DUTIES: ReadonlySet<string> = new Set(['work', 'shift', 'school', 'class', 'classes']);
/** Words that make a duty a time: "before work", "b4 work", "after my shift". */
const DUTY_TIME_LEADS: ReadonlySet<string> = new Set(['before', 'b4', 'after', 'til', 'till', 'until']);

/**
 * Whether the words right before `at` tell a time by a duty ("need a meeting before work amarillo", "aa after my
 * shift lubbock"): a town may follow them as it follows "tonight" (the thirty-sixth probe lost Amarillo). "work"
 * alone is not enough: "i work odd hours" is no Odd, WV.
 */
function workTimeEndsAt(words: readonly string[], at: number): boolean {
  if (!DUTIES.has(words[at - 1])) return false;
  const lead = words[at - 2] === 'my' ? words[at - 3] : words[at - 2];
  return lead !== undefined && DUTY_TIME_LEADS.has(lead);
}

/**
 * A town that opens one part of a list, with a meeting asked for in that part: "im 7 days sober, lubbock aa, no meds"
 * (the twenty-sixth session's probe asked the place again). Each part is read as a text of its own, where a town
 * first is read (townBetweenKnownWords); only for a text of several parts.
 */
function townOpeningAPart(raw: string, places: PlaceReader, isWord: (word: string) => boolean): UnderstoodPlace | null {
  const parts = partsOfList(raw);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const words = wordsOfPlain(plainLower(part));
    const found = words.length > 1 ? townBetweenKnownWords(words, places, isWord) : null;
    if (found) return found;
  }
  return null;
}

/**
 * The town a part of a list of answers is a near spelling of, one letter off ("im tryin to get sober, odesa, meetins
 * in the evenin": Odessa; the twenty-sixth session's probe lost it), or null: the part one word of five letters or
 * more that the line does not know, no state, no word said of oneself. Read as a town said bare (Reading's
 * townAlone), the engine keeps it only in the texter's own state.
 */
export function nearTownAmongAnswers(
  raw: string,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const parts = partsOfList(raw);
  if (parts.length < 2) return null;
  for (const part of parts) {
    const words = wordsOfPlain(plainLower(part));
    if (words.length !== 1 || isWord(words[0]) || SAID_OF_ONESELF.has(words[0]) || /\d/.test(words[0])) continue;
    if (cachedSpelledStateCode(words[0])) continue;
    // A town's own name was weighed already (townAmongAnswers): "Thanks, Paris" signs a letter.
    const found = nearTown(words, places);
    if (found && !sameWords(found.town, words)) return found;
  }
  return null;
}

/**
 * A town of several states found after a lead-in, in the state the text names elsewhere ("im in rural ohio near
 * chillicothe", "texas, near canyon"): which state is not asked again. A state's two-letter code counts only as
 * written ("OH", ", oh"): "oh" and "in" are words too. The town as found when the text names none of its states.
 */
function inStateSaid(
  found: UnderstoodPlace,
  words: readonly string[],
  raw: string,
  places: PlaceReader,
): UnderstoodPlace {
  if (found.state !== null || found.postal_code !== null || !found.town) return found;
  const town = plainLower(found.town).split(' ');
  for (let i = 0; i < words.length; i++) {
    for (const len of [2, 1]) {
      const name = words.slice(i, i + len).join(' ');
      // "upstate ny, around utica": a code that is no everyday word counts however written; "in", "oh" only as codes.
      if (len > words.length - i || (name.length <= 2 && WORDLIKE_CODES.has(name) && !codeWritten(raw, name))) continue;
      const code = cachedStateCode(name);
      const inState = code ? townInState(places, town, code) : null;
      // The same town in that state, not a near name there ("logan county" is no Morgan County, IN); a region
      // of several states in the one named ("the panhandle, texas").
      if (inState && (sameWords(inState.town, town) || isRegionName(inState.town ?? ''))) return inState;
    }
  }
  return found;
}

/**
 * The town named by words that open with a lead-in, the lead-in part of its name ("de queen" in AR is De Queen, not
 * Queen): only a town of exactly these words, in that state (the seventeenth session's probe, H6).
 */
function leadInTownInState(places: PlaceReader, words: readonly string[], code: string): UnderstoodPlace | null {
  for (let start = 0; start < words.length - 1 && PLACE_LEAD_INS.has(words[start]); start++) {
    const named = words.slice(start);
    const found = townInState(places, named, code);
    if (found && sameWords(found.town, named)) return found;
  }
  return null;
}

/** Whether these words are exactly the name of a town the tables know, in some state. */
function townElsewhere(places: PlaceReader, town: readonly string[]): boolean {
  const found = fromLookup(places.lookupPlace(town.join(' ')), null);
  return found !== null && sameWords(found.town, town);
}

/** The town these words name in the state of this code, if any. */
function townInState(places: PlaceReader, town: readonly string[], code: string): UnderstoodPlace | null {
  const found = fromLookup(places.lookupPlace(`${town.join(' ')}, ${code}`), null);
  return found && found.state === code ? found : null;
}

/** Greetings and fillers a town is said after at the place question: "hi midland", "ok lubbock", "hey, canyon here". */
const FILLERS_BEFORE_TOWN: ReadonlySet<string> = new Set(
  'hi hey hello hiya howdy hola ok okay oh yes yeah yea yep um umm uh well sure alright bueno pues si ya its'.split(
    ' ',
  ),
);
/** Fillers a town is said before: "midland here", "lubbock please", "amarillo thanks", "canyon aqui". */
const FILLERS_AFTER_TOWN: ReadonlySet<string> = new Set(
  'here ok okay please pls plz thanks thx ty lol haha area aqui gracias porfa'.split(' '),
);

/**
 * A town said between greetings or fillers and nothing else ("hi midland", "hey, midland here", "ok lubbock please",
 * "hola, amarillo aqui"): spelled out exactly. A greeting in small letters is no state ("hi" is not Hawaii).
 */
function townAmidFillers(
  words: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  let start = 0;
  let end = words.length;
  while (start < end && FILLERS_BEFORE_TOWN.has(words[start])) start++;
  while (end > start && FILLERS_AFTER_TOWN.has(words[end - 1])) end--;
  if (end - start === words.length || end - start < 1 || end - start > TOWN_REACH) return null;
  const town = words.slice(start, end);
  if (town.some((w) => isWord(w) || /\d/.test(w)) || NOT_A_TOWN_START.has(town[0])) return null;
  if ((town.length === 1 && SAID_OF_ONESELF.has(town[0])) || cachedSpelledStateCode(town.join(' '))) return null;
  return exactTown(town.join(' '), town, places);
}

/** Words after a town that ask to look there rather than here: "lubbock instead", "midland then?". */
const INSTEAD_WORDS = new Set(['instead', 'then', 'too', 'also', 'now', 'en cambio', 'mejor']);

/**
 * A town named for another search, with a word that says so after it: "lubbock instead". The town
 * must be spelled out exactly and be no word the line otherwise understands.
 */
function townInstead(
  words: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  if (words.length < 2 || words.length > 4 || !INSTEAD_WORDS.has(words[words.length - 1])) return null;
  const town = words.slice(0, -1);
  if (town.some((w) => isWord(w) || /\d/.test(w)) || NOT_A_TOWN_START.has(town[0])) return null;
  return exactTown(town.join(' '), town, places);
}

/** The town `text` names, only if spelled out exactly in `words`: "banana" is not Tanana, AK. */
function exactTown(text: string, words: readonly string[], places: PlaceReader): UnderstoodPlace | null {
  const found = fromLookup(places.lookupPlace(text), null);
  const said = ` ${normalizeTownName(words.join(' '))} `;
  if (!found?.town) return null;
  // "okc", "abq", "htown": what people call the city names it as well as its name; "harker hts" its short form.
  const named = said.includes(` ${normalizeTownName(found.town)} `) || sameWords(found.town, words);
  return named || namesNickname(words) ? found : null;
}

/** Whether a word or two of these is what people call a city ("okc", "h town"). */
function namesNickname(words: readonly string[]): boolean {
  return words.some((w, i) => isCityNickname(w) || (i > 0 && isCityNickname(`${words[i - 1]} ${w}`)));
}

/**
 * Words a list of answers uses about the texter that are also towns somewhere ("alcohol, veteran" is
 * not Veteran, WY; "alcohol, normal" not Normal, IL): a town among answers is not one of these alone.
 */
const SAID_OF_ONESELF = new Set([
  'veteran',
  'veterans',
  'normal',
  'hope',
  'christian',
  'single',
  'married',
  'divorced',
  'pregnant',
  'disabled',
  'homeless',
  'retired',
  'rural',
  'alone',
  'desperate',
  'tired',
  'ready',
  // "ok, fine": how one is, not Fine, NY.
  'fine',
  'okay',
  'good',
  'sure',
]);

/**
 * A town given as one answer of a list, the way people answer several questions in one text:
 * "cocaine problem, in person, lubbock", "me. alcohol. amarillo". The part between commas (or full
 * stops, or lines) must be the town's exact name and nothing the line otherwise understands.
 */
function townAmongAnswers(raw: string, places: PlaceReader, isWord: (word: string) => boolean): UnderstoodPlace | null {
  for (const part of partsOfList(raw)) {
    const words = wordsOfPlain(plainLower(part));
    if (words.some((w) => isWord(w) || /\d/.test(w))) continue;
    const found = townAsAnAnswer(words, places, part);
    if (found) return found;
  }
  return null;
}

/**
 * The town some words name exactly, said as one answer among others ("cocaine problem, in person, lubbock", "son meth
 * ocala"): up to three words, not one that starts no town ("me", "the"), not a word said of oneself alone ("alcohol,
 * veteran"), not a state ("texas"). `written` is the words as the text has them, when they differ.
 */
export function townAsAnAnswer(
  words: readonly string[],
  places: PlaceReader,
  written = words.join(' '),
): UnderstoodPlace | null {
  if (!words.length || words.length > TOWN_REACH || NOT_A_TOWN_START.has(words[0])) return null;
  if ((words.length === 1 && SAID_OF_ONESELF.has(words[0])) || cachedSpelledStateCode(words.join(' '))) return null;
  return exactTown(written, words, places);
}
