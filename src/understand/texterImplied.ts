import { isFamilyAt, type LanguageLexicon } from './lexicon';
import { WE_WORDS } from './sharedConcern';
import { USE_SLOTS } from './heardWords';
import type { Hit, Words } from './messageWords';
import { namesWhomFor } from './familyWhomFor';

/**
 * A text about the texter with no "I" in it: "on subs 2 yrs, want a group", "cant sleep want to drink", "cravings
 * bad tonight", "how to stop drinking", "we use every night". A text names someone else ("my son") when it is about
 * them, so a drink or drug wanted, a medicine taken or a way to stop asked, with no one named, is the texter's.
 */

/** Words of wanting a drink or a drug, just before it: "want to drink", "need a drink", "con ganas de tomar". */
const WANTING = new Set(['want', 'wanna', 'need', 'craving', 'crave', 'dying', 'tempted', 'urge', 'itching', 'ganas']);
/** A craving needs no drink named: "cravings are bad tonight". */
const CRAVING = new Set(['craving', 'cravings', 'urges', 'antojo', 'antojos']);
/** Being caught by a trouble, said with no subject ("addicted to meth", "struggling with alcohol"): the texter's. */
const OWN_STATE = new Set(['addicted', 'hooked', 'strung', 'struggling', 'relapsed', 'relapsing', 'detoxing']);
/** Words that may come before such a state and keep it subject-less: "been addicted", "still hooked", "so addicted". */
const BEFORE_OWN_STATE = new Set(['been', 'still', 'so', 'really', 'just', 'always', 'totally', 'badly']);

/** Words before such a state that name someone else: "someone addicted to meth", "people hooked on pills". */
const OTHERS_BEFORE = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'people',
  'person',
  'those',
  'guy',
  'girl',
  'man',
  'woman',
  'who',
  'that',
  'kids',
  'kid',
  'teens',
  'folks',
]);
/** How many words may name the texter before such a state: "nursing student addicted to xanax", "vet struggling". */
const SELF_NAMING_WORDS = 2;

/**
 * Whether the word at `j` starts its clause, but for BEFORE_OWN_STATE words ("been hooked on pills") or a word or two
 * naming the texter ("nursing student addicted to xanax"), not someone else ("people addicted to meth").
 */
function clauseStart(w: Words, j: number): boolean {
  let k = j - 1;
  while (k >= 0 && w.clause[k] === w.clause[j] && BEFORE_OWN_STATE.has(w.words[k])) k--;
  let named = 0;
  while (k >= 0 && w.clause[k] === w.clause[j] && named < SELF_NAMING_WORDS && !OTHERS_BEFORE.has(w.words[k])) {
    k--;
    named++;
  }
  return k < 0 || w.clause[k] !== w.clause[j];
}

/** Not being able to stop, with no one named: "cant stop", "no puedo parar". */
const UNABLE_TO_STOP = new Set([
  'cant stop',
  'cannot stop',
  'cant quit',
  'cannot quit',
  'puedo parar',
  'puedo dejar',
  'puedo dejarlo',
]);
/** Words of stopping: "how do i stop", "i want to quit", "como dejo de tomar", "necesito dejar de usar". */
const STOPPING = new Set(['stop', 'quit', 'stopping', 'quitting', 'parar', 'paro', 'dejar', 'dejo', 'dejarlo']);
/** Spanish stopping words that say "I" in the verb: "como dejo de tomar", "como le paro". */
const STOPPING_AS_I = new Set(['dejo', 'paro']);
/** Asking how, before a word of stopping with no "I": "how to stop drinking", "como le hago para dejar de tomar". */
const HOW_WORDS = new Set(['how', 'como']);
/** What may follow a word of stopping and keep it the texter's own: "stop it", "quit now", "dejar de ...". */
const AFTER_STOPPING = new Set(['it', 'this', 'now', 'already', 'pls', 'please', 'de', 'ya', 'lo']);

/**
 * Whether the texter asks how to stop, themselves: "how do i stop", "i need to stop", "como dejo de tomar". A word
 * of stopping with "I" or "how" before it in its clause (or "I" in the Spanish verb), said last or before a drink or
 * drug ("quit drinking"): "i need to stop texting you" stops something else.
 */
