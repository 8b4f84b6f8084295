import { MEETING_NOUNS } from '../text/meetingWords';
import { PAST_ACT_WORDS } from '../text/timeWords';
import type { PatternHit } from '../text/phrasePattern';
import { isFamilyAt, type LanguageLexicon, type LexiconEntry } from './lexicon';
import { insideBehavior } from './behavior';
import { isSomeoneElsesTime } from './timeToMeet';
import { TIME_SLOTS, USE_SLOTS } from './heardWords';
import { type Hit, liesWithin, type Words } from './messageWords';
import { isNegated } from './negation';

/**
 * Hearing: the listed phrases of the flow's lexicon found in a text's words, each marked negated or not, less those
 * that only seem to be there: "online" inside "online poker", "shots" corrected to "slots", "mi bebe" (a baby, no
 * drinking), "son" in "ellos son adictos", and times that tell a habit ("drinks every weekend") or someone else's
 * week ("my ex has the kids this weekend"), not when to meet.
 */

/**
 * Modifier slots: their word inside a longer phrase of another slot belongs to that phrase ("online poker";
 * "in high school" is a teen, not someone high).
 */
const INNER_SLOTS = new Set(['mode', 'item', 'yes', 'when', 'part', 'wants', 'concern_weak']);

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

/** The listed phrases heard in the words, less those that only seem to be there (see this file's header). */
export function hear(lx: LanguageLexicon, w: Words): Hit[] {
  const hits = hearAll(lx, w).filter((h) => !foreignWordAlone(lx, w, h));
  return hits.filter(
    (h) =>
      !insideAnother(h, hits) &&
      !gamblingByTypo(w, h) &&
      !isHabit(w, h, hits) &&
      !insideBehavior(h, hits) &&
      !insideOtherConcern(h, hits) &&
      !isBabyNoun(w, h) &&
      !isSchoolHigh(w, h) &&
      !isGreetingTime(w, h) &&
      !isTheSun(w, h) &&
      !isNightTold(w, h) &&
      // "my ex has the kids this weekend": a time of someone else's doings, not one to meet at.
      !(TIME_SLOTS.has(h.entry.slot) && isSomeoneElsesTime(lx, w, h, hits)),
  );
}

/**
 * Whether a concern's word lies inside a longer phrase of another concern: "drinks" in "drinks lean" (codeine syrup,
 * an opioid: the twentieth session's probe read "i drink lean" as alcohol and offered AA).
 */
function insideOtherConcern(hit: Hit, all: readonly Hit[]): boolean {
  if (hit.entry.slot !== 'concern') return false;
  return all.some(
    (o) =>
      o.entry.slot === 'concern' &&
      o.entry.value !== hit.entry.value &&
      o.end - o.start > hit.end - hit.start &&
      liesWithin(hit, o),
  );
}

/**
 * Whether a part of the day is only a greeting's ("good morning, i need help finding AA": the twenty-second session's
 * probe listed morning meetings only): the word right after "good". "good morning meetings" still asks for them.
 */
function isGreetingTime(w: Words, h: Hit): boolean {
  return (
    (h.entry.slot === 'part' || h.entry.slot === 'when') &&
    h.end - h.start === 1 &&
    w.words[h.start - 1] === 'good' &&
    !MEETING_AFTER.has(w.words[h.end] ?? '')
  );
}

/**
 * Words after "sun" that make it the sun in the sky, not Sunday: "this sun is killing me", "this sun has me tired"
 * (the thirty-sixth probe's "this|next|coming sun" read them as Sunday). A day is followed by a time, a place or
 * nothing: "this sun at 10", "next sun works", "na this sun in geneva".
 */
const AFTER_THE_SUN: ReadonlySet<string> = new Set(
  'is was isnt wasnt has had feels felt makes made hurts shines shining burns burning beating killing so too came comes goes went sets rises rose'.split(
    ' ',
  ),
);

