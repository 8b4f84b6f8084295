import { findPlace, type PlaceReader } from './places';
import type { UnderstoodPlace } from './slots';
import type { Words } from './messageWords';

/**
 * Where the texter says they live, after a town said of someone else: "vive en odessa pero yo vivo en midland", "he
 * lives in odessa but i live in midland" (the twenty-sixth session's probe searched the brother's town). The line
 * finds meetings the texter can go to, so the texter's own town is the place.
 */

/** Words that say where the texter lives or is, one or two words long: "i live", "we live", "vivo", "yo vivo". */
const OWN_PLACE_STARTS: readonly (readonly string[])[] = [
  ['i', 'live'],
  ['we', 'live'],
  ['i', 'stay'],
  ['we', 'stay'],
  ['i', 'am', 'in'],
  ['im', 'in'],
  ['im', 'living'],
  ['vivo'],
  ['vivimos'],
  ['yo', 'estoy', 'en'],
  ['nosotros', 'estamos', 'en'],
];

/** Where the first of OWN_PLACE_STARTS begins in `said`, from `from` on, or -1. */
function ownPlaceStart(said: readonly string[], from: number): number {
  for (let i = from; i < said.length; i++) {
    if (OWN_PLACE_STARTS.some((p) => p.every((x, k) => said[i + k] === x))) return i;
  }
  return -1;
}

/**
 * The texter's own place when the town found (`found`) comes before words that say where the texter lives, and a
 * town is named after them; else `found` as it is. "i live in midland, my son lives in odessa" keeps Midland.
 */
export function texterOwnPlace(
  found: UnderstoodPlace | null,
  w: Words,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const town = found?.town?.toLowerCase().split(' ');
  if (!town) return found;
  const { said } = w;
  const at = said.findIndex((_x, i) => town.every((n, k) => said[i + k] === n));
  if (at < 0) return found;
  const own = ownPlaceStart(said, at + town.length);
  if (own < 0) return found;
  const rest = said.slice(own);
  return findPlace(rest.join(' '), rest, places, isWord, false) ?? found;
}
