import type { LanguageLexicon } from './lexicon';
import type { Hit, Words } from './messageWords';
import { isPast, medicineTaken, ownerAt } from './sharedConcern';
import { useOwnedBy } from './whoseUse';

/**
 * A program named for the wrong side of a trouble: a drinker who asks for Al-Anon ("im an alcoholic, i want al-anon"),
 * a teen who drinks asking for Alateen ("im 16 and i drink, can i go to alateen"), a parent asking Alateen for the
 * teen who drinks ("is there alateen for my son, hes 15 and drinking"), a wife asking whether she should go to AA for
 * her husband's drinking ("my wife drinks, should i go to aa"). Each program is one side's: Al-Anon, Alateen, Nar-Anon,
 * Narateen and Gam-Anon are for those hurt by someone else's drinking, using or gambling (the teen groups for teens
 * only); AA, NA and GA for the one who drinks, uses or gambles. Such a program is answered with what it is (the
 * flow's `program_about`, as "is nar-anon for me" from one who uses already was), and the texter gets their own
 * side's groups (the twenty-fifth session's probe gave every one of them the other side's meetings alone).
 */

/** The groups for family and friends of someone who drinks, uses or gambles. */
export const FAMILY_GROUPS: ReadonlySet<string> = new Set(['alanon', 'alateen', 'naranon', 'narateen', 'gamanon']);
/** The family groups for teens hurt by someone else's drinking or using. */
const TEEN_GROUPS: ReadonlySet<string> = new Set(['alateen', 'narateen']);
/** The groups for the one who drinks, uses or gambles. */
export const OWN_GROUPS: ReadonlySet<string> = new Set(['aa', 'na', 'ga']);
/** Family words said back for one of the texter's children: the one a parent writes about. */
const CHILD_RELATIONS: ReadonlySet<string> = new Set([
  'son',
  'sons',
  'daughter',
  'daughters',
  'child',
  'children',
  'kid',
  'kids',
  'teenager',
  'stepson',
  'stepdaughter',
  'grandson',
  'granddaughter',
  'hijo',
  'hija',
  'hijos',
  'hijas',
]);

/** A drinking, using or gambling told now: not turned around, not past, not a medicine, not a program's own name. */
function usesTold(w: Words, hits: readonly Hit[]): Hit[] {
  const programs = hits.filter((h) => h.entry.slot === 'programs');
  return hits.filter(
    (h) =>
      (h.entry.slot === 'concern' || h.entry.slot === 'concern_weak') &&
      !h.negated &&
      !isPast(w, h) &&
      !medicineTaken(hits, h) &&
      // "aa" is heard as alcohol too: asking for it tells no one's drinking.
      !programs.some((p) => p.start <= h.start && h.end <= p.end),
  );
}

/** Whether a use is said of someone else: "his drinking", "my brother is an addict", "she uses". */
function saidOfSomeoneElse(lx: LanguageLexicon, w: Words, use: Hit): boolean {
  return useOwnedBy(w, use) === 'family' || ownerAt(lx, w, use, true)?.who === 'family';
}

/** Whether the text tells a drinking, using or gambling that may be the texter's own: said of no one else. */
export function ownUseTold(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  return usesTold(w, hits).some((h) => !saidOfSomeoneElse(lx, w, h));
}

/** Whether the text tells a drinking, using or gambling of the texter's own, and none of anyone else's. */
function ownUseOnly(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  const uses = usesTold(w, hits);
  return uses.length > 0 && !uses.some((h) => saidOfSomeoneElse(lx, w, h));
}

