import { isFamilyAt, type LanguageLexicon } from './lexicon';
import { TEXTER_NAMED } from './sharedConcern';
import { coParentAt, otherParentUsing, PARENT_ROLES } from './coParent';
import { ofOwnerAt } from './heardWords';
import { concernStarts } from './concerns';
import type { Hit, Words } from './messageWords';
import { namesWhomFor, POSSESSIVES, THIRD_PERSON_OWNERS } from './familyWhomFor';
import { kinOwningAThing } from './kinBeforeAThing';

/**
 * The family word said back for whom the help is for ("Got it: for your husband"): "my husbands drinking"
 * (husband), "my mom and dad" (parents), "my brother in law" (brother-in-law), "my moms boyfriend" (mom's
 * boyfriend), "my baby daddy" (the other parent, coParent.ts), and none for a kind of people ("a group for parents who
 * lost a child", "meetings for families"), which says no one close.
 */

/** Where the family word is that owns the first concern named ("our son's drinking"), when one does. */
export function ownerIndex(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): number | undefined {
  // "i have a daughter and a son who uses": a weak word ("uses", "addicted") says who too, when it is all there is.
  const about =
    hits.find((h) => h.entry.slot === 'concern' && !h.negated) ??
    hits.find((h) => h.entry.slot === 'concern_weak' && !h.negated);
  if (!about) return undefined;
  for (let j = about.end - 1; j >= 0 && w.clause[j] === w.clause[about.start]; j--) {
    if (isFamilyAt(lx, w.words, j)) return j;
    if (lx.selfWords.has(w.words[j]) || lx.otherWords.has(w.words[j])) return undefined;
  }
  return undefined;
}

/** Family words that say an age, and before another describe them: "teenage son", "teen daughter", "adult son". */
const AGE_BEFORE_KIN = new Set(['teen', 'teenage', 'teenager', 'adult', 'grown', 'adolescente']);

/**
 * Whether a family word is one of two that name one person together: "my kids dad", "my sons girlfriend",
 * "the father of my kids", "el papa de mis hijos" are neither the texter's dad nor their kids, so neither word
 * says whom the help is for (it is someone close to the texter).
 */
function ofAnotherFamilyMember(w: Words, h: Hit, hits: readonly Hit[]): boolean {
  // "kids dad", "sons girlfriend": one family word right after another. Not after an age ("my teenage son", read
  // "teenager son"): that one describes the next, who is said back (the twenty-third probe: "someone close to you").
  const afterAnAge = AGE_BEFORE_KIN.has(w.words[h.start - 1] ?? '');
  if ((familyWordHit(hits, { end: h.start }) && !afterAnAge) || familyWordHit(hits, { start: h.end })) return true;
  // "the father of my kids": this one of the next; "the father of my kids": the next one's.
  if (ofOwnerAt(w.words, h.end) && familyWordHit(hits, { start: h.end + 2 })) return true;
  return h.start >= 3 && ofOwnerAt(w.words, h.start - 2) && familyWordHit(hits, { end: h.start - 2 });
}

/**
 * Whether one family word heard on its own (not a phrase that names one person by itself, as "my 15 yr old" before
 * "son") starts at `start` or ends at `end`.
 */
function familyWordHit(hits: readonly Hit[], at: { start: number } | { end: number }): boolean {
  return hits.some(
    (o) =>
      o.end - o.start === 1 &&
      o.entry.slot === 'audience' &&
      o.entry.value === 'family' &&
      ('start' in at ? o.start === at.start : o.end === at.end),
  );
}

/** Family words that name a kind of people, and the words after them that say which: "parents who lost a child". */
const GROUP_OF = new Set(['parents', 'moms', 'dads', 'mothers', 'fathers', 'families', 'wives', 'husbands', 'padres']);
const WHO_WORDS = new Set(['who', 'that', 'whose', 'que']);
/** Words before a kind of people that make them a kind of meeting: "for parents", "adult children", "para padres". */
const KIND_OF_MEETING_BEFORE = new Set(['for', 'adult', 'para']);

/**
 * The first family word (one word: "husband", not "loved one") not turned around by a negation
 * and not of someone who has died: a texter who lost their mother to an overdose and writes for
 * their brother is writing for the brother.
 */
