import { FAMILY_OWNERS, USE_SLOTS, type HeardPhrase, type SaidWords } from './heardWords';
import { isFamilyAt, type LanguageLexicon } from './lexicon';
import { CHILDS_OWNERS, PARENT_ROLES } from './coParent';

/**
 * A teenager at home named beside the one who drinks, as needing a group of their own: "my husband drinks and my
 * daughter is 15 and needs a group too", "my wife is an alcoholic, my teenage son needs help coping". Alateen is
 * that group, beside Al-Anon for the texter; without this reading the teen's need was heard as nothing.
 */

/** Words of a child of the texter's, after "my" or "mi": "my daughter", "mis hijos". */
const CHILD_WORDS = new Set([
  'daughter',
  'son',
  'kid',
  'kids',
  'child',
  'children',
  'teen',
  'teenager',
  'teens',
  'teenagers',
  'stepson',
  'stepdaughter',
  'grandson',
  'granddaughter',
  'hija',
  'hijo',
  'hijos',
  'hijas',
  'nieto',
  'nieta',
]);
const YEAR_WORDS = new Set(['year', 'yr', 'years']);
/** Words that make a child a teen before it: "my teenage son", "my 15 year old", "mi hija adolescente" (after). */
const TEEN_WORDS = new Set(['teen', 'teenage', 'teenaged', 'teenager', 'teenagers', 'teens', 'adolescente']);
/** Words of needing or wanting, after the teen: "needs a group", "quiere ayuda". */
const NEEDING = new Set(['need', 'needs', 'needed', 'wants', 'want', 'necesita', 'necesitan', 'quiere', 'quieren']);
/** What the teen needs: a group, help, support, someone to talk to. */
const GROUP_WORDS = new Set([
  'group',
  'groups',
  'help',
  'support',
  'someone',
  'somebody',
  'meeting',
  'meetings',
  'talk',
  'coping',
  'cope',
  'grupo',
  'grupos',
  'ayuda',
  'apoyo',
  'alguien',
  'hablar',
]);
/**
 * Words of a teen hurt by someone else's drinking, after the teen: "my 14 year old daughter is having a hard time with
 * it", "my son is struggling", "mi hija esta sufriendo". Told of a teen beside the one who drinks, Alateen is theirs as
 * surely as when a need is said (the twenty-third session's probe gave the parent Al-Anon alone).
 */
const HURT_WORDS = new Set([
  'struggling',
  'struggles',
  'worried',
  'scared',
  'afraid',
  'upset',
  'angry',
  'mad',
  'sad',
  'depressed',
  'anxious',
  'stressed',
  'crying',
  'cries',
  'hurting',
  'suffering',
  'affected',
  'hates',
  'traumatized',
  'sufriendo',
  'sufre',
  'triste',
  'preocupada',
  'preocupado',
  'asustada',
  'asustado',
  'afectada',
  'afectado',
  'llora',
  'llorando',
  'enojada',
  'enojado',
  'deprimida',
  'deprimido',
]);
/** "is having a hard time", "is taking it hard", "esta pasandola mal": a hurt told in a few words. */
const HURT_PHRASES = [
  ['hard', 'time'],
  ['rough', 'time'],
  ['taking', 'it', 'hard'],
  ['not', 'coping'],
  ['acting', 'out'],
  ['pasando', 'mal'],
  ['pasandola', 'mal'],
  ['la', 'pasa', 'mal'],
];
/** How far after the child its age, its need and what it needs may come: "my daughter is 15 and needs a group". */
const REACH = 8;

/** Whether a word is an age of 13 to 19: "15", "15yo". */
function isTeenAge(word: string | undefined): boolean {
  const age = /^(1[3-9])(?:yo|yr|yrs)?$/.exec(word ?? '');
  return age !== null;
}

/** Whether the child word at `c` is said to be a teen: "my teenage son", "my 15 year old daughter", "is 15". */
function saidTeen(words: readonly string[], c: number, clause: readonly number[]): boolean {
  if (TEEN_WORDS.has(words[c])) return true;
  for (let j = Math.max(0, c - 4); j < c; j++) if (TEEN_WORDS.has(words[j]) || isTeenAge(words[j])) return true;
  for (let j = c + 1; j < Math.min(words.length, c + 5) && clause[j] === clause[c]; j++) {
    if (TEEN_WORDS.has(words[j]) || isTeenAge(words[j])) return true;
  }
  return false;
}

