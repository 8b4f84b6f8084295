import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';

/**
 * A bare "no" among terse answers, in the order the line asks its questions: "me alcohol no in person 79101", "aa no
 * in person 30601", "yo alcohol no en persona 79401", "me, alcohol, no, in person". The "no" answers the yes-or-no
 * question that comes between the trouble and the way to meet (medication, for the texter's own help), and the way to
 * meet after it stands: it is not "not in person" (the twenty-fourth session's probe searched online). A "no" that
 * opens the text ("no in person, online only"), "not in person", or a "no" before another way said ("no in person,
 * online") still turns the way down.
 */

/** A bare "no", as said to a yes-or-no question. */
const BARE_NO: ReadonlySet<string> = new Set(['no', 'nope', 'nah', 'naw']);
/** Answers a bare "no" may follow in a terse text: who the help is for, the trouble, a program. */
const BEFORE_NO_SLOTS: ReadonlySet<string> = new Set(['audience', 'concern', 'concern_weak', 'programs']);

/** What a bare "no" among answers tells: the hits with the way to meet after it as said, and whether it was one. */
export interface NoAmongAnswers {
  hits: readonly Hit[];
  /** True when a bare "no" answers among the other answers (medication no, for the texter's own help). */
  answersNo: boolean;
}

/** Finds a bare "no" among terse answers (see above) in the words `w` and the phrases heard in them. */
export function bareNoAmongAnswers(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): NoAmongAnswers {
  const at = w.words.findIndex((x, j) => j > 0 && BARE_NO.has(x) && answerEndsAt(lx, w, hits, j));
  if (at < 0 || !hits.some((h) => h.entry.slot === 'yes' && h.start <= at && at < h.end)) {
    return { hits, answersNo: false };
  }
  const next = at + 1;
  const sameClause = next < w.words.length && w.clause[next] === w.clause[at];
  const way = hits.find((h) => h.entry.slot === 'mode' && h.start === next);
  // "me alcohol no drugs": the "no" turns the drugs down; it answers nothing on its own.
  if (sameClause && !way && !/^\d/.test(w.words[next])) return { hits, answersNo: false };
  if (!way?.negated) return { hits, answersNo: true };
  // "me alcohol no in person, online only": another way said, so in person was turned down.
  if (hits.some((h) => h.entry.slot === 'mode' && !h.negated && h.entry.value !== way.entry.value))
    return { hits, answersNo: false };
  const said = hits.map((h) =>
    h.entry.slot === 'mode' && h.start === next && h.negated ? { ...h, negated: false } : h,
  );
  return { hits: said, answersNo: true };
}

/** Whether an answer (BEFORE_NO_SLOTS) or "me", "yo" ends right before the word at `j`. */
function answerEndsAt(lx: LanguageLexicon, w: Words, hits: readonly Hit[], j: number): boolean {
  if (lx.selfWords.has(w.words[j - 1])) return true;
  return hits.some((h) => h.end === j && !h.negated && BEFORE_NO_SLOTS.has(h.entry.slot));
}
