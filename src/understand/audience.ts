import { partsOfList, wordsOfPlain } from '../text/textWords';
import { isFamilyAt, type LanguageLexicon } from './lexicon';
import { isPast, medicineTaken, ownerAt, sharedConcern, type SharedConcern } from './sharedConcern';
import { urgesTexter } from './texterUrged';
import { offeredToTexter } from './drinkOffered';
import { coParentAt } from './coParent';
import { familyNamedAsHelp } from './familyAsHelp';
import { familyNamedAsWhoMayKnow } from './familyWhoMayKnow';
import { familyNamedForATime } from './familyInATime';
import { familyNamedAsBystander } from './familyAsBystander';
import { familyNamedAsGone } from './familyGone';
import { useOwnedBy } from './whoseUse';
import type { Understanding } from './slots';
import type { Hit, Words } from './messageWords';
import { describedFirst, isRoleToAUser, namesWhomFor, POSSESSIVES, staysAt } from './familyWhomFor';
import { texterImplied } from './texterImplied';
import { texterKinToTheOne } from './texterKinToTheOne';

/**
 * Whom the help is for (the `audience` slot): the texter ("i drink too much", "me, alcohol, no meds"), someone
 * close ("my son uses", "someone i love who drinks", "need aa for my brother"), or both ("me and my husband both
 * drink": the texter, with the trouble shared). "my boyfriend wants me to go to meetings" is the texter's own.
 */

/** Who a concern belongs to: the nearest "I" or "my husband"/"he" before it, in its own clause. */
function ownerOf(lx: LanguageLexicon, w: Words, hit: Hit, whom: readonly Hit[] = []): 'self' | 'family' | undefined {
  let owner = ownerAt(lx, w, hit, true);
  // "im at my sister's and drinking every night": a place the texter is at drinks nothing; the "im" before it does.
  // "i have 2 kids and a drinking problem": the kids are had, as the problem is; the "i" who has them owns it.
  while (
    owner?.who === 'family' &&
    isFamilyAt(lx, w.words, owner.at) &&
    (staysAt(w, owner.at, owner.at + 1) || hadApart(w, owner.at, hit.start) || describedFirst(w, owner.at))
  )
    owner = ownerAt(lx, w, { entry: hit.entry, start: hit.start, end: owner.at, negated: hit.negated }, true);
  // "someone i love uses meth": the "i" is inside the words naming them, not the one who uses.
  if (owner?.who === 'self' && whom.some((h) => h.start <= owner.at && owner.at < h.end)) return 'family';
  return owner?.who;
}

/**
 * "me" as one answer of a list ("me, alcohol, no meds, in person"): the texter, as "me" alone is. The
 * lexicon's whole-message phrases ("=me") cannot see one part of a message.
 */
const SELF_AS_AN_ANSWER = new Set(['me', 'myself', 'for me', 'its me', 'just me', 'yo', 'para mi', 'soy yo']);

/** Whether one comma- or stop-separated part of the text is only "me" (SELF_AS_AN_ANSWER). */
function selfAmongAnswers(plain: string): boolean {
  return partsOfList(plain).some((part) => SELF_AS_AN_ANSWER.has(wordsOfPlain(part).join(' ')));
}

/** What may follow a trouble before "me" in a terse list: "alchol problm me". */
const TROUBLE_NOUNS = new Set(['problem', 'problems', 'problm', 'prob', 'issue', 'issues', 'habit', 'addiction']);

/** The answers a terse list strings together: "alcohol me no meds in person". */
const LIST_ANSWER_SLOTS = new Set(['concern', 'concern_weak', 'medication', 'mode', 'when', 'part']);

/**
 * "me" right after another answer in a terse list with no commas ("alcohol me no meds in person sidney mt", the
 * twenty-third probe asked whom again): the texter, as "me alcohol" is. After a verb ("help me", "tell me") or a
 * word like "for" it is no answer, and no answer ends right before it.
 */
function meAfterAnAnswer(w: Words, hits: readonly Hit[]): boolean {
  return w.words.some(
    (x, j) =>
      x === 'me' &&
      w.clause[j - 1] === w.clause[j] &&
      !hits.some((h) => h.start <= j && j < h.end) &&
      hits.some(
        (h) =>
          LIST_ANSWER_SLOTS.has(h.entry.slot) &&
          !h.negated &&
          (h.end === j || (h.end === j - 1 && TROUBLE_NOUNS.has(w.words[j - 1]))),
      ),
  );
}

/**
 * "me" opening a terse list, right before another answer ("me nope in person 40507", "me in person", the twenty-fourth
 * session's probe asked whom): the texter, as "me alcohol" is. English only: a Spanish "me" starts a verb ("me duele").
 */
