/**
 * "im new to lubbock", "new in town", "im new here": new to a place, said of moving there, not of being new to
 * recovery (the eighteenth session's probe: the town was lost and the list narrowed to "newcomer meetings"). The
 * town is read as the place (places.ts); the newcomer wish said this way goes.
 */

/** Words after "new" that lead to where: "new to", "new in", "new around here". */
const TO_A_PLACE: ReadonlySet<string> = new Set(['to', 'in', 'around']);
/** Words that name a place without naming the town: "new to town", "new in the area", "new here". */
const PLACE_NOUNS: ReadonlySet<string> = new Set(['town', 'area', 'city', 'state', 'neighborhood']);
/** Small words before a place noun: "new to the area", "new in this town". */
const BEFORE_A_NOUN: ReadonlySet<string> = new Set(['the', 'this', 'da']);

/** The part of a hit this reads: its slot and value, and where its words start and end. */
interface HitSpan {
  entry: { slot: string; value: string };
  start: number;
  end: number;
}

/**
 * Whether the words from `at` name a place someone is new to: the town found in the text ("lubbock"), or a word
 * for a place ("town", "here", "the area").
 */
function namesAPlace(said: readonly string[], at: number, town: string | null | undefined): boolean {
  let i = TO_A_PLACE.has(said[at]) ? at + 1 : at;
  if (said[at] === 'around' && said[i] === undefined) return false;
  while (BEFORE_A_NOUN.has(said[i])) i++;
  if (PLACE_NOUNS.has(said[i])) return true;
  if (i === at || !town) return false;
  const name = town.toLowerCase().split(/\s+/);
  return name.every((w, k) => said[i + k] === w);
}

/**
 * The hits without a newcomer wish that only says the texter is new to a place: "im new" right before "to lubbock",
 * "in town", "here". "im new to aa", "first time" and "new to this" stay wishes for newcomer meetings.
 */
export function withoutNewToAPlace<H extends HitSpan>(
  said: readonly string[],
  hits: readonly H[],
  town: string | null | undefined,
): readonly H[] {
  const newToPlace = (h: H) =>
    h.entry.slot === 'wants' &&
    h.entry.value === 'newcomer' &&
    said[h.end - 1] === 'new' &&
    namesAPlace(said, h.end, town);
  return hits.some(newToPlace) ? hits.filter((h) => !newToPlace(h)) : hits;
}