/** Whether a need for a group or help comes soon after the child at `c`, in its clause, with no use between. */
function needsAfter(words: readonly string[], c: number, clause: readonly number[], uses: readonly number[]) {
  const end = Math.min(words.length, c + REACH);
  const needAt = words.findIndex((x, j) => j > c && j < end && clause[j] === clause[c] && NEEDING.has(x));
  if (needAt < 0 || uses.some((u) => u > c && u < end && clause[u] === clause[c])) return false;
  return words.slice(needAt + 1, needAt + 5).some((x) => GROUP_WORDS.has(x));
}

/** Whether the teen at `c` is said to be hurt soon after, in its clause, with no use of their own between. */
function hurtAfter(words: readonly string[], c: number, clause: readonly number[], uses: readonly number[]) {
  const end = Math.min(words.length, c + REACH);
  for (let j = c + 1; j < end && clause[j] === clause[c]; j++) {
    // "my son is struggling with weed": a use of the teen's own before or just after the hurt is theirs, not Alateen's.
    if (uses.some((u) => u > c && u <= j + 2)) return false;
    if (HURT_WORDS.has(words[j])) return true;
    if (HURT_PHRASES.some((p) => p.every((x, k) => words[j + k] === x))) return true;
  }
  return false;
}

/** Whether a teenage child of the texter's is named at `c`: "my daughter is 15", "my teenage son", "my 14 year old". */
function isTeenChildAt(words: readonly string[], c: number, clause: readonly number[]): boolean {
  // "my 14 year old": the age names the child.
  if (words[c] === 'old' && YEAR_WORDS.has(words[c - 1]) && isTeenAge(words[c - 2])) return true;
  // "my 14 yo son": "yo" (years old) between the age and the child.
  const aged = words[c - 1] === 'yo' && isTeenAge(words[c - 2]);
  const owned = FAMILY_OWNERS.has(words[c - 1]) || TEEN_WORDS.has(words[c - 1]) || isTeenAge(words[c - 1]) || aged;
  return CHILD_WORDS.has(words[c]) && owned && saidTeen(words, c, clause);
}

/**
 * "my 14 yo son needs help, his mom is an alcoholic", "my 16 yr old daughter is worried about her dads drinking": the
 * teen's other parent ("his mom", "her dad") named after the teen, a use told after them. The teen is the family of
 * one who drinks, so Alateen is theirs, whether or not they are said to need a group.
 */
function otherParentUsesAfter(words: readonly string[], c: number, uses: readonly number[]): boolean {
  for (let j = c + 1; j < Math.min(words.length, c + REACH + 4); j++) {
    const parent = PARENT_ROLES.has(words[j]) || PARENT_ROLES.has(words[j].replace(/s$/, ''));
    if (parent && CHILDS_OWNERS.has(words[j - 1]) && uses.some((u) => u > j && u <= j + 4)) return true;
  }
  return false;
}

/**
 * Whether the message names a teenage child of the texter's needing a group or help, or hurt, after someone else of
 * the family whose drinking or using it tells ("my husband drinks and my daughter is 15 and needs a group too", "...
 * my 14 year old is having a hard time with it"); not a
 * teen who is the one using ("my 15 year old son needs help with weed").
 */
export function teenNeedsOwnGroup(lx: LanguageLexicon, w: SaidWords, hits: readonly HeardPhrase[]): boolean {
  const { words, clause } = w;
  const uses = hits.filter((h) => USE_SLOTS.has(h.entry.slot) && !h.negated).map((h) => h.start);
  if (!uses.length) return false;
  for (let c = 1; c < words.length; c++) {
    if (!isTeenChildAt(words, c, clause)) continue;
    if (otherParentUsesAfter(words, c, uses)) return true;
    // Someone else named first, and a use told of before the child: the drinking is theirs.
    const otherFirst = words.slice(0, c).findIndex((x, j) => !CHILD_WORDS.has(x) && isFamilyAt(lx, words, j));
    if (otherFirst < 0 || !uses.some((u) => u > otherFirst && u < c)) continue;
    if (needsAfter(words, c, clause, uses) || hurtAfter(words, c, clause, uses)) return true;
  }
  return false;
}