function meBeforeAnAnswer(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  if (lx.lang !== 'en' || w.words[0] !== 'me' || w.clause[1] !== w.clause[0]) return false;
  return hits.some((h) => (LIST_ANSWER_SLOTS.has(h.entry.slot) || h.entry.slot === 'yes') && h.start === 1);
}

/** Words of having someone: "i have 2 kids", "ive got three boys", "tengo dos hijos". */
const HAVE_WORDS = new Set(['have', 'got', 'tengo', 'tenemos', 'has']);

/** Whether the family word at `start` follows a word of having, a count or a word or two between ("i have 2 kids"). */
function isHad(w: Words, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) if (HAVE_WORDS.has(w.said[j])) return true;
  return false;
}

/** Words that join two things had: "i have 2 kids and a drinking problem", "i got a wife plus a habit". */
const HAD_JOINERS = new Set(['and', 'plus', 'also', 'y']);

/**
 * Whether the family word at `start` is had by the texter ("i have 2 kids") and the trouble at `about` is a second
 * thing had, joined to it: "i have 2 kids and a drinking problem" (the twentieth session's probe said "for your
 * kids"). "i have a son who drinks" and "i have a son addicted to meth" say the trouble of the son.
 */
function hadApart(w: Words, start: number, about: number): boolean {
  if (about <= start || !isHad(w, start)) return false;
  for (let j = start + 1; j < about; j++)
    if (HAD_JOINERS.has(w.words[j]) && w.clause[j] === w.clause[start]) return true;
  return false;
}

/** Words before "for me" that make it how something suits the texter: "that works for me", "too far for me". */
const SUITS_BEFORE = new Set([
  'work',
  'works',
  'good',
  'fine',
  'ok',
  'okay',
  'better',
  'best',
  'easier',
  'far',
  'late',
]);

/** "wednesday doesnt work for me", "too far for me": how a meeting suits the texter, not whom the help is for. */
function suitsTexter(w: Words, h: Hit): boolean {
  return w.words[h.start] === 'for' && SUITS_BEFORE.has(w.words[h.start - 1] ?? '');
}

/** Words that make "alcoholic here" one sought, not the texter: "any addicts here", "is there an alcoholic here". */
const SEEKING_BEFORE: ReadonlySet<string> = new Set(['any', 'another', 'other', 'fellow']);
/** "there" before "a"/"an": "is there an alcoholic here", "theres gotta be an addict here". */
const THERE_BEFORE_A: ReadonlySet<string> = new Set(['there', 'theres', 'be']);

/**
 * "is there an alcoholic here who can talk", "any addicts here i can talk to": an alcoholic "here" asked after is a
 * peer sought (the person keyword answers), not the texter saying what they are ("alcoholic here, 30").
 */
function peerSought(w: Words, h: Hit): boolean {
  if (w.words[h.end - 1] !== 'here') return false;
  const before = w.words[h.start - 1] ?? '';
  if (SEEKING_BEFORE.has(before)) return true;
  return (before === 'a' || before === 'an') && THERE_BEFORE_A.has(w.words[h.start - 2] ?? '');
}

/**
 * "im the wife of an alcoholic and i drink too", "soy hija de un alcoholico y yo tambien tomo": the texter says what
 * they are to someone who drinks or uses, and tells a use of their own: both of them (the nineteenth session's probe
 * read it as help for someone close alone). The one they are kin to is unnamed, so no relation is said back.
 */
export function ownUseBesideRole(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): SharedConcern | undefined {
  const role = hits.find(
    (h) => h.entry.slot === 'audience' && h.entry.value === 'family' && !h.negated && isRoleToAUser(w, h.end),
  );
  if (!role) return undefined;
  const ownUse = hits.some(
    (h) =>
      (h.entry.slot === 'concern' || h.entry.slot === 'concern_weak') &&
      h.start > role.end + 1 &&
      !h.negated &&
      !isPast(w, h) &&
      ownerAt(lx, w, h)?.who === 'self' &&
      (ownerAt(lx, w, h)?.at ?? 0) > role.end,
  );
  return ownUse ? {} : undefined;
}

/**
 * "us", "for us", "nosotros" as a whole text (the answer to "Who is the help for?"): the texter and someone close, as
 * "me and my wife" is. Whole only: "near us" or "we live in amarillo" say nothing of whom.
 */
export const US_AS_AN_ANSWER: ReadonlySet<string> = new Set([
  'us',
  'for us',
  'its for us',
  'its us',
  'just us',
  'nosotros',
  'nosotras',
  'para nosotros',
  'para nosotras',
]);

