import { osaDistance, TYPO_MIN_LENGTH, typoBudget, withinOneEdit } from '../text/editDistance';
import { CA_PROVINCES } from './nationalSide';
import { postalCodes } from './postalCodes';
import { prebuiltPlaces } from './prebuiltPlaces';
import type { Place, PlaceLookup } from './types';
import { plainWords } from './plainWords';
import { ASCII_ONLY } from '../text/textWords';
import { COUNTY_WORDS, countyInEnglish, countyTowns } from './countyTowns';
import { otherSpellings, spellingKey } from './townSpellings';
import { spelledOutNames } from './placeAbbreviations';
import { REGIONS, regionLabelName } from './placeRegions';
import { townsPlacedByZip } from './placeTownsByZip';
import { zipFromTypo } from './zipTypos';
import { NEW_YORK_TOWNS } from './placeTownsNewYork';
import { STREET_SUFFIXES } from '../text/streetWords';

/** A town the index can name: one per (name, state). */
export interface TownEntry {
  /** As written back to a texter, e.g. "Amarillo". */
  name: string;
  /** Two-letter state or province code, e.g. "TX", "ON". */
  state: string;
  lat: number;
  lon: number;
  country: 'US' | 'CA';
  /** How many postal codes the town has in the zipcodes table: its size, roughly; absent for a feed's own towns. */
  postalCodes?: number;
  /** For a named region searched from its centre (placeRegions.ts), the region's name: "Texas Panhandle". */
  region?: string;
}

/** A town with the key its name is indexed by (normalizeTownName), worked out where it was found. */
export interface KeyedTown extends TownEntry {
  key: string;
}

/** The states whose Spanish names differ from the English ones, as Spanish texts write them (no accents). */
const SPANISH_STATE_NAMES: Record<string, string> = {
  'nuevo mexico': 'NM',
  'nueva york': 'NY',
  'nueva jersey': 'NJ',
  'carolina del norte': 'NC',
  'carolina del sur': 'SC',
  'dakota del norte': 'ND',
  'dakota del sur': 'SD',
  'virginia occidental': 'WV',
  misuri: 'MO',
  pensilvania: 'PA',
  hawai: 'HI',
  luisiana: 'LA',
  'distrito de columbia': 'DC',
};

const STATE_NAMES: Record<string, string> = {
  alabama: 'AL',
  alaska: 'AK',
  arizona: 'AZ',
  arkansas: 'AR',
  california: 'CA',
  colorado: 'CO',
  connecticut: 'CT',
  delaware: 'DE',
  'district of columbia': 'DC',
  florida: 'FL',
  georgia: 'GA',
  hawaii: 'HI',
  idaho: 'ID',
  illinois: 'IL',
  indiana: 'IN',
  iowa: 'IA',
  kansas: 'KS',
  kentucky: 'KY',
  louisiana: 'LA',
  maine: 'ME',
  maryland: 'MD',
  massachusetts: 'MA',
  michigan: 'MI',
  minnesota: 'MN',
  mississippi: 'MS',
  missouri: 'MO',
  montana: 'MT',
  nebraska: 'NE',
  nevada: 'NV',
  'new hampshire': 'NH',
  'new jersey': 'NJ',
  'new mexico': 'NM',
  'new york': 'NY',
  'north carolina': 'NC',
  'north dakota': 'ND',
  ohio: 'OH',
  oklahoma: 'OK',
  oregon: 'OR',
  pennsylvania: 'PA',
  'rhode island': 'RI',
  'south carolina': 'SC',
  'south dakota': 'SD',
  tennessee: 'TN',
  texas: 'TX',
  utah: 'UT',
  vermont: 'VT',
  virginia: 'VA',
  washington: 'WA',
  'west virginia': 'WV',
  wisconsin: 'WI',
  wyoming: 'WY',
  'puerto rico': 'PR',
  guam: 'GU',
  'virgin islands': 'VI',
  alberta: 'AB',
  'british columbia': 'BC',
  manitoba: 'MB',
  'new brunswick': 'NB',
  newfoundland: 'NL',
  'newfoundland and labrador': 'NL',
  'nova scotia': 'NS',
  ontario: 'ON',
  'prince edward island': 'PE',
  quebec: 'QC',
  saskatchewan: 'SK',
  yukon: 'YT',
  'northwest territories': 'NT',
  nunavut: 'NU',
  // Spanish names, as Spanish texts write them ("vivo en nuevo mexico"); after the English ones, which stateName says.
  ...SPANISH_STATE_NAMES,
  // Texas as Spanish speakers often spell it ("houston tejas"); said back as "Texas" all the same.
  tejas: 'TX',
};
/** The province of a Canadian postal code, from its first letter. */
const CA_FIRST_LETTER: Record<string, string> = {
  A: 'NL',
  B: 'NS',
  C: 'PE',
  E: 'NB',
  G: 'QC',
  H: 'QC',
  J: 'QC',
  K: 'ON',
  L: 'ON',
  M: 'ON',
  N: 'ON',
  P: 'ON',
  R: 'MB',
  S: 'SK',
  T: 'AB',
  V: 'BC',
  X: 'NT',
  Y: 'YT',
};
const STATE_CODES = new Set(Object.values(STATE_NAMES));
/** The states and territories with places east of Greenwich (Alaska's far Aleutians, Guam). */
const EAST_OF_GREENWICH: ReadonlySet<string> = new Set(['AK', 'GU']);

/**
 * Words that are never a town on their own, so "I'm in Amarillo" does not read "in" as Indiana's
 * code or "me" as Maine; English and Spanish.
 */
const STOPWORDS = new Set(
  (
    'i im am in at near by the a an to from of my me we us live living stay staying is it its town city ' +
    'zip code area around close here there please thanks thank you yes no ok okay hi hello hey and or ' +
    'find meeting meetings need help want go going county st state ' +
    'estoy en cerca de la el los las mi vivo yo soy del por favor gracias si ciudad pueblo'
  ).split(' '),
);

/**
 * Everyday words of this line's conversations that are one typo from a town ("person" from
 * Pearson, GA): never read as a misspelt town. "in person" at the place question repeats how
 * to meet; it does not name a town. Exact town names are still found ("Hope, AR").
 */
const NOT_A_TYPO = new Set(
  (
    'person persons people online phone phones zoom video virtual group groups sober drink drinks drinking ' +
    'drunk drugs pills son sons wife husband mom dad brother sister daughter friend family any anywhere ' +
    'either both week weekend tonight today tomorrow morning evening night women men more next first ' +
    'persona personas linea telefono grupo grupos hijo hija esposo esposa mama papa hermano hermana ' +
    'cualquier cualquiera manana noche tarde hoy mujeres hombres ' +
    // Asking for another place or a nearer one is no town: "closer to downtown" is not Horntown, VA.
    'closer closest nearer nearest nearby downtown uptown midtown instead different location another other ' +
    'somewhere else elsewhere'
  ).split(' '),
);

/** Lowercase, accents off, "St."/"Ft."/"Mt." (and a leading "E"/"W") spelled out, punctuation to spaces. */
export function normalizeTownName(text: string): string {
  // "between amarillo & lubbock": the ampersand is the word.
  const joined = text.includes('&') ? text.replace(/&/g, ' and ') : text;
  // "No. Andover", "So. Hadley": with its stop, "no" is North's short form, not the word (placeAbbreviations.ts).
  const spelled = joined.includes('.')
    ? joined.replace(/\b(no|so)\.\s*(?=[a-z])/gi, (d) => (/^n/i.test(d) ? 'north ' : 'south '))
    : joined;
  let plain = plainWords(spelled)
    .replace(/\b(st|ste)\b(?= \w)/g, 'saint')
    .replace(/\bft\b(?= \w)/g, 'fort')
    .replace(/\bmt\b(?= \w)/g, 'mount')
    // "e st louis", "w memphis" as a whole answer: East Saint Louis, West Memphis (only first: "n" may be "and").
    .replace(/^(e|w) (?=\w)/, (d) => (d === 'e ' ? 'east ' : 'west '))
    // "Washington, D.C." folds to "washington d c": the district's code is one word.
    .replace(/\bd c\b/g, 'dc');
  // "condado de potter", "harris cnty": the county as the table names it (countyInEnglish).
  if (/\b(condado|cnty|cty)\b/.test(plain)) plain = countyInEnglish(plain.split(' '), isStateWord).join(' ');
  return plain;
}

/** A word that ends a county's Spanish name: a state's code or name ("condado de harris texas"). */
function isStateWord(word: string): boolean {
  return STATE_NAMES[word] !== undefined || (word.length === 2 && STATE_CODES.has(word.toUpperCase()));
}

/**
 * The short forms people write after a town ("worcester mass", "Belleville, Ont.", "springfield,
 * penn"): postal abbreviations older than the two-letter codes. Only those that are no everyday word
 * ("miss", "wash", "ill", "man" are left out).
 */
const STATE_ABBREVIATIONS: Record<string, string> = {
  mass: 'MA',
  ont: 'ON',
  calif: 'CA',
  cali: 'CA',
  // "im in jersey", "north jersey": New Jersey, as its people say it (the towns named Jersey are small).
  jersey: 'NJ',
  penn: 'PA',
  penna: 'PA',
  tex: 'TX',
  fla: 'FL',
  mich: 'MI',
  minn: 'MN',
  wisc: 'WI',
  conn: 'CT',
  ariz: 'AZ',
  colo: 'CO',
  okla: 'OK',
  nebr: 'NE',
  kans: 'KS',
  tenn: 'TN',
  mont: 'MT',
  nev: 'NV',
  alta: 'AB',
  sask: 'SK',
  que: 'QC',
  'n y': 'NY',
  'n j': 'NJ',
  'n h': 'NH',
  'n m': 'NM',
  'n c': 'NC',
  'n d': 'ND',
  's c': 'SC',
  's d': 'SD',
  'r i': 'RI',
  'w v': 'WV',
  'w va': 'WV',
  // "charleston wva", "wheeling west va", "w. va." (a leading "w" is spelled out: normalizeTownName).
  wva: 'WV',
  'west va': 'WV',
  'n mex': 'NM',
  'new mex': 'NM',
  // The Dakotas and Carolinas as the old abbreviations and texters shorten them: "fargo n dak", "rapid city s dakota".
  'n dak': 'ND',
  's dak': 'SD',
  'north dak': 'ND',
  'south dak': 'SD',
  'n dakota': 'ND',
  's dakota': 'SD',
  'n carolina': 'NC',
  's carolina': 'SC',
  oreg: 'OR',
  wyo: 'WY',
  wis: 'WI',
  neb: 'NE',
  'ny state': 'NY',
  'new york state': 'NY',
  'washington state': 'WA',
};

