import { wordsOfPlain } from '../text/textWords';
import type { LanguageLexicon, LexiconEntry } from './lexicon';
import type { Heard } from './reading';

/**
 * The words of one text as the understanding step reads them: split into clauses ("i drink, my son uses" is two),
 * each word as written and as corrected ("prson" is "person"), and the listed phrases heard in them (Hit), with the
 * small helpers every reader shares to pick a slot's values out of the hits.
 */

/** A listed phrase heard in the words, where it starts and ends, and whether a negation turned it around. */
export interface Hit {
  entry: LexiconEntry;
  start: number;
  end: number;
  negated: boolean;
}

/** The words of a message: as written (`said`), as corrected (`words`), and the clause number of each. */
export interface Words {
  said: string[];
  words: string[];
  clause: number[];
}

/** What ends a clause: a stop, a comma, a question, a line, " - ". */
const CLAUSE_BREAK = /[,.;!?\n]+|\s-\s/;

/** Splits a plain text into its words, as written and as corrected, each with the number of its clause. */
export function splitWords(plain: string, lx: LanguageLexicon): Words {
  const said: string[] = [];
  const clause: number[] = [];
  // One clause (most texts): its words are the text's, without a regex split into one part.
  const parts = CLAUSE_BREAK.test(plain) ? plain.split(CLAUSE_BREAK) : [plain];
  parts.forEach((part, k) => {
    for (const word of wordsOfPlain(part)) {
      said.push(word);
      clause.push(k);
    }
  });
  return { said, words: said.map((w) => lx.typos.correct(withG(w, lx))), clause };
}

/** Letters a word needs before a left-off "g" is put back: "usin" (using), not "in" or "kin". */
const DROPPED_G_MIN_LENGTH = 4;

/**
 * "drinkin" -> "drinking", "usin" -> "using": the "g" of "-ing" left off as it is said, when the word with it is
 * listed, though the word without it is listed too ("drinkin lean" is listed, and "drinking lean" with it).
 */
function withG(word: string, lx: LanguageLexicon): string {
  if (word.length < DROPPED_G_MIN_LENGTH || !word.endsWith('in')) return word;
  const full = `${word}g`;
  return lx.typos.has(full) ? full : word;
}

/** Whether a hit's phrase skips words ("want ... na"): the words skipped are not part of its name. */
export function hasGap(hit: Hit): boolean {
  return hit.entry.pattern.slots.some((slot) => slot.gap > 0);
}

/** Whether `outer` spans `inner` and more: "smart recovery family" over "smart recovery". */
export function liesWithin(inner: Hit, outer: Hit): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}

/** The value of the first hit of a slot not turned around by a negation, if any. */
export function firstValue(hits: readonly Hit[], slot: string): string | undefined {
  return hits.find((h) => h.entry.slot === slot && !h.negated)?.entry.value;
}

/** The values of a slot's hits not turned around by a negation, each once, in the order heard. */
export function allValues(hits: readonly Hit[], slot: string): string[] {
  return [...new Set(hits.filter((h) => h.entry.slot === slot && !h.negated).map((h) => h.entry.value))];
}

/** Wishes whose turning down asks for the other: "not a closed meeting" is an open one, "no open ones" closed. */
const OPPOSITE_WANTS: Readonly<Record<string, string>> = { closed: 'open', open: 'closed' };

/**
 * The wishes for meetings a text names (`wants`), with one turned down read as its opposite where it has one ("any
 * thats not a closed meeting": open; the twenty-sixth session's probe got "OK, take care." at the list).
 */
export function wantsOf(hits: readonly Hit[]): string[] {
  const wants = new Set<string>();
  for (const h of hits) {
    if (h.entry.slot !== 'wants') continue;
    const value = h.negated ? OPPOSITE_WANTS[h.entry.value] : h.entry.value;
    if (value !== undefined) wants.add(value);
  }
  return [...wants];
}

/** A hit as told back (Heard). Its keys are added, not spread in: object spreads take V8's slow path on Node 20. */
export function heardOf(w: Words, h: Hit): Heard {
  const heard: Heard = {
    slot: h.entry.slot,
    value: h.entry.value,
    words: w.words.slice(h.start, h.end).join(' '),
    negated: h.negated,
  };
  if (h.entry.borrowed) heard.borrowed = true;
  if (h.entry.behavior) heard.behavior = h.entry.behavior;
  return heard;
}