/** Who shares the trouble with the texter ("me and my husband both drink"), when someone does. */
export function readShared(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): SharedConcern | undefined {
  return sharedConcern(
    lx,
    w,
    hits,
    (j) => hits.some((h) => h.start <= j && j < h.end && namesWhomFor(w, h)),
    (j) => coParentAt(w, j, j + 1) ?? w.words[j],
  );
}

/** Whom the help is for: the texter (`self`), someone close (`family`), or null when the text does not say. */
export function readAudience(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  plain: string,
  shared: SharedConcern | undefined,
): Understanding['audience'] {
  // Both of them drink: the texter's own program first, the family program beside it.
  if (shared) return 'self';
  const selfHits = hits.filter(
    (h) => h.entry.slot === 'audience' && h.entry.value === 'self' && !suitsTexter(w, h) && !peerSought(w, h),
  );
  // A drink offered to the texter ("my husband keeps offering me a drink, he drinks a lot") is no one's trouble when
  // another is told: the one who drinks is found from that one (drinkOffered.ts).
  const offered = hits.filter((h) => h.entry.slot === 'concern' && offeredToTexter(lx, w, h));
  // A program named ("aa in lubbock") tells no one's trouble: "my boyfriend keeps handing me beers but im trying to
  // quit, aa in lubbock" is hers (probe 34 read the boyfriend's, from AA's alcohol).
  const program = (h: Hit) => hits.some((p) => p.entry.slot === 'programs' && p.start === h.start && p.end === h.end);
  const told = offered.length && hits.some((h) => h.entry.slot === 'concern' && !offered.includes(h) && !program(h));
  const troubles = told ? hits.filter((h) => !offered.includes(h)) : hits;
  // A medicine taken ("im on methadone and my husband drinks") is her recovery, not the trouble: his drinking is.
  const about =
    troubles.find((h) => h.entry.slot === 'concern' && !h.negated && !medicineTaken(hits, h)) ??
    troubles.find((h) => h.entry.slot === 'concern' && !h.negated) ??
    troubles.find((h) => h.entry.slot === 'concern') ??
    troubles.find((h) => h.entry.slot === 'concern_weak') ??
    troubles.find((h) => h.entry.slot === 'medication' && h.entry.value === 'true');
  // "my boyfriend wants me to go to meetings": he sent the texter; the help is the texter's own.
  const urgers = hits.filter((h) => namesWhomFor(w, h) && urgesTexter(lx, w, h.end));
  // "i have 2 kids" with no drink or drug named tells of a family, not whom the help is for.
  // "i have 2 kids and a drinking problem": the texter has both, so the kids are not whom the help is for.
  const family = hits.some(
    (h) =>
      namesWhomFor(w, h) &&
      !urgers.includes(h) &&
      (about !== undefined || !isHad(w, h.start)) &&
      !(about && hadApart(w, h.start, about.start)),
  );
  if (selfHits.some((h) => h.negated)) return 'family';
  // "i grew up with an alcoholic dad", "my drunk husband": the trouble names the one after it (M6 of the twenty-fifth
  // session's probe read the grown child as the drinker).
  if (about && !about.negated && describesThem(w, hits, about)) return 'family';
  // "my drinking hurts my family", "a fight with my wife about my drinking": "my" says whose (whoseUse.ts).
  if (about && !about.negated && useOwnedBy(w, about) === 'self') return 'self';
  const self =
    selfHits.length > 0 || selfAmongAnswers(plain) || meAfterAnAnswer(w, hits) || meBeforeAnAnswer(lx, w, hits);
  // "i mean its for me, im the parent": the help of one close to the one who uses, unless the texter's own use is told.
  // "been using meth for 5 yrs, my kids got taken": a use said as the texter's own ("been using", its "i" left off)
  // is theirs, whatever kin they are to anyone (probe 35).
  const ownUse = about !== undefined && selfHits.some((h) => h.start <= about.start && about.start <= h.end);
  if (
    self &&
    !family &&
    !ownUse &&
    texterKinToTheOne(w, hits) !== undefined &&
    (!about || ownerOf(lx, w, about) !== 'self')
  )
    return 'family';
  if (self && !family) return 'self';
  // The trouble named inside the words naming whom for ("i love an alcoholic", "someone who drinks"): theirs.
  if (about && hits.some((h) => namesWhomFor(w, h) && h.start <= about.start && about.end <= h.end)) return 'family';
  // "i need aa for my brother", "busco AA para mi esposo": the program is the relative's, asked by the texter.
  if (about && programForFamily(w, hits, about)) return 'family';
  // "someone i love who drinks", "a friend that uses": the trouble said of them, though an "i" stands between.
  if (about && hits.some((h) => namesWhomFor(w, h) && !urgers.includes(h) && saidOfThem(w, h, about))) return 'family';
  // "i think my 14 year old is drinking": someone named just before the trouble, with only "is", "has been"... between,
  // is the one who has it, whatever "i" came before (the twenty-sixth session's probe made the parent the drinker).
  if (about && !about.negated && hits.some((h) => namesWhomFor(w, h) && !urgers.includes(h) && subjectOf(w, h, about)))
    return 'family';
  if (about) {
    const owner = ownerOf(
      lx,
      w,
      about,
      hits.filter((h) => namesWhomFor(w, h) && !urgers.includes(h)),
    );
    // "i dont drink, my husband does", "i used to drink but now its my son": the trouble of now is theirs.
    if (owner === 'self' && (about.negated || isPast(w, about)) && family) return 'family';
    // "i dont drink, he does", "i dont use, she is the one": someone unnamed has it (the thirty-second session's
    // probe: "Got it, thanks." and the medication question again to a wife correcting it).
    if (owner === 'self' && about.negated && someoneElseDoes(lx, w, about.end)) return 'family';
    if (owner) return owner;
  }
  if (family) return 'family';
  if (!self && about && ownedUnknownUses(lx, w, about)) return 'family';
  return self || urgers.length > 0 || texterImplied(lx, w, hits) ? 'self' : null;
}