export function relationOf(w: Words, hits: readonly Hit[], owner?: number): string | undefined {
  // "my husband and i are worried about our son's drinking": the one who drinks, when a family word says who.
  const theirs = owner === undefined ? [] : hits.filter((h) => h.start <= owner && owner < h.end);
  // "my 16 yr old daughter is worried about her dads drinking": her father's drinking, not hers.
  const otherParent = otherParentUsing(w, concernStarts(hits));
  if (otherParent) return otherParent;
  for (const h of [...theirs, ...hits]) {
    if (!namesWhomFor(w, h)) continue;
    // "im a dad and my son uses meth": the texter's own role, not whom the help is for.
    if (texterRoleAt(w.words, h.start)) continue;
    // "a group for parents who lost a child": the texter's own kind of people, not their parents.
    if (GROUP_OF.has(w.words[h.start]) && WHO_WORDS.has(w.words[h.end] ?? '')) continue;
    // "any for parents", "meetings for families", "adult children meetings?": a kind of meeting, not whom the help
    // is for (the sixteenth session's probe: "Got it: for your parents" at a list). "my parents" is the texter's.
    if (
      KIND_OF_MEETING_BEFORE.has(w.words[h.start - 1] ?? '') &&
      (GROUP_OF.has(w.words[h.start]) || w.words[h.start] === 'children')
    )
      continue;
    // "my baby daddy", "the mother of my kids": the other parent of the texter's child, one person of two words.
    const coParent = coParentAt(w, h.start, h.end);
    if (coParent) return coParent;
    // "my ex husband", "mi ex esposa": one person of two family words, said back as such.
    if (w.words[h.start] === 'ex' && h.end - h.start === 1 && familyWordHit(hits, { start: h.end }))
      return `ex ${w.words[h.end]}`;
    // "my moms boyfriend drinks": her boyfriend, said back as "your mom's boyfriend", never "your boyfriend".
    const whose = OWNER_WORD.get(w.words[h.start - 1] ?? '');
    if (whose && h.end - h.start === 1 && POSSESSIVES.has(w.words[h.start - 2] ?? ''))
      return `${whose}'s ${w.words[h.start]}`;
    if (ofAnotherFamilyMember(w, h, hits)) continue;
    // "my mom is 15 years sober, i need al anon for my dad": one told sober is not whom the help is for, when another
    // is named (the thirty-eighth probe said "for your mom").
    if (toldSober(w, h) && hits.some((o) => o !== h && namesWhomFor(w, o) && !toldSober(w, o))) continue;
    // "my daughter and her husband drink": her husband is hers; the texter's own is said back (the seventeenth
    // session's probe: "Got it: for your husband"). "my brother, his wife drinks": "your brother's wife".
    // "me and my wife are worried about our son": the wife speaks with the texter; the son is whom it is about.
    if (namedWithTexter(w, h) && hits.some((o) => o !== h && namesWhomFor(w, o) && !namedWithTexter(w, o))) continue;
    const kinOfKin = relativesRelative(w, h, hits);
    if (kinOfKin === null) continue;
    if (kinOfKin !== undefined) return kinOfKin;
    // "mi viejo", "mi senora": a word that names family only after "my" is listed with it; the relation is the word.
    // "a student", "one student" (listed so: "college student" alone is the texter) say back the word too.
    const lead = POSSESSIVES.has(w.words[h.start]) || ONE_OF_THEM.has(w.words[h.start]);
    // "my 15 year old", "my 17 y/o", "my 15yo": a child named by age, said back as "your child" (the twenty-fifth
    // session's probe said "someone close to you", and a parent was asked whether they were a teen).
    // "my 15 year old son" is the son.
    const byAge = POSSESSIVES.has(w.words[h.start]) && namesAChildByAge(w.words.slice(h.start + 1, h.end));
    if (byAge && !familyWordHit(hits, { start: h.end })) return 'child';
    // "husbands drinking again", with no "my": the one whose drinking it is (the same probe).
    const whoseUse = h.end - h.start === 2 && !lead ? OWNER_WORD.get(w.words[h.start]) : undefined;
    if (whoseUse) return whoseUse;
    const start = h.end - h.start === 2 && lead ? h.start + 1 : h.start;
    if (h.end - start !== 1) continue;
    // "my teen", "my kiddo", "my youngest": one of the texter's children ("my teen brother" is the brother, above).
    if (lead && CHILD_WORDS.has(w.words[start])) return 'child';
    const other = joinedFamilyWord(w, start, hits);
    // "my mom and dad drink": both parents; "my brother and sister": two people, said back as someone close.
    if (other !== undefined) return PARENT_WORDS.has(w.words[start]) && PARENT_WORDS.has(other) ? 'parents' : undefined;
    // "my brother in law", "my mother-in-law": said back whole, never "your brother".
    if (w.words[start + 1] === 'in' && w.words[start + 2] === 'law') return `${w.words[start]}-in-law`;
    // "15yo" with no "my": an age, said back as "someone close to you".
    if (AGE_SHORT.test(w.words[start])) continue;
    // "my daughters room", "my sons phone": one person, whose the thing is.
    const owning = kinOwningAThing(w.words, start);
    if (owning !== undefined) return owning;
    return OWNER_WORD.get(w.words[start]) ?? singularBeforeAState(w.words, start) ?? w.words[start];
  }
  return undefined;
}

