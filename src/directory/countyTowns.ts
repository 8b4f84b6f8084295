import type { TownEntry } from './placeIndex';
import { US_COUNTIES_TSV } from './usCounties';

/**
 * The US counties as towns of the place index, named as people say them ("Potter County", "Acadia
 * Parish"): a rural texter often places themselves by county, and a county's middle is as good a
 * centre for "the nearest meetings" as a town's. Sized by ZIP codes, as towns are, so the which-state
 * question lists the larger ones first ("Orange County": CA, FL, NY...).
 */
export function countyTowns(): TownEntry[] {
  return US_COUNTIES_TSV.split('\n').map((line) => {
    const [name, state, lat, lon, postalCodes] = line.split('\t');
    return { name, state, lat: Number(lat), lon: Number(lon), country: 'US', postalCodes: Number(postalCodes) };
  });
}

/** The words that end a county's name as people write it: "potter county", "harris cnty", "acadia parish". */
export const COUNTY_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough']);

/**
 * A county said in Spanish or abbreviated, in plain words, said as the table names it: "condado de
 * potter" and "el condado de harris" -> "potter county", "harris county"; "harris cnty" -> "harris
 * county". Up to three words after "condado (de)" are the name, up to a word in `endsName` (a state,
 * a word the line knows) or the end.
 */
export function countyInEnglish(words: readonly string[], endsName: (word: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === 'cnty' || w === 'cty') {
      out.push('county');
      continue;
    }
    if (w !== 'condado') {
      out.push(w);
      continue;
    }
    let start = i + 1;
    if (words[start] === 'de' || words[start] === 'del') start++;
    let end = start;
    while (end < words.length && end - start < 3 && !endsName(words[end]) && !/\d/.test(words[end])) end++;
    if (end === start) {
      out.push(w);
      continue;
    }
    if (out[out.length - 1] === 'el') out.pop();
    out.push(...words.slice(start, end), 'county');
    i = end - 1;
  }
  return out;
}
