import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';
import { townAsAnAnswer, type PlaceReader } from './places';
import type { UnderstoodPlace } from './slots';

/**
 * A town said bare among terse answers, with no "in", no state and no meeting word: "son meth ocala", "husband drinks
 * dayton", "me alcohol no meds in person amarillo", "yo alcohol no en persona laredo" (the twenty-fourth session's
 * probe dropped the town and asked for the ZIP later). Many everyday words are some town's name ("sells", "hurt",
 * "many", "reading"), so the text must be only answers and the town: every other word heard as one, a trouble, a
 * medicine, a way to meet or a program among them, and the town after one of them. The engine keeps such a town only
 * in the texter's own state (learnFromText), where a town said with no state is most surely theirs.
 */

/** Slots whose words answer the line's questions, one after another, in a terse text. */
const ANSWER_SLOTS: ReadonlySet<string> = new Set([
  'audience',
  'concern',
  'concern_weak',
  'medication',
  'mode',
  'programs',
  'teen',
  'when',
  'part',
  'yes',
]);
/** Answers that tell the trouble or the help, one of which a terse text must hold: "my son sells" tells none. */
const TELLING_SLOTS: ReadonlySet<string> = new Set(['concern', 'concern_weak', 'medication', 'mode', 'programs']);
/**
 * Answers a town in the middle of the text may come before: a way to meet, a medicine or its "no", a time ("son meth
 * ocala in person"). Not a trouble or a person: "my son sells meth" tells what he does, not a town (Sells, AZ).
 */
const AFTER_TOWN_SLOTS: ReadonlySet<string> = new Set(['medication', 'mode', 'teen', 'when', 'part', 'yes']);
/** Words a terse answer may carry that are no slot's own: "meth problem", "help pls". */
const TERSE_FILLERS: ReadonlySet<string> = new Set([
  ...['problem', 'problems', 'issue', 'issues', 'addiction', 'help', 'please', 'pls', 'plz', 'asap'],
  ...['ayuda', 'problema', 'porfa', 'favor'],
  // How much or how often, said of the trouble: "i drink too much missoula", "i use a lot butte", "bebo mucho laredo"
  // (the twenty-fifth session's probe: Missoula was dropped where Billings, a city, was read by luck).
  ...['too', 'much', 'a', 'lot', 'alot', 'lots', 'daily', 'everyday', 'every', 'day', 'again', 'bad', 'badly'],
  ...['mucho', 'demasiado', 'diario'],
]);
/**
 * Everyday words that are some town's name, said after a trouble as often as a town is ("alcohol hurt", "meth sells",
 * "drinking cost"): never a bare town, even from the town's state. With "in" or a state they are the town as before.
 */
const EVERYDAY_NOT_BARE_TOWNS: ReadonlySet<string> = new Set(
  'hurt busy many means cost worth sells wake story reading friendly paradise money'.split(' '),
);
/**
 * "na" in a terse list: Narcotics Anonymous or "nah", an answer either way ("watertown me na no meds": the twenty-sixth
 * session's probe lost the town); readPrograms decides which.
 */
const TERSE_NA = 'na';
/** The most words a terse text may have: a longer one is a sentence, where a town follows "in" or "near". */
const MOST_TERSE_WORDS = 12;

/**
 * The town said bare among the terse answers of `w` (see above), as the tables name it, or null. `hits` are the
 * listed phrases heard in it.
 */
export function townAmidTerseAnswers(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  places: PlaceReader,
): UnderstoodPlace | null {
  const n = w.said.length;
  if (n < 2 || n > MOST_TERSE_WORDS || !hits.some((h) => TELLING_SLOTS.has(h.entry.slot))) return null;
  const answers = hits.filter((h) => ANSWER_SLOTS.has(h.entry.slot));
  const answerAt = (j: number) => answers.find((h) => h.start <= j && j < h.end);
  const covered = (j: number) =>
    answerAt(j) !== undefined ||
    lx.selfWords.has(w.words[j]) ||
    lx.negation.has(w.words[j]) ||
    isFiller(w, j) ||
    w.said[j] === TERSE_NA;
  const open: number[] = [];
  for (let j = 0; j < n; j++) if (!covered(j)) open.push(j);
  // One run of words unheard, after an answer: the town.
  if (!open.length || open[open.length - 1] - open[0] !== open.length - 1) return null;
  const start = open[0];
  const end = open[open.length - 1] + 1;
  // "dayton me alcohol", "springfield for me, alcohol", "drinking, tulsa for me": a town first in the text or its
  // part, then whom the help is for, then the answers.
  const opensClause = start === 0 || w.clause[start - 1] !== w.clause[start];
  const townFirst = opensClause && end < n && texterAt(lx, w, end, answerAt(end));
  if (opensClause && !townFirst) return null;
  const sameClause = end < n && w.clause[end] === w.clause[end - 1];
  if (!townFirst && sameClause && !answerBeforeWhichATown(lx, w, end, answerAt(end))) return null;
  const named = w.said.slice(start, end);
  if (named.length === 1 && EVERYDAY_NOT_BARE_TOWNS.has(named[0])) return null;
  return townAsAnAnswer(named, places);
}

/**
 * Whether a text is only answers ("alcohol dayton oh in person", "alcohol no in person 79101"): every word heard as
 * an answer, a "no", a filler, a number, or a word of the place read (`placeWords`).
 */
export function onlyAnswers(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  placeWords: ReadonlySet<string>,
): boolean {
  const answers = hits.filter((h) => ANSWER_SLOTS.has(h.entry.slot));
  return w.words.every(
    (x, j) =>
      answers.some((h) => h.start <= j && j < h.end) ||
      lx.selfWords.has(x) ||
      lx.negation.has(x) ||
      isFiller(w, j) ||
      /\d/.test(x) ||
      placeWords.has(w.said[j]),
  );
}

/** Whether the word at `j` is a filler of a terse answer (TERSE_FILLERS), as written or as corrected. */
function isFiller(w: Words, j: number): boolean {
  return TERSE_FILLERS.has(w.words[j]) || TERSE_FILLERS.has(w.said[j]);
}

/** Whether the word at `j`, right after a town, starts an answer a town may come before (AFTER_TOWN_SLOTS). */
function answerBeforeWhichATown(lx: LanguageLexicon, w: Words, j: number, hit: Hit | undefined): boolean {
  if (lx.negation.has(w.words[j])) return true;
  return hit !== undefined && hit.start === j && AFTER_TOWN_SLOTS.has(hit.entry.slot);
}

/**
 * Whether the words at `j`, right after a town that starts a terse text, say the help is for the texter: "me",
 * "myself", "for me", "yo", "para mi" (the twenty-sixth session's probe: "dayton me alcohol" lost Dayton).
 */
function texterAt(lx: LanguageLexicon, w: Words, j: number, hit: Hit | undefined): boolean {
  if (lx.selfWords.has(w.words[j])) return true;
  return hit !== undefined && hit.start === j && hit.entry.slot === 'audience' && hit.entry.value === 'self';
}
