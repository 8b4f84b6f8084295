import { isCarrierOptOut } from '../text/carrierWords';
import { detectCrisis } from '../text/crisisDetector';
import { squashText } from '../text/answerMatch';
import { butLeavesOut } from '../text/timeWords';
import { noTurnsWhatFollows } from '../text/noOfAVerb';
import type { LanguageLexicon } from './lexicon';
import { eldersAgeSaid, itemNumber, numberWord, statedAge } from './numbers';
import { ageOfThem } from './ageOfThem';
import { isSomeoneElsesTime } from './timeToMeet';
import { allValues, firstValue, type Hit, type Words } from './messageWords';
import { timeRuledOut } from './negation';
import { partOfWorship } from './timeOfWorship';
import type { UnderstandOptions } from './reading';

/**
 * The slots a word or two fill: yes ("yes", "nope"), when ("tonight", "not today", "manana"), the part of the day
 * ("i work days but saturday works"), a listed meeting ("the 2nd one"), a teen ("im 16", "husband on fent": no),
 * and the intents ("👍", "STOP", "help", and crisis words first).
 */

/**
 * Words after an ordinal that make it point at a listed meeting or a menu's choice ("the 2nd one", "the second option":
 * probe 34 got "Sorry" at a numbered question).
 */
const ITEM_NOUNS = new Set([
  'one',
  'uno',
  'una',
  'meeting',
  'junta',
  'reunion',
  'group',
  'grupo',
  'option',
  'options',
  'opcion',
  'choice',
]);
/** Spanish words before "manana" that make it "morning" rather than "tomorrow". */
const MANANA_AS_MORNING = new Set(['la', 'las', 'por', 'de', 'en', 'esta']);

/**
 * The hits but the parts of the day said before a "but" that turns to a day that works: in "i work days but
 * saturday works" the evening working days leave is not Saturday's ("i work days but saturday morning works" keeps
 * the morning said after it).
 */
export function partsAfterTurn(w: Words, hits: readonly Hit[]): readonly Hit[] {
  const turn = w.words.findIndex(
    (word, k) =>
      (word === 'but' || word === 'pero') &&
      !butLeavesOut(w.words, k) &&
      hits.some((h) => h.entry.slot === 'when' && !h.negated && h.start > k),
  );
  const after = turn < 0 ? hits : hits.filter((h) => h.entry.slot !== 'part' || h.start > turn);
  // "despues de misa", "after mass": the part of the day a service tells, when no listed word told one.
  if (after.some((h) => h.entry.slot === 'part' && !h.negated)) return after;
  const worship = partOfWorship(w);
  return worship && worship.start > turn ? [...after, worship] : after;
}

/** A yes or no said at the start of a short text, or null: "no i cant make noon" turns nothing down alone. */
export function readYes(hits: readonly Hit[], w: Words): boolean | null {
  const hit = hits.find((h) => h.entry.slot === 'yes' && !h.negated && (h.start <= 1 || w.words.length <= 3));
  if (!hit || (hit.entry.value === 'false' && noTurnsWhatFollows(w.words, hit.end))) return null;
  return hit.entry.value === 'true';
}

/** The time words whose negation leaves tomorrow as the soonest wanted. */
const NOT_TODAY = new Set(['tonight', 'today']);

/** When the texter wants to meet: the first time said, "tomorrow" after "not tonight", or null. */
export function readWhen(lx: LanguageLexicon, w: Words, hits: readonly Hit[]): string | null {
  const listed = firstValue(hits, 'when');
  if (listed) return askedWhen(w, hits) ?? listed;
  // "not tonight", "i cant go today", "hoy no puedo", "tonight doesnt work": the next meetings after today.
  const today = hits.find((h) => h.entry.slot === 'when' && NOT_TODAY.has(h.entry.value));
  if (today && timeRuledOut(w, today.start, today.end)) return 'tomorrow';
  if (lx.lang === 'es') {
    const i = w.words.indexOf('manana');
    const said = { entry: { slot: 'when', value: 'tomorrow' }, start: i, end: i + 1, negated: false };
    if (i >= 0 && !MANANA_AS_MORNING.has(w.words[i - 1] ?? '') && !isSomeoneElsesTime(lx, w, said, hits))
      return 'tomorrow';
  }
  return null;
}

