import { comparedName, spelledOutNames } from './placeAbbreviations';

/**
 * Other ways of writing one town's name, read as the same name before any typo is corrected (the seventeenth
 * session's probe, H6 and H7): a name's first small word written apart or joined ("la grange" for the tables'
 * "Lagrange, GA", "de ridder" for "Deridder, LA"), and "-boro" for "-borough" or the other way ("foxborough" for
 * the tables' "Foxboro, MA", "marlboro" for "Marlborough"). Without these a typo search found a far town instead
 * ("foxborough" went to Boxborough, "westboro" to Westport).
 */

/** Small words that start town names, written apart or joined to the rest: "De Queen", "Lagrange", "McAllen". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...['de', 'del', 'la', 'le', 'les', 'du', 'da', 'di', 'des', 'el', 'lo'],
  ...['mc', 'mac', 'van', 'von', 'o', 'st', 'ste'],
]);

/** Letters the word after a small one needs before the two are read as one name joined ("de kalb": "dekalb"). */
const JOINED_WORD_LETTERS = 3;

/** "-boro" and "-borough" at a word's end: the short form and the long one. */
const BORO = /boro(?=$| )/g;
const BOROUGH = /borough(?=$| )/g;

/**
 * The other spellings of a normalized town name (normalizeTownName), most likely first; none when it has no other.
 * "la grange" gives "lagrange"; "foxborough" gives "foxboro"; "north attleborough" gives "north attleboro".
 */
export function otherSpellings(key: string): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    if (name !== key && !out.includes(name)) out.push(name);
  };
  // "n andover", "harker hts", "pt arthur": the short forms spelled out (placeAbbreviations.ts).
  for (const name of spelledOutNames(key)) add(name);
  const boro = key.includes('borough') ? key.replace(BOROUGH, 'boro') : key.replace(BORO, 'borough');
  if (boro !== key) add(boro);
  for (const name of [key, boro]) {
    const space = name.indexOf(' ');
    // Only before a word of its own ("de kalb"), not another small word ("de al anon" is no "Deal").
    const next = name.slice(space + 1).split(' ')[0];
    if (space > 0 && NAME_PARTICLES.has(name.slice(0, space)) && next.length >= JOINED_WORD_LETTERS)
      add(name.slice(0, space) + name.slice(space + 1));
  }
  return out;
}

/**
 * One form for a town's name however its small words are joined, its "-boro" written or its short forms used ("n
 * andover", "harker hts"): to compare two names.
 */
export function spellingKey(normalized: string): string {
  return comparedName(normalized).replace(BOROUGH, 'boro').replace(/ /g, '');
}
