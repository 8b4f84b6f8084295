import { STEP_WORDS, STEPS_IN_ONE_WORD, TWELVE_WORDS } from '../text/twelveSteps';
import { MEETING_NOUNS } from '../text/meetingWords';
import type { Hit, Words } from './messageWords';

/**
 * Programs a text turns down: "not AA", "i hate aa", "tried NA, hated it", "aa isnt for me", "AA was too religious
 * for me", "anything besides AA?", and the twelve steps as a whole ("a non 12 step group", "im an atheist"). The
 * conversation then offers another program; "no aa meetings near me?" says none were found, and turns nothing down.
 */

/** First words of programs' names, as texted. */
export const PROGRAM_NAME_WORDS = new Set(
  'aa a na n smart mara al alanon alateen nar naranon ga gamblers alcoholics narcotics doble'.split(' '),
);
/** Words of a group, besides the programs' names: "meetings arent for me", "that group is not for me". */
const GROUP_WORDS = new Set([...MEETING_NOUNS, 'group', 'groups', 'program', 'programs', 'step', 'steps']);
/** Words that may stand between a group and the "not" after it: "aa is not for me", "aa just isnt for me". */
const BETWEEN_GROUP_AND_NOT = new Set(['is', 'was', 'are', 'were', 'just', 'really', 'honestly', 'stuff']);

/** Whether a program or a group is named right before the negation at `j`: "aa isnt for me", "na is not for me". */
export function groupBefore(w: Words, j: number): boolean {
  let k = j - 1;
  while (k > j - 3 && k >= 0 && BETWEEN_GROUP_AND_NOT.has(w.words[k])) k--;
  if (k < 0 || w.clause[k] !== w.clause[j]) return false;
  return PROGRAM_NAME_WORDS.has(w.words[k]) || GROUP_WORDS.has(w.words[k]);
}

/** Words before a program that turn it down: "i hate aa", "i didnt like na", "odio aa". */
const DISLIKED_BEFORE = new Set([
  'hate',
  'hated',
  'hates',
  'hating',
  'dislike',
  'disliked',
  'dislikes',
  'odio',
  'odie',
  'odia',
]);
/** Words after a program, in its clause, that turn it down: "tried AA and hated it", "aa didnt work for me". */
const DISLIKED_AFTER = new Set(['hated', 'hate', 'sucks', 'sucked', 'culty', 'cult', 'didnt', 'gusto']);

/**
 * Whether a program is named to be turned down: "i hate the god stuff in aa", "tried AA and hated it", "aa didnt
 * work for me", "probe aa y no me gusto" (the seventeenth session's probe: said back as "AA meetings").
 */
export function programDisliked(w: Words, start: number, end: number): boolean {
  // Only a program named ("aa", "smart"), not a wish read as one ("i hate the god stuff" is SMART Recovery wanted).
  if (!PROGRAM_NAME_WORDS.has(w.words[start])) return false;
  for (let j = Math.max(0, start - 6); j < start; j++)
    if (w.clause[j] === w.clause[start] && DISLIKED_BEFORE.has(w.words[j])) return true;
  // "went to AA a few times and hated it"; "tried NA, hated it" and "did AA, didnt like it", in the clause right after
  // one that ends with the program.
  const next = w.clause[end] !== w.clause[start] ? w.clause[start] + 1 : w.clause[start];
  for (let j = end; j < Math.min(w.words.length, end + DISLIKE_REACH); j++) {
    if (w.clause[j] !== w.clause[start] && (w.clause[j] !== next || j - end >= 3)) break;
    if (DISLIKED_AFTER.has(w.words[j])) return true;
    // "AA was too religious for me", "NA is so preachy": too much of it, not a question whether it is.
    if (TOO_MUCH_OF.has(w.words[j]) && TOO.has(w.words[j - 1])) return true;
  }
  return notForTexter(w, end);
}

/** Whether "NA", named as a program (asked for or told of), is said with dislike: "tried NA, hated it". */
export function naDisliked(w: Words, programs: { asked: readonly string[]; told: readonly string[] }): boolean {
  if (!programs.asked.includes('na') && !programs.told.includes('na')) return false;
  return w.said.some((x, j) => x === 'na' && programDisliked(w, j, j + 1));
}

/** How many words after a program may tell it was disliked: "went to AA a few times and hated it". */
const DISLIKE_REACH = 7;
/** What a program is too much of for the texter: "too religious", "so preachy", "way too churchy". */
const TOO_MUCH_OF = new Set(['religious', 'religous', 'preachy', 'churchy', 'culty', 'cultish', 'judgy', 'judgmental']);
/** Words of too much: "too religious", "so preachy", "very culty". */
const TOO = new Set(['too', 'so', 'very', 'super', 'way', 'really', 'muy', 'demasiado']);

/** "isnt", or "is not", after a program: "aa isnt for me", "aa is not my thing", "na wasnt working". */
const NOT_AFTER_PROGRAM = new Set(['isnt', 'wasnt', 'aint', 'not']);
/** What follows that "not" when the program does not suit the texter; not "aa isnt near me", a place. */
const NOT_SUITING = new Set(['for', 'my', 'working', 'helping', 'right', 'it', 'really', 'a', 'the', 'gonna', 'going']);

/** Whether the words after a program say it does not suit the texter: "aa isnt for me", "na is not working". */
function notForTexter(w: Words, end: number): boolean {
  let j = end;
  while (j < end + 2 && BETWEEN_GROUP_AND_NOT.has(w.words[j] ?? '')) j++;
  if (!NOT_AFTER_PROGRAM.has(w.words[j] ?? '') || w.clause[j] !== w.clause[end - 1]) return false;
  // "not" alone after the name needs a verb before it: "aa is not for me", never "aa not na" (a choice).
  if (w.words[j] === 'not' && j === end) return false;
  return NOT_SUITING.has(w.words[j + 1] ?? '');
}