/** Words of the texter saying what they are: "im a dad", "i am his mother", "as a parent", "soy su mama". */
const BEING_WORDS: ReadonlySet<string> = new Set(['im', 'am', 'as', 'soy', 'como']);
/** Words between being and a role: "im a dad", "im his mom", "soy su papa". */
const ROLE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'the', 'su', 'un', 'una']);

/** Whether the family word at `start` is the texter's own role: "im a dad", "as his mother", "soy su mama". */
function texterRoleAt(words: readonly string[], start: number): boolean {
  const before = words[start - 1];
  if (before === undefined) return false;
  // "im dad", "soy mama"; not "as my wife drinks", "como mi hijo".
  if (BEING_WORDS.has(before)) return before !== 'as' && before !== 'como';
  return ROLE_ARTICLES.has(before) && BEING_WORDS.has(words[start - 2] ?? '');
}

/** Family words that are plurals too, with the one person each names: "sons", "daughters". */
const PLURAL_KIN: ReadonlyMap<string, string> = new Map([
  ['sons', 'son'],
  ['daughters', 'daughter'],
  ['brothers', 'brother'],
  ['sisters', 'sister'],
  ['grandsons', 'grandson'],
  ['granddaughters', 'granddaughter'],
  ['nephews', 'nephew'],
  ['nieces', 'niece'],
]);
/** What a "son's" with its apostrophe left off is followed by: "my sons on fent", "my sons been using". */
const STATE_OF_ONE: ReadonlySet<string> = new Set(['on', 'been', 'addicted', 'hooked', 'in', 'out', 'back', 'gone']);

/**
 * "my sons on fent", "my daughters been using": "son's" with its apostrophe left off (probe 35 said back "your
 * sons"), said back as one person. Not "my sons are on fent", "my sons both drink": two or more.
 */
function singularBeforeAState(words: readonly string[], at: number): string | undefined {
  const one = PLURAL_KIN.get(words[at]);
  return one !== undefined && POSSESSIVES.has(words[at - 1] ?? '') && STATE_OF_ONE.has(words[at + 1] ?? '')
    ? one
    : undefined;
}

/** Words before a family word listed with them that name one person: "a student", "the student", "one student". */
const ONE_OF_THEM = new Set(['a', 'an', 'the', 'this', 'one']);

/** The English ones of THIRD_PERSON_OWNERS: "your brother's wife" is said back as written, so only in English. */
const ENGLISH_THIRD_PERSON_OWNERS = new Set(['his', 'her', 'their']);

/**
 * A family word after "his"/"her"/"su" that belongs to a family word of the texter's named before it: null when the
 * two are joined by "and" ("my daughter and her husband": the daughter is said back), "brother's wife" when apart in
 * English ("my brother, his wife drinks"), undefined when it is not such a word (or no earlier one is the texter's).
 */
function relativesRelative(w: Words, h: Hit, hits: readonly Hit[]): string | null | undefined {
  const owner = w.words[h.start - 1] ?? '';
  if (h.end - h.start !== 1 || !THIRD_PERSON_OWNERS.has(owner)) return undefined;
  const earlier = hits.filter((o) => o.end <= h.start - 1 && namesWhomFor(w, o) && o.end - o.start === 1);
  const own = earlier[earlier.length - 1];
  if (own === undefined) return undefined;
  if (AND_WORDS.has(w.words[h.start - 2] ?? '') && own.end === h.start - 2) return null;
  if (!ENGLISH_THIRD_PERSON_OWNERS.has(owner)) return null;
  const theirs = w.words[own.start];
  return `${OWNER_WORD.get(theirs) ?? theirs}'s ${w.words[h.start]}`;
}

/** Whether a family word is joined to the texter by "and": "me and my wife", "my husband and i", "yo y mi esposo". */
function namedWithTexter(w: Words, h: Hit): boolean {
  const start = POSSESSIVES.has(w.words[h.start - 1] ?? '') ? h.start - 1 : h.start;
  if (AND_WORDS.has(w.words[start - 1] ?? '') && TEXTER_NAMED.has(w.words[start - 2] ?? '')) return true;
  return AND_WORDS.has(w.words[h.end] ?? '') && TEXTER_NAMED.has(w.words[h.end + 1] ?? '');
}

