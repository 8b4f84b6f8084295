/**
 * The short forms texters write inside a town's name, spelled out: a direction before it ("n andover" for North
 * Andover, "so hadley", "e longmeadow") and the U.S. Postal Service's street-suffix abbreviations that end many
 * towns' names (USPS Publication 28, appendix C1: "harker hts", "colorado spgs", "wichita fls", "grand jct", "long
 * bch", "pt arthur"). "St", "Ft" and "Mt" are spelled out for every text by normalizeTownName already.
 */

/**
 * Short directions that start a town's name. "no" is left out: "no springfield" is a texter correcting
 * themselves as often as North Springfield ("No. Andover", with its stop, is spelled out by normalizeTownName).
 */
const LEADING_DIRECTIONS: ReadonlyMap<string, string> = new Map([
  ['n', 'north'],
  ['s', 'south'],
  ['e', 'east'],
  ['w', 'west'],
  ['so', 'south'],
  ['nth', 'north'],
  ['sth', 'south'],
]);

/** USPS abbreviations of words in towns' names, each with the words it may stand for, the likelier first. */
const NAME_WORDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['hts', ['heights']],
  ['hgts', ['heights']],
  ['spgs', ['springs']],
  ['spg', ['springs']],
  ['spr', ['springs']],
  ['jct', ['junction']],
  ['fls', ['falls']],
  ['lk', ['lake']],
  ['lks', ['lakes']],
  ['bch', ['beach']],
  ['pk', ['park']],
  ['vlg', ['village']],
  ['ctr', ['center']],
  ['sta', ['station']],
  ['pt', ['port', 'point']],
  ['twp', ['township']],
  ['hbr', ['harbor']],
  ['cyn', ['canyon']],
  ['crk', ['creek']],
  ['mtn', ['mountain']],
  ['vly', ['valley']],
  ['gdns', ['gardens']],
  ['grv', ['grove']],
  ['hvn', ['haven']],
  ['is', ['island']],
  ['isl', ['island']],
  ['blf', ['bluff']],
  ['bluf', ['bluff']],
  ['fry', ['ferry']],
  ['frst', ['forest']],
]);

/**
 * Each short form and each word it stands for, as one form to compare spellings by: the word spelled out ("spgs" and
 * "springs" are "springs"), or the short form where it stands for two ("pt", "port" and "point" are "pt").
 */
const COMPARED_AS: ReadonlyMap<string, string> = new Map(
  [...NAME_WORDS].flatMap(([short, words]) => {
    const as = words.length > 1 ? short : words[0];
    return [short, ...words].map((w) => [w, as] as [string, string]);
  }),
);

/** Short forms that start no town's name: words of their own first ("is", Spanish "sta"). */
const NEVER_FIRST: ReadonlySet<string> = new Set(['is', 'isl', 'sta', 'spr', 'fry']);

/** Every short form, directions and words: to tell, word by word, whether a name has one. */
const SHORT_FORMS: ReadonlySet<string> = new Set([...LEADING_DIRECTIONS.keys(), ...NAME_WORDS.keys()]);
/** The longest short form's letters: longer words are never looked up. */
const SHORT_FORM_MAX = Math.max(...[...SHORT_FORMS].map((w) => w.length));

/**
 * Whether a name has a word that is a short form, tested first so most names are never split: a scan of the words'
 * lengths, and a set look-up for the short ones (the town tables test 30,000 names when they are built).
 */
function mayBeShort(key: string): boolean {
  // A name of one word has no short form (see spelledOutNames): most towns' names.
  if (key.indexOf(' ') < 0) return false;
  let start = 0;
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length && key.charCodeAt(i) !== 32) continue;
    if (i - start <= SHORT_FORM_MAX && SHORT_FORMS.has(key.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

/**
 * The spellings of a normalized name with its short forms spelled out ("n andover": ["north andover"]; "pt
 * pleasant": ["port pleasant", "point pleasant"]), likeliest first; none when it has no short form. A lone word
 * is no town's short form ("is", "n"), so a name of one word has none.
 */
export function spelledOutNames(key: string): string[] {
  if (!mayBeShort(key)) return [];
  const words = key.split(' ');
  if (words.length < 2) return [];
  let names: string[][] = [[]];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // A direction only where it starts the name: "andover n" is no North Andover.
    const direction = i === 0 ? LEADING_DIRECTIONS.get(w) : undefined;
    // "lk charles", "mtn home", "jct city" start names; "is" and "sta" never do ("is lubbock", "sta bien").
    const options = direction ? [direction] : i > 0 || !NEVER_FIRST.has(w) ? NAME_WORDS.get(w) : undefined;
    if (!options) {
      for (const n of names) n.push(w);
      continue;
    }
    changed = true;
    names = names.flatMap((n) => options.map((o) => [...n, o]));
  }
  return changed ? names.map((n) => n.join(' ')) : [];
}

/**
 * One form of a normalized name for comparing spellings: a leading direction spelled out and each USPS word as
 * COMPARED_AS has it ("n andover" and "north andover" are "north andover"; "colorado spgs" is "colorado springs").
 */
export function comparedName(key: string): string {
  if (!mayBeShort(key) && !/\b(?:port|point)\b/.test(key)) return key;
  const words = key.split(' ');
  if (words.length < 2) return key;
  return words.map((w, i) => (i === 0 ? LEADING_DIRECTIONS.get(w) : undefined) ?? COMPARED_AS.get(w) ?? w).join(' ');
}
