import type { HeardPhrase, SaidWords } from './heardWords';
import type { LanguageLexicon } from './lexicon';

/**
 * "my husband keeps offering me a drink", "asks if i want a drink", "pushes pills on me", "tries to get me to drink":
 * a drink or drug offered to the texter. What is offered says nothing of whose trouble it is, so the line looks to
 * the rest of the text ("he drinks a lot"). Without this the "me" before the offered drink made it the texter's own
 * drinking (the thirty-second session's probe: a wife whose husband drinks every night was asked about methadone).
 */

/** Offering or handing something to the texter: "offering me", "hands me", "poured me", "keeps buying me". */
const OFFERING = new Set(
  (
    'offer offers offering offered hand hands handing handed give gives giving gave pour pours pouring poured ' +
    'buy buys buying bought bring brings bringing brought ofrece ofrecio ofreciendo'
  ).split(' '),
);
/** Small words between "me" and what is offered: "offering me a drink", "gave me another beer", "me una cerveza". */
const BEFORE_THING = new Set(['a', 'an', 'some', 'another', 'more', 'the', 'his', 'her', 'their', 'una', 'un', 'unas']);
/** Pushing something on the texter: "pushes drinks on me", "pushing pills on me". */
const PUSHING = new Set(['push', 'pushes', 'pushing', 'pushed', 'forces', 'forcing', 'forced']);
/** Getting the texter to use: "tries to get me to drink", "pressures me to drink", "wants me to drink with him". */
const GETTING = new Set(
  'get gets getting got pressure pressures pressuring pressured want wants wanted push pushes pushing'.split(' '),
);

/**
 * Whether the concern `hit` is something offered to the texter, not the texter's use: "offering me a drink", "if i
 * want a drink" (asked, not said: "i want a drink" alone is the texter's own), "pushes drinks on me", "get me to
 * drink". "i need a drink", "my friends and i drink" are not offers.
 */
export function offeredToTexter(lx: LanguageLexicon, w: SaidWords, hit: HeardPhrase): boolean {
  const words = w.words;
  const sameClause = (j: number) => j >= 0 && w.clause[j] === w.clause[hit.start];
  let j = hit.start - 1;
  while (sameClause(j) && BEFORE_THING.has(words[j]) && j > hit.start - 3) j--;
  // "offering me a drink", "me ofrece una cerveza".
  if (sameClause(j) && lx.selfWords.has(words[j]) && OFFERING.has(words[j - 1] ?? '')) return sameClause(j - 1);
  if (sameClause(j) && OFFERING.has(words[j]) && words[j - 1] === 'me') return sameClause(j - 1);
  // "asks if i want a drink", "asking whether i wanted to drink": asked of the texter, "if" first.
  const wantAt = words[j] === 'to' ? j - 1 : j;
  if (sameClause(wantAt - 2) && /^wants?$|^wanted$/.test(words[wantAt] ?? '') && words[wantAt - 1] === 'i')
    if (words[wantAt - 2] === 'if' || words[wantAt - 2] === 'whether') return true;
  // "get me to drink", "pressures me to drink".
  if (words[hit.start - 1] === 'to' && lx.selfWords.has(words[hit.start - 2] ?? ''))
    return sameClause(hit.start - 3) && GETTING.has(words[hit.start - 3]);
  // "pushes drinks on me".
  return (
    PUSHING.has(words[hit.start - 1] ?? '') &&
    sameClause(hit.start - 1) &&
    words[hit.end] === 'on' &&
    lx.selfWords.has(words[hit.end + 1] ?? '')
  );
}