/**
 * Old abbreviations of states that are everyday words too ("i miss her", "iron ore", "car wash", "im ill"): a state
 * only right after a town of that state named exactly ("tupelo miss", "bend ore"), never alone (stateAfterATown).
 */
const STATE_WORDS_AFTER_A_TOWN: Record<string, string> = {
  miss: 'MS',
  ore: 'OR',
  wash: 'WA',
  ill: 'IL',
  ind: 'IN',
  ala: 'AL',
  ark: 'AR',
  cal: 'CA',
  del: 'DE',
  kan: 'KS',
};

/** The states' and provinces' one-word names, each with its code: the names a short word may be a typo of. */
const ONE_WORD_STATE_NAMES: ReadonlyArray<[string, string]> = Object.entries(STATE_NAMES).filter(
  ([name]) => !name.includes(' '),
);
/** The fewest letters of a word read as a state's name one typo off after a town: "texs", "main" (not "oh"). */
const STATE_TYPO_MIN_LENGTH = 4;

/** Words already read by stateAfterATown: the same few words end texts again and again. */
const statesAfterATown = new Map<string, string | null>();

/**
 * The state a word names only when it comes right after a town of that state named exactly: an old abbreviation that
 * is an everyday word too ("tupelo miss", "bend ore", "springfield ill"), or a state's name one typo off, however
 * short ("missoula montanna", "bangor main", "amarillo texs", "boise idaoh"); undefined otherwise. The town is what
 * tells the state from the word ("main" alone is no Maine), so the caller must find that town, spelled out, in it.
 */
export function stateAfterATown(word: string): string | undefined {
  let code = statesAfterATown.get(word);
  if (code === undefined) {
    code = Object.hasOwn(STATE_WORDS_AFTER_A_TOWN, word) ? STATE_WORDS_AFTER_A_TOWN[word] : stateOneTypoOff(word);
    if (statesAfterATown.size > 5_000) statesAfterATown.clear();
    statesAfterATown.set(word, code ?? null);
  }
  return code ?? undefined;
}

/** The one state a word is one typo from ("kansa", "vermon", "alsaka"); null when none, or several, are. */
function stateOneTypoOff(word: string): string | null {
  if (word.length < STATE_TYPO_MIN_LENGTH || word.length > 14 || !/^[a-z]+$/.test(word)) return null;
  let code: string | null = null;
  for (const [name, c] of ONE_WORD_STATE_NAMES) {
    if (!withinOneEdit(word, name) || c === code) continue;
    // One typo from two states' names says neither.
    if (code !== null) return null;
    code = c;
  }
  return code;
}

/** State names long enough that one near spelling ("massachusets", "pennsilvania") is surely the state. */
const LONG_STATE_NAMES = Object.keys(STATE_NAMES).filter((n) => n.length >= 8);

/** State codes of misspelt names already worked out: the same few words come again and again. */
const misspeltStates = new Map<string, string | null>();

/** The state a long name misspells within the typo budget ("massachusets"), or undefined. */
function misspeltState(t: string): string | undefined {
  if (t.length < 8 || t.length > 30 || !/^[a-z ]+$/.test(t)) return undefined;
  let code = misspeltStates.get(t);
  if (code === undefined) {
    const budget = typoBudget(t.length);
    const name = LONG_STATE_NAMES.find(
      (n) => Math.abs(n.length - t.length) <= budget && osaDistance(t, n, budget) <= budget,
    );
    code = name ? STATE_NAMES[name] : null;
    if (misspeltStates.size > 5_000) misspeltStates.clear();
    misspeltStates.set(t, code);
  }
  return code ?? undefined;
}

/** Each code's first full name in STATE_NAMES, title-cased: made once, not searched per text. */
let namesByCode: Map<string, string> | undefined;
/** The same for the Spanish names that differ ("NM": "Nuevo Mexico"). */
let spanishNamesByCode: Map<string, string> | undefined;

/**
 * A state's or province's name from its code ("TX": "Texas"), or undefined; in Spanish (`lang` "es") the Spanish
 * name where it differs ("Nuevo Mexico", "Carolina del Norte"), so a Spanish reply does not name "New Mexico".
 */
export function stateName(code: string, lang?: string): string | undefined {
  if (!namesByCode) {
    namesByCode = new Map();
    for (const [name, c] of Object.entries(STATE_NAMES)) if (!namesByCode.has(c)) namesByCode.set(c, titleCase(name));
    spanishNamesByCode = new Map(Object.entries(SPANISH_STATE_NAMES).map(([name, c]) => [c, titleCase(name)]));
  }
  const upper = code.toUpperCase();
  const spanish = lang === 'es' ? spanishNamesByCode?.get(upper) : undefined;
  // "District of Columbia", "Carolina del Norte", as they are written: not "District Of Columbia".
  return (spanish ?? namesByCode.get(upper))?.replace(/ (Of|Del|De) /g, (w) => w.toLowerCase());
}

/** The code of a state or province spelled out exactly ("kansas", "new mexico"), or undefined: no codes, no typos. */
export function exactStateCode(name: string): string | undefined {
  return Object.hasOwn(STATE_NAMES, name) ? STATE_NAMES[name] : undefined;
}

/** The first words of the states' and provinces' names ("new" of "new mexico"), to skip words that start none. */
const STATE_FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(STATE_NAMES).map((name) => name.split(' ')[0]));

/** Whether a word starts a state's or province's name as spelled out ("new", "texas", "nuevo"). */
export function startsAStateName(word: string): boolean {
  return STATE_FIRST_WORDS.has(word);
}

/**
 * A state or province code from a code, full name, old abbreviation or near spelling of a long name
 * ("tx", "Texas", ".TX", "Mass.", "n.y.", "massachusets"), or undefined.
 */
export function stateCode(text: string): string | undefined {
  const t = normalizeTownName(text);
  if (t.length === 2 && STATE_CODES.has(t.toUpperCase())) return t.toUpperCase();
  return STATE_NAMES[t] ?? STATE_ABBREVIATIONS[t] ?? misspeltState(t);
}

/**
 * The code of a state named as spelled (a name or a short form: "kansas", "calif"), never a near spelling: a town's
 * own name in the tables is that town even where it is a typo's distance from a state ("missoula" is Missoula, MT,
 * not Missouri: the twenty-fifth session's probe asked "Which town in Missouri?"). `name` is normalized already.
 */
function stateCodeAsSpelled(name: string): string | undefined {
  return Object.hasOwn(STATE_NAMES, name)
    ? STATE_NAMES[name]
    : Object.hasOwn(STATE_ABBREVIATIONS, name)
      ? STATE_ABBREVIATIONS[name]
      : undefined;
}

/**
 * A state or province code from a code, full name or old abbreviation as written ("tx", "kansas", "mass"), never a
 * near spelling of a name: what a word must be to be no town of its own ("missoula" said alone after a sentence is
 * Missoula, MT, though a typo's distance from "missouri": the twenty-fifth session's probe, M8).
 */
export function spelledStateCode(text: string): string | undefined {
  const t = normalizeTownName(text);
  if (t.length === 2 && STATE_CODES.has(t.toUpperCase())) return t.toUpperCase();
  return stateCodeAsSpelled(t);
}

function titleCase(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/(^|[\s-])([a-z])/g, (_m, sep: string, c: string) => sep + c.toUpperCase())
      // "MCCALL" is McCall, as its people write it, not Mccall.
      .replace(/\bMc([a-z])/g, (_m, c: string) => `Mc${c.toUpperCase()}`)
      // "TRUTH OR CONSEQUENCES" is Truth or Consequences, "KING OF PRUSSIA" King of Prussia: a small joining word
      // inside a name stays small.
      .replace(/ (Or|Of|In|On|The|And|By|Upon)(?= )/g, (m) => m.toLowerCase())
  );
}

/** The postal table's town names title-cased (titleCase), remembered: a ZIP texted is looked up on every step after. */
const postalTownNames = new Map<string, string>();
/** Names remembered at most; more are forgotten all at once. */
const POSTAL_TOWN_NAMES_MAX = 5_000;

/** titleCase of a postal table's town name, remembered per name (two global replaces per lookup otherwise). */
function postalTownName(city: string): string {
  let name = postalTownNames.get(city);
  if (name === undefined) {
    name = titleCase(city);
    if (postalTownNames.size >= POSTAL_TOWN_NAMES_MAX) postalTownNames.clear();
    postalTownNames.set(city, name);
  }
  return name;
}

let baseTowns: Map<string, Map<string, TownEntry>> | undefined;

/** The towns of the zipcodes package, averaged over their ZIP codes, and the US counties; built once per process. */
function zipcodeTowns(): Map<string, Map<string, TownEntry>> {
  baseTowns ??= prebuiltPlaces()?.towns ?? townsFromTables();
  return baseTowns;
}

/**
 * The town tables built from the postal table, the county list, the nicknames and the regions: what `npm run build`
 * writes to its place tables file (src/cli/buildPlaces.ts), and what a thread builds when it has no such file.
 */