/** Words that ask for a meeting in a clause: "want a meeting tonight", "any meetings", "necesito una junta". */
const ASKING_IN_CLAUSE: ReadonlySet<string> = new Set(
  'want wanna need needs looking any meeting meetings mtg mtgs group quiero necesito busco hay junta juntas reunion'.split(
    ' ',
  ),
);

/**
 * Of two times said, the one a meeting is asked for: "i killed it at work today, want a meeting tonight" is tonight,
 * not the day told of; "tonight" said with "today" is the nearer one anyway. Undefined when one time, or none asked.
 */
function askedWhen(w: Words, hits: readonly Hit[]): string | undefined {
  const times = hits.filter((h) => h.entry.slot === 'when' && !h.negated);
  if (new Set(times.map((h) => h.entry.value)).size < 2) return undefined;
  const asked = times.find((h) => w.words.some((x, k) => w.clause[k] === w.clause[h.start] && ASKING_IN_CLAUSE.has(x)));
  if (asked && asked !== times[0]) return asked.entry.value;
  const values = times.map((h) => h.entry.value);
  return values[0] === 'today' && values.includes('tonight') ? 'tonight' : undefined;
}

/** The number of a listed meeting the text points at ("the 2nd one", "3"), or null. */
export function readItem(hits: readonly Hit[], plain: string, w: Words, details: boolean): number | null {
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

/** Whether the one the help is for is a teen: from an age said, a listed word, or a spouse or child named first. */
export function readTeen(w: Words, hits: readonly Hit[]): boolean | null {
  const age = statedAge(w.words, w.clause);
  // Under 13 too ("i'm 12 and my dad drinks"): Alateen and young people's groups take many younger children, and the
  // adult groups alone would fit them least (the eighteenth session's probe).
  if (age !== undefined) return age >= YOUNGEST_TEXTER && age <= 19;
  const listed = firstValue(hits, 'teen');
  if (listed !== undefined) return listed === 'true';
  // "she is 14", "hes 17" at "Are you a teen?": a parent answers with their child's age, so the texter is no teen
  // (the twentieth session's probe sent them Alateen). Only "im 15" (statedAge) says the texter is one.
  if (ageOfThem(w.words) !== undefined) return false;
  // "my kid is vaping": the texter's own child, as "my son" is (the probe asked a parent the teen question); not "my
  // kid brother", a teen's.
  if (ownKidAt(w.words)) return false;
  // "my dad (68) drinks a fifth a day": a grown child of someone that age; the teen question would be wasted.
  if (eldersAgeSaid(w.said)) return false;
  // "husband on fent", "grandson is on meth": a spouse, a child or a grandchild named first, as "my husband" is (the
  // lexicon's teen.false), without the "my" a quick text leaves off. Not in the middle: "my sisters husband" may be a
  // teen's.
  if (GROWN_UPS_FIRST.has(w.words[0] ?? '')) return false;
  // "son 16 using, nar anon": "son" first with an age right after it is a parent's child (probe 38 asked the parent
  // whether they were a teen); "son" alone first starts Spanish texts ("son alcoholicos").
  return w.words[0] === 'son' && numberWord(w.words[1]) !== undefined ? false : null;
}

/** Words after "kid" that make it a younger sibling or cousin ("my kid brother"), whom a teen may write of. */
const KID_SIBLING = new Set(['brother', 'sister', 'bro', 'sis', 'cousin', 'brothers', 'sisters']);

/** Whether "my kid" or "our kid" names the texter's child: not "my kid brother". */
function ownKidAt(words: readonly string[]): boolean {
  return words.some(
    (x, j) => x === 'kid' && (words[j - 1] === 'my' || words[j - 1] === 'our') && !KID_SIBLING.has(words[j + 1] ?? ''),
  );
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

/** The intents of a text: the listed ones, with emoji, carrier words and crisis words read from the text. */
export function readIntents(text: string, hits: readonly Hit[], options: UnderstandOptions): string[] {
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
