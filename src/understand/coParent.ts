import { ofOwnerAt, type SaidWords } from './heardWords';

/**
 * "my baby daddy", "my kids' mom", "the father of my children", "la mama de mis hijos": the other parent of the
 * texter's child. Two family words name one person here, neither the texter's dad nor their kids; said back
 * as "your child's father" (relation `childs_father`), not "your daddy".
 */

/**
 * The relation said back for the other parent of the texter's child, or a parent of the texter's grandchildren
 * ("im raising my grandkids because their mom is on drugs": "your grandchildren's mother").
 */
export type CoParent = 'childs_father' | 'childs_mother' | 'grandchilds_father' | 'grandchilds_mother';

/** A child of the texter, as the first word of the pair: "kids", "baby" ("baby daddy"), "hijos", "bebe". */
const CHILD_WORDS = new Set([
  'kid',
  'kids',
  'child',
  'childs',
  'children',
  'childrens',
  'son',
  'sons',
  'daughter',
  'daughters',
  'baby',
  'babys',
  'babies',
  'hijo',
  'hijos',
  'hija',
  'hijas',
  'bebe',
  'bebes',
  'nino',
  'ninos',
  'nina',
  'ninas',
]);

/** A parent word, and which parent it names: "dad", "mama"... */
export const PARENT_ROLES: ReadonlyMap<string, CoParent> = new Map([
  ...['dad', 'daddy', 'father', 'papa', 'padre', 'papi', 'pops'].map((x) => [x, 'childs_father'] as const),
  ...['mom', 'mommy', 'momma', 'mama', 'mother', 'mum', 'madre', 'mami'].map((x) => [x, 'childs_mother'] as const),
]);

/**
 * Whether the family word at `start`..`end` (one of the lexicon's phrases, "baby daddy", or one word of it, "kids"
 * or "dad") is part of a pair naming the other parent of the texter's child, and which parent; undefined if not.
 */
export function coParentAt(w: SaidWords, start: number, end: number): CoParent | undefined {
  const parentAt = (j: number) => PARENT_ROLES.get(w.words[j] ?? '');
  const childAt = (j: number) => j >= 0 && CHILD_WORDS.has(w.words[j] ?? '');
  // One clause: "my son, dad drinks" is two people.
  const joined = (j: number) => w.clause[j] === w.clause[j + 1];
  // "kids dad", "baby daddy", "my son's father": the parent word last, the child word right before it.
  if (childAt(end - 2) && parentAt(end - 1) && joined(end - 2)) return parentAt(end - 1);
  // "kids" of "kids dad".
  if (childAt(end - 1) && parentAt(end) && joined(end - 1)) return parentAt(end);
  // "grandkids mom is on meth": the grandchildren's parent (the twentieth session's probe said "for your mom").
  const grandchildAt = (j: number) => j >= 0 && GRANDCHILD_WORDS.has(w.words[j] ?? '') && joined(j);
  if (end - start === 1 && grandchildAt(start - 1) && parentAt(start)) return ofGrandchildren(parentAt(start));
  if (end - start === 1 && grandchildAt(start) && parentAt(end)) return ofGrandchildren(parentAt(end));
  // "the father of my kids", "el papa de mi bebe".
  if (parentAt(start) && ofOwnerAt(w.words, start + 1) && childAt(start + 3)) return parentAt(start);
  // "kids" of "the father of my kids".
  if (childAt(start) && ofOwnerAt(w.words, start - 2) && parentAt(start - 3)) return parentAt(start - 3);
  return end - start === 1 ? parentOfTheirs(w, start) : undefined;
}

/** A parent of the texter's grandchildren, named as the parent of the texter's child is. */
function ofGrandchildren(parent: CoParent | undefined): CoParent | undefined {
  if (parent === undefined) return undefined;
  return parent === 'childs_mother' ? 'grandchilds_mother' : 'grandchilds_father';
}

/**
 * "his", "her", "their": whose parent, after the texter's child is named ("my son ... his mom"). "there" and "thier"
 * are "their" as phones write it ("raising my 2 grandbabies cause there mama is on meth", the thirty-second session's
 * probe: "for your mama", and the teen question to a grandmother).
 */
export const CHILDS_OWNERS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'their',
  'there',
  'thier',
  'hes',
  'shes',
  'su',
]);
/** How far back the texter's child may be named before "his mom": "my 14 yo son needs help, his mom". */
const CHILD_REACH = 10;