export function townsFromTables(): Map<string, Map<string, TownEntry>> {
  const sums = new Map<string, TownSum>();
  const table = postalCodes();
  for (let i = 0; i < table.size; i++) {
    const c = table.row(i);
    let name = c.city;
    let state = c.state;
    let country: 'US' | 'CA' = 'US';
    if (c.country === 'Canada') {
      // Rows with shifted columns have no usable point; their postal codes are placed by name instead.
      if (!isInCanada(c.latitude, c.longitude)) continue;
      country = 'CA';
      state = CA_FIRST_LETTER[c.zip[0]] ?? '';
      // Canadian entries name areas ("Belleville East", "Eastern Alberta (st. Paul)"): keep the plain ones.
      name = canadianAreaName(name);
      if (!/^[A-Za-z .'-]+$/.test(name)) continue;
    }
    if (!state || !name) continue;
    // A point east of Greenwich in a state west of it is a sign slip (ZIP 10200, "New York", at +73.95): it pulled
    // the town's average out to sea (New York, NY was placed on Long Island).
    const slipped = country === 'US' && c.longitude > 0 && !EAST_OF_GREENWICH.has(state) && STATE_CODES.has(state);
    const lon = slipped ? -c.longitude : c.longitude;
    const key = `${normalizeTownName(name)}|${state}`;
    const s = sums.get(key);
    if (s) {
      s.lat += c.latitude;
      s.lon += lon;
      s.n++;
    } else sums.set(key, { name: titleCase(name), state, lat: c.latitude, lon, n: 1, country });
  }
  const shortNames = spellOutShortNames(sums);
  const towns = new Map<string, Map<string, TownEntry>>();
  for (const s of sums.values()) {
    addTown(towns, {
      name: s.name,
      state: s.state,
      lat: s.lat / s.n,
      lon: s.lon / s.n,
      country: s.country,
      postalCodes: s.n,
    });
  }
  // The short names stay keys of the town spelled out: the postal table's own name is still known by it.
  for (const [short, spelled, state] of shortNames) {
    const t = towns.get(spelled)?.get(state);
    if (!t) continue;
    let byState = towns.get(short);
    if (!byState) towns.set(short, (byState = new Map()));
    byState.set(state, t);
  }
  addNicknames(towns);
  for (const county of countyTowns()) addTown(towns, county);
  return towns;
}

/** A town's postal codes summed while the tables are built: its name, state, summed point and count. */
interface TownSum {
  name: string;
  state: string;
  lat: number;
  lon: number;
  n: number;
  country: 'US' | 'CA';
}

/**
 * The postal table's towns named by a short form ("N Little Rock", "Colorado Spgs", "Apache Jct": a few of its
 * ZIP codes) folded into the town spelled out in the same state, or renamed to it when there is none ("Rehoboth
 * Bch"): said back as people write them, and no second, smaller namesake. Keys are `name|state`. Returns each
 * short name with the name it became and its state, so the short name still finds the town.
 */
function spellOutShortNames(sums: Map<string, TownSum>): Array<[short: string, spelled: string, state: string]> {
  const renamed: Array<[string, string, string]> = [];
  // Only names of two words or more have a short form: found without copying the 30,000 entries.
  const candidates: string[] = [];
  for (const key of sums.keys()) if (key.indexOf(' ') > 0) candidates.push(key);
  for (const key of candidates) {
    const s = sums.get(key) as TownSum;
    const bar = key.lastIndexOf('|');
    const options = spelledOutNames(key.slice(0, bar));
    if (options.length === 0) continue;
    const spelled = options.find((name) => sums.has(`${name}|${s.state}`));
    const into = spelled === undefined ? undefined : sums.get(`${spelled}|${s.state}`);
    if (into && spelled !== undefined) {
      sums.delete(key);
      into.lat += s.lat;
      into.lon += s.lon;
      into.n += s.n;
      renamed.push([key.slice(0, bar), spelled, s.state]);
    } else if (options.length === 1) {
      sums.delete(key);
      sums.set(`${options[0]}|${s.state}`, { ...s, name: titleCase(options[0]) });
      renamed.push([key.slice(0, bar), options[0], s.state]);
    }
  }
  return renamed;
}

/**
 * What people call a city in a text, as the city itself: "nyc", "philly", "vegas" (which a
 * one-letter typo would otherwise make Vega, TX), "the bronx". A nickname that is also a town's
 * name ("salt lake": Salt Lake, MI and NY) gets the city beside those towns, and the largest wins
 * as for any name (see DOMINANT_TOWN). Not "la" or "sf" or "dc": two letters are too often
 * something else ("en la tarde"); the understanding takes those only where a place is plainly meant
 * (understand/shortCityNames.ts).
 */
const CITY_NICKNAMES: ReadonlyArray<readonly [nickname: string, city: string, state: string]> = [
  ['nyc', 'new york', 'NY'],
  ['the bronx', 'bronx', 'NY'],
  ['philly', 'philadelphia', 'PA'],
  ['vegas', 'las vegas', 'NV'],
  ['indy', 'indianapolis', 'IN'],
  ['nola', 'new orleans', 'LA'],
  ['salt lake', 'salt lake city', 'UT'],
  ['slc', 'salt lake city', 'UT'],
  ['twin cities', 'minneapolis', 'MN'],
  ['san fran', 'san francisco', 'CA'],
  ['chitown', 'chicago', 'IL'],
  ['chi town', 'chicago', 'IL'],
  ['okc', 'oklahoma city', 'OK'],
  ['atl', 'atlanta', 'GA'],
  ['dfw', 'dallas', 'TX'],
  ['dallas fort worth', 'dallas', 'TX'],
  ['phx', 'phoenix', 'AZ'],
  ['st pete', 'saint petersburg', 'FL'],
  ['saint pete', 'saint petersburg', 'FL'],
  ['phila', 'philadelphia', 'PA'],
  ['bklyn', 'brooklyn', 'NY'],
  ['stl', 'saint louis', 'MO'],
  ['kcmo', 'kansas city', 'MO'],
  ['kck', 'kansas city', 'KS'],
  ['abq', 'albuquerque', 'NM'],
  ['pdx', 'portland', 'OR'],
  ['jax', 'jacksonville', 'FL'],
  ['atx', 'austin', 'TX'],
  ['satx', 'san antonio', 'TX'],
  ['htx', 'houston', 'TX'],
  ['htown', 'houston', 'TX'],
  ['h town', 'houston', 'TX'],
  ['msp', 'minneapolis', 'MN'],
  ['pgh', 'pittsburgh', 'PA'],
  ['mke', 'milwaukee', 'WI'],
  ['cbus', 'columbus', 'OH'],
  ['bmore', 'baltimore', 'MD'],
  ['nawlins', 'new orleans', 'LA'],
  ['sacto', 'sacramento', 'CA'],
  ['dtla', 'los angeles', 'CA'],
  // San Francisco's Bay Area: the city at its heart, so the rings of the search reach across the bay.
  ['bay area', 'san francisco', 'CA'],
  ['the bay area', 'san francisco', 'CA'],
  // The thirteenth session's probes: Spanish names of cities, and short names Texans use.
  ['filadelfia', 'philadelphia', 'PA'],
  ['el bronx', 'bronx', 'NY'],
  ['nueva orleans', 'new orleans', 'LA'],
  ['nueva york', 'new york', 'NY'],
  ['la ciudad de nueva york', 'new york', 'NY'],
  ['corpus', 'corpus christi', 'TX'],
  // The Rio Grande Valley, by its largest city, so the search's rings reach Brownsville and Harlingen.
  ['rgv', 'mcallen', 'TX'],
  ['rio grande valley', 'mcallen', 'TX'],
  ['the rio grande valley', 'mcallen', 'TX'],
  // The nineteenth session's probes: what cities' own people and the country call them ("lbk" on Lubbock's plates
  // and tags, "the big apple"); only names no town or everyday word has.
  ['lbk', 'lubbock', 'TX'],
  ['hub city', 'lubbock', 'TX'],
  ['the hub city', 'lubbock', 'TX'],
  ['yellow city', 'amarillo', 'TX'],
  ['the yellow city', 'amarillo', 'TX'],
  ['big apple', 'new york', 'NY'],
  ['the big apple', 'new york', 'NY'],
  ['big easy', 'new orleans', 'LA'],
  ['the big easy', 'new orleans', 'LA'],
  ['windy city', 'chicago', 'IL'],
  ['the windy city', 'chicago', 'IL'],
  ['motor city', 'detroit', 'MI'],
  ['the motor city', 'detroit', 'MI'],
  ['beantown', 'boston', 'MA'],
  ['mile high city', 'denver', 'CO'],
  ['the mile high city', 'denver', 'CO'],
  ['music city', 'nashville', 'TN'],
  ['nashvegas', 'nashville', 'TN'],
  ['big d', 'dallas', 'TX'],
  ['cowtown', 'fort worth', 'TX'],
  ['san antone', 'san antonio', 'TX'],
  ['elp', 'el paso', 'TX'],
  ['cincy', 'cincinnati', 'OH'],
  ['cinci', 'cincinnati', 'OH'],
  ['mpls', 'minneapolis', 'MN'],
  ['bham', 'birmingham', 'AL'],
  ['albq', 'albuquerque', 'NM'],
  ['wny', 'buffalo', 'NY'],
  ['n y c', 'new york', 'NY'],
];

const NICKNAMES: ReadonlySet<string> = new Set([
  ...CITY_NICKNAMES.map(([nickname]) => nickname),
  ...REGIONS.flatMap((region) => region.said),
]);

/**
 * Whether `name` (lower case, words joined by one space) is what people call a city or a region: "the bronx",
 * "twin cities", "the panhandle" (placeRegions.ts).
 */
export function isCityNickname(name: string): boolean {
  return NICKNAMES.has(name);
}

/** The names regions are said by, lower case ("the panhandle", "cape cod"). */
const REGION_NAMES: ReadonlySet<string> = new Set(REGIONS.flatMap((region) => region.said));

/**
 * Whether a place's town, as found, is a named region (placeRegions.ts): said back with its centre ("Amarillo (Texas
 * Panhandle)"), or asked about by its name in several states ("The Panhandle").
 */
export function isRegionName(town: string): boolean {
  return town.endsWith(')') || REGION_NAMES.has(town.toLowerCase());
}

/**
 * Queens' ZIP codes are named by neighbourhood (Jamaica, Flushing, Astoria...), so the postal
 * table has no Queens: it is placed at its middle, and sized as the borough it is.
 */
const QUEENS: TownEntry = { name: 'Queens', state: 'NY', lat: 40.7282, lon: -73.7949, country: 'US', postalCodes: 60 };

/**
 * Manhattan's ZIP codes are all "New York", so the table's Manhattans are the small ones (KS, IL, MT,
 * NV): the borough is placed at its middle and sized as it is, so "manhattan" alone is it, and
 * "manhattan ks" still the city in Kansas. Long Island is no town in the table, only a few small
 * ones of that name elsewhere; it is placed between Nassau and Suffolk, where a search reaches both.
 */
const NEW_YORK_PLACES: readonly TownEntry[] = [
  { name: 'Manhattan', state: 'NY', lat: 40.7831, lon: -73.9712, country: 'US', postalCodes: 100 },
  { name: 'Long Island', state: 'NY', lat: 40.7891, lon: -73.1349, country: 'US', postalCodes: 200 },
];

/**
 * Ontario's merged municipalities, named by texters as their people do, but in the postal table only
 * by the old towns they took in: placed at the town that is their centre (Trenton, Picton...).
 * "quinte west" is then read as itself, not misread as Quinter, KS.
 */
const MERGED_MUNICIPALITIES: readonly TownEntry[] = (
  [
    ['Quinte West', 44.1106, -77.5569],
    ['Prince Edward County', 44.0081, -77.1492],
    ['Greater Napanee', 44.2538, -76.943],
    ['Centre Hastings', 44.5031, -77.4719],
    ['Stone Mills', 44.4878, -76.9917],
    ['Loyalist', 44.2255, -76.629],
    ['Greater Sudbury', 46.49, -80.99],
    ['Chatham Kent', 42.4048, -82.191],
    ['Kawartha Lakes', 44.3501, -78.7453],
    ['Norfolk County', 42.8376, -80.3037],
    ['Clarington', 43.9123, -78.6879],
    ['Hastings County', 44.1628, -77.3832],
    ['Bay of Quinte', 44.1628, -77.3832],
  ] as const
).map(([name, lat, lon]) => ({ name, state: 'ON', lat, lon, country: 'CA' as const, postalCodes: 1 }));

function addNicknames(towns: Map<string, Map<string, TownEntry>>): void {
  for (const place of MERGED_MUNICIPALITIES) addTown(towns, place);
  for (const place of NEW_YORK_TOWNS) addTown(towns, place);
  // Suburbs the postal table knows only by a neighbour's name (Socorro, TX is "El Paso"): placeTownsByZip.ts.
  for (const place of townsPlacedByZip()) addTown(towns, place);
  for (const [nickname, city, state] of CITY_NICKNAMES) {
    const t = towns.get(city)?.get(state);
    if (!t) continue;
    let byState = towns.get(nickname);
    if (!byState) towns.set(nickname, (byState = new Map()));
    // The city, even where the postal table names a place so in its state ("Atl, GA" is Atlanta too).
    byState.set(state, t);
  }
  addRegions(towns);
  addTown(towns, QUEENS);
  // Over any small entry of the same name in New York the table has (a single ZIP named Manhattan).
  for (const place of NEW_YORK_PLACES) {
    addTown(towns, place);
    towns.get(normalizeTownName(place.name))?.set(place.state, place);
  }
}

/** Postal codes a region counts as at least: as a city of its size, so it outweighs a hamlet of its name. */
const REGION_POSTAL_CODES = 20;

/**
 * The named regions (placeRegions.ts), each placed at its centre town and filed under every name it is said by and
 * under its own name ("amarillo texas panhandle"), so the place said back is found again. A centre the tables do
 * not know leaves its region out (a test checks that none is missing).
 */
function addRegions(towns: Map<string, Map<string, TownEntry>>): void {
  for (const region of REGIONS) {
    const centre = towns.get(normalizeTownName(region.centre))?.get(region.state);
    if (!centre) continue;
    const entry: TownEntry = {
      ...centre,
      name: regionLabelName(centre.name, region),
      postalCodes: Math.max(centre.postalCodes ?? 1, REGION_POSTAL_CODES),
      region: region.name,
    };
    for (const name of [...region.said, normalizeTownName(entry.name)]) {
      let byState = towns.get(name);
      if (!byState) towns.set(name, (byState = new Map()));
      // A town of the region's name in its state is kept ("south plains" is South Plains, TX, near Plainview).
      if (!byState.has(region.state)) byState.set(region.state, entry);
    }
  }
}

/** The zipcodes towns with their typo-search lists, and each name's place in the map; built once per process. */
interface TownTables {
  towns: Map<string, Map<string, TownEntry>>;
  namesByLength: string[][];
  namesByState: Map<string, string[]>;
  position: Map<string, number>;
  /** The first words of names that hold a joining word inside ("truth" of "truth or consequences"). */
  joinedStarts: Set<string>;
}

/** Small words that join a town's name inside it: "Truth or Consequences", "King of Prussia", "Lake in the Hills". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['or', 'of', 'in', 'on', 'the', 'and', 'by', 'upon']);

/** The first word of a name of three words or more with a joining word inside it, or undefined. */
function joinedNameStart(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 3) return undefined;
  for (let i = 1; i < words.length - 1; i++) if (NAME_JOINERS.has(words[i])) return words[0];
  return undefined;
}

let baseTownTables: TownTables | undefined;

function baseTables(): TownTables {
  if (baseTownTables) return baseTownTables;
  const towns = zipcodeTowns();
  const namesByLength: string[][] = [];
  const namesByState = new Map<string, string[]>();
  const position = new Map<string, number>();
  const joinedStarts = new Set<string>();
  for (const [key, byState] of towns) {
    position.set(key, position.size);
    // Two spaces at least before the split: most names have none.
    if (key.indexOf(' ') !== key.lastIndexOf(' ')) {
      const start = joinedNameStart(key);
      if (start) joinedStarts.add(start);
    }
    (namesByLength[key.length] ??= []).push(key);
    for (const st of byState.keys()) {
      let list = namesByState.get(st);
      if (!list) namesByState.set(st, (list = []));
      list.push(key);
    }
  }
  return (baseTownTables = { towns, namesByLength, namesByState, position, joinedStarts });
}

/**
 * Whether a word starts a town's name that holds a joining word ("truth" of Truth or Consequences, "king" of King of
 * Prussia): the understanding looks a name up whole past such a word only then, a lookup costing tens of µs.
 */
export function startsJoinedTownName(word: string): boolean {
  return baseTables().joinedStarts.has(word);
}

/**
 * Builds the zipcodes' town tables now, if not yet built, so the first PlaceIndex made later costs no more
 * than one made on a refresh (the directory service calls it while its worker reads the first load).
 */
export function prepareTownTables(): void {
  baseTables();
}

/**
 * The towns among `extra` the zipcodes tables do not already know by name and state: the only
 * ones a PlaceIndex adds. A town's `key`, when given, is its normalizeTownName: the directory
 * worker works keys out, so the thread that holds the tables only looks them up.
 */
export function unknownTowns(extra: ReadonlyArray<TownEntry & { key?: string }>): TownEntry[] {
  const { towns } = baseTables();
  const unknown: TownEntry[] = [];
  for (const t of extra) {
    const key = t.key ?? normalizeTownName(t.name);
    if (key === '' || towns.get(key)?.has(t.state)) continue;
    const { key: _key, ...town } = t;
    unknown.push(town);
  }
  return unknown;
}

let usCities: Set<string> | undefined;

/**
 * Whether the zipcodes' town tables surely know a town, read from the postal table alone: an ASCII
 * name that a US ZIP code's city is, ignoring case, in the same state (every such city is a town of
 * the tables, under the same key). The directory worker leaves these out of a feed's towns without
 * building the tables; `unknownTowns` decides the rest where the tables are.
 */
export function surelyKnownTown(name: string, state: string): boolean {
  return ASCII_ONLY.test(name) && postalTowns().has(`${name.toLowerCase()}|${state}`);
}

/** Reads the postal table and the US cities surelyKnownTown looks in, if not yet (the worker's head start). */
export function preparePostalTowns(): void {
  postalTowns();
}

function postalTowns(): Set<string> {
  if (usCities) return usCities;
  usCities = new Set();
  for (const [city, state] of postalCodes().usTowns()) {
    if (city && state && ASCII_ONLY.test(city)) usCities.add(`${city.toLowerCase()}|${state}`);
  }
  return usCities;
}

function addTown(towns: Map<string, Map<string, TownEntry>>, t: TownEntry): void {
  const key = normalizeTownName(t.name);
  if (!key) return;
  let byState = towns.get(key);
  if (!byState) towns.set(key, (byState = new Map()));
  if (!byState.has(t.state)) byState.set(t.state, t);
}

/**
 * A place index's town tables: the zipcodes' own, shared by every index, with a feed's extra towns
 * laid over them. Only what the extra towns change is held here, so building the tables on a
 * refresh costs the main thread as much as the feed's new towns, not a copy of the 30,000 zipcodes
 * towns (12 to 18 ms of one event-loop turn at 250,000 meetings). Reads give the same answers, in
 * the same order, as one merged table would.
 */
class TownMaps {
  /** Names the extra towns add or extend: the zipcodes' entry for the name, copied, with the new states added. */
  private readonly changed = new Map<string, Map<string, TownEntry>>();
  /** Names new to the zipcodes, by length, in the order added: after the zipcodes' names of that length. */
  private readonly addedByLength: string[][] = [];
  /** Per state, the names the extra towns add to it, in the tables' order (see `position`). */
  private readonly addedByState = new Map<string, string[]>();
  /** Where names new to the zipcodes come in the tables' order: after every zipcodes name, as added. */
  private readonly addedPosition = new Map<string, number>();

  constructor(
    private readonly base: TownTables,
    extraTowns: TownEntry[],
  ) {
    for (const t of extraTowns) this.add(t);
    this.sortAddedByState();
  }

  /** The towns of one name, by state. */
  get(key: string): Map<string, TownEntry> | undefined {
    return this.changed.get(key) ?? this.base.towns.get(key);
  }

  /** Calls `visit` with every name of `length` letters, zipcodes names first. */
  forEachNameOfLength(length: number, visit: (key: string) => void): void {
    for (const key of this.base.namesByLength[length] ?? []) visit(key);
    for (const key of this.addedByLength[length] ?? []) visit(key);
  }

  /** Calls `visit` with every name of a town in `state`, in the tables' order (the two sorted lists merged). */
  forEachNameInState(state: string, visit: (key: string) => void): void {
    const own = this.base.namesByState.get(state) ?? [];
    const added = this.addedByState.get(state) ?? [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < added.length) {
      if (j >= added.length || (i < own.length && this.position(own[i]) < this.position(added[j]))) visit(own[i++]);
      else visit(added[j++]);
    }
  }

  /** A name's place in the tables' order: the zipcodes' order, then names new to them as added. */
  private position(key: string): number {
    return this.base.position.get(key) ?? this.addedPosition.get(key)!;
  }

  private add(t: TownEntry): void {
    const key = normalizeTownName(t.name);
    if (!key) return;
    const existing = this.get(key);
    if (existing?.has(t.state)) return;
    if (!existing) {
      this.addedPosition.set(key, this.base.position.size + this.addedPosition.size);
      (this.addedByLength[key.length] ??= []).push(key);
    }
    // The zipcodes' own entry is shared by every index: the first change copies it.
    let byState = this.changed.get(key);
    if (!byState) this.changed.set(key, (byState = new Map(existing ?? [])));
    byState.set(t.state, t);
    let list = this.addedByState.get(t.state);
    if (!list) this.addedByState.set(t.state, (list = []));
    list.push(key);
  }

  /** Puts each state's added names in the tables' order, once all are added (one sort, not an insert each). */
  private sortAddedByState(): void {
    for (const list of this.addedByState.values()) list.sort((x, y) => this.position(x) - this.position(y));
  }
}

/** The town tables of an index: the zipcodes' own with the extra towns laid over them. */
function townMaps(extraTowns: TownEntry[]): TownMaps {
  return new TownMaps(baseTables(), extraTowns);
}

/** How many typo look-ups of town names each index remembers. */
const CLOSEST_CACHE_LIMIT = 10_000;

/**
 * Reads places out of a texter's words, offline: US ZIP and ZIP+4, Canadian postal codes (by
 * their first three characters), "City, ST", "City ST", a town alone, small typos. The town
 * tables are built once when the directory loads, never per lookup.
 */
export class PlaceIndex {
  /** The town tables, built by the constructor or, for an index made by forImport, at the first town look-up. */
  private tables?: TownMaps;
  /**
   * Typo look-ups already made (the scan reads every town name of about that length, up to a
   * millisecond): short texts read in a language they are not in ("in person" in Spanish) and
   * everyday words ask for the same few names again and again. Bounded, and gone with the index.
   */
  private readonly closestCache = new Map<string, { key: string; d: number } | null>();
  /** Whether in-person meetings are within some miles of a point; until told (knowMeetings), none anywhere. */
  private meetingsNear: (lat: number, lon: number, miles: number) => boolean = () => false;
  /** Per town and reach ("name|ST|miles"), whether meetings are near it: asked once per town and index. */
  private readonly townMeets = new Map<string, boolean>();

  /**
   * Builds the index from the zipcodes towns plus `extraTowns` (e.g. towns named in the meeting
   * feeds). The zipcodes part is built once per process and shared; only the extra towns the tables
   * do not know yet are added (`unknownTowns` leaves out the rest beforehand), so a refresh costs
   * the main thread only what those towns add (see TownMaps). `buildNow` false leaves the tables
   * to the first town look-up (see forImport).
   */
  constructor(
    private readonly extraTowns: TownEntry[] = [],
    buildNow = true,
  ) {
    if (buildNow) this.tables = townMaps(extraTowns);
  }

  /**
   * An index for importing feeds, whose zipcodes town tables are built at its first town look-up rather
   * than now: most feeds place every meeting by its coordinates or postal code, and the directory worker
   * would otherwise spend a few hundred ms of a cold start building tables it never reads.
   */
  static forImport(): PlaceIndex {
    return new PlaceIndex([], false);
  }

  /**
   * Tells the index where meetings are, so that between namesakes it prefers, or asks first about,
   * the ones with meetings near them, and reads a near spelling only as a town worth the guess.
   */
  knowMeetings(near: (lat: number, lon: number, miles: number) => boolean): void {
    this.meetingsNear = near;
    this.townMeets.clear();
    this.closestCache.clear();
  }

  /** Whether in-person meetings are near a town (see knowMeetings), within `miles`. */
  private hasMeetings(t: TownEntry, miles = MEETINGS_NEAR_MILES): boolean {
    const key = `${t.name}|${t.state}|${miles}`;
    let meets = this.townMeets.get(key);
    if (meets === undefined) {
      meets = this.meetingsNear(t.lat, t.lon, miles);
      if (this.townMeets.size >= CLOSEST_CACHE_LIMIT) this.townMeets.clear();
      this.townMeets.set(key, meets);
    }
    return meets;
  }

  /** The town tables, built now if this index left them to its first town look-up. */
  private get towns(): TownMaps {
    return (this.tables ??= townMaps(this.extraTowns));
  }

  /** The place of a US ZIP (5 digits) or Canadian postal code (first 3 characters used). */
  postalCode(code: string | number): Place | undefined {
    const raw = String(code).trim().toUpperCase();
    const us = /^(\d{5})(?:-?\d{4})?$/.exec(raw) ?? (/^\d{3,4}$/.test(raw) ? [raw, raw.padStart(5, '0')] : null);
    if (us) {
      const z = postalCodes().lookup(us[1]);
      if (!z || z.country !== 'US') return undefined;
      return { lat: z.latitude, lon: z.longitude, label: `${postalTownName(z.city)}, ${z.state}`, country: 'US' };
    }
    const ca = /^([ABCEGHJ-NPRSTVXY]\d[A-Z])\s*(\d[A-Z]\d)?$/.exec(raw);
    if (ca) {
      const z = postalCodes().lookup(ca[1]);
      if (!z || z.country !== 'Canada') return undefined;
      const province = CA_FIRST_LETTER[ca[1][0]];
      if (isInCanada(z.latitude, z.longitude)) {
        return { lat: z.latitude, lon: z.longitude, label: `${canadianAreaName(z.city)}, ${province}`, country: 'CA' };
      }
      return this.canadianAreaByName(z.city, z.state, province);
    }
    return undefined;
  }

  /**
   * A few rural areas of the postal table have no usable coordinates (a comma in the area name
   * shifted its columns, e.g. K0K "Quinte Shores", "... Prince Edward County (Picton)"): place
   * them at the town the entry names instead, the town in brackets first, in the same province.
   */
  private canadianAreaByName(city: string, rest: string, province: string | undefined): Place | undefined {
    if (!province) return undefined;
    const names = [
      ...[city, rest].flatMap((n) => /\(([^)]+)\)/.exec(n ?? '')?.[1] ?? []),
      canadianAreaName(city),
      rest,
    ];
    for (const name of names) {
      const place = typeof name === 'string' && name ? this.town(name, province) : undefined;
      if (place) return place;
    }
    return undefined;
  }

  /** The Canadian province nearest a point (by postal-code areas), for Canadian feeds that give none. */
  canadianProvinceNear(lat: number, lon: number): string | undefined {
    let best: { d: number; province: string } | undefined;
    for (const a of canadianAreas()) {
      const d = (a.lat - lat) ** 2 + ((a.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
      if (!best || d < best.d) best = { d, province: a.province };
    }
    return best && best.d < 4 ? best.province : undefined;
  }

  /** A town by name, in a state when given; undefined when unknown or (without a state) in several states. */
  town(name: string, state?: string): Place | undefined {
    const byState = this.namedAnyway(normalizeTownName(name))?.byState;
    if (!byState) return undefined;
    const code = state ? stateCode(state) : undefined;
    const t = code ? byState.get(code) : byState.size === 1 ? [...byState.values()][0] : undefined;
    return t ? toPlace(t) : undefined;
  }

  /**
   * Reads a place out of free text (see the class comment); never throws. `near`, where the
   * conversation is, picks a namesake close to it ("canyon" from Amarillo is Canyon, TX).
   */
  lookupPlace(text: string, near?: Place): PlaceLookup {
    if (typeof text !== 'string' || text.length > 500) return { kind: 'not_found' };
    const upper = text.toUpperCase();
    const ca = /(?:^|[^A-Z0-9])([ABCEGHJ-NPRSTVXY]\d[A-Z])(?:\s?(\d[A-Z]\d))?(?![A-Z0-9])/.exec(upper);
    if (ca) {
      const p = this.postalCode(ca[1]);
      if (p) return { kind: 'found', place: p };
    }
    // "79 101", "791O1" as the whole text: the ZIP the keypad slipped on (zipTypos.ts).
    const typo = zipFromTypo(text);
    if (typo) {
      const p = this.postalCode(typo);
      return p ? { kind: 'found', place: p } : { kind: 'not_found' };
    }
    const zip = /(?:^|\D)(\d{5})(?:[-\s]?\d{4})?(?!\d)/.exec(text);
    if (zip) {
      const p = this.postalCode(zip[1]);
      return p ? { kind: 'found', place: p } : { kind: 'not_found' };
    }
    const tokens = normalizeTownName(text).split(' ').filter(Boolean);
    if (tokens.length === 0 || tokens.length > 30) return { kind: 'not_found' };
    return this.townInTokens(tokens, text, near);
  }

  private townInTokens(said: string[], raw: string, near: Place | undefined): PlaceLookup {
    const tokens = this.countySpelledOut(said, raw);
    // 1. A state (code or name) right after a town: "amarillo tx", "springfield, illinois".
    for (let end = tokens.length; end > 0; end--) {
      for (let len = 3; len >= 1; len--) {
        const start = end - len;
        if (start < 1) continue;
        const st = stateCode(tokens.slice(start, end).join(' '));
        if (!st) {
          // "tupelo miss", "bangor main", "boise idaoh": a state by a word that is one only after a town of it, and
          // ending what was said ("houston miss you" is no Houston, MS).
          const loose = len === 1 ? stateAfterATown(tokens[start]) : undefined;
          const town = loose && endsWhatWasSaid(tokens, end, raw) && this.townSpelledOutBefore(tokens, start, loose);
          if (town) return { kind: 'found', place: toPlace(town) };
          continue;
        }
        const found = this.townBefore(tokens, start, st, raw);
        if (found) return { kind: 'found', place: toPlace(found) };
        // "east texas", "im in northern california": a side of the state, too wide to search (not East Texas, PA),
        // unless it is a named region searched from its centre ("north idaho", placeRegions.ts).
        if (end === tokens.length && isRegionOfState(tokens.slice(0, start), raw)) {
          const region = this.towns.get(tokens.slice(start - 1).join(' '))?.get(st);
          return region?.region ? { kind: 'found', place: toPlace(region) } : { kind: 'not_found' };
        }
        if (end === tokens.length && this.townOnlyElsewhere(tokens, start, raw)) return { kind: 'not_found' };
      }
    }
    // 2. A town alone, exact: longest, then last in the text.
    let best: { key: string; byState: Map<string, TownEntry>; len: number; end: number } | undefined;
    for (let start = 0; start < tokens.length; start++) {
      for (let len = 1; len <= 4 && start + len <= tokens.length; len++) {
        const words = tokens.slice(start, start + len);
        if (words.every((w) => STOPWORDS.has(w) || /^\d+$/.test(w))) continue;
        if (len === 1 && (words[0].length < 3 || NOT_A_TOWN_ALONE.has(words[0]))) continue;
        const named = this.namedAnyway(words.join(' '));
        if (!named || !isBareTown(tokens, start, len) || insideStateName(tokens, start, len)) continue;
        // "deep east texas": a side of the state, not East Texas, PA (a named region is still itself).
        if (sideOfState(words) && ![...named.byState.values()].some((t) => t.region)) continue;
        if (!best || len > best.len || (len === best.len && start + len > best.end)) {
          best = { key: named.key, byState: named.byState, len, end: start + len };
        }
      }
    }
    if (best) return this.sideOfTown(best.key) ?? this.fromTownOrState(best.key, best.byState, near);
    // 2b. A part of a town, then the town: "dorchester boston", "san jacinto amarillo".
    const named = this.townAfterItsPart(tokens, near) ?? this.townThenWhereInIt(tokens, near);
    if (named) return named;
    const addressed = this.townAfterStreet(tokens, near);
    if (addressed) return addressed;
    // 3. A town alone with a typo.
    let fuzzy: { key: string; d: number; county: boolean } | undefined;
    for (let start = 0; start < tokens.length; start++) {
      for (let len = 1; len <= 3 && start + len <= tokens.length; len++) {
        const words = tokens.slice(start, start + len);
        // "poter county": the county word is part of the name, though never a town on its own.
        const county = len > 1 && COUNTY_WORDS.has(words[len - 1]);
        const name = county ? words.slice(0, -1) : words;
        if (name.some((w) => STOPWORDS.has(w) || NOT_A_TYPO.has(w) || AROUND_A_TOWN.has(w) || /\d/.test(w))) continue;
        if (len === 1 && NOT_A_TOWN_ALONE.has(name[0])) continue;
        if (!isBareTown(tokens, start, len) || insideStateName(tokens, start, len) || sideOfState(words)) continue;
        const g = words.join(' ');
        // "deaf smth county": the county word says a place is meant, so any county is worth the guess.
        const m = this.closestName(g, undefined, county);
        // A county named with a typo beats the town its first word is one typo from ("poter" -> Porter).
        if (m && (!fuzzy || m.d < fuzzy.d || (m.d === fuzzy.d && county && !fuzzy.county))) fuzzy = { ...m, county };
      }
    }
    if (fuzzy) return this.fromTownOrState(fuzzy.key, this.towns.get(fuzzy.key)!, near);
    return { kind: 'not_found' };
  }

  /**
   * "south boston": a side of a town with meetings, named like a far town without any (South
   * Boston, VA): asked about, the state with meetings first. Answered "MA", it is read as Boston
   * (townBefore's part-of-a-town fallback). Undefined when the name is no such side.
   */
  private sideOfTown(key: string): PlaceLookup | undefined {
    const words = key.split(' ');
    if (words.length < 2 || !SIDE_WORDS.has(words[0])) return undefined;
    const own = [...(this.towns.get(key)?.values() ?? [])];
    if (own.some((t) => this.hasMeetings(t))) return undefined;
    const town = [...(this.towns.get(words.slice(1).join(' '))?.values() ?? [])].filter((t) => this.hasMeetings(t));
    // Only where the town is the larger place: North York, ON is a borough of its own, not a side of York.
    const size = (list: TownEntry[]) => list.reduce((sum, t) => sum + sizeOf(t), 0);
    if (town.length === 0 || size(town) <= size(own)) return undefined;
    const states = [...new Set([...largestFirst(town), ...largestFirst(own)].map((t) => t.state))];
    return { kind: 'ambiguous', town: titleCase(key), states };
  }

  /**
   * The town a short text ends with, after a part of it: "dorchester boston", "san jacinto amarillo",
   * "amarillo college" is not it (the town must end the text). Only a town worth the guess (one with
   * meetings near, or a city), so "the moon" is not Moon, PA.
   */
  private townAfterItsPart(tokens: string[], near: Place | undefined): PlaceLookup | undefined {
    const words = tokens.filter((w) => !AROUND_A_TOWN.has(w));
    if (words.length < 2 || words.length > 4 || words.some((w) => /\d/.test(w) || STOPWORDS.has(w))) return undefined;
    for (let len = Math.min(3, words.length - 1); len >= 1; len--) {
      const key = words.slice(words.length - len).join(' ');
      const byState = this.towns.get(key);
      if (!byState || isStateName(key, stateCodeAsSpelled) || insideStateName(words, words.length - len, len)) continue;
      const worth = [...byState.values()].some((t) => this.hasMeetings(t) || sizeOf(t) >= CITY_POSTAL_CODES);
      return worth ? this.fromStates(byState, near) : undefined;
    }
    return undefined;
  }

  /**
   * A town named like a state is taken only when it is a city that dwarfs the rest ("new york",
   * "washington"): "kansas" alone is the state, too wide to search, not Kansas, OK, and the place
   * is asked again.
   */
  private fromTownOrState(key: string, byState: Map<string, TownEntry>, near?: Place): PlaceLookup {
    if (!isStateName(key, stateCodeAsSpelled)) return this.fromStates(byState, near, key);
    const city = dominantTown([...byState.values()]);
    return city ? { kind: 'found', place: toPlace(city) } : { kind: 'not_found' };
  }

  /**
   * The town in `state` named exactly by the words ending just before `stateAt` ("bend" of "bend ore"), or another
   * spelling of its name; no near spelling, which with a word that is a state only after a town would be a guess on
   * a guess.
   */
  private townSpelledOutBefore(tokens: string[], stateAt: number, state: string): TownEntry | undefined {
    for (let len = Math.min(4, stateAt); len >= 1; len--) {
      const words = tokens.slice(stateAt - len, stateAt);
      if (words.some((w) => STOPWORDS.has(w))) continue;
      const g = words.join(' ');
      const t = this.towns.get(g)?.get(state) ?? this.otherSpellingIn(g, state);
      if (t) return t;
    }
    return undefined;
  }

  /** The town in `state` named by the words ending just before `stateAt`, exactly or with a typo. */
  private townBefore(tokens: string[], stateAt: number, state: string, raw: string): TownEntry | undefined {
    // "west texas" is a part of the state, not West, TX.
    if (isRegionOfState(tokens.slice(Math.max(0, stateAt - 2), stateAt), raw)) return undefined;
    for (let len = Math.min(4, stateAt); len >= 1; len--) {
      const g = tokens.slice(stateAt - len, stateAt).join(' ');
      const t = this.towns.get(g)?.get(state) ?? this.otherSpellingIn(g, state) ?? this.letterDoubledIn(g, state);
      if (t) return t;
    }
    const part = this.townAfterPartInState(tokens, stateAt, state);
    if (part) return part;
    for (let len = Math.min(3, stateAt); len >= 1; len--) {
      const words = tokens.slice(stateAt - len, stateAt);
      const name = len > 1 && COUNTY_WORDS.has(words[len - 1]) ? words.slice(0, -1) : words;
      if (name.some((w) => STOPWORDS.has(w) || /\d/.test(w))) continue;
      const m = this.closestName(words.join(' '), state);
      const t = m ? this.towns.get(m.key)?.get(state) : undefined;
      // "brighton ny": a town's own name as written is no typo of a small far town of the state (Brushton, NY,
      // with no meetings near); "pittsburg pa" is still Pittsburgh, a city, and a name spelled with a space or a
      // letter doubled otherwise ("dewitt ia", "dennison tx") is still that town.
      const said = words.join(' ');
      if (t && this.namedAnyway(said) && !this.worthAGuessAt(t) && !sameLetters(said, t.name)) continue;
      if (t) return t;
    }
    return undefined;
  }

  /**
   * The words with a county's short form spelled out where it ends the text after a county's name: "potter co",
   * "lubbock co." (Lubbock County), "howard co" (Howard County, not a hamlet in Colorado). "CO" in capitals or after
   * a comma is still Colorado ("Howard, CO"), and so is a Colorado town worth the guess ("denver co").
   */
  private countySpelledOut(tokens: string[], raw: string): string[] {
    const last = tokens.length - 1;
    if (last < 1 || !COUNTY_SHORT.has(tokens[last]) || /\bCO\b/.test(raw) || /,\s*co\b/i.test(raw)) return tokens;
    for (let len = Math.min(3, last); len >= 1; len--) {
      const name = tokens.slice(last - len, last).join(' ');
      // "denver co", "boulder co": a Colorado town worth the guess is still the town.
      const colorado = this.towns.get(name)?.get('CO');
      if (colorado && this.worthAGuessAt(colorado)) return tokens;
      if (this.towns.get(`${name} county`) !== undefined) return [...tokens.slice(0, last), 'county'];
    }
    return tokens;
  }

  /**
   * A town that starts the text, then where in it: "amarillo by the airport", "lubbock downtown near the depot
   * district", "amarillo off i-40". Spelled exactly, and only a town worth the guess (one with meetings near, or a
   * city), so "hope by the lake" is no place.
   */
  private townThenWhereInIt(tokens: string[], near: Place | undefined): PlaceLookup | undefined {
    // "im near amarillo college", "by the lubbock airport": the words that lead to a place come first.
    let from = 0;
    while (from < tokens.length - 1 && (AROUND_A_TOWN.has(tokens[from]) || tokens[from] === 'the')) from++;
    for (let len = Math.min(3, tokens.length - 1 - from); len >= 1; len--) {
      const next = tokens[from + len];
      // A place in it named after the town: "amarillo college", "lubbock high school", "the amarillo mall".
      if (!WHERE_IN_A_TOWN.has(next) && !LANDMARKS.has(next)) continue;
      const found = this.worthyTown(tokens.slice(from, from + len), near);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The town that ends a street address: a house number, a street word, then the town ("1511 avenue m lubbock",
   * "2401 e highway 80 midland"). Spelled exactly, and worth the guess, as townThenWhereInIt's.
   */
  private townAfterStreet(tokens: string[], near: Place | undefined): PlaceLookup | undefined {
    if (!/^\d{1,6}$/.test(tokens[0])) return undefined;
    for (let len = Math.min(3, tokens.length - 2); len >= 1; len--) {
      const start = tokens.length - len;
      if (!tokens.slice(1, start).some((w) => STREET_SUFFIXES.has(w))) continue;
      const found = this.worthyTown(tokens.slice(start), near);
      if (found) return found;
    }
    return undefined;
  }

  /** The town these words name exactly, if one of that name has meetings near or is a city; no state's name. */
  private worthyTown(words: readonly string[], near: Place | undefined): PlaceLookup | undefined {
    const key = words.join(' ');
    if (words.some((w) => STOPWORDS.has(w) || /\d/.test(w)) || isStateName(key, stateCodeAsSpelled)) return undefined;
    const named = this.namedAnyway(key);
    if (!named || ![...named.byState.values()].some((t) => this.worthAGuessAt(t))) return undefined;
    return this.fromStates(named.byState, near);
  }

  /** Whether this town is large or has meetings near it (see worthAGuess). */
  private worthAGuessAt(t: TownEntry): boolean {
    return sizeOf(t) >= GUESS_POSTAL_CODES || this.hasMeetings(t, GUESS_MEETINGS_MILES);
  }

  /**
   * A town of the state named right before it, after one or two words that name a part of it:
   * "south boston, ma", "dorchester boston ma", "downtown amarillo tx". Spelled exactly, so a near
   * spelling of a whole name ("fort wroth") is still read by the typo search.
   */
  private townAfterPartInState(tokens: string[], stateAt: number, state: string): TownEntry | undefined {
    for (let len = Math.min(3, stateAt - 1); len >= 1; len--) {
      const from = stateAt - len;
      const before = tokens.slice(Math.max(0, from - 2), from);
      if (before.length === 0 || before.some((w) => /\d/.test(w))) continue;
      const key = tokens.slice(from, stateAt).join(' ');
      if (key.length < 4) continue;
      const t = this.towns.get(key)?.get(state);
      if (t) return t;
    }
    return undefined;
  }

  /**
   * Whether the text is a town and then a state, plainly a state ("moore, OK", "paris oklahoma"), that holds no town
   * of that name: not the town of another state (the seventeenth session's probe, H8: "moore, ok" was Moore, TX). A
   * code that is an everyday word in small letters ("amarillo ok") is not plainly a state.
   */
  private townOnlyElsewhere(tokens: string[], stateAt: number, raw: string): boolean {
    const state = tokens.slice(stateAt).join(' ');
    const plain = state.length > 2 || new RegExp(`(?:,\\s*${state}|\\b${state.toUpperCase()})\\s*[.!]*\\s*$`).test(raw);
    if (!plain) return false;
    let from = 0;
    while (from < stateAt && STOPWORDS.has(tokens[from])) from++;
    return (
      from < stateAt && stateAt - from <= 4 && this.namedAnyway(tokens.slice(from, stateAt).join(' ')) !== undefined
    );
  }

  /**
   * The towns of a name as written, or of another spelling of it ("la grange": "lagrange"; "foxborough": "foxboro"),
   * with the tables' own key; undefined when neither is known.
   */
  private namedAnyway(key: string): { key: string; byState: Map<string, TownEntry> } | undefined {
    const byState = this.towns.get(key);
    if (byState) return { key, byState };
    for (const other of otherSpellings(key)) {
      const found = this.towns.get(other);
      if (found) return { key: other, byState: found };
    }
    return undefined;
  }

  /** The town of `state` under another spelling of the name ("la grange" in GA is the tables' "Lagrange"). */
  private otherSpellingIn(key: string, state: string): TownEntry | undefined {
    for (const other of otherSpellings(key)) {
      const t = this.towns.get(other)?.get(state);
      if (t) return t;
    }
    return undefined;
  }

  /** The fewest letters a short word needs to be read as a town of its state with a doubled letter typed once. */
  private static readonly SHORT_DOUBLED_MIN = 3;

  /**
   * The town of `state` a short word names with one of its doubled letters typed once ("hobs nuevo mexico": Hobbs,
   * NM; the twenty-sixth session's probe lost it): too short for the typo search, but with its state said. A handful
   * of exact look-ups, one per letter, whatever the number of towns.
   */
  private letterDoubledIn(word: string, state: string): TownEntry | undefined {
    if (word.length < PlaceIndex.SHORT_DOUBLED_MIN || word.length >= TYPO_MIN_LENGTH || !/^[a-z]+$/.test(word))
      return undefined;
    for (let i = 0; i < word.length; i++) {
      const t = this.towns.get(word.slice(0, i + 1) + word.slice(i))?.get(state);
      if (t) return t;
    }
    return undefined;
  }

  /** The nearest town name within the typo budget (in one state when given); ties go to the first. */
  private closestName(g: string, state: string | undefined, anyTown = false): { key: string; d: number } | undefined {
    const cacheKey = `${state ?? (anyTown ? '*' : '')}|${g}`;
    const cached = this.closestCache.get(cacheKey);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.closestNameUncached(g, state, anyTown);
    if (this.closestCache.size >= CLOSEST_CACHE_LIMIT) this.closestCache.clear();
    this.closestCache.set(cacheKey, found ?? null);
    return found;
  }

  private closestNameUncached(
    g: string,
    state: string | undefined,
    anyTown: boolean,
  ): { key: string; d: number } | undefined {
    const budget = typoBudget(g.length);
    if (budget === 0) return undefined;
    let best: { key: string; d: number } | undefined;
    let bestSize = 0;
    const consider = (key: string) => {
      // Typos rarely hit both of the first two letters; this prefilter keeps the scan cheap.
      if (key[0] !== g[0] && key[1] !== g[1]) return;
      const d = osaDistance(g, key, best ? Math.min(best.d, budget) : budget);
      if (d > budget || (best && d > best.d)) return;
      // Without a state, a near spelling is read only as a town worth the guess: "prson" is not Orson, PA.
      if (!state && !anyTown && !this.worthAGuess(key)) return;
      // Of names as near, the larger place: "pheonix" is Phoenix, AZ (a swap), not Phenix, VA (a letter out).
      const size = this.sizeOfName(key);
      if (!best || d < best.d || size > bestSize) {
        best = { key, d };
        bestSize = size;
      }
    };
    if (state) this.towns.forEachNameInState(state, consider);
    else for (let l = g.length - budget; l <= g.length + budget; l++) this.towns.forEachNameOfLength(l, consider);
    return best;
  }

  /** Whether a town of this name is large or has meetings near it: what a typo without a state may be read as. */
  private worthAGuess(key: string): boolean {
    for (const t of this.towns.get(key)?.values() ?? []) {
      if (sizeOf(t) >= GUESS_POSTAL_CODES || this.hasMeetings(t, GUESS_MEETINGS_MILES)) return true;
    }
    return false;
  }

  /** How large the places of one name are together (postal codes), to choose between names as near to a typo. */
  private sizeOfName(key: string): number {
    let size = 0;
    for (const t of this.towns.get(key)?.values() ?? []) size += sizeOf(t);
    return size;
  }

  /**
   * The town of one name meant, or the question of which: the one close to where the conversation
   * is; else the city that dwarfs the rest, unless it has no meetings and a namesake has (Trenton,
   * NJ against Trenton, ON); else asked, those with meetings first, largest first.
   */
  private fromStates(byState: Map<string, TownEntry>, near?: Place, key?: string): PlaceLookup {
    const entries = [...byState.values()];
    if (entries.length === 1) return { kind: 'found', place: toPlace(entries[0]) };
    const close = near ? nearestWithin(entries, near, NEAR_NAMESAKE_MILES) : undefined;
    if (close) return { kind: 'found', place: toPlace(close) };
    const meeting = entries.filter((e) => this.hasMeetings(e));
    const dominant = dominantTown(entries);
    const taken = dominant && (meeting.length === 0 || meeting.includes(dominant) || sizeOf(dominant) >= BIG_CITY);
    if (dominant && taken) return { kind: 'found', place: toPlace(dominant) };
    // Largest first, so the question names the likely ones even when it lists only some of them.
    const ordered = [...largestFirst(meeting), ...largestFirst(entries.filter((e) => !meeting.includes(e)))];
    // A region of several states is asked about by the name said ("The Panhandle"), not one state's centre.
    const town = entries[0].region !== undefined && key ? titleCase(key) : entries[0].name;
    return { kind: 'ambiguous', town, states: ordered.map((e) => e.state) };
  }
}

/**
 * Words that may stand around a town named without its state ("I'm in Lubbock", "near lubbock
 * please", "vivo en Amarillo"): where-words and politeness, English and Spanish. Anything else
 * ("the moon", "mars lol", "on mars") means the words are not a place, so a common word that
 * happens to be a town somewhere (Moon, PA; Mars, PA) is not taken for one.
 */
const AROUND_A_TOWN = new Set(
  (
    'i im am m in at near by from live living stay staying around close to here my town city of is ' +
    'please pls thanks thank you zip code area ' +
    // A place named again, to correct or to look elsewhere: "actually houston", "what about lubbock?".
    'actually what whats about how and or no sorry meant oops wait now moved we were re are our ok okay downtown ' +
    // Rural texters place themselves by a town: "south of amarillo", "20 miles from dumas", "just outside lubbock".
    'south north east west of outside just miles mi minutes mins min an hour from between ' +
    'estoy en cerca de vivo yo soy del por favor gracias ciudad pueblo mi ' +
    'y o que tal mejor perdon ahora estamos vivimos'
  ).split(' '),
);

/**
 * A state or province spelled out ("kansas", "new mexico"); not a two-letter code, which is often a
 * word. `codeOf` lets a caller that keeps its own cache of state codes use it.
 */
export function isStateName(words: string, codeOf: (name: string) => string | undefined = stateCode): boolean {
  return words.length > 2 && codeOf(words) !== undefined;
}

/**
 * Whether the word ending at `end` ends the text or what a stop or a comma closes ("tupelo miss, tonight"): only
 * letters reach here (stateAfterATown), so the word is safe in a pattern.
 */
function endsWhatWasSaid(tokens: readonly string[], end: number, raw: string): boolean {
  return end === tokens.length || new RegExp(`\\b${tokens[end - 1]}\\s*[,.;:!]`, 'i').test(raw);
}

/** Whether two names are one spelling (spellingKey: spaces, "-borough") but for doubled letters ("De Witt"). */
function sameLetters(a: string, b: string): boolean {
  const bare = (name: string) => spellingKey(normalizeTownName(name)).replace(/(.)\1+/g, '$1');
  return bare(a) === bare(b);
}

/**
 * Words that name no town alone, though a town somewhere has the name: "im at home" is not Home, KS, "estoy en casa"
 * not Casa, AR. With the state ("home ks") or in a longer name ("casa grande") the town is still found.
 */
const NOT_A_TOWN_ALONE: ReadonlySet<string> = new Set(['home', 'casa', 'house', 'hogar']);

/** Short forms of "county" that may end a text after a county's name: "potter co", "lubbock cnty". */
const COUNTY_SHORT: ReadonlySet<string> = new Set(['co', 'cnty', 'cty']);

/** Words that, after a town that starts the text, tell where in it: "amarillo by the airport". */
const WHERE_IN_A_TOWN: ReadonlySet<string> = new Set(
  'by near off on at behind across next close downtown uptown north south east west side part area'.split(' '),
);

/**
 * Places in a town that people name after it ("amarillo college", "lubbock high school", "the canyon walmart"): the
 * town before one is where they are. Only after a town worth the guess, and never a town of its own name, which is
 * read first ("college station" is College Station, TX).
 */
const LANDMARKS: ReadonlySet<string> = new Set(
  (
    'college university univ campus school hs high elementary hospital clinic mall airport walmart target ' +
    'library park church courthouse jail station base plaza hotel motel shelter stadium center centre va ' +
    'universidad escuela colegio hospital clinica aeropuerto iglesia parque centro'
  ).split(' '),
);

/** Whether the words outside tokens[start, start+len) only frame a town (AROUND_A_TOWN) or count ("20 miles"). */
function isBareTown(tokens: string[], start: number, len: number): boolean {
  // People live "on" an island ("on Long Island", "on Staten Island"), "in" anything else ("on mars" is no place).
  // A named region too: "on cape cod", "on the outer banks".
  const island = tokens[start + len - 1] === 'island' || REGION_NAMES.has(tokens.slice(start, start + len).join(' '));
  return tokens.every(
    (w, i) => (i >= start && i < start + len) || AROUND_A_TOWN.has(w) || /^\d{1,3}$/.test(w) || (island && w === 'on'),
  );
}

/** Whether a point from the postal table is a real place in Canada (some rows have shifted columns). */
function isInCanada(lat: unknown, lon: unknown): lat is number {
  return typeof lat === 'number' && typeof lon === 'number' && lat > 41 && lat < 84 && lon > -142 && lon < -52;
}

/**
 * Canadian postal areas are named like "Belleville East" or "Eastern Alberta (st. Paul)": keep the
 * town. Toronto's are named by part of the city ("Downtown Toronto (rosedale)", "East Toronto (the
 * Beaches)") and Montreal's downtown too, with no area named the city itself: those count toward the
 * city, so "Toronto" finds Toronto, ON. "North York" and "East York" are boroughs of their own and stay.
 */
function canadianAreaName(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/\s+(East|West|North|South|Central|Northeast|Northwest|Southeast|Southwest)$/, '')
    .replace(/^(?:Central|East|West) (Toronto)$/, '$1')
    .replace(/^Downtown (?=[A-Z])/, '');
}

let caAreas: Array<{ lat: number; lon: number; province: string }> | undefined;
function canadianAreas() {
  // Rows without coordinates could never be the nearest (null read as 0 put them off Africa); leave them out.
  caAreas ??= postalCodes()
    .rows()
    .filter(
      (c) =>
        c.country === 'Canada' && CA_FIRST_LETTER[c.zip[0]] && !Number.isNaN(c.latitude) && !Number.isNaN(c.longitude),
    )
    .map((c) => ({ lat: c.latitude, lon: c.longitude, province: CA_FIRST_LETTER[c.zip[0]] }));
  return caAreas;
}

/**
 * A city far larger than every other town of its name, by postal codes: whoever texts "Houston"
 * (190 ZIP codes in Texas, one in each of nine other states) means Houston, TX, and asking "which
 * state?" would waste their text. The place is said back ("near Houston, TX"), so the few in the
 * other Houstons can name their state. Either test makes a city dominant:
 * - at least 10 postal codes and 4 times all the other towns together (Houston, Dallas, Worcester);
 * - at least 25 and 8 times the next largest, however many small towns share the name (Cleveland,
 *   OH 41 against Cleveland, TN 5 and seventeen of 1 or 2; Buffalo, Jacksonville, Madison).
 * Towns of comparable size stay a question: Springfield (IL 38, MA 20, MO 16...), Portland (OR 59,
 * ME 9), Rochester (NY 44, MN 6), Columbus (OH 46, GA 14), Pasadena (CA 26, TX 8).
 */
const DOMINANT_TOWN = {
  overAll: { minPostalCodes: 10, timesTheRest: 4 },
  overNext: { minPostalCodes: 25, timesTheNext: 8 },
};

/** Words that, alone before a state, name a part of it: "west texas", "northern california", "central ny". */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'upstate',
  'downstate',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'rural',
]);

/**
 * Whether the words before a state only say which part of it ("west", "in west", "rural"): a region too wide
 * to search, not the town of that name (West, TX). "West Lafayette" names a town.
 */
export function isRegionOfState(words: readonly string[], raw = ''): boolean {
  const last = words[words.length - 1];
  const before = words[words.length - 2];
  if (last === undefined || !REGION_WORDS.has(last)) return false;
  // "West, TX" written as a town and its state is the town.
  if (new RegExp(`\\b${last}\\s*,`, 'i').test(raw)) return false;
  return before === undefined || AROUND_A_TOWN.has(before) || before === 'the' || SIDE_QUALIFIERS.has(before);
}

/** Words before a side of a state that say how far out: "far west texas", "deep east texas", "upper east tn". */
export const SIDE_QUALIFIERS: ReadonlySet<string> = new Set([
  'far',
  'deep',
  'extreme',
  'upper',
  'lower',
  ...REGION_WORDS,
]);

/**
 * Whether words are a side of a state and its name ("east texas", "southern tx", "west mass"), not a state's own
 * name ("west virginia"): a region too wide to search, never the hamlet of that name in another state.
 */
function sideOfState(words: readonly string[]): boolean {
  if (words.length < 2 || !REGION_WORDS.has(words[0])) return false;
  const rest = words.slice(1).join(' ');
  return exactStateCode(words.join(' ')) === undefined && stateCode(rest) !== undefined;
}

/**
 * Whether the words at `start` (`len` of them) are part of a longer state's name spelled out around them: "carolina"
 * in "north carolina", "virginia" in "west virginia", "dakota" in "south dakota" are the state, not the towns of
 * those names (Carolina, PR; Dakota, MN). A town that is a whole state's name ("new york") is not inside one.
 */
export function insideStateName(tokens: readonly string[], start: number, len: number): boolean {
  for (let from = Math.max(0, start - 2); from <= start; from++) {
    for (let size = 2; size <= 3; size++) {
      const end = from + size;
      if (end < start + len || end > tokens.length || (from === start && size === len)) continue;
      if (exactStateCode(tokens.slice(from, end).join(' '))) return true;
    }
  }
  return false;
}

/** How near a town an in-person meeting must be for the town to count as one with meetings. */
const MEETINGS_NEAR_MILES = 25;

/** How near a small town meetings must be for a near spelling of it, without a state, to be read as it. */
const GUESS_MEETINGS_MILES = 10;

/**
 * Postal codes from which a city that dwarfs its namesakes is taken even without meetings near it:
 * a texter in Phoenix, AZ is not asked about Phoenix, NY; one in Trenton (NJ, 28) is asked.
 */
const BIG_CITY = 40;

/** Postal codes from which a town read through a typo, without its state, is worth the guess. */
const GUESS_POSTAL_CODES = 3;

/** Postal codes from which a town named after a part of it ("dorchester boston") is a city. */
const CITY_POSTAL_CODES = 10;

/** How near the conversation's place a namesake must be to be the one meant ("canyon" from Amarillo). */
const NEAR_NAMESAKE_MILES = 60;

/** Words that name a side of a town: "south boston", "east amarillo". */
const SIDE_WORDS = new Set(['north', 'south', 'east', 'west', 'downtown', 'uptown', 'central']);

/** Miles between two points, flat-earth: good enough over the few dozen miles it decides. */
export function milesBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 69;
  const dLon = (a.lon - b.lon) * 69 * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

/** The town of `entries` nearest `place`, if within `miles`. */
function nearestWithin(entries: readonly TownEntry[], place: Place, miles: number): TownEntry | undefined {
  let best: TownEntry | undefined;
  let bestMiles = miles;
  for (const e of entries) {
    const d = milesBetween(e, place);
    if (d <= bestMiles) [best, bestMiles] = [e, d];
  }
  return best;
}

/** A town's size: its postal codes; a feed's own town has none counted and counts as one, so it is never ignored. */
const sizeOf = (e: TownEntry): number => e.postalCodes ?? 1;

/** The towns of one name, largest first; of equal size, by state. */
function largestFirst(entries: readonly TownEntry[]): TownEntry[] {
  return entries.slice().sort((x, y) => sizeOf(y) - sizeOf(x) || x.state.localeCompare(y.state));
}

/** The town of one name that dwarfs the others (see DOMINANT_TOWN), or undefined. */
function dominantTown(entries: readonly TownEntry[]): TownEntry | undefined {
  const [largest, second] = largestFirst(entries);
  if (!largest) return undefined;
  const size = sizeOf(largest);
  const rest = entries.reduce((sum, e) => sum + sizeOf(e), 0) - size;
  const { overAll, overNext } = DOMINANT_TOWN;
  if (size >= overAll.minPostalCodes && size >= overAll.timesTheRest * rest) return largest;
  if (size >= overNext.minPostalCodes && size >= overNext.timesTheNext * (second ? sizeOf(second) : 0)) return largest;
  return undefined;
}

function toPlace(t: TownEntry): Place {
  return { lat: t.lat, lon: t.lon, label: `${t.name}, ${t.state}`, country: t.country };
}

/** True for a Canadian province or territory code. */
export function isCanadianProvince(code: string): boolean {
  return CA_PROVINCES.has(code);
}

/** The province of a Canadian postal code, from its first letter. */
export function provinceOfPostalCode(code: string): string | undefined {
  return CA_FIRST_LETTER[code.trim().toUpperCase()[0]];
}