/** Words after "no aa meetings" that make them meetings not found, not a program turned down: "near me?". */
const FOUND_WHERE = new Set(['near', 'nearby', 'around', 'in', 'close', 'here', 'today', 'tonight', 'at', 'on']);

/** Whether "no" before a program says none were found, not that it is not wanted: "no aa meetings near me?". */
function noneFound(w: Words, h: Hit): boolean {
  if (w.words[h.start - 1] !== 'no') return false;
  const after = MEETING_NOUNS.has(w.words[h.end] ?? '') ? h.end + 1 : h.end;
  return FOUND_WHERE.has(w.words[after] ?? '');
}

/** What a text turns down when it asks for groups that are not twelve-step ones: "a non 12 step group". */
export const TWELVE_STEP = 'twelve_step';

/**
 * The programs a text turns down: named after a negation or with dislike ("not AA", "i dont want AA", "aa isnt for
 * me"), or inside a wish for other programs ("anything besides AA", "something other than NA"); `twelve_step` when the
 * wish is for no twelve-step group ("non 12 step", "not a 12 step program"). Most texts name no program: no work.
 */
export function turnedDown(w: Words, hits: readonly Hit[]): string[] {
  let out: Set<string> | undefined;
  const others = hits.filter((h) => h.entry.slot === 'intents' && h.entry.value === 'other_programs');
  for (const h of hits) {
    if (h.entry.slot !== 'programs' || !PROGRAM_NAME_WORDS.has(w.words[h.start])) continue;
    if ((h.negated && !noneFound(w, h)) || others.some((o) => o.start < h.start && h.end <= o.end))
      (out ??= new Set()).add(h.entry.value);
  }
  if (others.some((o) => w.words.slice(o.start, o.end).includes('step')) || stepsTurnedDown(w))
    (out ??= new Set()).add(TWELVE_STEP);
  // "im an atheist", "hated the god stuff": SMART heard from faith turned down turns down every group of a higher
  // power, NA as well as AA.
  if (hits.some((h) => h.entry.slot === 'programs' && !h.negated && saysFaithTurnedDown(w, h)))
    (out ??= new Set()).add(TWELVE_STEP);
  return out ? [...out] : [];
}

/** Words of a phrase that turns faith down ("not religious", "no higher power", "atheist"). */
const FAITH_WORDS = new Set(['god', 'religious', 'religion', 'religous', 'atheist', 'agnostic', 'secular', 'higher']);

/** Whether a program's hit was heard from faith turned down, not from the program's name. */
function saysFaithTurnedDown(w: Words, h: Hit): boolean {
  for (let j = h.start; j < h.end; j++) if (FAITH_WORDS.has(w.words[j]) || FAITH_WORDS.has(w.said[j])) return true;
  return false;
}

/** Words that turn the steps down when they come before them: "no 12 step stuff", "nothing 12-step", "sin 12 pasos". */
const NO_BEFORE_STEPS = new Set([
  ...['no', 'not', 'nothing', 'non', 'without', 'none', 'hate', 'hated', 'dont', 'anti', 'avoid', 'except', 'but'],
  ...['sin', 'ni', 'nada', 'odio'],
]);
/** Small words between that turning down and the steps: "no more 12 step", "nada de 12 pasos", "not the 12 steps". */
const BEFORE_STEPS = new Set(['more', 'the', 'a', 'any', 'of', 'want', 'like', 'do', 'de', 'los', 'quiero', 'mas']);
/** Words after the steps that turn them down: "12 step stuff isnt for me", "the 12 steps didnt work". */
const NO_AFTER_STEPS = new Set(['isnt', 'wasnt', 'aint', 'arent', 'didnt', 'sucks', 'sucked', 'hated', 'culty']);
/** Words of the steps' kind between them and that: "12 step stuff", "12 step programs". */
const STEP_KINDS = new Set([...GROUP_WORDS, 'stuff', 'thing', 'things', 'crap', 'is', 'are', 'was', 'just', 'cosas']);

/** Where the steps' name ends when it starts at `j` ("12 step", "twelve-step", "12steps"), or -1. */
function stepsEnd(words: readonly string[], j: number): number {
  if (STEPS_IN_ONE_WORD.test(words[j])) return j + 1;
  return TWELVE_WORDS.has(words[j]) && STEP_WORDS.has(words[j + 1] ?? '') ? j + 2 : -1;
}

/**
 * Whether the text turns the twelve steps down by their name, wherever it stands: "no 12 step stuff", "nothing
 * 12-step", "no twelve step", "i hate 12 step programs", "12 step stuff isnt for me", "nada de 12 pasos".
 */
function stepsTurnedDown(w: Words): boolean {
  const words = w.words;
  for (let j = 0; j < words.length; j++) {
    const end = stepsEnd(words, j);
    if (end < 0) continue;
    let k = j - 1;
    while (k >= 0 && j - k <= 3 && BEFORE_STEPS.has(words[k]) && w.clause[k] === w.clause[j]) k--;
    if (k >= 0 && w.clause[k] === w.clause[j] && NO_BEFORE_STEPS.has(words[k])) return true;
    let after = end;
    while (after < words.length && after - end < 3 && STEP_KINDS.has(words[after])) after++;
    if (after < words.length && w.clause[after] === w.clause[j] && NO_AFTER_STEPS.has(words[after])) return true;
  }
  return false;
}
