import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';
import { WE_WORDS } from './sharedConcern';

/**
 * Whether a text read as the texter's own says so in no word: no "I", "me", "we" or Spanish first-person verb, and no
 * one named. "yes methadone", "addicted to pills", "on subs 2 yrs" are the texter's when nothing else is known
 * (texterImplied.ts), but in a conversation already about someone else they are said of that person: the twenty-third
 * probe's "its for my wife | pills | yes methadone" turned to "for you". The audience is then only implied, and an
 * answer given before stands (learnFromText's `inferred`, understandStep's onlyNew).
 */
export function selfUnsaid(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  if (hits.some((h) => h.entry.slot === 'audience')) return false;
  return !w.words.some((x) => lx.selfWords.has(x) || WE_WORDS.has(x));
}
