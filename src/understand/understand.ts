import { MAX_SMS_BODY_CHARS } from '../sms/smsLimits';
import { isCarrierOptOut } from '../text/carrierWords';
import { detectCrisis, type CrisisWords } from '../text/crisisDetector';
import { squashText } from '../text/answerMatch';
import { MEETING_NOUNS } from '../text/meetingWords';
import { butLeavesOut, PAST_ACT_WORDS } from '../text/timeWords';
import { noTurnsWhatFollows } from '../text/noOfAVerb';
import { partsOfList, plainLower, wordsOfPlain } from '../text/textWords';
import type { PatternHit } from '../text/phrasePattern';
import { isFamilyAt, type Lexicon, type LanguageLexicon, type LexiconEntry } from './lexicon';
import { eldersAgeSaid, itemNumber, statedAge } from './numbers';
import { cachedStateCode, findPlace, meetingsAskedInTown, townAfterLeadIn, type PlaceReader } from './places';
import { withoutNewToAPlace } from './newToAPlace';
import { normalizeTownName } from '../directory/placeIndex';
import { spellingKey } from '../directory/townSpellings';
import { isPast, ownerAt, sharedConcern, TEXTER_NAMED, WE_WORDS, type SharedConcern } from './sharedConcern';
import { wantsOwnHelp } from './ownHelpWanted';
import { urgesTexter } from './texterUrged';
import { coParentAt, otherParentUsing, PARENT_ROLES } from './coParent';
import { fitQuestionEnd, isAskedAbout, isToldOf } from './programMentions';
import { stateSaidIn } from './stateSaid';
import { behaviorOf, insideBehavior } from './behavior';
import {
  listedNames,
  otherProgramsNamed,
  type ListedNames,
  type OtherProgram,
  type OtherProgramMention,
} from './otherPrograms';
import { BEHAVIOR_CONCERN } from '../flow/understandSlots';
import { isSomeoneElsesTime } from './timeToMeet';
import { daysLeftOut } from './daysLeftOut';
import { familyNamedAsHelp, helpsAt } from './familyAsHelp';
import { familyNamedAsWhoMayKnow } from './familyWhoMayKnow';
import { teenNeedsOwnGroup } from './teenBeside';
import { isEverydayWordTown } from './everydayTownNames';
import { withoutTobaccoConcerns } from './tobaccoOnly';
import { withoutPrescribedConcerns } from './prescribedPills';
import { withoutMedicineForms } from './medicationForms';
import { inPersonOutOfReach } from './inPersonOutOfReach';
import { asksIfMedicationWelcome } from './medicationWelcome';
import { TURNING_DOWN, withoutTurnedDownTown } from './placeTurnedDown';
import { familyNamedForATime } from './familyInATime';
import type { WhenWord } from '../directory/parseWhen';
import { OF_WORDS, ofOwnerAt, TIME_SLOTS, USE_SLOTS } from './heardWords';
import { medicationWished, wereMeansWeAre } from './medicationNotYet';
import { ageOfThem } from './ageOfThem';
import { useOwnedBy } from './whoseUse';
import { asksMeaning } from './meaningAsked';
import { withoutSaidInPassing } from './saidInPassing';
import type { Understanding, UnderstoodPlace } from './slots';

/**
 * The understanding step: reads one text message, in any state of the conversation, and fills
 * every slot its words speak to. Pure: no I/O; the lexicon comes from the flow, places from the
 * directory's offline tables.
 */

/** One listed phrase found in a message, for `chat --explain` and the eval's misses. */
export interface Heard {
  slot: string;
  value: string;
  /** The words of the message it matched. */
  words: string;
  /** True when a negation just before turned it around ("no meds", "not me"). */
  negated: boolean;
  /** Set when it is a phrase of another language of the flow ("my husband" in a Spanish text). */
  borrowed?: boolean;
  /** The behaviour a concern phrase names, when it was listed under `behavior` ("video games": gaming). */
  behavior?: string;
}

/** What understand() found, and which listed phrases it heard to find it. */
export interface Reading {
  understood: Understanding;
  heard: Heard[];
  /**
   * The family word of the person the help is for ("husband", "hijo"), for "Got it: for your
   * husband"; undefined when none is named, or only ones who have died ("my mom died of an overdose").
   */
  relation?: string;
  /**
   * Set when the texter and someone close to them share the trouble ("me and my husband both drink"): the
   * audience is then the texter, and this names the other person ("husband") when one family word does.
   */
  shared?: SharedConcern;
  /**
   * Set when the person the help is about wants help themselves ("my husband wants to quit drinking", "a meeting
   * for my son"): their own program's meetings are looked for, with the family group beside them (ownHelpWanted.ts).
   */
  forThem?: boolean;
  /**
   * Programs named only as told of ("the NA people said", "kicked out of AA"): no wish for their meetings, but they
   * say whom the help is for and what about when the text does not ("got kicked out of NA": the texter, drugs).
   */
  toldOf?: string[];
  /**
   * Programs a text asks what they are ("whats al anon", "que es smart"): no wish for their meetings, and nothing
   * about whom the help is for or what about. The line answers with the program's own line (`program_about`).
   */
  askedAbout?: string[];
  /** The state the texter says they are in, when the text names no town ("i live in kansas"): its code. */
  stateSaid?: string;
  /** Days of the week the text leaves out of when the texter can go ("any day but wednesday"), Monday first. */
  daysLeftOut?: WhenWord[];
  /** Set when the text turns a town down and names no other ("i'm not in lubbock"): the place searched is wrong. */
  placeTurnedDown?: true;
  /**
   * Programs named that the understanding does not know as the catalogue's ("i go to cocaine anonymous",
   * "celebrate recovery", "neuroticos anonimos"): the engine checks the catalogue, and says the line does not list
   * their meetings (`program_not_listed`) when it does not. What they imply is read into the slots, as implied.
   */
  otherPrograms?: OtherProgram[];
  /**
   * The concerns named when a text names more than one ("my husband drinks and gambles"), whose `concern` is then
   * `unsure`: the conversation keeps them, so each one's groups are offered (Al-Anon and Gam-Anon), not unsure's.
   */
  concerns?: string[];
  /**
   * Slots read only from what another answer implies, not said: "suboxone" suggests drugs. The
   * conversation takes them only when it does not already know them ("alcohol", then "yes, suboxone").
   */
  implied?: string[];
  /**
   * A behaviour named that is no gambling ("addicted to video games": `gaming`), heard with concern `gambling`
   * (menu's "another behavior"): the conversation keeps it, so SMART Recovery is offered, not Gam-Anon.
   */
  behavior?: string;
  /**
   * Programs the text turns down ("not AA", "aa isnt for me", "anything besides AA?"), and `twelve_step` for the
   * twelve steps turned down as a whole ("a non 12 step group"): the conversation offers a secular one instead.
   */
  turnedDown?: string[];
}

/** Extra context: crisis words staff added in the flow. */
export interface UnderstandOptions {
  crisisWords?: CrisisWords;
}

/** Longer texts are cut here (the longest SMS body): an emoji storm costs no more than one SMS worth of reading. */
const MAX_CHARS = MAX_SMS_BODY_CHARS;
/** Words after an ordinal that make it point at a listed meeting ("the 2nd one"). */
const ITEM_NOUNS = new Set(['one', 'uno', 'una', 'meeting', 'junta', 'reunion', 'group', 'grupo']);
/** Spanish words before "manana" that make it "morning" rather than "tomorrow". */
const MANANA_AS_MORNING = new Set(['la', 'las', 'por', 'de', 'en', 'esta']);

interface Hit {
  entry: LexiconEntry;
  start: number;
  end: number;
  negated: boolean;
}

interface Words {
  said: string[];
  words: string[];
  clause: number[];
}

/** What ends a clause: a stop, a comma, a question, a line, " - ". */
const CLAUSE_BREAK = /[,.;!?\n]+|\s-\s/;

function splitWords(plain: string, lx: LanguageLexicon): Words {
  const said: string[] = [];
  const clause: number[] = [];
  // One clause (most texts): its words are the text's, without a regex split into one part.
  const parts = CLAUSE_BREAK.test(plain) ? plain.split(CLAUSE_BREAK) : [plain];
  parts.forEach((part, k) => {
    for (const word of wordsOfPlain(part)) {
      said.push(word);
      clause.push(k);
    }
  });
  return { said, words: said.map((w) => lx.typos.correct(w)), clause };
}

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

function isNegated(lx: LanguageLexicon, w: Words, start: number, end: number, slot: string): boolean {
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
    return true;
  }
  if (slot === 'programs' && programDisliked(w, start, end)) return true;
  return TIME_SLOTS.has(slot) && (unableBefore(w, start) || exceptedBefore(w, start) || refusedAfter(w, start, end));
}

/** First words of programs' names, as texted. */
const PROGRAM_NAME_WORDS = new Set(
  'aa a na n smart mara al alanon alateen nar naranon ga gamblers alcoholics narcotics doble'.split(' '),
);
/** Words of a group, besides the programs' names: "meetings arent for me", "that group is not for me". */
const GROUP_WORDS = new Set([...MEETING_NOUNS, 'group', 'groups', 'program', 'programs', 'steps']);
/** Words that may stand between a group and the "not" after it: "aa is not for me", "aa just isnt for me". */
const BETWEEN_GROUP_AND_NOT = new Set(['is', 'was', 'are', 'were', 'just', 'really', 'honestly']);