/** Words that make "this sun is ..." a day that suits: "this sun is good", "next sun is fine for me". */
const SUITS: ReadonlySet<string> = new Set('good fine ok okay better best great perfect free open works'.split(' '));

/** Whether a time phrase ending in "sun" is the sun in the sky (AFTER_THE_SUN after it), not a day that suits. */
function isTheSun(w: Words, h: Hit): boolean {
  if (h.entry.slot !== 'when' || w.words[h.end - 1] !== 'sun' || !AFTER_THE_SUN.has(w.words[h.end] ?? '')) return false;
  return !SUITS.has(w.words[h.end + 1] ?? '');
}

/** Words before "one at night" that make the one a drink or a pill had, not a meeting: "i only have one at night". */
const HAD_ONE: ReadonlySet<string> = new Set(
  'have has had having drink drinks drank take takes took smoke smokes pop pops'.split(' '),
);
/** Words after "meetings at night" that tell of them, not ask: "are hard for me", "was closed", "is too late". */
const TOLD_OF_AFTER: ReadonlySet<string> = new Set('is are was were r arent isnt wasnt werent'.split(' '));
/** Words after that verb that still ask for them: "are best", "is what i need", "are all i can do". */
const NIGHT_SUITS: ReadonlySet<string> = new Set([...SUITS, 'what', 'all', 'easier', 'easiest']);

/**
 * Whether "<meetings|one> at night" (probe 38's evening words) tells of them rather than asks for them (the
 * forty-first probe): followed by a verb, unless a word of suiting comes next ("meetings at night are hard for me",
 * "aa at night is too late", "the group at night was closed"; not "meetings at night are best"), or "one" is a drink
 * or a pill had ("i only have one at night", "i take one at night to sleep"; not "is there one at night").
 */
function isNightTold(w: Words, h: Hit): boolean {
  if (h.entry.slot !== 'part' || h.end - h.start !== 3 || w.words[h.start + 1] !== 'at') return false;
  if (TOLD_OF_AFTER.has(w.words[h.end] ?? '')) return !NIGHT_SUITS.has(w.words[h.end + 1] ?? '');
  return (w.words[h.start] === 'one' || w.words[h.start] === 'ones') && HAD_ONE.has(w.words[h.start - 1] ?? '');
}

/** Words after a part of the day that make it the meetings asked for: "good morning meetings". */
const MEETING_AFTER = new Set(['meeting', 'meetings', 'mtg', 'mtgs', 'group', 'groups', 'ones', 'one']);

/** Words before "bebe" that make it the noun "bebé" (a baby), not "bebe" (drinks): "mi bebe", "del bebe". */
const BEFORE_A_NOUN = new Set(['mi', 'mis', 'tu', 'tus', 'su', 'sus', 'un', 'una', 'del', 'nuestro', 'nuestros']);
/** Written without the accent, "bebé" (a baby) is "bebe" (drinks). */
const BABY_WORDS = new Set(['bebe', 'bebes']);

/** Whether a drinking word is the noun "bebé" after "mi", "su", "un": "el papa de mi bebe" says no one drinks. */
function isBabyNoun(w: Words, h: Hit): boolean {
  return h.end - h.start === 1 && BABY_WORDS.has(w.words[h.start]) && BEFORE_A_NOUN.has(w.words[h.start - 1] ?? '');
}

/** Words after "high" that make it a school's name, not someone high: "lubbock high school", "junior high". */
const SCHOOL_WORDS = new Set(['school', 'schools', 'schooler', 'schoolers']);

/**
 * Whether a weak drug word is "high" of a school ("by amarillo high school": the twenty-second session's probe read
 * it as drugs): the school is a place, or a teen's year ("in high school", the teen slot's own phrase).
 */
