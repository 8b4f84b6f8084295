import { butLeavesOut } from '../text/timeWords';
import type { LanguageLexicon } from './lexicon';
import { TIME_SLOTS } from './heardWords';
import { groupBefore, programDisliked } from './programsTurnedDown';
import type { Words } from './messageWords';

/**
 * Whether a phrase heard is turned around by what stands near it: "no meds", "not for me", "not online", and for
 * times also "i cant go tonight", "any day but wednesday", "wednesday doesnt work", "el lunes no puedo". Each slot
 * looks its own distance back, and only across words that keep the "not" its own ("not for me", never "wednesday
 * doesnt work for me"); a program is turned around by dislike too ("i hate aa": programsTurnedDown.ts).
 */

/**
 * Words of not being able to, which turn a time around ("i cant go tonight", "wont make it today") but nothing
 * else: "i cant stop drinking" is still about alcohol.
 */
const UNABLE_WORDS = new Set(['cant', 'wont', 'couldnt', 'busy']);

/** Words that may stand between "not" and whom the help is for: "not for me", "its not really about me". */
const BETWEEN_NOT_AND_WHOM = new Set(['is', 'its', 'es', 'just', 'only', 'solo', 'really', 'even', 'about']);

/**
 * Words of liking that may stand between "not" and a way to meet: "im not ok with online", "not really into zoom",
 * "dont really like online", "not a fan of zoom", "no me gusta en linea".
 */
const BETWEEN_NOT_AND_WAY = new Set(
  [
    'ok okay comfortable good great big on into fan a of with really do like gusta me gustan',
    'want wanna need prefer the any to go doing quiero puedo',
  ]
    .join(' ')
    .split(' '),
);

/** Words of being unable, which say a "not" of their own as the flow's negations do: "cant make those". */
const CANNOT = new Set(['cant', 'cannot', 'wont']);

/** Whether a negation (or, for times, not being able to) just before or after a phrase turns it around. */
export function isNegated(lx: LanguageLexicon, w: Words, start: number, end: number, slot: string): boolean {
  // A request that says its own "not" ("cant make those", "none of those", "dont text me") is not turned around by
  // a "no" before it: "no i cant make noon" is the list turned down, not "more" turned down.
  if (slot === 'intents' && (lx.negation.has(w.words[start]) || CANNOT.has(w.words[start]))) return false;
  const window = slot === 'medication' ? 3 : slot === 'mode' ? 4 : 2;
  for (let j = Math.max(0, start - window); j < start; j++) {
    if (w.clause[j] !== w.clause[start] || !lx.negation.has(w.words[j])) continue;
    // "wednesday doesnt work for me" turns the day down, not the texter: a verb between is another matter.
    if (slot === 'audience' && w.words.slice(j + 1, start).some((x) => !BETWEEN_NOT_AND_WHOM.has(x))) continue;
    // "aa isnt for me", "meetings are not for me": the program is turned down, not the texter.
    if (slot === 'audience' && groupBefore(w, j)) continue;
    // Between, only words of liking or wanting: "not ok with online", "dont want online"; not "no car so online",
    // nor "no meds online", whose "no" is the medication's (the seventeenth session's probe read it "in person").
    if (slot === 'mode' && w.words.slice(j + 1, start).some((x) => !BETWEEN_NOT_AND_WAY.has(x))) continue;
    // "actually no in person is better", "no en persona es mejor": a "no" to the way chosen before, then the way now
    // chosen (the thirtieth session's probe, H2: read as online). "no in person" alone still turns it down.
    if (slot === 'mode' && w.words[j] === 'no' && j === start - 1 && preferredAfter(w, end)) continue;
    return true;
  }
  if (slot === 'programs' && programDisliked(w, start, end)) return true;
  return TIME_SLOTS.has(slot) && timeRuledOut(w, start, end);
}