/** Whether a program or a group is named right before the negation at `j`: "aa isnt for me", "na is not for me". */
function groupBefore(w: Words, j: number): boolean {
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
function programDisliked(w: Words, start: number, end: number): boolean {
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
function naDisliked(w: Words, programs: { asked: readonly string[]; told: readonly string[] }): boolean {
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

/** Whether the words just before a time say the texter cannot go then: "not tonight", "i cant go today". */
function unableBefore(w: Words, start: number): boolean {
  if (start > 0 && w.words[start - 1] === 'not' && w.clause[start - 1] === w.clause[start]) return true;
  for (let j = Math.max(0, start - 3); j < start; j++) {
    if (w.clause[j] === w.clause[start] && UNABLE_WORDS.has(w.words[j])) return true;
  }
  return false;
}

/**
 * Modifier slots: their word inside a longer phrase of another slot belongs to that phrase ("online poker";
 * "in high school" is a teen, not someone high).
 */
const INNER_SLOTS = new Set(['mode', 'item', 'yes', 'when', 'part', 'wants', 'concern_weak']);

/** Whether a hit's phrase skips words ("want ... na"): the words skipped are not part of its name. */
function hasGap(hit: Hit): boolean {
  return hit.entry.pattern.slots.some((slot) => slot.gap > 0);
}

/** Whether `outer` spans `inner` and more: "smart recovery family" over "smart recovery". */
function liesWithin(inner: Hit, outer: Hit): boolean {
  return outer.start <= inner.start && outer.end >= inner.end && outer.end - outer.start > inner.end - inner.start;
}

function insideAnother(hit: Hit, all: readonly Hit[]): boolean {
  if (!INNER_SLOTS.has(hit.entry.slot)) return false;
  return all.some(
    (o) =>
      o.entry.slot !== hit.entry.slot &&
      !o.entry.skipsWords &&
      // "im an addict" says whom the help is for and what it is about: the word keeps its own meaning.
      !(o.entry.slot === 'audience' && hit.entry.slot === 'concern_weak') &&
      // "i overdosed last night" is told (`overdosed`) and still about drugs: an intent's phrase keeps its words'.
      !(o.entry.slot === 'intents' && hit.entry.slot === 'concern_weak') &&
      !(TIME_SLOTS.has(o.entry.slot) && TIME_SLOTS.has(hit.entry.slot)) &&
      // "na tonight" names NA by the time beside it; the time is still when to meet.
      !(o.entry.slot === 'programs' && TIME_SLOTS.has(hit.entry.slot)) &&
      liesWithin(hit, o),
  );
}

function hear(lx: LanguageLexicon, w: Words): Hit[] {
  const hits = hearAll(lx, w).filter((h) => !foreignWordAlone(lx, w, h));
  return hits.filter(
    (h) =>
      !insideAnother(h, hits) &&
      !gamblingByTypo(w, h) &&
      !isHabit(w, h, hits) &&
      !insideBehavior(h, hits) &&
      !isBabyNoun(w, h) &&
      // "my ex has the kids this weekend": a time of someone else's doings, not one to meet at.
      !(TIME_SLOTS.has(h.entry.slot) && isSomeoneElsesTime(lx, w, h, hits)),
  );
}

/** Words before "bebe" that make it the noun "bebé" (a baby), not "bebe" (drinks): "mi bebe", "del bebe". */
const BEFORE_A_NOUN = new Set(['mi', 'mis', 'tu', 'tus', 'su', 'sus', 'un', 'una', 'del', 'nuestro', 'nuestros']);
/** Written without the accent, "bebé" (a baby) is "bebe" (drinks). */
const BABY_WORDS = new Set(['bebe', 'bebes']);

/** Whether a drinking word is the noun "bebé" after "mi", "su", "un": "el papa de mi bebe" says no one drinks. */
function isBabyNoun(w: Words, h: Hit): boolean {
  return h.end - h.start === 1 && BABY_WORDS.has(w.words[h.start]) && BEFORE_A_NOUN.has(w.words[h.start - 1] ?? '');
}

/**
 * Whether a hit is another language's family word not said as someone's: "son" in "ellos son adictos" is Spanish
 * "are", "amigo" in "thanks amigo" no one the help is for. "mi son", "my esposo" are (isFamilyAt).
 */
function foreignWordAlone(lx: LanguageLexicon, w: Words, h: Hit): boolean {
  return (
    h.entry.borrowed === true &&
    h.end - h.start === 1 &&
    lx.borrowedFamily.has(w.words[h.start]) &&
    !isFamilyAt(lx, w.words, h.start)
  );
}

/** Listed words shorter than this are never reached by a typo for gambling: "shots" is not "slots". */
const GAMBLING_TYPO_MIN = 8;

/**
 * Whether a gambling word was only reached by correcting a shorter word ("shots" to "slots", "setting" to
 * "betting", "power" to "poker"): everyday words sit one letter from the short gambling words, and a wrong
 * "gambling" sends someone to the wrong program. A plural, a held letter or a long word ("gamblng") still counts.
 */
function gamblingByTypo(w: Words, h: Hit): boolean {
  if (h.entry.slot !== 'concern' || h.entry.value !== 'gambling') return false;
  for (let j = h.start; j < h.end; j++) {
    const said = w.said[j];
    const meant = w.words[j];
    if (said === meant || meant.length >= GAMBLING_TYPO_MIN) continue;
    if (said === `${meant}s` || said.replace(/(.)\1+$/, '$1') === meant) continue;
    return true;
  }
  return false;
}

/** Words that make a time a habit: "every weekend", "each night", "todos los dias", "cada fin de semana". */
const HABIT_WORDS = new Set(['every', 'each', 'always', 'usually', 'cada', 'todos', 'todas', 'siempre']);
/** Times said in the plural are habits too: "drinks on weekends", "toma los sabados". */
const PLURAL_TIMES = new Set([
  'weekends',
  'weekdays',
  'nights',
  'nites',
  'mornings',
  'afternoons',
  'evenings',
  'weeknights',
  'mondays',
  'tuesdays',
  'wednesdays',
  'thursdays',
  'fridays',
  'saturdays',
  'sundays',
  'fines',
  'sabados',
  'domingos',
  'noches',
  'mananas',
  'tardes',
]);

/** Whether the words around a time name meetings: "meetings every weekend", "weekend meetings". */
function meetingsAround(w: Words, h: Hit, hits: readonly Hit[]): boolean {
  const near = (j: number) => w.clause[j] === w.clause[h.start] && j >= h.start - 3 && j <= h.end;
  // Words of the meetings themselves: "meetings every weekend" asks for a time, "drinks every weekend" does not.
  if (w.words.some((word, j) => near(j) && MEETING_NOUNS.has(word))) return true;
  return hits.some((o) => o.entry.slot === 'programs' && near(o.end - 1));
}

/**
 * Whether a time word tells how often someone uses or doses, not when the texter wants to meet: "does coke
 * every weekend", "drinks every night after work", "i go to the clinic every morning for my dose". A habit word
 * (or a plural time) and a use in the same clause, and no meetings named next to the time ("meetings every weekend").
 */
function isHabit(w: Words, h: Hit, hits: readonly Hit[]): boolean {
  if (!TIME_SLOTS.has(h.entry.slot)) return false;
  const clause = w.clause[h.start];
  // "i took my suboxone this morning", "i drank today": when a dose or a drink was, not a time to meet.
  const before = (set: ReadonlySet<string>) =>
    w.words.some((word, j) => w.clause[j] === clause && j < h.start && j >= h.start - 4 && set.has(word));
  if (before(PAST_ACT_WORDS) && !meetingsAround(w, h, hits)) return true;
  const habitual =
    PLURAL_TIMES.has(w.words[h.end - 1]) ||
    w.words.some((word, j) => w.clause[j] === clause && j < h.start && j >= h.start - 4 && HABIT_WORDS.has(word));
  if (habitual && goesAlready(w, h)) return true;
  if (!habitual || meetingsAround(w, h, hits)) return false;
  // A program's name says its trouble ("AA" is alcohol) but tells of no use: "i want AA in amarillo on saturdays".
  const named = (o: Hit) => hits.some((p) => p.entry.slot === 'programs' && p.start <= o.start && o.end <= p.end);
  return hits.some((o) => USE_SLOTS.has(o.entry.slot) && !o.negated && w.clause[o.start] === clause && !named(o));
}

/** Going to meetings, said as what one does: "i go to aa every tuesday", "i attend one every morning". */
const GOING = new Set(['go', 'attend', 'hit', 'voy', 'asisto']);
/** Before going, that it is the texter's own habit: "i go", "i usually go", "we always attend". */
const GOER = new Set(['i', 'we', 'usually', 'already', 'always', 'normally', 'yo']);

/**
 * Whether the texter tells of meetings they already go to, at the habit's time: "i go to aa every tuesday but need
 * another meeting". That day is theirs already, not the one to look for ("i want to go every tuesday" is a wish).
 */
function goesAlready(w: Words, h: Hit): boolean {
  const clause = w.clause[h.start];
  for (let j = h.start - 1; j >= Math.max(1, h.start - 6) && w.clause[j] === clause; j--) {
    if (GOING.has(w.words[j]) && GOER.has(w.words[j - 1])) return true;
  }
  return false;
}

function hearAll(lx: LanguageLexicon, w: Words): Hit[] {
  const n = w.words.length;
  return (
    lx.index
      .findAll(w.words)
      .filter((h: PatternHit<LexiconEntry>) => !h.entry.whole || (h.start === 0 && h.end === n))
      // Written out, not `{ ...h, negated }`: a spread with another key takes V8's slow path on Node 20.
      .map((h) => ({
        entry: h.entry,
        start: h.start,
        end: h.end,
        negated: isNegated(lx, w, h.start, h.end, h.entry.slot),
      }))
      .sort((a, b) => a.start - b.start || b.end - a.end)
  );
}

/**
 * The hits but the parts of the day said before a "but" that turns to a day that works: in "i work days but
 * saturday works" the evening working days leave is not Saturday's ("i work days but saturday morning works" keeps
 * the morning said after it).
 */
function partsAfterTurn(w: Words, hits: readonly Hit[]): readonly Hit[] {
  const turn = w.words.findIndex(
    (word, k) =>
      (word === 'but' || word === 'pero') &&
      !butLeavesOut(w.words, k) &&
      hits.some((h) => h.entry.slot === 'when' && !h.negated && h.start > k),
  );
  return turn < 0 ? hits : hits.filter((h) => h.entry.slot !== 'part' || h.start > turn);
}

function firstValue(hits: readonly Hit[], slot: string): string | undefined {
  return hits.find((h) => h.entry.slot === slot && !h.negated)?.entry.value;
}

/** Words of having no way to get to a meeting ("no car", "cant drive", "no tengo raite"): a reason, not a choice. */
const NO_WAY_THERE = new Set([
  'car',
  'ride',
  'license',
  'drive',
  'transportation',
  'transport',
  'house',
  'home',
  'homebound',
  'bedridden',
  'carro',
  'coche',
  'auto',
  'transporte',
  'raite',
  'manejar',
  'manejo',
  'licencia',
  'gas',
  'gasolina',
  'bus',
  'buses',
  'camion',
  'autobus',
]);

/**
 * How the texter wants to meet: the first way said, except that no way to get there (heard as online) gives way
 * to the way they then name: "no car so has to be by phone" is by phone.
 */
function readMode(w: Words, hits: readonly Hit[]): Understanding['mode'] | undefined {
  const named = hits.filter((h) => h.entry.slot === 'mode' && !h.negated && !isWhereItIsDone(w, h));
  // "i cant go to a local meeting", "no way to get to a meeting": a room out of reach, online what they can join.
  // The way they then name stays: "cant make it in person, by phone is fine" is by phone.
  const timeSaid = hits.some((h) => TIME_SLOTS.has(h.entry.slot));
  const outOfReach = inPersonOutOfReach(w, timeSaid);
  const modes = outOfReach ? named.filter((h) => h.entry.value !== 'in_person') : named;
  if ((outOfReach && !modes.length) || (!modes.length && onlyInPersonTurnedDown(hits))) return 'online';
  // "not online", "no zoom", "i dont want online": a room, the one way left that needs no screen or line.
  if (!modes.length && onlyRemoteTurnedDown(hits)) return 'in_person';
  if (offersTwoWays(w, modes)) return 'any';
  const noWayThere = (h: Hit) => w.words.slice(h.start, h.end).some((x) => NO_WAY_THERE.has(x));
  const chosen = modes.find((h) => !noWayThere(h)) ?? modes[0];
  // "dont have a car but my brother can drive me on saturdays": a way there is named after all, so in person.
  if (chosen && noWayThere(chosen) && rideNamedAfter(w.words, chosen.end)) return 'in_person';
  return chosen?.entry.value as Understanding['mode'] | undefined;
}

/** What is done online or on the phone when the trouble is there: "play poker online", "online betting". */
const DONE_ONLINE = new Set([
  'play',
  'plays',
  'playing',
  'played',
  'gamble',
  'gambles',
  'gambling',
  'gambled',
  'bet',
  'bets',
  'betting',
  'poker',
  'casino',
  'casinos',
  'slots',
  'games',
  'gaming',
  'sportsbook',
  'sportsbooks',
  'shopping',
  'shop',
  'porn',
  'dating',
  'order',
  'ordered',
  'ordering',
  'buy',
  'buys',
  'buying',
  'bought',
  'apuestas',
  'apostar',
  'apuesto',
  'apuesta',
  'apuestan',
  'juegan',
  'compra',
  'juego',
  'juega',
  'jugar',
  'compro',
]);

/**
 * Whether a way to meet is said of what the trouble is ("i play poker online every night", "online betting", "buys
 * pills online"), not how the texter wants to meet: one of DONE_ONLINE in the two words before it, or right after.
 */
function isWhereItIsDone(w: Words, h: Hit): boolean {
  if (h.entry.value !== 'online' && h.entry.value !== 'phone') return false;
  // "online meetings", "a zoom group": the meeting itself.
  for (let j = h.start; j <= h.end; j++) if (MEETING_NOUNS.has(w.words[j] ?? '')) return false;
  if (DONE_ONLINE.has(w.words[h.end] ?? '')) return true;
  for (let j = Math.max(0, h.start - 2); j < h.start; j++) {
    if (DONE_ONLINE.has(w.words[j]) && w.clause[j] === w.clause[h.start]) return true;
  }
  return false;
}

/** Whether the only ways to meet named are online or by phone, turned down ("not online", "no zoom"). */
function onlyRemoteTurnedDown(hits: readonly Hit[]): boolean {
  const named = hits.filter((h) => h.entry.slot === 'mode');
  return named.length > 0 && named.every((h) => h.negated && (h.entry.value === 'online' || h.entry.value === 'phone'));
}

/** Whether the only way to meet named is in person, turned down ("not in person", "i dont do in person"). */
function onlyInPersonTurnedDown(hits: readonly Hit[]): boolean {
  const named = hits.filter((h) => h.entry.slot === 'mode');
  return named.length > 0 && named.every((h) => h.negated && h.entry.value === 'in_person');
}

/** Words of a ride had: "get a ride", "can get rides", "consigo raite". */
const RIDE_WORDS = new Set(['ride', 'rides', 'lift', 'raite', 'aventon']);
const GETTING = new Set(['get', 'gets', 'getting', 'got', 'have', 'has', 'consigo', 'tengo', 'me', 'dan']);

/** Whoever a ride is asked of, not had from: "can someone drive me", "could you take me", "alguien me lleva". */
const ASKED_OF = new Set(['someone', 'somebody', 'anyone', 'anybody', 'you', 'u', 'alguien']);

/** Whether a ride is named after `from`: "my brother can drive me", "i can get a ride", "mi hermana me lleva". */
function rideNamedAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    // "can someone drive me?" asks for a ride: no one named has one.
    if (helpsAt(words, k) && !words.slice(Math.max(from, k - 2), k).some((x) => ASKED_OF.has(x))) return true;
    if (RIDE_WORDS.has(words[k]) && words.slice(Math.max(from, k - 3), k).some((x) => GETTING.has(x))) return true;
  }
  return false;
}

/** Words that join two ways to meet as both welcome: "online or in person", "both", "en linea o en persona". */
const JOINING_WAYS: ReadonlySet<string> = new Set(['or', 'and', 'o', 'y', 'u', 'maybe', 'even']);
/** Words that make two ways named in one text both welcome wherever they stand: "both zoom and in person". */
const BOTH_WAYS: ReadonlySet<string> = new Set(['both', 'either', 'ambos', 'ambas', 'cualquiera']);

/**
 * Whether a text offers two ways to meet as both fine ("both online and in person", "in person or zoom", "en linea o
 * en persona"): any way, not the first one named. Two ways said apart ("in person, online is too hard") are not.
 */
function offersTwoWays(w: Words, modes: readonly Hit[]): boolean {
  if (new Set(modes.map((h) => h.entry.value)).size < 2) return false;
  if (w.words.some((x) => BOTH_WAYS.has(x))) return true;
  const ordered = [...modes].sort((a, b) => a.start - b.start);
  return ordered.some((h, i) => {
    const next = ordered[i + 1];
    if (!next || next.entry.value === h.entry.value || next.start < h.end) return false;
    const between = w.words.slice(h.end, next.start);
    return between.length > 0 && between.length <= 2 && between.every((x) => JOINING_WAYS.has(x));
  });
}

function allValues(hits: readonly Hit[], slot: string): string[] {
  return [...new Set(hits.filter((h) => h.entry.slot === slot && !h.negated).map((h) => h.entry.value))];
}

/**
 * Whether a concern hit is only a medication's name ("suboxone", "methadone"): it suggests drugs, but
 * someone on it may be writing about alcohol, so any other concern word in the text wins over it.
 */
function isMedicationName(hit: Hit, hits: readonly Hit[]): boolean {
  return hits.some(
    (m) => m.entry.slot === 'medication' && m.entry.value === 'true' && m.start <= hit.start && m.end >= hit.end,
  );
}

/** Whether every concern heard is a program's or a medicine's name ("AA", "suboxone"): implied, not said. */
function concernOnlyFromNames(w: Words, hits: readonly Hit[]): boolean {
  return hits
    .filter((h) => h.entry.slot.startsWith('concern'))
    .every((h) => PROGRAM_NAME_WORDS.has(w.words[h.start]) || isMedicationName(h, hits));
}

/** The concern hits that say it, not only imply it: medication names count when nothing else is named. */
function concernHits(hits: readonly Hit[]): Hit[] {
  const all = hits.filter((h) => h.entry.slot === 'concern');
  const said = all.filter((h) => !isMedicationName(h, hits));
  return said.length ? said : all;
}

/** True when the concern comes only from a medication's name: implied, not said. */
function concernOnlyImplied(hits: readonly Hit[]): boolean {
  const all = hits.filter((h) => h.entry.slot === 'concern');
  return all.length > 0 && all.every((h) => isMedicationName(h, hits));
}

/** Words that join two things done ("fuma mota y toma", "drinks and gambles"): no object of the verb before them. */
const JOINING = new Set(['y', 'e', 'and', 'tambien', 'also', 'too', 'ademas']);

/**
 * A weak drinking word that says drinking beside another concern ("fuma mota y toma", "toma y apuesta"): one not
 * followed by what is taken ("toma pastillas", "toma muchas pastillas"). Weak drug words ("addict", "using")
 * stay weak: beside a named concern they say no more than it does.
 */
function drinkingBeside(w: Words, hits: readonly Hit[]): Hit[] {
  const takes = (h: Hit) =>
    hits.some(
      (o) =>
        o.entry.slot === 'concern' &&
        o.start >= h.end &&
        o.start <= h.end + 1 &&
        !w.words.slice(h.end, o.start).some((x) => JOINING.has(x)),
    );
  return hits.filter((h) => h.entry.slot === 'concern_weak' && h.entry.value === 'alcohol' && !h.negated && !takes(h));
}

/** The concern a text says, and the concerns it names when they are several (Reading's `concerns`). */
function readConcerns(w: Words, hits: readonly Hit[]): { concern: Understanding['concern']; several: string[] } {
  const said = concernHits(hits);
  // "mi esposo toma y apuesta": the drinking counts beside the gambling, so both halves are heard ("por varias cosas").
  const named = said.some((h) => !h.negated) ? [...said, ...drinkingBeside(w, hits)] : said;
  const of = (slot: string, negated: boolean) =>
    (slot === 'concern' ? named : hits).filter(
      (h) =>
        (h.entry.slot === slot || (slot === 'concern' && h.entry.slot === 'concern_weak')) && h.negated === negated,
    );
  let several: string[] = [];
  const pick = (list: Hit[]): Understanding['concern'] => {
    const values = new Set(list.map((h) => h.entry.value).filter((v) => v !== 'unsure'));
    // "its more pills than alcohol", "mostly meth": the one said to weigh most is the concern.
    const main = values.size > 1 ? mainConcern(w, list) : undefined;
    if (main) return main;
    if (values.size > 1) several = [...values];
    if (values.size > 1) return 'unsure';
    if (values.size === 1) return [...values][0] as Understanding['concern'];
    return list.length ? 'unsure' : null;
  };
  const concern = pick(of('concern', false)) ?? pick(of('concern', true)) ?? pick(of('concern_weak', false));
  return { concern, several };
}

/** Words that say which of two concerns weighs most: "mostly pills", "more pills than alcohol", "sobre todo". */
const MOSTLY_WORDS = new Set(['mostly', 'mainly', 'primarily', 'especially', 'more', 'mas', 'mayormente']);
/** The word of a comparison: "more pills than alcohol", "mas pastillas que alcohol". */
const THAN_WORDS = new Set(['than', 'que']);

/**
 * The concern said to weigh most among several, when one is: right after "mostly" ("mostly pills, some
 * drinking"), between "more" and "than" ("its more pills than alcohol", "mas pastillas que alcohol"), or before
 * "more than" ("pills more than alcohol"). Undefined when no one concern is said so.
 */
function mainConcern(w: Words, list: readonly Hit[]): Understanding['concern'] | undefined {
  const weighs = (h: Hit): boolean => {
    const before = w.words[h.start - 1];
    if (before !== undefined && MOSTLY_WORDS.has(before) && w.clause[h.start - 1] === w.clause[h.start]) {
      if (before !== 'more' && before !== 'mas') return true;
      // "more" weighs only in a comparison: "more pills than alcohol", not "i need more help with pills".
      return w.words.slice(h.end, h.end + 3).some((x) => THAN_WORDS.has(x));
    }
    return (w.words[h.end] === 'more' || w.words[h.end] === 'mas') && THAN_WORDS.has(w.words[h.end + 1] ?? '');
  };
  const mains = new Set(list.filter((h) => !h.negated && weighs(h)).map((h) => h.entry.value));
  return mains.size === 1 && !mains.has('unsure') ? ([...mains][0] as Understanding['concern']) : undefined;
}

/** Where the family word is that owns the first concern named ("our son's drinking"), when one does. */
function ownerIndex(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): number | undefined {
  const about = hits.find((h) => h.entry.slot === 'concern' && !h.negated);
  if (!about) return undefined;
  for (let j = about.end - 1; j >= 0 && w.clause[j] === w.clause[about.start]; j--) {
    if (isFamilyAt(lx, w.words, j)) return j;
    if (lx.selfWords.has(w.words[j]) || lx.otherWords.has(w.words[j])) return undefined;
  }
  return undefined;
}

/** Who a concern belongs to: the nearest "I" or "my husband"/"he" before it, in its own clause. */
function ownerOf(lx: LanguageLexicon, w: Words, hit: Hit, whom: readonly Hit[] = []): 'self' | 'family' | undefined {
  let owner = ownerAt(lx, w, hit, true);
  // "im at my sister's and drinking every night": a place the texter is at drinks nothing; the "im" before it does.
  while (owner?.who === 'family' && isFamilyAt(lx, w.words, owner.at) && staysAt(w, owner.at, owner.at + 1))
    owner = ownerAt(lx, w, { entry: hit.entry, start: hit.start, end: owner.at, negated: hit.negated }, true);
  // "someone i love uses meth": the "i" is inside the words naming them, not the one who uses.
  if (owner?.who === 'self' && whom.some((h) => h.start <= owner.at && owner.at < h.end)) return 'family';
  return owner?.who;
}

/** Words before "with (my) sister" or "at my sister's" that make her where the texter stays, not whom it is for. */
const STAYING_WORDS = new Set([
  'live',
  'lives',
  'living',
  'stay',
  'stays',
  'staying',
  'stayed',
  'sleeping',
  'crashing',
  'in',
  'vivo',
  'vivimos',
  'viviendo',
  'quedo',
  'quedando',
  'estoy',
]);

/** Right before "my sister": "visiting my sister", "visitando a mi hermana" ("a" is read there too). */
const VISITING = new Set(['visiting', 'visit', 'visitando', 'visitar']);

/** Before "at my mom's" only: "im at my moms this week" says where the texter is. */
const BEING_AT = new Set(['im', 'am', 'been']);

/** Words after a family word that make it a place: "my mom's house", "my brother's place". */
const HOME_WORDS = new Set(['house', 'place', 'apartment', 'apt', 'home', 'trailer', 'condo', 'couch']);

const POSSESSIVES = new Set(['my', 'our', 'mi', 'mis']);

/**
 * "staying with my sister", "vivo con mi hermana": a household, not whom the help is for (though "i live with my
 * husband who drinks" still names who drinks); or a place (staysAt).
 */
function isHousehold(w: Words, start: number, end: number): boolean {
  if (staysAt(w, start, end)) return true;
  const j = POSSESSIVES.has(w.words[start - 1] ?? '') ? start - 2 : start - 1;
  const joining = w.words[j];
  // "im visiting my sister in midland": whom the texter is with, not whom the help is for.
  if (VISITING.has(joining) && POSSESSIVES.has(w.words[start - 1] ?? '')) return true;
  return (joining === 'with' || joining === 'w' || joining === 'con') && STAYING_WORDS.has(w.words[j - 1] ?? '');
}

/**
 * "staying at my sister's", "my mom's house", "en casa de mi hermana": the family word names a place the texter
 * is at, not a person, so nothing said after it is theirs ("im at my sister's and drinking every night").
 */
function staysAt(w: Words, start: number, end: number): boolean {
  if (HOME_WORDS.has(w.words[end] ?? '')) return true;
  const j = POSSESSIVES.has(w.words[start - 1] ?? '') ? start - 2 : start - 1;
  const before = w.words[j - 1] ?? '';
  if (w.words[j] === 'at') return STAYING_WORDS.has(before) || BEING_AT.has(before);
  return w.words[j] === 'de' && before === 'casa';
}

/**
 * "me" as one answer of a list ("me, alcohol, no meds, in person"): the texter, as "me" alone is. The
 * lexicon's whole-message phrases ("=me") cannot see one part of a message.
 */
const SELF_AS_AN_ANSWER = new Set(['me', 'myself', 'for me', 'its me', 'just me', 'yo', 'para mi', 'soy yo']);

/** A way to meet given as one answer of a list: "its for me, pills, no meds, phone". */
const MODE_AS_AN_ANSWER: ReadonlyMap<string, Understanding['mode']> = new Map([
  ['phone', 'phone'],
  ['telefono', 'phone'],
  ['zoom', 'online'],
  ['virtual', 'online'],
  ['online', 'online'],
  ['en linea', 'online'],
  ['in person', 'in_person'],
  ['en persona', 'in_person'],
]);

/** The way to meet one comma-separated part of the text is, alone (MODE_AS_AN_ANSWER), in a list of answers. */
function modeAmongAnswers(plain: string): Understanding['mode'] | undefined {
  const parts = partsOfList(plain);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const mode = MODE_AS_AN_ANSWER.get(wordsOfPlain(part).join(' '));
    if (mode) return mode;
  }
  return undefined;
}