/** An age written short, as one word: "15yo". */
const AGE_SHORT = /^\d{1,2}yo$/;

/** Words for one of the texter's children after "my": "my teen", "my kiddo", "my youngest" (said back "your child"). */
const CHILD_WORDS: ReadonlySet<string> = new Set(['teen', 'teens', 'kiddo', 'kiddos', 'youngest', 'oldest', 'eldest']);

/** Whether the words after "my" name someone by their age alone: "15 year old", "17 y o", "15yo", "15 yo". */
function namesAChildByAge(words: readonly string[]): boolean {
  if (words.length === 1) return AGE_SHORT.test(words[0]);
  // "my 15 yo": the short form with a space (the twenty-ninth session's probe).
  if (words.length === 2 && words[1] === 'yo') return /^\d{1,2}$/.test(words[0]);
  const last = words.slice(-2).join(' ');
  return /^\d{1,2}$/.test(words[0]) && (last === 'year old' || last === 'yr old' || last === 'y o');
}

/**
 * A family word written with the "s" of whose it is ("my husbands drinking", "my moms drinking"), said back as the
 * person ("your husband"). Words that are plurals as well ("sons", "sisters") are left as they are.
 */
const OWNER_WORD: ReadonlyMap<string, string> = new Map(
  [
    'husband wife mom mother dad father boyfriend girlfriend fiance partner spouse stepdad stepmom grandma grandpa',
    'uncle aunt cousin roommate coworker neighbor',
  ]
    .join(' ')
    .split(' ')
    .map((word): [string, string] => [`${word}s`, word])
    .concat([
      ['exs', 'ex'],
      ['exes', 'ex'],
      ['bosses', 'boss'],
    ]),
);

/** "and", "y", "&" between two family words: "my mom and dad", "mi mama y mi papa". */
const AND_WORDS = new Set(['and', 'y', 'n', '&']);
/** A mother or a father (step-parents too), in either language: two of them joined are the texter's parents. */
const PARENT_WORDS: ReadonlySet<string> = new Set([
  ...PARENT_ROLES.keys(),
  'stepdad',
  'stepmom',
  'padrastro',
  'madrastra',
]);

/**
 * The other family word a family word at `at` is joined to by "and" ("my mom and dad", "mi mama y mi papa",
 * "my dad and my stepmom"), or undefined: one person is named.
 */
function joinedFamilyWord(w: Words, at: number, hits: readonly Hit[]): string | undefined {
  // "im a dad and my son uses": the texter's role joins no one to the son.
  const familyWordAt = (j: number) =>
    familyWordHit(hits, { start: j }) && !texterRoleAt(w.words, j) ? w.words[j] : undefined;
  const after = POSSESSIVES.has(w.words[at + 2] ?? '') ? at + 3 : at + 2;
  if (AND_WORDS.has(w.words[at + 1] ?? '')) {
    const next = familyWordAt(after);
    if (next !== undefined) return next;
  }
  const before = POSSESSIVES.has(w.words[at - 1] ?? '') ? at - 2 : at - 1;
  if (AND_WORDS.has(w.words[before] ?? '')) return familyWordAt(before - 1);
  return undefined;
}

/** Words that tell someone is sober: "my mom is 15 years sober", "mi papa esta limpio". */
const SOBER_WORDS: ReadonlySet<string> = new Set(['sober', 'clean', 'sobria', 'sobrio', 'limpio', 'limpia']);
/** How far after the family word "sober" may come: "my mom is 15 years sober" (four words). */
const SOBER_REACH = 5;
/** Words right before "sober" that turn it around: "not sober", "no longer clean", "nunca limpio". */
const NOT_BEFORE_SOBER: ReadonlySet<string> = new Set(['not', 'never', 'longer', 'no', 'nunca', 'isnt', 'aint']);

/** Whether the family word heard at `h` is told sober in its own clause ("my mom is 15 years sober"). */
function toldSober(w: Words, h: Hit): boolean {
  for (let j = h.end; j < Math.min(w.words.length, h.end + SOBER_REACH) && w.clause[j] === w.clause[h.start]; j++) {
    if (SOBER_WORDS.has(w.words[j])) return !NOT_BEFORE_SOBER.has(w.words[j - 1] ?? '');
  }
  return false;
}