/** What someone else does in place of the trouble the texter denied: "he does", "she is the one", "they do". */
const DOES = new Set(['does', 'do', 'did', 'drinks', 'uses', 'gambles']);
/** "is" or "was" before "the one": "she is the one". */
const IS = new Set(['is', 'was']);

/**
 * Whether, after a trouble the texter denies (ending at `from`), a "he", "she" or "they" is said to have it: "i dont
 * drink, he does", "i dont, hes the one". "i dont drink, he knows that" is not.
 */
function someoneElseDoes(lx: LanguageLexicon, w: Words, from: number): boolean {
  for (let j = from; j < w.words.length - 1 && j <= from + 3; j++) {
    const word = w.words[j];
    if (!lx.otherWords.has(word) || word === 'his' || word === 'their' || word === 'him' || word === 'them') continue;
    const next = w.words[j + 1];
    if (DOES.has(next)) return true;
    // "she is the one", "hes the one".
    const at = IS.has(next) ? j + 2 : j + 1;
    if ((at === j + 2 || /^(?:hes|shes|theyre)$/.test(word)) && w.words[at] === 'the' && w.words[at + 1] === 'one')
      return true;
  }
  return false;
}

/** Words that may stand between someone named and their trouble: "my son is drinking", "my 15 yo has been using". */
const SUBJECT_TO_TROUBLE = new Set([
  'is',
  's',
  'was',
  'has',
  'been',
  'keeps',
  'still',
  'always',
  'started',
  'starts',
  'now',
  'probably',
  'maybe',
  'might',
  'be',
  'esta',
  'anda',
  'sigue',
]);

/** Whether the one `named` is the subject of the trouble `about` right after it ("my 14 year old is drinking"). */
function subjectOf(w: Words, named: Hit, about: Hit): boolean {
  if (named.end > about.start || about.start - named.end > 3) return false;
  if (w.clause[named.end - 1] !== w.clause[about.start]) return false;
  for (let j = named.end; j < about.start; j++) if (!SUBJECT_TO_TROUBLE.has(w.words[j])) return false;
  return true;
}

/** Words that start what is said of the one just named: "someone i love who drinks", "a friend that uses". */
const OF_THEM = new Set(['who', 'whos', 'that', 'thats', 'which', 'que']);
/** Words that may come between "who" and the trouble: "who is addicted", "who has a drinking problem". */
const AFTER_OF_THEM = new Set(['is', 'has', 'was', 'keeps', 'still', 'just', 'cant', 'wont', 'always', 'really', 'a']);

/** Whether the trouble is said right after "who" or "that" following the one named: "someone i love who drinks". */
function saidOfThem(w: Words, named: Hit, about: Hit): boolean {
  if (!OF_THEM.has(w.words[named.end] ?? '') || w.clause[named.end] !== w.clause[named.start]) return false;
  let j = named.end + 1;
  while (j < about.start && j <= named.end + 3 && AFTER_OF_THEM.has(w.words[j])) j++;
  return j === about.start;
}

/** Drinking or using said of someone right after them: "drinks", "toma". Not "drinking" ("my heavy drinking"). */
const USES_NOW = new Set(['drinks', 'uses', 'smokes', 'toma', 'bebe', 'fuma', 'usa', 'consume', 'chupa']);