function asksToStop(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  return w.words.some((x, j) => {
    if (!STOPPING.has(x)) return false;
    const mine =
      STOPPING_AS_I.has(x) ||
      wishedAtClauseStart(w, j) ||
      w.words.some((y, k) => w.clause[k] === w.clause[j] && k < j && (lx.selfWords.has(y) || HOW_WORDS.has(y)));
    const next = w.clause[j + 1] === w.clause[j] ? w.words[j + 1] : undefined;
    const ofUse = hits.some((h) => USE_SLOTS.has(h.entry.slot) && h.start > j && h.start <= j + 2);
    return mine && (next === undefined || AFTER_STOPPING.has(next) || ofUse);
  });
}

/** Words of wishing to stop, said with no subject: "want to quit drinking", "trying to stop using". */
const WISHING: ReadonlySet<string> = new Set(['want', 'wanna', 'need', 'needs', 'trying', 'tryna', 'ready', 'gotta']);

/**
 * Whether the word of stopping at `j` follows a word of wishing ("want to quit drinking", the twenty-fourth session's
 * probe asked whom) that starts its clause, as a texter writes of themselves: not "my son wants to quit", which names
 * him (texterImplied returns before this when anyone is named).
 */
function wishedAtClauseStart(w: Words, j: number): boolean {
  const k = w.words[j - 1] === 'to' ? j - 2 : j - 1;
  return k >= 0 && w.clause[k] === w.clause[j] && WISHING.has(w.words[k]) && clauseStart(w, k);
}

/** Words of keeping or reaching sobriety, before "sober": "stay sober", "get clean". */
const KEEPING: ReadonlySet<string> = new Set(['stay', 'get', 'keep', 'be', 'remain']);
/** Sobriety, after them. */
const SOBER: ReadonlySet<string> = new Set(['sober', 'clean']);
/** Words of trying or wishing before them: "trying to stay sober", "struggling to stay clean". */
const TRYING: ReadonlySet<string> = new Set([...WISHING, 'try', 'tryin', 'struggling', 'working', 'fighting']);

/**
 * Whether the texter, with no subject said, tells of trying to stay sober ("trying to stay sober, got a 3 yr old",
 * the twenty-ninth session's probe asked whom): the word of trying starts its clause, as a texter writes of
 * themselves. "hes trying to stay sober" names him (texterImplied returns before this).
 */
function triesToStaySober(lx: LanguageLexicon, w: Words): boolean {
  return w.words.some((x, j) => {
    if (!SOBER.has(x) || !KEEPING.has(w.words[j - 1] ?? '') || w.words[j - 2] !== 'to') return false;
    const k = j - 3;
    if (k < 0 || w.clause[k] !== w.clause[j] || !TRYING.has(w.words[k]) || !clauseStart(w, k)) return false;
    // Read in its own clause: "shes trying to stay sober" names her; "..., nobody to watch her" after it is no one's.
    for (let i = k - 1; i >= 0 && w.clause[i] === w.clause[k]; i--)
      if (lx.otherWords.has(w.words[i]) || isFamilyAt(lx, w.words, i)) return false;
    return true;
  });
}

/** How far before a drink or drug a word of wanting it may be: "want to drink", "need a stiff drink". */
const WANTING_BEFORE = 3;

/**
 * Whether a text with no "I" in it still speaks of the texter, as a text names no one else ("he", "my son") when it
 * is about oneself: "on subs 2 yrs, want a group", "cant sleep want to drink", "cravings bad tonight". Medication
 * taken, or a drink or drug wanted, said with no one named, is the texter's ("my son wants to drink" is not).
 */