/** Whether one comma- or stop-separated part of the text is only "me" (SELF_AS_AN_ANSWER). */
function selfAmongAnswers(plain: string): boolean {
  return partsOfList(plain).some((part) => SELF_AS_AN_ANSWER.has(wordsOfPlain(part).join(' ')));
}

/** Whose: "his", "her", "their", "su". */
const THIRD_PERSON_OWNERS = new Set(['his', 'her', 'their', 'su', 'sus']);
/** Saying what one is: "im", "i am", "as", "soy", "como". */
const BEING_WORDS = new Set(['im', 'am', 'as', 'soy', 'como', 'being']);

/** "a", "the", "una" between saying what one is and the family word: "im a mom", "soy una madre". */
const ROLE_ARTICLES = new Set(['a', 'an', 'the', 'un', 'una', 'la', 'el']);
/** Saying what one is before an article ("im a mom"); not "as", where "as a mom" may speak of another's. */
const SAYING_ONE_IS = new Set(['im', 'am', 'soy']);
/** Words that describe the texter in "im a single mom", "im a worried dad", "soy una madre soltera" (after). */
const ROLE_ADJECTIVES = new Set([
  'single',
  'worried',
  'scared',
  'concerned',
  'young',
  'new',
  'working',
  'grieving',
  'tired',
  'proud',
  'first',
  'time',
  'sober',
  'recovering',
  'divorced',
  'married',
]);

