import { BEHAVIOR_CONCERN } from '../flow/understandSlots';
import type { LexiconEntry } from './lexicon';

/**
 * Behaviours that are no gambling ("my son is addicted to video games", "adicta a las compras"). Their words are
 * listed under the flow's `behavior` slot and heard as the concern BEHAVIOR_CONCERN (lexicon.ts), so the concern
 * labels stay as they are; these read which behaviour it was, for the summary and the programs (situation.ts).
 */

/** A listed phrase found in the words, as messageWords.ts holds it (Hit). */
interface HeardPhrase {
  entry: LexiconEntry;
  start: number;
  end: number;
  negated: boolean;
}

/**
 * Whether a concern word lies inside a longer behaviour phrase: "binge" (drinking) in "binge eating", "los juegos"
 * (gambling) in "los juegos de video". The behaviour says more; heard alone, the word would add a second concern.
 */
export function insideBehavior(hit: HeardPhrase, all: readonly HeardPhrase[]): boolean {
  if (hit.entry.slot !== 'concern' || hit.entry.behavior !== undefined) return false;
  return all.some(
    (o) =>
      o.entry.behavior !== undefined &&
      o.start <= hit.start &&
      o.end >= hit.end &&
      o.end - o.start > hit.end - hit.start,
  );
}

/**
 * The behaviour a text names, when every word heard for BEHAVIOR_CONCERN names one: "video games" is gaming, but
 * "he bets and plays video games" names real gambling, which keeps its own programs. Words said are read first;
 * only turned-around ones ("not gambling, its porn" has none) when nothing else was said.
 */
export function behaviorOf(hits: readonly HeardPhrase[]): string | undefined {
  const heard = hits.filter((h) => h.entry.slot === 'concern' && h.entry.value === BEHAVIOR_CONCERN);
  const said = heard.filter((h) => !h.negated);
  const read = said.length ? said : heard;
  if (!read.length || read.some((h) => h.entry.behavior === undefined)) return undefined;
  return read[0].entry.behavior;
}