/** Words of liking one way more, after it: "in person is better", "zoom instead", "en persona es mejor". */
const PREFERRED = new Set(['better', 'best', 'instead', 'preferred', 'easier', 'mejor', 'preferible']);
/** Words that may stand between a way to meet and the word of liking it more: "would be much better". */
const BEFORE_PREFERRED = new Set([
  'is',
  'would',
  'be',
  'works',
  'sounds',
  'much',
  'way',
  'prob',
  'probably',
  'es',
  'seria',
  'me',
  'queda',
]);

/** Whether a word of liking one way more follows the way, in its clause, `end` being the word after it. */
function preferredAfter(w: Words, end: number): boolean {
  for (let k = end; k < Math.min(w.words.length, end + 4) && w.clause[k] === w.clause[end - 1]; k++) {
    // As written too: a typo's correction may change a Spanish word ("mejor").
    if (PREFERRED.has(w.words[k]) || PREFERRED.has(w.said[k])) return true;
    if (!BEFORE_PREFERRED.has(w.words[k]) && !BEFORE_PREFERRED.has(w.said[k])) return false;
  }
  return false;
}

/**
 * Whether the texter rules a time out by the words around it: "i cant go today", "any day but wednesday",
 * "hoy no puedo", "tonight doesnt work". Not a bare "no" before it: "no meetings tonight?" asks about tonight.
 */
export function timeRuledOut(w: Words, start: number, end: number): boolean {
  return unableBefore(w, start) || exceptedBefore(w, start) || refusedAfter(w, start, end);
}

/** Words that leave a time out of the rest: "any day but wednesday", "except fridays", "menos el miercoles". */
const EXCEPT_WORDS = new Set(['but', 'except', 'excluding', 'besides', 'than', 'excepto', 'menos', 'salvo']);

/** Whether the words just before a time leave it out: "any day but wednesday", "cualquier dia menos el lunes". */
function exceptedBefore(w: Words, start: number): boolean {
  for (let j = Math.max(0, start - 3); j < start; j++) {
    if (w.clause[j] !== w.clause[start] || !EXCEPT_WORDS.has(w.words[j])) continue;
    // "i work days but saturday works": a "but" leaves a time out only after a word of every time.
    if (w.words[j] !== 'but' || butLeavesOut(w.words, j)) return true;
  }
  return false;
}

/** Words after a time that turn it down: "wednesday doesnt work", "el miercoles no puedo". */
const REFUSING_AFTER = new Set(['doesnt', 'dont', 'wont', 'cant', 'isnt', 'aint']);
/** What follows "no" after a time when the texter cannot go then: "el lunes no puedo", "hoy no me sirve". */
const UNABLE_AFTER_NO = new Set(['puedo', 'podemos', 'puede', 'sirve', 'me', 'works', 'good']);

function refusedAfter(w: Words, start: number, end: number): boolean {
  if (end >= w.words.length || w.clause[end] !== w.clause[start]) return false;
  const next = w.words[end];
  return REFUSING_AFTER.has(next) || (next === 'no' && UNABLE_AFTER_NO.has(w.words[end + 1] ?? ''));
}

/**
 * Words of going or being able to that may stand between a "not" and the time it turns down: "i wont be able to go
 * today", "im not gonna make it tonight", "no voy a poder ir hoy", "no creo que pueda ir esta noche". Only these: in
 * "no i want to go today" or "i dont have a car to go today" the "no" is not the going's.
 */
const GOING_AFTER_NOT = new Set(
  [
    'be able to go make it get there do attend gonna going goin getting in time',
    'voy vamos va a poder podre podria puedo pueda pueden ir llegar asistir alcanzo alcanzare creo que lo la',
  ]
    .join(' ')
    .split(' '),
);

/** A "not" that may turn a time down from across the words of going: "not", "no", "cant", "wont", "nunca". */
const NOT_BEFORE_GOING = new Set(['not', 'no', 'cant', 'cannot', 'wont', 'couldnt', 'never', 'nunca']);