function isSchoolHigh(w: Words, h: Hit): boolean {
  if (h.entry.slot !== 'concern_weak' || h.end - h.start !== 1 || w.words[h.start] !== 'high') return false;
  return SCHOOL_WORDS.has(w.words[h.end] ?? '') || w.words[h.start - 1] === 'junior';
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
    // "gamblrs", "gambleing": a word written with gambling's own stem is no everyday word misread.
    if (said.startsWith('gambl')) continue;
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
  // "i do lines on the weekend", "we smoke weed at night": when they use, told as what they do, is no time to meet.
  if (usedThenBySomeone(w, h, hits) && !meetingsAround(w, h, hits)) return true;
  const habitual =
    PLURAL_TIMES.has(w.words[h.end - 1]) ||
    w.words.some((word, j) => w.clause[j] === clause && j < h.start && j >= h.start - 4 && HABIT_WORDS.has(word));
  if (habitual && goesAlready(w, h)) return true;
  if (!habitual || meetingsAround(w, h, hits)) return false;
  // A program's name says its trouble ("AA" is alcohol) but tells of no use: "i want AA in amarillo on saturdays".
  const named = (o: Hit) => hits.some((p) => p.entry.slot === 'programs' && p.start <= o.start && o.end <= p.end);
  // "been drinking since 14, need aa near missoula mt weekends", "i use every night and want na in lubbock nights":
  // meetings asked for between the use and the time take the time, however far a town puts it (probe 38).
  const askedBetween = (o: Hit) =>
    w.words.slice(o.end, h.start).some((x) => MEETING_NOUNS.has(x)) ||
    hits.some((p) => p.entry.slot === 'programs' && p.start >= o.end && p.end <= h.start);
  return hits.some(
    (o) => USE_SLOTS.has(o.entry.slot) && !o.negated && w.clause[o.start] === clause && !named(o) && !askedBetween(o),
  );
}

/** Words between a use and its time: "lines on the weekend", "weed at night", "drinks over the weekend". */
const USE_TO_TIME = new Set([
  'on',
  'the',
  'at',
  'in',
  'over',
  'during',
  'mostly',
  'usually',
  'only',
  'just',
  'a',
  'lot',
]);
/** Who may say they use: "i do lines", "we smoke weed", "he drinks", "my son uses" (a family word is read apart). */
const USERS = new Set(['i', 'we', 'he', 'she', 'they', 'im', 'hes', 'shes', 'theyre', 'yo', 'el', 'ella']);

/**
 * Whether a time follows a use said by someone, with only small words between: "i do lines on the weekend", "we smoke
 * weed on the weekend" (the twentieth session's probe looked for weekend meetings). A use said alone ("drugs on the
 * weekend", an answer) has no one doing it, and keeps the time.
 */
function usedThenBySomeone(w: Words, h: Hit, hits: readonly Hit[]): boolean {
  const clause = w.clause[h.start];
  const use = hits.find(
    (o) =>
      USE_SLOTS.has(o.entry.slot) &&
      o.entry.slot !== 'medication' &&
      !o.negated &&
      o.end <= h.start &&
      o.end >= h.start - 3 &&
      w.clause[o.start] === clause &&
      w.words.slice(o.end, h.start).every((x) => USE_TO_TIME.has(x)),
  );
  if (!use) return false;
  for (let j = use.start - 1; j >= Math.max(0, use.start - 3) && w.clause[j] === clause; j--) {
    // "i want to drink tonight", "im gonna use tonight": an urge now, when a meeting helps most.
    if (URGE_BEFORE_USE.has(w.words[j])) return false;
    if (USERS.has(w.words[j])) return true;
  }
  return false;
}

/**
 * Words of an urge or a plan between the user and the use: "want to drink tonight", "gonna use this weekend", "im
 * craving a drink tonight" (probe 38: the craving's night was read as the texter's habit, and lost).
 */
const URGE_BEFORE_USE = new Set([
  ...['want', 'wanna', 'gonna', 'going', 'about', 'tempted', 'like', 'need', 'to', 'will'],
  ...['craving', 'crave', 'craves', 'dying', 'itching', 'ganas'],
]);

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