/**
 * "my 14 yo son needs help, his mom is an alcoholic", "my kids? their dad drinks": a parent word after "his", "her"
 * or "their" when the nearest person named before is the texter's child is the child's other parent, not the
 * texter's own mother or father. "dads" of "her dads drinking" counts as "dad".
 */
function parentOfTheirs(w: SaidWords, at: number): CoParent | undefined {
  const word = w.words[at] ?? '';
  const parent = PARENT_ROLES.get(word) ?? PARENT_ROLES.get(word.replace(/s$/, ''));
  // One clause: "my kids went there, mom is drunk" names no one's mom.
  if (!parent || !CHILDS_OWNERS.has(w.words[at - 1] ?? '') || w.clause[at - 1] !== w.clause[at]) return undefined;
  const kin = kinNamedBefore(w.words, at - 1);
  if (kin === 'child') return parent;
  if (kin !== 'grandchild') return undefined;
  return parent === 'childs_mother' ? 'grandchilds_mother' : 'grandchilds_father';
}

/** The texter's grandchildren, in either language. */
const GRANDCHILD_WORDS = new Set([
  'grandkids',
  'grandkid',
  'grandchildren',
  'grandchild',
  'grandson',
  'grandsons',
  'granddaughter',
  'granddaughters',
  'grandbaby',
  'grandbabies',
  'nietos',
  'nieto',
  'nieta',
  'nietas',
]);

/**
 * The child's other parent whose use is told ("my son ... his mom is an alcoholic", "her dads drinking"): the one the
 * help is about, said back as "your child's mother"; undefined when no such parent uses.
 */
export function otherParentUsing(w: SaidWords, uses: readonly number[]): CoParent | undefined {
  for (const u of uses) {
    for (let j = u - 1; j >= Math.max(1, u - 4); j--) {
      const parent = parentOfTheirs(w, j);
      if (parent) return parent;
    }
  }
  return undefined;
}

/** Whether the nearest family-like word before `at` is a child of the texter's ("my son", "my 15 year old"). */
export function childNamedBefore(words: readonly string[], at: number): boolean {
  return kinNamedBefore(words, at) === 'child';
}

/**
 * Which of the texter's own the nearest family-like word before `at` names: a child ("my son", "my 15 year old"), a
 * grandchild ("my grandkids"), or neither (another adult, "my husband ... his mom", or no "my" before it).
 */
function kinNamedBefore(words: readonly string[], at: number): 'child' | 'grandchild' | undefined {
  for (let j = at - 1; j >= Math.max(0, at - CHILD_REACH); j--) {
    const child =
      CHILD_WORDS.has(words[j]) || (words[j] === 'old' && /^(yr|yrs|year|years|yo)$/.test(words[j - 1] ?? ''));
    const kin = child ? 'child' : GRANDCHILD_WORDS.has(words[j]) ? 'grandchild' : undefined;
    if (kin) {
      const own = words
        .slice(Math.max(0, j - 5), j)
        .some((x) => x === 'my' || x === 'our' || x === 'mi' || x === 'mis');
      return own ? kin : undefined;
    }
    if (PARENT_ROLES.has(words[j]) || OTHER_PEOPLE.has(words[j])) return undefined;
  }
  return undefined;
}

/** People who may be the "his" or "her" of "his mom" instead of the texter's child: "my husband ... his mom". */
const OTHER_PEOPLE = new Set(['husband', 'wife', 'boyfriend', 'girlfriend', 'friend', 'brother', 'sister', 'partner']);

/** Words before "the father of my kids" that belong to it: "yo y el papa de mis hijos" joins "yo" to "el". */
const ARTICLES = new Set(['the', 'el', 'la']);

/**
 * Where the words naming one person start, given the last of them: "baby" of "my baby daddy", "kids" of "my kids
 * dad", "the" of "the father of my kids" (so "me and my baby daddy", "yo y el papa de mis hijos" join the texter to
 * that person); `at` itself when it is no such pair.
 */
export function personStart(w: SaidWords, at: number): number {
  const sameClause = (from: number) => from >= 0 && w.clause[from] === w.clause[at];
  const pair = at > 0 && CHILD_WORDS.has(w.words[at - 1]) && PARENT_ROLES.has(w.words[at] ?? '');
  if (pair && sameClause(at - 1)) return at - 1;
  const ofChild =
    CHILD_WORDS.has(w.words[at] ?? '') && ofOwnerAt(w.words, at - 2) && PARENT_ROLES.has(w.words[at - 3] ?? '');
  if (!ofChild || !sameClause(at - 3)) return at;
  return ARTICLES.has(w.words[at - 4] ?? '') && sameClause(at - 4) ? at - 4 : at - 3;
}