/**
 * "im his daughter", "as her husband", "soy su hija": the texter says who they are to the person the help is
 * for, so the family word is the texter's own role, not whom the help is for.
 */
function isOwnRole(w: Words, start: number, end: number = start + 1): boolean {
  // "soy mamá de un joven de 18", "im mom of a teen": being someone's parent, said with "of" after it.
  if (SAYING_ONE_IS.has(w.words[start - 1] ?? '') && OF_WORDS.has(w.words[end] ?? '')) return true;
  if (THIRD_PERSON_OWNERS.has(w.words[start - 1] ?? '') && BEING_WORDS.has(w.words[start - 2] ?? '')) return true;
  if (saysWhatTheyAre(w, start)) return true;
  return isRoleToAUser(w, end);
}

/**
 * "im a mom of a 19 yr old", "im a single mom", "i am a worried dad", "soy una madre": what the texter is, never whom
 * the help is for. An article must come first, so "im worried my son" and "im mom" (a name) are not read so.
 */
function saysWhatTheyAre(w: Words, start: number): boolean {
  let article = false;
  for (let j = start - 1; j >= Math.max(0, start - 4); j--) {
    const word = w.words[j];
    if (SAYING_ONE_IS.has(word)) return article;
    if (ROLE_ARTICLES.has(word)) article = true;
    else if (!ROLE_ADJECTIVES.has(word)) return false;
  }
  return false;
}

const ARTICLES_BEFORE_A_USER = new Set(['a', 'an', 'the', 'un', 'una', 'unos', 'unas', 'los', 'las']);
/** Someone named by their trouble, after "of": the family word before is what the texter is to them. */
const USER_WORDS = new Set([
  'addict',
  'addicts',
  'alcoholic',
  'alcoholics',
  'drinker',
  'drinkers',
  'user',
  'users',
  'adicto',
  'adicta',
  'adictos',
  'alcoholico',
  'alcoholica',
  'alcoholicos',
]);

/**
 * "a meeting for parents of addicts", "im the mother of an addict", "esposa de un alcoholico": the family word
 * says what the texter is to someone who uses, so it names the texter's role, not whom the help is for.
 */
function isRoleToAUser(w: Words, end: number): boolean {
  if (!OF_WORDS.has(w.words[end] ?? '')) return false;
  const next = ARTICLES_BEFORE_A_USER.has(w.words[end + 1] ?? '') ? end + 2 : end + 1;
  return USER_WORDS.has(w.words[next] ?? '');
}

/** A family word that names whom the help is for: not negated, not a household, not the texter's own role. */
function namesWhomFor(w: Words, h: Hit): boolean {
  return (
    h.entry.slot === 'audience' &&
    h.entry.value === 'family' &&
    !h.negated &&
    !isHousehold(w, h.start, h.end) &&
    !isOwnRole(w, h.start, h.end) &&
    !hasDied(w, h.start, h.end)
  );
}

/** Words of having someone: "i have 2 kids", "ive got three boys", "tengo dos hijos". */
const HAVE_WORDS = new Set(['have', 'got', 'tengo', 'tenemos', 'has']);

/** Whether the family word at `start` follows a word of having, a count or a word or two between ("i have 2 kids"). */
function isHad(w: Words, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 3); j--) if (HAVE_WORDS.has(w.said[j])) return true;
  return false;
}

/**
 * Whether a family word is of someone who has died ("my brother died of an overdose", "we lost my
 * uncle"): a texter who lost them and writes "i want to get sober for him" is writing for themselves.
 */
function hasDied(w: Words, start: number, end: number): boolean {
  const after = w.words.slice(end, end + 2);
  const before = w.words.slice(Math.max(0, start - 2), start);
  if (after.some((x) => DIED_AFTER.has(x)) || before.some((x) => DIED_BEFORE.has(x))) return true;
  // "my dad drank himself to death": read only when the word after them is one of drinking or using.
  return DRANK_OR_USED.has(w.words[end] ?? '') && DRANK_TO_DEATH.test(w.words.slice(end, end + 4).join(' '));
}

/** Words that start "drank himself to death" and its like, right after the one who died. */
const DRANK_OR_USED = new Set(['drank', 'drunk', 'drinking', 'used', 'using']);
/** Someone who drank or used until they died, said right after them: "drank himself to death". */
const DRANK_TO_DEATH = /^\w+ (?:himself|herself|themselves|themself) to death/;

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

/**
 * "im the wife of an alcoholic and i drink too", "soy hija de un alcoholico y yo tambien tomo": the texter says what
 * they are to someone who drinks or uses, and tells a use of their own: both of them (the nineteenth session's probe
 * read it as help for someone close alone). The one they are kin to is unnamed, so no relation is said back.
 */
