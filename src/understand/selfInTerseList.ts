import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';
import { cachedStateCode } from './places';
import type { Understanding } from './slots';
import { onlyAnswers } from './terseTown';

/**
 * Whom the help is for in a terse list of answers that names no one: "alcohol dayton oh in person", "alcohol no in
 * person 79101", "1, alcohol, no, in person, 79101" (the twenty-fourth session's probe asked "Who is the help for?"
 * after each). A family member names the one they write about ("husband drinks dayton"); a list of the texter's own
 * answers with no one in it is the texter's, as "me" would say. Only implied: an answer given before stands.
 */

/** Answers besides the trouble a list needs before it is taken as the texter's own: a way, a place, a time... */
const LIST_ANSWERS_NEEDED = 2;

/** The answers of a list besides the trouble, each counted once: the way to meet, the place, medication, a time. */
function answersBesideTrouble(u: Understanding): number {
  return [u.mode, u.place, u.medication, u.when ?? u.part].filter((x) => x !== null).length;
}

/**
 * The menu number that opens a list of answers as its first ("1, alcohol, no, in person"): the first question's,
 * who the help is for (1 myself, 2 a family member or friend). Only a 1 or 2 standing alone, as its own part or right
 * before the trouble; "1 1 2 1 79101" is no list of named answers, and "2 drinks a day" counts drinks.
 */
function menuNumberFirst(w: Words, hits: readonly Hit[]): Understanding['audience'] {
  const first = w.said[0];
  if (first !== '1' && first !== '2') return null;
  const ownPart = w.clause[1] !== undefined && w.clause[1] !== w.clause[0];
  const troubleNext = hits.some((h) => h.entry.slot === 'concern' && h.start === 1 && !h.negated);
  if (!ownPart || !troubleNext) return null;
  return first === '1' ? 'self' : 'family';
}

/**
 * Whom a terse list of answers that names no one is for (see above), or null: `u` is what the text was read to say,
 * `nobodyNamed` whether any word names whom the help is for.
 */
export function audienceOfTerseList(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  u: Understanding,
  nobodyNamed: boolean,
): Understanding['audience'] {
  if (u.audience !== null || u.concern === null || !nobodyNamed) return null;
  if (w.words.some((x) => lx.otherWords.has(x))) return null;
  const menu = menuNumberFirst(w, hits);
  if (menu) return menu;
  if (answersBesideTrouble(u) < LIST_ANSWERS_NEEDED) return null;
  const placeWords = new Set(
    [u.place?.town ?? '', u.place?.state ?? ''].flatMap((name) => name.toLowerCase().split(/\s+/)).filter(Boolean),
  );
  // "dayton oh": the state's code as written beside the town is a word of the place.
  for (const x of w.said) if (x.length === 2 && cachedStateCode(x) === u.place?.state) placeWords.add(x);
  return onlyAnswers(lx, w, hits, placeWords) ? 'self' : null;
}