export function texterImplied(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  // A family word heard but naming no one the help is for ("single mom addicted to pills": the texter's own role) is
  // no one else named.
  // "trying to stay sober, got a 3 yr old, nobody to watch her": the texter's own, whoever is named after.
  if (!hits.some((h) => namesWhomFor(w, h)) && triesToStaySober(lx, w)) return true;
  const notWhom = (j: number) =>
    hits.some((h) => h.start <= j && j < h.end && h.entry.slot === 'audience' && !namesWhomFor(w, h));
  if (
    hits.some((h) => namesWhomFor(w, h)) ||
    w.words.some((x, j) => lx.otherWords.has(x) || (isFamilyAt(lx, w.words, j) && !notWhom(j)))
  )
    return false;
  if (w.said.some((x) => CRAVING.has(x))) return true;
  // "addicted to adderall, college student in lubbock", "hooked on pills again": a state said with no subject starts
  // the clause, as a texter writes of themselves (the twentieth session's probe).
  // A drink or drug must follow in the clause: "struggling to find a meeting" says no trouble.
  const useAfter = (j: number) =>
    hits.some((h) => USE_SLOTS.has(h.entry.slot) && !h.negated && h.start >= j && w.clause[h.start] === w.clause[j]);
  if (w.words.some((x, j) => OWN_STATE.has(x) && clauseStart(w, j) && useAfter(j))) return true;
  // "been popping percs and xans, need help", "been drinking a lot since the divorce": a use told with "been" and no
  // subject at the start of its clause is the texter's own, as "been addicted" is (the forty-fourth session's probe
  // asked whom). "my son has been drinking" names him (above); "the party has been drinking all night" has a subject.
  if (hits.some((h) => USE_SLOTS.has(h.entry.slot) && !h.negated && beenAtClauseStart(w, h.start))) return true;
  // "lottery scratchers every day, cant stop": not stopping, said with no one named, is the texter's own.
  if (w.said.some((x, j) => UNABLE_TO_STOP.has(`${x} ${w.said[j + 1] ?? ''}`))) return true;
  // "how do i stop", "i want to quit", "como dejo de tomar": asking how to stop, with no one else named.
  if (asksToStop(lx, w, hits)) return true;
  return hits.some(
    (h) =>
      !h.negated &&
      ((h.entry.slot === 'medication' && h.entry.value === 'true') ||
        (USE_SLOTS.has(h.entry.slot) && h.entry.slot !== 'medication' && (wanted(w, h) || saidOfUs(w, h)))),
  );
}

/** Words that may stand between "been" and a use: "been really drinking", "been just using". */
const BETWEEN_BEEN_AND_USE: ReadonlySet<string> = new Set(['really', 'just', 'still', 'always', 'constantly', 'non']);

/**
 * Whether "been" comes just before the use at `start` (but for BETWEEN_BEEN_AND_USE words) and starts its clause, but
 * for BEFORE_OWN_STATE words ("still been drinking"): "been popping percs", "been drinking a lot".
 */
function beenAtClauseStart(w: Words, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && w.clause[j] === w.clause[start] && BETWEEN_BEEN_AND_USE.has(w.words[j])) j--;
  if (j < 0 || w.words[j] !== 'been' || w.clause[j] !== w.clause[start]) return false;
  let k = j - 1;
  while (k >= 0 && w.clause[k] === w.clause[j] && BEFORE_OWN_STATE.has(w.words[k])) k--;
  return k < 0 || w.clause[k] !== w.clause[j];
}

/** How far before a use "we" may be: "we use", "we both drink", "we still drink too much". */
const WE_BEFORE = 3;

/**
 * Whether a use is said of "we", in its clause, with no one else named (texterImplied): "we use every night", "we
 * both drink too much". The texter is one of them, so the help is theirs.
 */
function saidOfUs(w: Words, h: Hit): boolean {
  // Inside the words heard too: "we use every night" is one phrase of its own.
  for (let j = Math.max(0, h.start - WE_BEFORE); j < h.end; j++) {
    if (w.clause[j] === w.clause[h.start] && WE_WORDS.has(w.words[j])) return true;
  }
  return false;
}

/** Whether a word of wanting is just before a use, in its clause, or starts it: "want to drink", "ganas de tomar". */
function wanted(w: Words, h: Hit): boolean {
  for (let j = Math.max(0, h.start - WANTING_BEFORE); j < h.end; j++) {
    // As written too: "dying" is one letter from a listed "doing".
    if (w.clause[j] === w.clause[h.start] && (WANTING.has(w.words[j]) || WANTING.has(w.said[j]))) return true;
  }
  return false;
}