/** Words asking whether the texter should go: "should i", "can i", "do i", "could i". */
const ASKING = new Set(['should', 'can', 'could', 'do', 'would', 'shall', 'must', 'may']);
/** Going to a group: "go to", "try", "join", "attend", "start going to". */
const GOING = new Set(['go', 'try', 'join', 'attend', 'going']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words of a meeting after a program's name: "na meeting for me", "aa meetings for myself". */
const MEETING_AFTER = new Set(['meeting', 'meetings', 'mtg', 'mtgs', 'group', 'groups']);

/** "should i go to aa", "can i try na", "do i join an aa group": the texter asks to go to the one at `start`. */
function asksToGo(words: readonly string[], start: number): boolean {
  let j = start - 1;
  if (ARTICLES.has(words[j] ?? '')) j--;
  if (words[j] === 'to') j--;
  if (!GOING.has(words[j] ?? '')) return false;
  // "should i start going to aa".
  if (words[j - 1] === 'start') j--;
  return words[j - 1] === 'i' && ASKING.has(words[j - 2] ?? '');
}

/** "aa for me", "na meeting for me", "na meetings for myself": the program asked for the texter, at `end`. */
function forTexter(words: readonly string[], end: number): boolean {
  const j = MEETING_AFTER.has(words[end] ?? '') ? end + 1 : end;
  return words[j] === 'for' && (words[j + 1] === 'me' || words[j + 1] === 'myself');
}

/** A program for the one who drinks, uses or gambles, named where the texter asks about going to it. */
export interface GoerAsks {
  id: string;
  start: number;
  end: number;
}

/**
 * The program a hit names, when it is one of OWN_GROUPS: a program's name, or its short name (the id itself: "aa",
 * "na", "ga") heard as a trouble.
 */
function ownGroupOf(w: Words, h: Hit): string | undefined {
  if (h.negated) return undefined;
  const named = h.entry.slot === 'programs' ? h.entry.value : undefined;
  const short = h.entry.slot === 'concern' && h.end - h.start === 1 ? w.words[h.start] : undefined;
  const id = named ?? short;
  return id !== undefined && OWN_GROUPS.has(id) ? id : undefined;
}

/**
 * The programs for the one who drinks or uses (AA, NA, GA) that a texter asks about going to themselves while telling
 * someone close's trouble and no trouble of their own: "my wife drinks, should i go to aa", "na meeting for me, my
 * brother is an addict". The name's own "alcohol" is then no drinking of the texter's (AA read as alcohol made "for
 * you and your wife"); the program is asked about, and the texter is family. Empty for any other text.
 */
export function ownGroupsAskedForFamily(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): GoerAsks[] {
  const asked: GoerAsks[] = [];
  for (const h of hits) {
    const id = ownGroupOf(w, h);
    // "should i go to na" is heard whole ("go to na"): the name is its last word.
    const goes = asksToGo(w.words, h.start) || asksToGo(w.words, h.end - 1) || forTexter(w.words, h.end);
    if (id && goes && !asked.some((a) => a.start === h.start)) asked.push({ id, start: h.start, end: h.end });
  }
  if (!asked.length) return [];
  const uses = usesTold(w, hits).filter((h) => !asked.some((a) => a.start <= h.start && h.end <= a.end));
  return uses.length > 0 && uses.every((h) => saidOfSomeoneElse(lx, w, h)) ? asked : [];
}

/** What a text's reading knows that says whose side a program named is on. */
export interface SideRead {
  audience: string | null;
  /** The trouble is shared with someone close ("me and my husband both drink"): both sides are the texter's. */
  shared: boolean;
  /** The family word of the one the help is about ("son"), when the audience is family. */
  relation: string | undefined;
  /** A teen of the texter's needs a group of their own beside ("my husband drinks and my daughter needs a group"). */
  teenBeside: boolean;
  /** The programs asked for. */
  asked: readonly string[];
}

/**
 * Which of the programs asked for are the other side's, to be answered with what they are instead: a family group
 * asked by a texter who tells only a trouble of their own ("i drink too much, can i go to al-anon"); Alateen or
 * Narateen asked by a parent for the child who drinks or uses ("is there alateen for my son, hes 15 and drinking": the
 * parent's groups are Al-Anon's and Nar-Anon's).
 */
export function otherSidesGroups(lx: LanguageLexicon, w: Words, hits: readonly Hit[], read: SideRead): string[] {
  // Most texts ask for no family group: nothing to read for them.
  if (!read.asked.some((id) => FAMILY_GROUPS.has(id))) return [];
  if (read.audience === 'self' && !read.shared && ownUseOnly(lx, w, hits))
    return read.asked.filter((id) => FAMILY_GROUPS.has(id));
  // The child's trouble told ("hes 15 and drinking"): "narateen near durham for my daughter" tells none, and a daughter
  // hurt by someone else's use may well be whom Narateen is asked for.
  if (read.audience === 'family' && !read.teenBeside && isChildRelation(read.relation) && usesTold(w, hits).length)
    return read.asked.filter((id) => TEEN_GROUPS.has(id));
  return [];
}

/** Whether a family word said back names one of the texter's children ("son", "child"). */
export function isChildRelation(relation: unknown): boolean {
  return typeof relation === 'string' && CHILD_RELATIONS.has(relation);
}

/** Whether a program is one of the family groups for teens (Alateen, Narateen). */
export function isTeenGroup(id: string): boolean {
  return TEEN_GROUPS.has(id);
}