/**
 * "my hubs drinks", "mi cunadito toma": a word the line does not know, right after "my" or "mi" and right before a
 * drink or drug said of them, is someone close, not the texter.
 */
function ownedUnknownUses(lx: LanguageLexicon, w: Words, about: Hit): boolean {
  const at = about.start - 1;
  const word = w.words[at] ?? '';
  if (!USES_NOW.has(w.words[about.start]) || !POSSESSIVES.has(w.words[at - 1] ?? '')) return false;
  return !lx.vocabulary.has(word) && !lx.selfWords.has(word) && !/\d/.test(word);
}

/** Saying what one is, before "an alcoholic mom": the texter's own trouble and role, not someone else's. */
const BEING_BEFORE = new Set(['im', 'am', 'as', 'soy', 'being']);

/**
 * Whether the trouble is said of the family word right after it, in its clause: "an alcoholic dad", "my addict
 * brother", "a drunk husband". Not "im an alcoholic mom", where the texter says what they are.
 */
function describesThem(w: Words, hits: readonly Hit[], about: Hit): boolean {
  const them = hits.find((h) => h.start === about.end && namesWhomFor(w, h));
  if (!them || w.clause[them.start] !== w.clause[about.start]) return false;
  const before = ['a', 'an', 'my', 'our'].includes(w.words[about.start - 1] ?? '') ? about.start - 2 : about.start - 1;
  return !BEING_BEFORE.has(w.words[before] ?? '');
}

/** "for" and "para" before "my brother": whom something is for. */
const FOR_WORDS = new Set(['for', 'para']);

/**
 * Whether the trouble is named by a program's name followed by "for my <family word>" ("need aa for my brother",
 * "busco AA para mi esposo"): the program is theirs. Not "aa for myself and my brother", where "for" takes the texter.
 */
function programForFamily(w: Words, hits: readonly Hit[], about: Hit): boolean {
  const program = hits.find((p) => p.entry.slot === 'programs' && p.start <= about.start && about.end <= p.end);
  if (!program) return false;
  // Where or how between, in the same clause: "busco aa en lubbock para mi esposa", "aa meetings in town for my son"
  // (the thirty-third session's probe read the first as the texter's own).
  let forAt = program.end;
  while (forAt < program.end + FOR_REACH && forAt < w.words.length && !FOR_WORDS.has(w.words[forAt])) forAt++;
  if (!FOR_WORDS.has(w.words[forAt] ?? '') || w.clause[forAt] !== w.clause[program.end - 1]) return false;
  const at = POSSESSIVES.has(w.words[forAt + 1] ?? '') ? forAt + 2 : forAt + 1;
  return hits.some((h) => h.start <= at && at < h.end && namesWhomFor(w, h));
}

/** How many words may stand between a program and the "for" of whom it is for: "aa en lubbock tx para". */
const FOR_REACH = 5;

/**
 * The hits that may say whom the help is for: not the "for me" ending a question whether a program fits ("is al
 * anon for me"), which asks whether it is for them, and answers nothing (`fitEnds`: where each such "for me" ends),
 * nor a family word named only to tell when the texter can go ("when my wife is at work": familyInATime.ts), as
 * the help to get there ("can my mom drive me": familyAsHelp.ts), as who may find out ("will you tell my husband":
 * familyWhoMayKnow.ts), or as a boss or a teacher who is only the reason for writing ("my boss gets mad if im late":
 * familyAsBystander.ts), or only as gone ("my kids got taken by cps": familyGone.ts).
 */
export function whomForHits(w: Words, hits: readonly Hit[], fitEnds: readonly number[]): readonly Hit[] {
  // "when my wife is at work": a family word that only tells a time says nothing of whom the help is for.
  // "can my mom drive me", "will you tell my husband": one named only as the help to get there, or as who may find
  // out, says nothing of it either.
  const timeFamily = (h: Hit) =>
    h.entry.slot === 'audience' &&
    h.entry.value === 'family' &&
    (familyNamedForATime(w.words, w.clause, h, hits) ||
      familyNamedAsHelp(w.words, w.clause, h, hits) ||
      familyNamedAsWhoMayKnow(w.words, h) ||
      familyNamedAsBystander(w.words, w.clause, h, hits) ||
      familyNamedAsGone(w.words, w.said, w.clause, h, hits));
  const told = hits.some(timeFamily) ? hits.filter((h) => !timeFamily(h)) : hits;
  if (!fitEnds.length) return told;
  return told.filter((h) => !(h.entry.slot === 'audience' && h.entry.value === 'self' && fitEnds.includes(h.end)));
}