function ownUseBesideRole(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): SharedConcern | undefined {
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
const US_AS_AN_ANSWER: ReadonlySet<string> = new Set([
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
function readShared(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): SharedConcern | undefined {
  return sharedConcern(
    lx,
    w,
    hits,
    (j) => hits.some((h) => h.start <= j && j < h.end && namesWhomFor(w, h)),
    (j) => coParentAt(w, j, j + 1) ?? w.words[j],
  );
}

function readAudience(
  lx: LanguageLexicon,
  w: Words,
  hits: readonly Hit[],
  plain: string,
  shared: SharedConcern | undefined,
): Understanding['audience'] {
  // Both of them drink: the texter's own program first, the family program beside it.
  if (shared) return 'self';
  const selfHits = hits.filter((h) => h.entry.slot === 'audience' && h.entry.value === 'self' && !suitsTexter(w, h));
  const about =
    hits.find((h) => h.entry.slot === 'concern' && !h.negated) ??
    hits.find((h) => h.entry.slot === 'concern') ??
    hits.find((h) => h.entry.slot === 'concern_weak') ??
    hits.find((h) => h.entry.slot === 'medication' && h.entry.value === 'true');
  // "my boyfriend wants me to go to meetings": he sent the texter; the help is the texter's own.
  const urgers = hits.filter((h) => namesWhomFor(w, h) && urgesTexter(lx, w, h.end));
  // "i have 2 kids" with no drink or drug named tells of a family, not whom the help is for.
  const family = hits.some(
    (h) => namesWhomFor(w, h) && !urgers.includes(h) && (about !== undefined || !isHad(w, h.start)),
  );
  if (selfHits.some((h) => h.negated)) return 'family';
  // "my drinking hurts my family", "a fight with my wife about my drinking": "my" says whose (whoseUse.ts).
  if (about && !about.negated && useOwnedBy(w, about) === 'self') return 'self';
  const self = selfHits.length > 0 || selfAmongAnswers(plain);
  if (self && !family) return 'self';
  // The trouble named inside the words naming whom for ("i love an alcoholic", "someone who drinks"): theirs.
  if (about && hits.some((h) => namesWhomFor(w, h) && h.start <= about.start && about.end <= h.end)) return 'family';
  // "i need aa for my brother", "busco AA para mi esposo": the program is the relative's, asked by the texter.
  if (about && programForFamily(w, hits, about)) return 'family';
  // "someone i love who drinks", "a friend that uses": the trouble said of them, though an "i" stands between.
  if (about && hits.some((h) => namesWhomFor(w, h) && !urgers.includes(h) && saidOfThem(w, h, about))) return 'family';
  if (about) {
    const owner = ownerOf(
      lx,
      w,
      about,
      hits.filter((h) => namesWhomFor(w, h) && !urgers.includes(h)),
    );
    // "i dont drink, my husband does", "i used to drink but now its my son": the trouble of now is theirs.
    if (owner === 'self' && (about.negated || isPast(w, about)) && family) return 'family';
    if (owner) return owner;
  }
  if (family) return 'family';
  if (!self && about && ownedUnknownUses(lx, w, about)) return 'family';
  return self || urgers.length > 0 || texterImplied(lx, w, hits) ? 'self' : null;
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

/** "for" and "para" before "my brother": whom something is for. */
const FOR_WORDS = new Set(['for', 'para']);

/**
 * Whether the trouble is named by a program's name followed by "for my <family word>" ("need aa for my brother",
 * "busco AA para mi esposo"): the program is theirs. Not "aa for myself and my brother", where "for" takes the texter.
 */
function programForFamily(w: Words, hits: readonly Hit[], about: Hit): boolean {
  const program = hits.find((p) => p.entry.slot === 'programs' && p.start <= about.start && about.end <= p.end);
  if (!program || !FOR_WORDS.has(w.words[program.end] ?? '')) return false;
  const at = POSSESSIVES.has(w.words[program.end + 1] ?? '') ? program.end + 2 : program.end + 1;
  return hits.some((h) => h.start <= at && at < h.end && namesWhomFor(w, h));
}

/** Words of wanting a drink or a drug, just before it: "want to drink", "need a drink", "con ganas de tomar". */
const WANTING = new Set(['want', 'wanna', 'need', 'craving', 'crave', 'dying', 'tempted', 'urge', 'itching', 'ganas']);
/** A craving needs no drink named: "cravings are bad tonight". */
const CRAVING = new Set(['craving', 'cravings', 'urges', 'antojo', 'antojos']);
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
      w.words.some((y, k) => w.clause[k] === w.clause[j] && k < j && (lx.selfWords.has(y) || HOW_WORDS.has(y)));
    const next = w.clause[j + 1] === w.clause[j] ? w.words[j + 1] : undefined;
    const ofUse = hits.some((h) => USE_SLOTS.has(h.entry.slot) && h.start > j && h.start <= j + 2);
    return mine && (next === undefined || AFTER_STOPPING.has(next) || ofUse);
  });
}

/** How far before a drink or drug a word of wanting it may be: "want to drink", "need a stiff drink". */
const WANTING_BEFORE = 3;

/**
 * Whether a text with no "I" in it still speaks of the texter, as a text names no one else ("he", "my son") when it
 * is about oneself: "on subs 2 yrs, want a group", "cant sleep want to drink", "cravings bad tonight". Medication
 * taken, or a drink or drug wanted, said with no one named, is the texter's ("my son wants to drink" is not).
 */
function texterImplied(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): boolean {
  if (
    hits.some((h) => namesWhomFor(w, h)) ||
    w.words.some((x, j) => lx.otherWords.has(x) || isFamilyAt(lx, w.words, j))
  )
    return false;
  if (w.said.some((x) => CRAVING.has(x))) return true;
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

/** Words just before a medication that put it in the past: "i used to take antabuse", "was on subs", "antes tomaba". */
// Not sharedConcern's past words: their "use" is present here ("i use suboxone daily").
const MEDICATION_PAST_BEFORE = new Set(['used', 'was', 'were', 'solia', 'antes', 'tomaba', 'estaba', 'estuve']);

/**
 * What comes right after a medication when it has stopped: "... but not anymore", "... but i quit", "pero ya no".
 * Only right after it: "i take suboxone and dont drink anymore" still takes it.
 */
const MEDICATION_STOPPED_AFTER = [
  'not anymore',
  'no more',
  'no longer',
  'anymore',
  'stopped',
  'i stopped',
  'quit',
  'i quit',
  'ya no',
  'lo deje',
  'la deje',
  'ya lo deje',
  'ya la deje',
].map((phrase) => phrase.split(' '));

/** Words after a medication told of in the past that say it goes on: "... and still am", "y sigo". */
const STILL_WORDS = new Set(['still', 'todavia', 'sigo', 'aun']);

/** Whether a medication named is one the texter no longer takes ("i was on suboxone but stopped"). */
function medicationPast(w: Words, h: Hit): boolean {
  // "i was on methadone for 5 years and still am": still taking it.
  if (w.words.slice(h.end).some((x, k) => w.clause[h.end + k] === w.clause[h.start] && STILL_WORDS.has(x)))
    return false;
  // "my wife and i, we're both on subs": "were" without a subject is "we're", now (medicationNotYet.ts).
  const from4 = Math.max(0, h.start - 4);
  const pastBefore = (x: string, k: number) => MEDICATION_PAST_BEFORE.has(x) && !wereMeansWeAre(w, from4 + k);
  if (w.words.slice(from4, h.start).some(pastBefore)) return true;
  const from = w.words[h.end] === 'but' || w.words[h.end] === 'pero' ? h.end + 1 : h.end;
  return MEDICATION_STOPPED_AFTER.some((phrase) => phrase.every((x, k) => w.words[from + k] === x));
}

/** Words asking what a medicine is, or whether it counts, right before it: "whats suboxone", "does methadone count". */
const ASKING_OF = new Set(['whats', 'what', 'que', 'does', 'do', 'cuenta', 'cuentan', 'about']);
/** Words of getting one, right before it, asked where or how: "where can i get suboxone", "donde consigo metadona". */
const GETTING_ONE = new Set(['get', 'find', 'start', 'consigo', 'conseguir', 'encuentro', 'empezar', 'compro']);
const WHERE_HOW = new Set(['where', 'how', 'donde', 'como']);

/** Whether a medicine is asked about, not told as taken: "whats suboxone?", "donde consigo suboxone?". */
function medicationAsked(w: Words, h: Hit): boolean {
  const before = w.words.slice(Math.max(0, h.start - 2), h.start);
  if (before.some((x) => ASKING_OF.has(x)) && !before.some((x) => x === 'im' || x === 'on')) return true;
  // "how do i get on methadone": the "on" after getting.
  const getAt = w.words[h.start - 1] === 'on' ? h.start - 2 : h.start - 1;
  return GETTING_ONE.has(w.words[getAt] ?? '') && w.words.slice(0, getAt).some((x) => WHERE_HOW.has(x));
}

/**
 * The hits without a medicine asked about ("whats suboxone?", "where can i get methadone"), nor the drug its name
 * also says: a drinker asking what Suboxone is neither takes it nor uses opioids. Most texts name no medicine.
 */
function withoutAskedMedication(w: Words, hits: readonly Hit[]): readonly Hit[] {
  const asked = hits.filter((h) => h.entry.slot === 'medication' && h.entry.value === 'true' && medicationAsked(w, h));
  if (!asked.length) return hits;
  const inside = (h: Hit) => asked.some((a) => a.start <= h.start && h.end <= a.end);
  return hits.filter((h) => !asked.includes(h) && !(h.entry.slot.startsWith('concern') && inside(h)));
}

function readMedication(w: Words, hits: readonly Hit[]): boolean | null {
  const said = hits.filter((h) => h.entry.slot === 'medication');
  if (said.some((h) => h.negated)) return false;
  const falses = said.filter((h) => h.entry.value === 'false');
  // "blood pressure pills and suboxone": a recovery medicine named outside the words of another medicine is taken.
  const taking = said.filter(
    (h) => h.entry.value === 'true' && !falses.some((f) => f.start <= h.start && h.end <= f.end),
  );
  if (!taking.length) return falses.length ? false : null;
  // Only a medication of the past ("i used to take antabuse but not anymore"): not taking it now.
  // "i want to get on suboxone": wished for, not taken yet (medicationNotYet.ts).
  return taking.every((h) => medicationPast(w, h) || medicationWished(w, h)) ? false : true;
}

function readYes(hits: readonly Hit[], w: Words): boolean | null {
  const hit = hits.find((h) => h.entry.slot === 'yes' && !h.negated && (h.start <= 1 || w.words.length <= 3));
  if (!hit || (hit.entry.value === 'false' && noTurnsWhatFollows(w.words, hit.end))) return null;
  return hit.entry.value === 'true';
}

/** The time words whose negation leaves tomorrow as the soonest wanted. */
const NOT_TODAY = new Set(['tonight', 'today']);

function readWhen(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): string | null {
  const listed = firstValue(hits, 'when');
  if (listed) return listed;
  // "not tonight", "i cant go today", "hoy no puedo": the next meetings after today.
  const today = hits.find((h) => h.entry.slot === 'when' && NOT_TODAY.has(h.entry.value));
  if (today && unableBefore(w, today.start)) return 'tomorrow';
  if (lx.lang === 'es') {
    const i = w.words.indexOf('manana');
    const said = { entry: { slot: 'when', value: 'tomorrow' }, start: i, end: i + 1, negated: false };
    if (i >= 0 && !MANANA_AS_MORNING.has(w.words[i - 1] ?? '') && !isSomeoneElsesTime(lx, w, said, hits))
      return 'tomorrow';
  }
  return null;
}

function readItem(hits: readonly Hit[], plain: string, w: Words, details: boolean): number | null {
  const written = itemNumber(plain, w.words, details);
  if (written !== undefined) return written;
  const n = w.words.length;
  const hit = hits.find(
    (h) =>
      h.entry.slot === 'item' && (details || ITEM_NOUNS.has(w.words[h.end] ?? '') || (h.start === 0 && h.end === n)),
  );
  return hit ? Number(hit.entry.value) : null;
}

/** The youngest age a texter is taken to state: "im 5" is more likely days or something else than an age. */
const YOUNGEST_TEXTER = 8;

function readTeen(w: Words, hits: readonly Hit[]): boolean | null {
  const age = statedAge(w.words);
  // Under 13 too ("i'm 12 and my dad drinks"): Alateen and young people's groups take many younger children, and the
  // adult groups alone would fit them least (the eighteenth session's probe).
  if (age !== undefined) return age >= YOUNGEST_TEXTER && age <= 19;
  const listed = firstValue(hits, 'teen');
  if (listed !== undefined) return listed === 'true';
  // "my dad (68) drinks a fifth a day": a grown child of someone that age; the teen question would be wasted.
  if (eldersAgeSaid(w.said)) return false;
  // "husband on fent", "grandson is on meth": a spouse, a child or a grandchild named first, as "my husband" is (the
  // lexicon's teen.false), without the "my" a quick text leaves off. Not in the middle: "my sisters husband" may be a
  // teen's.
  return GROWN_UPS_FIRST.has(w.words[0] ?? '') ? false : null;
}

/**
 * A husband or wife, a child or a grandchild, said first in a text: the texter is married, a parent or a grandparent,
 * so no teen. Not "son", which starts Spanish texts ("son alcoholicos mis papas"), nor "kid" ("kid brother").
 */
const GROWN_UPS_FIRST = new Set([
  'husband',
  'hubby',
  'wife',
  'wifey',
  'spouse',
  'esposo',
  'esposa',
  'marido',
  'daughter',
  'stepson',
  'stepdaughter',
  'grandson',
  'granddaughter',
  'grandkid',
  'grandkids',
  'grandchild',
  'grandchildren',
  'hijo',
  'hija',
  'nieto',
  'nieta',
]);

/**
 * A text of only a thumbs up, an OK hand, folded hands, a heart, a smile, a wave, clapping or a check mark (any skin
 * tone): an acknowledgement, as "ok" is. Not a thumbs down (U+1F44E), a broken heart (U+1F494), a crying face or a
 * grin (U+1F600), which may laugh at anything.
 */
const ONLY_THUMBS_UP =
  /^(?:[\s\u{1F44B}-\u{1F44D}\u{1F44F}\u{1F64C}\u{1F64F}\u{1F91D}\u{270C}\u{2705}\u{2714}\u{1F4AF}\u{2764}\u{1F493}\u{1F495}-\u{1F49F}\u{1F5A4}\u{1F90D}\u{1F90E}\u{1F9E1}\u{1F970}\u{263A}\u{1F60A}\u{1F60D}\u{1F642}\u{1F917}]|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F})+$/u;

function readIntents(text: string, hits: readonly Hit[], options: UnderstandOptions): string[] {
  const intents = allValues(hits, 'intents');
  // Emoji carry no words for the lists to hear: "👍" to the meetings is "ok", not a wrong answer.
  if (!intents.length && ONLY_THUMBS_UP.test(text)) intents.push('acknowledge');
  // The message without spaces or punctuation, as the carrier check already worked it out.
  const squashed = squashText(text);
  if (isCarrierOptOut(text) && !intents.includes('opt_out')) intents.push('opt_out');
  if ((squashed === 'help' || squashed === 'info') && !intents.includes('help')) intents.push('help');
  if (detectCrisis(text, options.crisisWords)) intents.unshift('crisis');
  return intents;
}

/**
 * The programs a text names: those asked for, those only told of ("the NA people said im not clean", "kicked
 * out of AA": programMentions), which are no wish for their meetings but still say whom the help is for and what about,
 * and those asked about ("whats al anon", "que es smart"), which say neither.
 */
function readPrograms(
  text: string,
  w: Words,
  hits: readonly Hit[],
  town?: string,
): { asked: string[]; told: string[]; about: string[]; fitEnds: number[] } {
  const named = hits.filter((h) => h.entry.slot === 'programs');
  // One program's name inside another's is that other: "SMART Recovery Family and Friends" is not SMART too. Not
  // one in a phrase's gap: "want aa and na" (NA's "want ... na") names AA as well.
  // In the order the names end, where a gap's name is: "want aa and na" is AA, then NA.
  const outer = named.filter((h) => !named.some((o) => liesWithin(h, o) && !hasGap(o)));
  if (outer.length > 1) outer.sort((a, b) => a.end - b.end);
  // "is al anon for me", "would NA be right for me": what the program is, asked to see whether it fits.
  const asks = /[?¿]/.test(text);
  const fitEnds: number[] = [];
  const asksFit = (start: number, end: number) => {
    const fit = fitQuestionEnd(w.said, start, end, asks);
    if (fit !== undefined) fitEnds.push(fit);
    return fit !== undefined;
  };
  const aboutHits = outer.filter((h) => asksFit(h.start, h.end) || isAskedAbout(w.said, h.start, h.end));
  // The words as written as well as corrected: "worked" is one letter from a listed "worker".
  // From the start of the name's clause: "tried it, hated the god stuff" did nothing with the god stuff.
  const told = (start: number, end: number) => {
    let from = start;
    while (from > 0 && w.clause[from - 1] === w.clause[start]) from--;
    return isToldOf(w.said, start, end, from) || isToldOf(w.words, start, end, from);
  };
  const toldHits = outer.filter((h) => !aboutHits.includes(h) && told(h.start, h.end));
  const asked = allValues(
    outer.filter((h) => !toldHits.includes(h) && !aboutHits.includes(h)),
    'programs',
  );
  const toldOf = allValues(toldHits, 'programs').filter((id) => !asked.includes(id));
  const about = allValues(aboutHits, 'programs').filter((id) => !asked.includes(id));
  // "NA" in capitals is Narcotics Anonymous; "na" in lower case is as often "nah", but not before a meeting word
  // ("na mtg near plainview") or after "what is".
  const naAsked = (j: number) => w.said[j] === 'na' && (asksFit(j, j + 1) || isAskedAbout(w.said, j, j + 1));
  const namesNa =
    /(?:^|[^A-Za-z.])N\.?A\.?(?![A-Za-z])/.test(text) ||
    w.said.some((x, j) => x === 'na' && (MEETING_NOUNS.has(w.said[j + 1]) || naAsked(j))) ||
    leadsToMeetings(w.said, 'na', town);
  // "smart lubbock", "smart 79101": "smart" alone is everyday English, but not first before a place or a time.
  if (leadsToMeetings(w.said, 'smart', town) && ![...asked, ...toldOf, ...about].includes('smart')) asked.push('smart');
  if (namesNa && ![...asked, ...toldOf, ...about].includes('na')) {
    if (w.said.some((_x, j) => naAsked(j))) about.push('na');
    else (w.said.some((x, j) => x === 'na' && told(j, j + 1)) ? toldOf : asked).push('na');
  }
  return { asked, told: toldOf, about, fitEnds };
}

/** Words after a leading "na" that make it the program, not "nah": "na please", "na tonight", "na sunday". */
const AFTER_LEADING_NA = new Set([
  'please',
  'pls',
  'plz',
  'tonight',
  'today',
  'tomorrow',
  'tmrw',
  'now',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);

/**
 * "na buffalo", "na 14607", "na please", "smart lubbock": a text led by a program's short name ("na", "smart") and
 * then a place, a ZIP, a time or a "please" asks for its meetings. "nah" said as an answer ("na", "na im good") has
 * none of these after it.
 */
function leadsToMeetings(said: readonly string[], name: string, town: string | undefined): boolean {
  if (said[0] !== name || said.length < 2) return false;
  const next = said[1];
  return /^\d{5}$/.test(next) || AFTER_LEADING_NA.has(next) || town?.toLowerCase().split(' ')[0] === next;
}

/**
 * A place named beside an everyday word that is also a town ("vivo en el campo, cerca de lubbock"): read from the
 * rest of the text, or none.
 */
function elsewhereThan(
  found: UnderstoodPlace | null,
  w: Words,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const name = (found?.town ?? '').toLowerCase().split(' ');
  const at = w.said.findIndex((_x, i) => name.every((n, k) => w.said[i + k] === n));
  if (at < 0) return null;
  return placeIn([...w.said.slice(0, at), ...w.said.slice(at + name.length)], places, isWord);
}

/** The place named in the words left once a town is taken out of a text, or none. */
function placeIn(
  rest: readonly string[],
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  return rest.length ? findPlace(rest.join(' '), rest, places, isWord, !rest.some(isWord)) : null;
}

/**
 * The place meant when the town found is turned down ("not in lubbock, in amarillo"): the other place named in the
 * rest of the text, or none ("i'm not in lubbock"); otherwise the town found.
 */
function turnedDownElsewhere(
  found: UnderstoodPlace | null,
  w: Words,
  places: PlaceReader,
  isWord: (word: string) => boolean,
): UnderstoodPlace | null {
  const { said } = w;
  if (!found?.town || !said.some((x) => TURNING_DOWN.has(x))) return found;
  const rest = withoutTurnedDownTown(said, w.clause, found.town, (x) => cachedStateCode(x) === found.state);
  return rest ? placeIn(rest, places, isWord) : found;
}

/**
 * The hits that may say whom the help is for: not the "for me" ending a question whether a program fits ("is al
 * anon for me"), which asks whether it is for them, and answers nothing (`fitEnds`: where each such "for me" ends),
 * nor a family word named only to tell when the texter can go ("when my wife is at work": familyInATime.ts), as
 * the help to get there ("can my mom drive me": familyAsHelp.ts) or as who may find out ("will you tell my husband":
 * familyWhoMayKnow.ts).
 */
function whomForHits(w: Words, hits: readonly Hit[], fitEnds: readonly number[]): readonly Hit[] {
  // "when my wife is at work": a family word that only tells a time says nothing of whom the help is for.
  // "can my mom drive me", "will you tell my husband": one named only as the help to get there, or as who may find
  // out, says nothing of it either.
  const timeFamily = (h: Hit) =>
    h.entry.slot === 'audience' &&
    h.entry.value === 'family' &&
    (familyNamedForATime(w.words, w.clause, h, hits) ||
      familyNamedAsHelp(w.words, w.clause, h, hits) ||
      familyNamedAsWhoMayKnow(w.words, h));
  const told = hits.some(timeFamily) ? hits.filter((h) => !timeFamily(h)) : hits;
  if (!fitEnds.length) return told;
  return told.filter((h) => !(h.entry.slot === 'audience' && h.entry.value === 'self' && fitEnds.includes(h.end)));
}

/**
 * The words as written that a listed phrase took after correcting a typo ("prson" in "in prson"): understood
 * already, so never looked up as a town ("in prson" is in person, not Orson, PA).
 */
function misspeltListedWords(w: Words, hits: readonly Hit[]): Set<string> {
  const words = new Set<string>();
  for (const h of hits) {
    for (let j = h.start; j < h.end; j++) if (w.said[j] !== w.words[j]) words.add(w.said[j]);
  }
  return words;
}

/**
 * Whether a listed word heard is part of the town's own name: "Espanola NM" is no wish for Spanish meetings,
 * "Spanish Fork" neither, though "espanola" is one letter from "espanol".
 */
function insideTownName(w: Words, h: Hit, town: string): boolean {
  const townWords = wordsOfPlain(plainLower(town));
  for (let j = h.start; j < h.end; j++) if (!townWords.includes(w.said[j])) return false;
  // Heard only by correcting the town's own name ("dumas" as "damas"): the name, wherever it is said.
  let corrected = true;
  for (let j = h.start; j < h.end; j++) if (w.said[j] === w.words[j]) corrected = false;
  if (corrected) return true;
  // Only where the name is said, going on into the rest of it or its state ("espanola nm", "spanish fork"):
  // "smokes weed in Weed, CA" still smokes weed.
  const next = w.said[h.end];
  if (next === undefined || townWords.includes(next) || cachedStateCode(next) !== undefined) return true;
  return w.said[h.end + 1] !== undefined && cachedStateCode(`${next} ${w.said[h.end + 1]}`) !== undefined;
}

/**
 * Whether a hit is only the state written after the town it names: "savannah ga" is Georgia, not Gamblers
 * Anonymous (the fifteenth session's probe), "toledo oh" no exclamation.
 */
function stateAfterTown(w: Words, h: Hit, place: NonNullable<Understanding['place']>): boolean {
  if (h.end - h.start !== 1 || !place.town || !place.state || w.said[h.start] !== place.state.toLowerCase())
    return false;
  const townWords = wordsOfPlain(plainLower(place.town));
  if (h.start === 0) return false;
  if (w.said[h.start - 1] === townWords[townWords.length - 1]) return true;
  // "la grange ga" names the tables' "Lagrange": the words before the state, however joined, are the town's name.
  const town = spellingKey(normalizeTownName(place.town));
  for (let from = h.start - 1; from >= Math.max(0, h.start - 3); from--)
    if (spellingKey(normalizeTownName(w.said.slice(from, h.start).join(' '))) === town) return true;
  return false;
}

/** A hit as told back (Heard). Its keys are added, not spread in: object spreads take V8's slow path on Node 20. */
function heardOf(w: Words, h: Hit): Heard {
  const heard: Heard = {
    slot: h.entry.slot,
    value: h.entry.value,
    words: w.words.slice(h.start, h.end).join(' '),
    negated: h.negated,
  };
  if (h.entry.borrowed) heard.borrowed = true;
  if (h.entry.behavior) heard.behavior = h.entry.behavior;
  return heard;
}

/** Whether a hit was heard only by correcting words that are, as written, a town's name (townAfterLeadIn). */
function onlyTownCorrected(w: Words, h: Hit, misspelt: ReadonlySet<string>): boolean {
  for (let j = h.start; j < h.end; j++) if (w.said[j] === w.words[j] || misspelt.has(w.said[j])) return false;
  return true;
}

/** Reads one message: what it says, and which listed phrases said it. */
export function readMessage(
  text: string,
  lang: string,
  lexicon: Lexicon,
  places: PlaceReader,
  options: UnderstandOptions = {},
): Reading {
  const clipped = typeof text === 'string' ? text.slice(0, MAX_CHARS) : '';
  const lx = lexicon.forLanguage(lang);
  const plain = plainLower(clipped);
  const w = splitWords(plain, lx);
  const heardAll = hear(lx, w);
  const intents = readIntents(clipped, heardAll, options);
  const misspelt = misspeltListedWords(w, heardAll);
  // "cerca de dumas" names Dumas, TX: a town written after "in" or "cerca de" is no typo of "damas".
  // "corning" alone names Corning, NY: a text that is only a town's name is no typo of "morning" (places.ts).
  for (let j = 0; j < w.said.length; j++)
    if (misspelt.has(w.said[j]) && townAfterLeadIn(w.said, j, places)) misspelt.delete(w.said[j]);
  const isWord = (word: string) =>
    lx.vocabulary.has(word) || lx.selfWords.has(word) || lx.negation.has(word) || misspelt.has(word);
  // A phrase heard only by correcting a town's own name ("corning" as "morning") leaves the text a town alone.
  const heardSaid = heardAll.filter((h) => !onlyTownCorrected(w, h, misspelt));
  const found = findPlace(
    clipped,
    w.said,
    places,
    isWord,
    heardSaid.length === 0 && !w.said.some(isWord) && !w.said.every((x) => lx.known.has(x)),
  );
  // "trabajo en el campo" is farm work, not El Campo, TX (everydayTownNames.ts); "not in lubbock, in amarillo" means
  // Amarillo (placeTurnedDown.ts).
  const everyday = isEverydayWordTown(found, clipped, w.said);
  const place = everyday ? elsewhereThan(found, w, places, isWord) : turnedDownElsewhere(found, w, places, isWord);
  const inTown = place?.town
    ? heardAll.filter((h) => !insideTownName(w, h, place.town as string) && !stateAfterTown(w, h, place))
    : heardAll;
  const others = otherProgramsNamed(
    plain,
    w.said,
    () => inTown.filter((h) => h.entry.slot === 'programs'),
    () => programNamesOf(lx),
  );
  // "women for sobriety" names a program, and wishes for no women's meetings.
  const named = withoutLossConcerns(others.length ? inTown.filter((h) => !insideOtherProgram(h, others)) : inTown);
  // "i vape nicotine": tobacco, no drug (tobaccoOnly.ts); "blood pressure pills": medicine (prescribedPills.ts);
  // "whats suboxone?": a medicine asked about, neither taken nor a drug; "naltrexone pills", "tomo naltrexona": the
  // pills and the taking are the medicine's (medicationForms.ts).
  // "im new to lubbock": new to the town, not to recovery (newToAPlace.ts).
  // "jk about the pills", "i od'd on netflix this weekend": a trouble taken back, a time of something done
  // (saidInPassing.ts).
  const hits = withoutSaidInPassing(
    w,
    withoutNewToAPlace(
      w.said,
      withoutMedicineForms(
        w,
        withoutAskedMedication(w, withoutPrescribedConcerns(w, withoutTobaccoConcerns(w, named))),
      ),
      place?.town,
    ),
  );
  const programs = readPrograms(clipped, w, hits, place?.town ?? undefined);
  // "anything besides AA?": AA named, and turned down.
  const refused = turnedDown(w, hits);
  // "tried NA, hated it": "NA" is read apart from the listed words (readPrograms), and turned down as they are.
  if (naDisliked(w, programs) && !refused.includes('na')) refused.push('na');
  if (refused.length) programs.asked = programs.asked.filter((id) => !refused.includes(id));
  // "aa vs na", "the difference between al anon and alateen": programs compared say nothing of the texter's trouble.
  const concerns = readConcerns(w, programs.about.length > 1 ? withoutProgramConcerns(hits) : hits);
  // "my husband drinks and my daughter is 15 and needs a group too": Alateen for her beside Al-Anon for the texter;
  // her need ("necesita ayuda tambien") is not the texter's own drinking.
  const teenBeside = concerns.concern === 'alcohol' && teenNeedsOwnGroup(lx, w, hits);
  const shared = teenBeside
    ? undefined
    : (readShared(lx, w, hits) ??
      ownUseBesideRole(lx, w, hits) ??
      (US_AS_AN_ANSWER.has(plain.trim()) ? {} : undefined));
  // "any day but mon, wed or fri": Friday is left out with the others, not the one day to look on (before readWhen).
  const leftOut = daysLeftOut(w.words, hits);
  const understood: Understanding = {
    audience: readAudience(lx, w, whomForHits(w, hits, programs.fitEnds), plain, shared),
    concern: concerns.concern,
    medication: readMedication(w, hits),
    teen: readTeen(w, hits),
    // "NA meetings in Lubbock" asks for meetings held there: in person, as "meetings near" does.
    // "what do you mean by phone": a way asked about, not chosen (meaningAsked.ts).
    mode: asksMeaning(plain)
      ? null
      : (readMode(w, hits) ??
        modeAmongAnswers(plain) ??
        (place && meetingsAskedInTown(w.said, isWord) ? 'in_person' : null)),
    place,
    when: readWhen(lx, w, hits),
    part: (firstValue(partsAfterTurn(w, hits), 'part') as Understanding['part']) ?? null,
    wants: allValues(hits, 'wants'),
    programs: programs.asked,
    intents,
    yes: readYes(hits, w),
    item: readItem(hits, plain, w, intents.includes('details')),
  };
  // "hes 16" after "my son": someone else's age tells of the one the help is for, someone close (ageOfThem.ts).
  if (understood.audience === null && ageOfThem(w.words) !== undefined) understood.audience = 'family';
  // "Im 34, alcoholic, no meds": the texter's own age beside a trouble, no one else named, is the texter's own.
  const nobodyNamed = !hits.some((h) => h.entry.slot === 'audience');
  if (understood.audience === null && understood.concern !== null && nobodyNamed && statedAge(w.words) !== undefined)
    understood.audience = 'self';
  if (teenBeside && understood.audience === 'family') {
    for (const id of ['alanon', 'alateen']) if (!understood.programs.includes(id)) understood.programs.push(id);
  }
  const relation = understood.audience === 'family' ? relationOf(w, hits, ownerIndex(lx, w, hits)) : undefined;
  const heard = hits.map((h) => heardOf(w, h));
  const reading: Reading = relation ? { understood, heard, relation } : { understood, heard };
  if (shared) reading.shared = shared;
  // "a group for my kids? their dad is an alcoholic": the group is for the kids, never the other parent's own.
  const childsParent = relation !== undefined && otherParentUsing(w, concernStarts(hits)) !== undefined;
  if (understood.audience === 'family' && !childsParent && wantsOwnHelp(lx, w)) reading.forThem = true;
  if (programs.told.length) reading.toldOf = programs.told;
  if (programs.about.length) reading.askedAbout = programs.about;
  // "can i go to NA if im on suboxone?": yes, and MARA is made for it (the flow's `medication_welcome`), beside what
  // the text told (medicationWelcome.ts).
  const namedAny = programs.asked.length + programs.told.length + programs.about.length + refused.length > 0;
  if (asksIfMedicationWelcome(clipped, w.said, understood.medication === true, namedAny)) {
    if (!understood.intents.includes(MEDICATION_WELCOME)) understood.intents.push(MEDICATION_WELCOME);
    // "is it ok to go to AA on methadone": asking after AA tells no drinking; said only by a program's name, the
    // concern is implied, so one given earlier stands.
    if (understood.concern !== null && concernOnlyFromNames(w, hits)) reading.implied = ['concern'];
  }
  // "i live in kansas", "aa meetings in texas": no town to search, but the state to ask which town in.
  const inState = place ? undefined : stateSaidIn(w.said);
  if (inState) reading.stateSaid = inState;
  if (concerns.concern === 'unsure' && concerns.several.length > 1) reading.concerns = concerns.several;
  if (leftOut.length) reading.daysLeftOut = leftOut;
  if (found?.town && !place && !everyday) reading.placeTurnedDown = true;
  if (understood.concern !== null && concernOnlyImplied(hits)) reading.implied = ['concern'];
  // "tried NA, hated it": NA turned down still says drugs, as "kicked out of NA" does, implied only.
  if (understood.concern === null && refused.includes('na') && naDisliked(w, programs)) {
    understood.concern = 'drugs';
    reading.implied = ['concern'];
  }
  const behavior = understood.concern !== null ? behaviorOf(hits) : undefined;
  if (behavior) reading.behavior = behavior;
  if (others.length) withOtherPrograms(reading, others);
  if (refused.length) reading.turnedDown = refused;
  return reading;
}

/** Words after "no aa meetings" that make them meetings not found, not a program turned down: "near me?". */
const FOUND_WHERE = new Set(['near', 'nearby', 'around', 'in', 'close', 'here', 'today', 'tonight', 'at', 'on']);

/** Whether "no" before a program says none were found, not that it is not wanted: "no aa meetings near me?". */
function noneFound(w: Words, h: Hit): boolean {
  if (w.words[h.start - 1] !== 'no') return false;
  const after = MEETING_NOUNS.has(w.words[h.end] ?? '') ? h.end + 1 : h.end;
  return FOUND_WHERE.has(w.words[after] ?? '');
}

/** The intent of a texter on a medicine for recovery asking whether meetings will have them (medicationWelcome.ts). */
const MEDICATION_WELCOME = 'medication_welcome';

/** What a text turns down when it asks for groups that are not twelve-step ones: "a non 12 step group". */
export const TWELVE_STEP = 'twelve_step';

/**
 * The programs a text turns down: named after a negation or with dislike ("not AA", "i dont want AA", "aa isnt for
 * me"), or inside a wish for other programs ("anything besides AA", "something other than NA"); `twelve_step` when the
 * wish is for no twelve-step group ("non 12 step", "not a 12 step program"). Most texts name no program: no work.
 */
function turnedDown(w: Words, hits: readonly Hit[]): string[] {
  let out: Set<string> | undefined;
  const others = hits.filter((h) => h.entry.slot === 'intents' && h.entry.value === 'other_programs');
  for (const h of hits) {
    if (h.entry.slot !== 'programs' || !PROGRAM_NAME_WORDS.has(w.words[h.start])) continue;
    if ((h.negated && !noneFound(w, h)) || others.some((o) => o.start < h.start && h.end <= o.end))
      (out ??= new Set()).add(h.entry.value);
  }
  if (others.some((o) => w.words.slice(o.start, o.end).includes('step'))) (out ??= new Set()).add(TWELVE_STEP);
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

/**
 * The hits without the concerns heard inside words of a death ("my dad drank himself to death", "died of an
 * overdose"): the trouble of someone gone, not one the texter asks help with (the `grief` intent says it).
 */
function withoutLossConcerns(hits: readonly Hit[]): readonly Hit[] {
  // Most texts tell of no loss: checked without making a list.
  if (!hits.some(isLoss)) return hits;
  const losses = hits.filter(isLoss);
  return hits.filter(
    (h) => !h.entry.slot.startsWith('concern') || !losses.some((l) => l.start <= h.start && h.end <= l.end),
  );
}

/** Whether a hit is the `grief` intent: words of someone's death from drinking or drugs. */
function isLoss(h: Hit): boolean {
  return h.entry.slot === 'intents' && h.entry.value === 'grief';
}

/** The hits without the concerns heard in a program's name ("aa" is also alcohol). */
function withoutProgramConcerns(hits: readonly Hit[]): Hit[] {
  const names = hits.filter((h) => h.entry.slot === 'programs');
  return hits.filter(
    (h) => !h.entry.slot.startsWith('concern') || !names.some((p) => p.start <= h.start && h.end <= p.end),
  );
}

/** Per compiled language, the flow's own program names ending in "anonymous" (otherPrograms' listedNames). */
const namesByLexicon = new WeakMap<LanguageLexicon, ListedNames>();

/** The flow's own program names of a language as words, made on the first text that needs them. */
function programNamesOf(lx: LanguageLexicon): ListedNames {
  let names = namesByLexicon.get(lx);
  if (!names) {
    const written = lx.entries.filter((e) => e.slot === 'programs').map((e) => e.written);
    namesByLexicon.set(lx, (names = listedNames(written)));
  }
  return names;
}

/** Slots a program's name may hold words of that are no wish: "women for sobriety" asks for no women's meetings. */
const NAME_ONLY_SLOTS: ReadonlySet<string> = new Set(['wants', 'mode', 'when', 'part']);

/** Whether a phrase heard lies inside the name of a program the line does not list, as a word of it. */
function insideOtherProgram(h: Hit, others: readonly OtherProgramMention[]): boolean {
  return NAME_ONLY_SLOTS.has(h.entry.slot) && others.some((m) => m.start <= h.start && h.end <= m.end);
}

/**
 * A reading with the programs named that the line does not list (`otherPrograms`), and what the first one that
 * implies anything implies where the text says nothing of it: "cocainomanos anonimos" is drugs, "overeaters
 * anonymous" another behavior (food), "adult children of alcoholics" someone close. Implied only, so an answer
 * given earlier stands (learnFromText).
 */
function withOtherPrograms(reading: Reading, others: readonly OtherProgramMention[]): void {
  reading.otherPrograms = others.map((m) => m.program);
  const u = reading.understood;
  const implied = new Set(reading.implied);
  const concern = others.find((m) => m.concern || m.behavior);
  if (u.concern === null && concern) {
    u.concern = concern.concern ?? BEHAVIOR_CONCERN;
    if (concern.behavior) reading.behavior = concern.behavior;
    implied.add('concern');
  }
  const family = others.find((m) => m.audience);
  if (u.audience === null && family?.audience) {
    u.audience = family.audience;
    implied.add('audience');
  }
  if (implied.size) reading.implied = [...implied];
}

/**
 * Whether a family word is one of two that name one person together: "my kids dad", "my sons girlfriend",
 * "the father of my kids", "el papa de mis hijos" are neither the texter's dad nor their kids, so neither word
 * says whom the help is for (it is someone close to the texter).
 */
function ofAnotherFamilyMember(w: Words, h: Hit, hits: readonly Hit[]): boolean {
  // "kids dad", "sons girlfriend": one family word right after another.
  if (familyWordHit(hits, { end: h.start }) || familyWordHit(hits, { start: h.end })) return true;
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

/** Words next to a family word that say the person has died: "my mom died", "we lost my uncle", "mi papa murio". */
const DIED_AFTER = new Set(['died', 'dies', 'passed', 'dead', 'murio', 'fallecio', 'muerto', 'muerta']);
const DIED_BEFORE = new Set(['lost', 'late', 'perdi', 'perdimos', 'difunto', 'difunta', 'fallecido', 'fallecida']);

/**
 * The first family word (one word: "husband", not "loved one") not turned around by a negation
 * and not of someone who has died: a texter who lost their mother to an overdose and writes for
 * their brother is writing for the brother.
 */
function relationOf(w: Words, hits: readonly Hit[], owner?: number): string | undefined {
  // "my husband and i are worried about our son's drinking": the one who drinks, when a family word says who.
  const theirs = owner === undefined ? [] : hits.filter((h) => h.start <= owner && owner < h.end);
  // "my 16 yr old daughter is worried about her dads drinking": her father's drinking, not hers.
  const otherParent = otherParentUsing(w, concernStarts(hits));
  if (otherParent) return otherParent;
  for (const h of [...theirs, ...hits]) {
    if (!namesWhomFor(w, h)) continue;
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
    // "my daughter and her husband drink": her husband is hers; the texter's own is said back (the seventeenth
    // session's probe: "Got it: for your husband"). "my brother, his wife drinks": "your brother's wife".
    // "me and my wife are worried about our son": the wife speaks with the texter; the son is whom it is about.
    if (namedWithTexter(w, h) && hits.some((o) => o !== h && namesWhomFor(w, o) && !namedWithTexter(w, o))) continue;
    const kinOfKin = relativesRelative(w, h, hits);
    if (kinOfKin === null) continue;
    if (kinOfKin !== undefined) return kinOfKin;
    // "mi viejo", "mi senora": a word that names family only after "my" is listed with it; the relation is the word.
    const start = h.end - h.start === 2 && POSSESSIVES.has(w.words[h.start]) ? h.start + 1 : h.start;
    if (h.end - start !== 1) continue;
    const other = joinedFamilyWord(w, start, hits);
    // "my mom and dad drink": both parents; "my brother and sister": two people, said back as someone close.
    if (other !== undefined) return PARENT_WORDS.has(w.words[start]) && PARENT_WORDS.has(other) ? 'parents' : undefined;
    // "my brother in law", "my mother-in-law": said back whole, never "your brother".
    if (w.words[start + 1] === 'in' && w.words[start + 2] === 'law') return `${w.words[start]}-in-law`;
    // "my 15yo": an age, said back as "someone close to you", as "my 15 year old" is.
    if (AGE_SHORT.test(w.words[start])) continue;
    return OWNER_WORD.get(w.words[start]) ?? w.words[start];
  }
  return undefined;
}

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

/** Where each drink or drug named (not turned down) starts. */
function concernStarts(hits: readonly Hit[]): number[] {
  return hits.filter((h) => h.entry.slot === 'concern' && !h.negated).map((h) => h.start);
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
  const familyWordAt = (j: number) => (familyWordHit(hits, { start: j }) ? w.words[j] : undefined);
  const after = POSSESSIVES.has(w.words[at + 2] ?? '') ? at + 3 : at + 2;
  if (AND_WORDS.has(w.words[at + 1] ?? '')) {
    const next = familyWordAt(after);
    if (next !== undefined) return next;
  }
  const before = POSSESSIVES.has(w.words[at - 1] ?? '') ? at - 2 : at - 1;
  if (AND_WORDS.has(w.words[before] ?? '')) return familyWordAt(before - 1);
  return undefined;
}

/** What a text message says, slot by slot (null or [] where it says nothing); see readMessage. */
export function understand(
  text: string,
  lang: string,
  lexicon: Lexicon,
  places: PlaceReader,
  options?: UnderstandOptions,
): Understanding {
  return readMessage(text, lang, lexicon, places, options).understood;
}