/** How many words of going may stand between: "im not going to be able to make it today" has seven. */
const GOING_RUN_MAX = 8;

/** Whether the words just before a time say the texter cannot go then: "not tonight", "i cant go today". */
export function unableBefore(w: Words, start: number): boolean {
  if (start > 0 && w.words[start - 1] === 'not' && w.clause[start - 1] === w.clause[start]) return true;
  for (let j = Math.max(0, start - 3); j < start; j++) {
    if (w.clause[j] === w.clause[start] && UNABLE_WORDS.has(w.words[j])) return true;
  }
  // "no voy a poder ir hoy": a "not" before a run of words of going, all in the time's clause.
  let j = start - 1;
  // The words as written too: the English corrector takes "poder" for "poker".
  const going = (k: number) => GOING_AFTER_NOT.has(w.words[k]) || GOING_AFTER_NOT.has(w.said[k]);
  while (j >= 0 && start - j <= GOING_RUN_MAX && w.clause[j] === w.clause[start] && going(j)) j--;
  if (j < 0 || j >= start - 1 || w.clause[j] !== w.clause[start]) return false;
  return NOT_BEFORE_GOING.has(w.words[j]) || doubtedBefore(w, j);
}

/** Words of being able that a doubt goes before: "i dont think i CAN go today", "not sure ILL make it tonight". */
const ABLE_WORDS = new Set(['can', 'could', 'will', 'would', 'ill', 'id', 'might', 'may']);
/** Who is able, before those words: "i", "we", "he"; and what joins a doubt to them: "if", "that", "si". */
const SUBJECT_OR_JOIN = new Set(['i', 'we', 'he', 'she', 'they', 'if', 'that', 'whether', 'si']);
/** Words of doubt that rule out what follows as "not" does: "i doubt i can go today", "dudo que pueda ir hoy". */
const DOUBT_ALONE = new Set(['doubt', 'dudo', 'idk', 'unsure', 'dunno']);
/** Words of thinking or knowing that doubt with a "not" before them: "dont think", "not sure", "no se si". */
const DOUBT_AFTER_NOT = new Set(['think', 'sure', 'know', 'se', 'creo', 'seguro', 'segura']);

/**
 * Whether a doubt ends at `j`, before the words of going that lead to a time: "i dont think i can go today", "im not
 * sure ill make it tonight", "idk if i can make it today", "i doubt we can go tonight", "no se si pueda ir hoy",
 * "dudo que pueda ir hoy". The texter does not expect to go then, as with "i cant go today"; "i think i can go
 * today" and "no i can go today" (no doubt word) still ask for today.
 */
function doubtedBefore(w: Words, j: number): boolean {
  const clause = w.clause[j];
  let k = j;
  // "i can", "we could", "ill": who is able, and how, between the doubt and the going ("pueda" is a going word).
  if (ABLE_WORDS.has(w.words[k])) k--;
  while (k >= 0 && j - k < 3 && w.clause[k] === clause && SUBJECT_OR_JOIN.has(w.words[k])) k--;
  if (k < 0 || w.clause[k] !== clause) return false;
  // The words as written too: the English corrector may take a Spanish word ("se", "dudo") for another.
  const is = (words: ReadonlySet<string>) => words.has(w.words[k]) || words.has(w.said[k]);
  if (is(DOUBT_ALONE)) return true;
  if (!is(DOUBT_AFTER_NOT)) return false;
  // "dont think", "not sure", "im not really sure", "no se", "no estoy seguro".
  for (let n = Math.max(0, k - 3); n < k; n++) {
    if (w.clause[n] === clause && NOT_BEFORE_GOING.has(w.words[n])) return true;
    if (w.clause[n] === clause && DOUBTING_NOT.has(w.words[n])) return true;
  }
  return false;
}

/** The "not" of a doubt as texters write it beside its verb: "dont think", "don't know", "doesnt think". */
const DOUBTING_NOT = new Set(['dont', 'doesnt', 'didnt', 'nah']);
