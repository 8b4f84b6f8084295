import { staffWords } from '../flow/crisisCheck';
import { takesRefinements, type FlowRoute } from '../flow/flowSchema';
import { isBareNa } from '../understand/bareNa';
import { flowLexicon } from '../understand/flowLexicon';
import { readMessage, type Reading } from '../understand/understand';
import { answerWordWins } from './answerWordWins';
import type { EngineScope } from './engineScope';
import { isOnlyAhead } from './flowOrder';
import type { CompiledFlow, ConversationContext } from './flowCompiler';
import type { TextHeard } from './compile/compiledFlowTypes';
import { learnFromText, type Learned } from './learnFromText';
import { withProgramsForAudience } from './programsForAudience';
import { listOf } from './actions/situation';
import { atARiskyPlace } from './urgePlace';
import { withFamilyAlso } from './alsoFamily';
import { bothWaysAtRooms } from './bothWaysAtList';
import { asksFamilyGroups, familyGroupsAsked } from './familyGroupsAsked';
import { asksTheirGroups, theirGroupsAsked } from './theirGroupsAsked';
import { searchAgainIn } from './searchAgain';
import { readAsFamily } from './texterAsFamily';
import { PASSED_OVER, passedOverVars, passesAfterAMiss, pastPassedOverQuestion } from './passedOver';
import { placeForPendingTown, placeForStateAnswer } from './pendingTownState';
import { samePlace } from './placeIdentity';
import { homeOf, nodeOf, send, startLive, type Live } from './liveConversation';
import { looksSpanish, saidInBoth } from '../text/languageHint';
import { plainLower, wordsOfPlain } from '../text/textWords';
import {
  withConcernAlso,
  withoutEverydayWordPlace,
  withoutInsteadAtOthers,
  withoutPlaceCompany,
  withPlaceMeaningInPerson,
} from './learnedInContext';
import { containsAnyWord, menuNumber } from '../text/answerMatch';
import { defaultLanguage } from './stepLanguage';
import { explainText, finish, keywordText, nodeText, noSessionOutput } from './stepOutput';
import type { Session, StepInput, StepOutput } from './types';
import type { Place } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { asksAnotherPlace, placeQuestion } from './placeChange';
import { notedText, understoodSummary } from './understoodSummary';
import { asksOfMeetingsNotListedYet, menuNumberOfOrdinal, notListedYetText } from './ordinalAtQuestion';
import { keywordBesideAnswers } from './firstTextKeyword';
import {
  asksAboutCompanion,
  companionKeyword,
  intentAnswers,
  type IntentAnswer,
  programAbout,
  promisesToGoAtList,
  saysGoodbye,
  voicesLovedOnesDoubt,
  withoutCompanion,
  withoutDoubtersOwn,
} from './sideQuestions';
import { namesProgramNotListed } from './programNotListed';
import {
  AFTER_NOTHING_FOUND,
  askedOfLinks,
  LINKS_MORE,
  LINKS_NUMBERS,
  asksTimesAfterNothingFound,
  LINKS_TIMES,
  reactsToNothingFound,
} from './nothingFoundReaction';

/**
 * An ordinary text, one no rule of the keyword table took: what it says is read (when the flow
 * has an `understand:` section) and taken in, then it answers the question at hand, or starts a
 * conversation that skips the questions it already answered.
 */

/** What a text said, read and turned into answers. */
export interface TextRead {
  reading: Reading;
  learned: Learned;
}

/** Where an ordinary text arrives: the conversation (if any) and what the step already decided. */
export interface AnswerScene {
  text: string;
  now: Date;
  input: Pick<StepInput, 'homeZone' | 'homeState'>;
  before: string;
  textLang: string;
  apology?: string;
  session?: Session;
  endedLang?: string;
  flowChanged: boolean;
}

/** A text that is only a menu number. */
export const MENU_NUMBER = /^\s*#?\d{1,2}[.)]?\s*$/;

/**
 * A text that is only a greeting ("hi", "hello?", "hola"). In the middle of a conversation it is
 * someone checking the line is there, not a wrong answer: the question is asked again, without a
 * "sorry" and without counting as a miss, unless the question itself takes the word. START and UNSTOP from a number
 * that never opted out are the same (someone beginning, as the line's welcome told them they could): they got
 * "Sorry, I didn't get that" (the twenty-sixth session's probe), and Twilio confirms them on its own.
 */
/**
 * "yo" alone in Spanish is "I" or "me", an answer ("yo" at "¿Para quien es la ayuda?"), not the English greeting:
 * probe 35 got the Spanish medication question again with no word that "yo" was heard.
 */
const SPANISH_YO = /^\s*yo[\s!?.,]*$/i;

const ONLY_A_GREETING =
  /^\s*(?:start|unstop|hi+|hello+|hey+|hiya|howdy|helo|yo|hola|buenas|buenos dias|buenas tardes|buenas noches|oye)(?:\s+(?:there|again|hello|hi))?[\s!?.,]*$/i;

/**
 * A text that only says the question was not clear ("what do you mean?", "i dont understand", "no entiendo") or asks
 * why it is asked ("why do you ask", "why does that matter", "por que preguntas"):
 * not a wrong answer either. The question comes again, without a "sorry" and without counting as a miss, as
 * for a greeting. Not "what?" or "hmm": those stay misses, so two of them still reach the helpline's number.
 */
const ONLY_PUZZLED =
  /^\s*(?:why do (?:you|u) (?:ask|need to know|want to know)|why does (?:that|it) matter|why (?:is|does) (?:that|it) (?:important|matter)|why\?*|how come|por ?que (?:preguntas|pregunta|quieres saber|importa)|para que (?:preguntas|quieres saber)|what do you mean|wdym|what does that mean|i dont understand|i don'?t get it|i'?m confused|what'?s the difference|what does it mean|what is that|what'?s that|what are those|i (?:dont|don'?t) know what that (?:is|means)|idk what that (?:is|means)|no entiendo|no le entiendo|que quiere decir|que quieres decir|no comprendo|que es eso|no se que es eso)[\s!?.,]*$/i;

/**
 * A text that asks what the question or one of its words means: ONLY_PUZZLED's words, or "what do you mean by
 * medication", "what does medication mean", "a que te refieres con medicamento" (the seventeenth session's probe,
 * where the word asked about was taken for a yes).
 */
const ASKS_MEANING =
  /^\s*(?:what do (?:you|u) mean by|what does \S+(?: \S+)? mean|what counts as|what kind of|what type of|a que te refieres con|que quieres decir con|que quiere decir|que significa|que tipo de)\b/i;

function asksWhatQuestionMeans(text: string): boolean {
  return ONLY_PUZZLED.test(text) || ASKS_MEANING.test(plainLower(text));
}

/** The intents of thanks or an acknowledgement (the flow's `intents.thanks` and `intents.acknowledge`). */
export const CLOSING_INTENTS: ReadonlySet<string> = new Set(['thanks', 'acknowledge']);

/**
 * Words that ask something: with them, thanks is said on the way to a request ("thanks, can i go to smart instead",
 * "thank you. whats al anon", "gracias, donde queda"), which is read as one. Tested only once the intents are closing.
 */
const ASKS_SOMETHING =
  /\b(?:what|whats|where|wheres|when|how|why|which|(?:can|could) (?:i|you|we|my)|is (?:it|there|this|that)|are (?:there|they|these|those)|(?:do|does) (?:i|you|they|we|it)|donde|cuando|cuanto|cual|puedo|podemos|puede|hay|que es|que son)\b/;

/**
 * Whether the understanding heard only thanks or an acknowledgement in a text ("thank you", "ok", "gracias", a thumbs
 * up), and the text asks nothing: no answer to a question, and no wrong one either. The words are the flow's lists.
 */
function onlyThanksOrOk(intents: readonly string[] | undefined, text: string): boolean {
  if (!intents?.length || !intents.every((intent) => CLOSING_INTENTS.has(intent))) return false;
  return !ASKS_SOMETHING.test(plainLower(text));
}

/**
 * How a text after a conversation ended only closes it, telling nothing else: `thanks` for thanks or an
 * acknowledgement ("thank you so much", "ok", "k", "gracias", a thumbs up), `no` for a bare no ("no", "nah").
 * Undefined for anything else, which starts again ("hi", "my son drinks", "meetings near 79101", "thanks, is it
 * free?").
 */
function closesEnded(read: TextRead | undefined, text: string): 'thanks' | 'no' | undefined {
  if (!read || read.learned.filled.length) return undefined;
  const { intents, yes } = read.reading.understood;
  // "no", "nah", "no thanks" after a reply that ended ("None within 100 mi... Reply NEW"): no wish to start over.
  if (!intents.length) return yes === false ? 'no' : undefined;
  // "ok thanks, any more?" asks for more, "thanks, is it free?" asks: only thanks and acknowledgements close.
  if (!onlyThanksOrOk(intents, text)) return undefined;
  return yes === false && !intents.includes('thanks') ? 'no' : 'thanks';
}

/** What people narrow the results with; the results heading says these back itself. */
const REFINEMENTS = new Set(['when', 'part', 'clock', 'wants', 'mode', 'programs', 'item', 'closer', 'miles']);

/** Answers that decide the path through the flow: changing one goes back to its question. */
const CORRECTABLE = ['audience', 'concern', 'medication', 'teen', 'mode'];

/**
 * The last readings, per engine and language: a first text is read in every language to find its
 * own, then once more in the one chosen. Readings are only read, never changed, by the engine.
 */
const lastReadings = new WeakMap<
  EngineScope,
  { text: string; lexicon: unknown; places: unknown; byLang: Map<string, Reading> }
>();

function readingOf(scope: EngineScope, flow: CompiledFlow, text: string, lang: string): Reading {
  const lexicon = flowLexicon(flow.flow);
  const places = scope.directory();
  let last = lastReadings.get(scope);
  if (last?.text !== text || last.lexicon !== lexicon || last.places !== places) {
    last = { text, lexicon, places, byLang: new Map() };
    lastReadings.set(scope, last);
  }
  let reading = last.byLang.get(lang);
  if (!reading) {
    // With the flow's own crisis words, the detector answers from the finding the keyword table already made.
    reading = readMessage(text, lang, lexicon, places, { crisisWords: staffWords(flow.flow.keywords) });
    last.byLang.set(lang, reading);
  }
  return reading;
}

/** What the text says, when the flow has an `understand:` section (else undefined: menus and words only). */
export function readText(
  scope: EngineScope,
  flow: CompiledFlow,
  text: string,
  lang: string,
  homeState?: string,
  searchState?: string,
): TextRead | undefined {
  const section = flow.flow.understand;
  // A menu number ("2", "#2.") says nothing more than the question's own routes read: skip the work.
  if (!section || MENU_NUMBER.test(text)) return undefined;
  const reading = readingOf(scope, flow, text, lang);
  return { reading, learned: learnFromText(reading, scope.directory(), text, homeState, lang, searchState) };
}

/**
 * Whether the text, read in `lang`, holds `intent` ("new search" restart): the reading alone, remembered for the
 * step, so a rule can ask on every text without working out what the text would teach the flow.
 */
export function textHasIntent(
  scope: EngineScope,
  flow: CompiledFlow,
  text: string,
  lang: string,
  intent: string,
): boolean {
  if (!flow.flow.understand || MENU_NUMBER.test(text)) return false;
  return readingOf(scope, flow, text, lang).understood.intents.includes(intent);
}

/**
 * For a text that starts a conversation and names no language: the flow language whose words it
 * matches best ("mi hijo fuma cristal" is Spanish), or undefined when none does better than the first.
 */
export function languageByReading(scope: EngineScope, flow: CompiledFlow, text: string): string | undefined {
  // "yo" alone greets in English as often as it says "me" in Spanish: the line's own language answers it. A greeting
  // alone ("hi", "hello there", the commonest first text) is heard in no language: Spanish ones are start words,
  // told before this, so it is not read once per language for nothing.
  if (!flow.flow.understand || MENU_NUMBER.test(text) || saidInBoth(text) || ONLY_A_GREETING.test(text)) {
    return undefined;
  }
  let best: string | undefined;
  let bestScore = 0;
  let spanishScore: number | undefined;
  // The text's words as written (before any typo is put right), as the understanding splits them.
  const written = ` ${wordsOfPlain(plainLower(text)).join(' ')} `;
  for (const lang of flow.flow.languages) {
    const heard = readingOf(scope, flow, text, lang).heard;
    // Only the language's own words: each reading also hears the other's ("my husband" in Spanish). And only words
    // as written: a town one letter from a word ("dumas", Spanish "damas") says nothing of the language.
    // Each phrase once: a word listed twice in a language ("meth" among the drugs and again among English words
    // Spanish texts borrow) is still one word of it ("i use meth" is English).
    const said = heard.filter((h) => !h.negated && !h.borrowed && written.includes(` ${h.words} `));
    const score = new Set(said.map((h) => `${h.slot} ${h.value} ${h.words}`)).size;
    if (lang === 'es') spanishScore = score;
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  // A tie ("que es al-anon": the program's name is a word of both) goes to Spanish when its small
  // words are Spanish, as a crisis text's language is told (looksSpanish).
  if (spanishScore === bestScore && best !== 'es' && looksSpanish(text)) return 'es';
  return best === defaultLanguage(scope, flow) ? undefined : best;
}

/** The words the understanding heard in a text for the question the conversation waits at (none at the results). */
export function answersAt(live: Live, read: TextRead | undefined): string[] {
  if (!read) return [];
  const asked = slotsAsked(live.compiled, nodeOf(live));
  return read.reading.heard.filter((h) => asked.has(h.slot)).map((h) => h.words);
}

/** Per compiled flow, each node's slotsAsked: a flow version's questions never change, and several rules ask. */
const askedByFlow = new WeakMap<CompiledFlow, Map<string, ReadonlySet<string>>>();

/** The variables a node's question sets (and `place` and `town` for a place question): what answering it means. */
export function slotsAsked(flow: CompiledFlow, node: string | undefined): ReadonlySet<string> {
  let byNode = askedByFlow.get(flow);
  if (!byNode) askedByFlow.set(flow, (byNode = new Map()));
  const key = node ?? '';
  let slots = byNode.get(key);
  if (slots) return slots;
  const made = new Set<string>();
  for (const route of flow.flow.nodes[key]?.routes ?? []) {
    for (const k of Object.keys(route.set ?? {})) made.add(k);
    // A town in several states answers a place question too: its next question asks which state.
    if (route.location) made.add('place').add('town').add('state');
  }
  byNode.set(key, (slots = made));
  return slots;
}

/**
 * Whether a bare no ("no", "nope", "no que yo sepa", "not that we know") answers, at the way-to-meet question, the
 * medication question a family member is never asked, or a bare yes the teen question skipped (below): the texter
 * expected it (the twenty-ninth and thirtieth sessions' probes, L3: "Sorry" and the question again, and two such
 * misses ended a grandmother's conversation). Taken as heard, "Got it, thanks.", and the question again; no miss
 * counted. A short text only: a longer one told more.
 */
function answersASkippedQuestion(live: Live, read: TextRead | undefined, text: string): boolean {
  const yes = read?.reading.understood.yes;
  if (yes === null || yes === undefined || read?.learned.filled.length) return false;
  if (text.length > 30 || !slotsAsked(live.compiled, nodeOf(live)).has('mode')) return false;
  const { vars } = live.snapshot.context as ConversationContext;
  if (yes === false) return vars.audience === 'family' && vars.medication === undefined;
  // A bare yes where the teen question was skipped, the age read ("my dad drinks every night and im 14", "Got it: ...
  // you're a teen."): the texter confirms it, or answers the question they expected (probes 30 and 31, L1: "Sorry"
  // three times). Not a no: after a summary, "no" may be a correction.
  return vars.teen !== undefined;
}

/**
 * True when a text only told things the question at hand does not ask, at a question that does
 * not take refinements (`understood:`, `intent:` or `any:` routes): it is context or a correction.
 */
function isOnlyContext(flow: CompiledFlow, node: string | undefined, learned: Learned): boolean {
  const routes = flow.flow.nodes[node ?? '']?.routes ?? [];
  if (routes.some((r) => r.understood || r.intent || r.any)) return false;
  const asked = slotsAsked(flow, node);
  return learned.filled.every((slot) => !asked.has(slot));
}

/**
 * Whether a text that told a later question's answer also answers the question at hand, by its own yes or no ("no,
 * online" at the medication question), by a menu number first ("1 lubbock" at the way to meet, "2, 79101") or by the
 * question's own words ("cualquiera esta bien, vivo en amarillo"): the seventeenth session's probe asked that question
 * again. The answer is taken, and the later one with it.
 */
function answersHereToo(live: Live, text: string, heard: TextHeard | undefined, news: Learned): boolean {
  const routes = live.compiled.flow.nodes[nodeOf(live) ?? '']?.routes ?? [];
  const saysYesOrNo = heard?.yes === true || heard?.yes === false;
  const byYesOrNo = saysYesOrNo && routes.some((r) => (heard?.yes ? r.yes : r.no));
  const byNumber = menuNumber(text) !== undefined && routes.some((r) => r.number !== undefined);
  // "cualquiera esta bien, vivo en amarillo": the question's own word for an answer, and a place with it.
  const byWords = routes.some((r) => r.words !== undefined && containsAnyWord(text, r.words));
  if (!byYesOrNo && !byNumber && !byWords) return false;
  // "no, it's for my sister" at "are you a teen?" corrects an earlier answer: its "no" answers nothing.
  const known = (live.snapshot.context as ConversationContext).vars;
  if (news.filled.some((slot) => CORRECTABLE.includes(slot) && known[slot] !== undefined && known[slot] !== ''))
    return false;
  return live.compiled.understands(live.snapshot.context as ConversationContext, text, heard);
}

/**
 * The question to go back to when a text changes an answer given earlier (audience, concern,
 * medication, teen, mode): the first question of the flow that sets it. Undefined when nothing
 * changed, or the question at hand is that one, or that question is still ahead.
 */
function correctedQuestion(live: Live, learned: Learned, node: string | undefined): string | undefined {
  const before = (live.snapshot.context as ConversationContext).vars;
  const changed = CORRECTABLE.filter(
    (k) => learned.vars[k] !== undefined && before[k] !== undefined && String(before[k]) !== String(learned.vars[k]),
  );
  if (!changed.length) return undefined;
  const flow = live.compiled.flow;
  for (const [name, n] of Object.entries(flow.nodes)) {
    if (n.ask === undefined || !n.routes?.some((r) => changed.some((k) => r.set?.[k] !== undefined))) continue;
    // A question still ahead (its answer came with the first text) is not gone back to: that would
    // skip the question at hand. The new answer is kept, and the question at hand asked again.
    if (name === node || (node !== undefined && isOnlyAhead(flow, node, name))) return undefined;
    return name;
  }
  return undefined;
}

/**
 * Whether a text at the place question only doubts: "im not sure", "no estoy seguro", "idk" there are about the
 * place, so neither their "unsure" nor their "I" is a new answer about what the trouble is or whom the help is for
 * (Spanish probe 20). Someone named ("idk what my son is on") or several troubles named still tell both.
 */
function doubtsThePlace(learned: Learned, asked: ReadonlySet<string>): boolean {
  const v = learned.vars;
  return asked.has('place') && v.concern === 'unsure' && v.relation === undefined && v.concerns === undefined;
}

/** The question at hand: the slots it asks and its routes (learnedInContext's withPlaceMeaningInPerson). */
function questionAt(live: Live): { asked: ReadonlySet<string>; routes: readonly FlowRoute[] } {
  const node = nodeOf(live);
  return { asked: slotsAsked(live.compiled, node), routes: live.compiled.flow.nodes[node ?? '']?.routes ?? [] };
}

/** What a text told that the conversation did not already hold: repeating a known answer is no news. */
function onlyNew(live: Live, learned: Learned): Learned {
  const context = live.snapshot.context as ConversationContext;
  const known = context.vars;
  const asked = slotsAsked(live.compiled, nodeOf(live));
  const doubt = doubtsThePlace(learned, asked);
  const vars: Learned['vars'] = {};
  for (const [k, v] of Object.entries(learned.vars)) {
    // What a program implies never overrides an answer given ("just NA" at the results keeps "not sure").
    if (learned.inferred.includes(k) && known[k] !== undefined) continue;
    // "idk" answers the question at hand ("which state?"): it does not unsay an answer given to another.
    // A text that names whom the help is for tells their concern, a mix too ("mi hijo fuma mota y toma").
    // Not several named ("i also use meth", "pills too" after "i drink": withConcernAlso), which are news.
    const several = learned.vars.concerns !== undefined;
    // Whom the help is for said again as it is known, naming no one ("not sure if im on anything" at the medication
    // question, from a texter who told "i drink"): no one new whose trouble the doubt would tell.
    const nobodyNew =
      learned.vars.audience === undefined ||
      (learned.vars.audience === known.audience && learned.vars.relation === undefined);
    if (v === 'unsure' && known[k] !== undefined && !asked.has(k) && nobodyNew && !several) continue;
    if (doubt && (k === 'audience' || k === 'concern') && known[k] !== undefined) continue;
    // "no se" alone at whom the help is for doubts that question: it says nothing of what the trouble is.
    if (v === 'unsure' && k === 'concern' && !asked.has(k) && learned.filled.length === 1 && !learned.vars.concerns)
      continue;
    if (String(known[k]) !== String(v)) vars[k] = v;
  }
  if ('relation' in vars && learned.vars.audience !== undefined) vars.audience = learned.vars.audience;
  // A concern said after two ("actually just the drinking") is one again: the two kept go.
  if (known.concerns && 'concern' in vars && learned.vars.concerns === undefined) vars.concerns = '';
  // A behavior goes with the concern it was read with: one said without ("he bets too") clears it, and it is news only
  // where its concern is taken ("idk" at another question unsays neither).
  const concernTaken =
    'concern' in vars || (learned.vars.concern !== undefined && learned.vars.concern === known.concern);
  if (known.behavior && concernTaken && learned.vars.behavior === undefined) vars.behavior = '';
  if ('behavior' in vars && !concernTaken) delete vars.behavior;
  // "no its porn" after "he gambles": the same concern, about something else now; news, said back.
  if ('behavior' in vars && learned.vars.concern !== undefined) vars.concern = learned.vars.concern;
  // A part of the day said without a time ("in the morning") asks for all of it: a time said before goes.
  if (known.clock && learned.filled.includes('part') && !learned.filled.includes('clock')) vars.clock = '';
  const place = learned.place && !samePlace(learned.place, context.place) ? learned.place : undefined;
  // A state said alone is kept as `in_state` (and its name): news when that is.
  const filled = learned.filled.filter((slot) =>
    slot === 'place' ? place !== undefined : slot === 'state' ? 'in_state' in vars : slot in vars,
  );
  return Object.assign({}, learned, { vars, place, filled });
}

/**
 * What a text taught, with the place it completes when it is only a state and a town of several states is waiting
 * for one away from the place question ("texas" at the medication question, after "out in Potter County"). At the
 * place question itself, its own routes read the state.
 */
function withPendingTownsState(scope: EngineScope, live: Live, learned: Learned, text: string): Learned {
  const context = live.snapshot.context as ConversationContext;
  if (!context.pendingTown) return learned;
  if (slotsAsked(live.compiled, nodeOf(live)).has('place')) {
    // "the one in new york" answers which Geneva: not New York City, which the words also name.
    const answered = placeForStateAnswer(scope.directory(), context.pendingTown, text);
    return answered ? Object.assign({}, learned, { place: answered, filled: withPlace(learned.filled) }) : learned;
  }
  if (learned.place) return learned;
  const place = placeForPendingTown(scope.directory(), context.pendingTown, text);
  return place ? Object.assign({}, learned, { place, filled: [...learned.filled, 'place'] }) : learned;
}

/** The slots filled, with the place among them once. */
function withPlace(filled: readonly string[]): string[] {
  return filled.includes('place') ? [...filled] : [...filled, 'place'];
}

/**
 * What a text taught, with a town of several states it named settled by the place the conversation is at:
 * "actually i'm in canyon" from Amarillo is Canyon, TX, not a question of which state.
 */
export function withNearNamesake(
  scope: EngineScope,
  learned: Learned,
  near: Place | undefined,
  inState?: unknown,
): Learned {
  if (!learned.pendingTown || learned.place) return learned;
  // After "texas" alone ("Which town in Texas?"), "canyon" is the one in Texas.
  const stated = typeof inState === 'string' && inState ? inState : undefined;
  const inIt = stated ? scope.directory().lookupPlace(`${learned.pendingTown}, ${stated}`) : undefined;
  if (!near && inIt?.kind !== 'found') return learned;
  const found = inIt?.kind === 'found' ? inIt : scope.directory().lookupPlace(learned.pendingTown, near);
  if (found.kind !== 'found') return learned;
  const { town: _town, states: _states, ...vars } = learned.vars;
  const { pendingTown: _pending, ...rest } = learned;
  const filled = learned.filled.filter((slot) => slot !== 'town');
  return Object.assign(rest, { vars, place: found.place, filled: [...filled, 'place'] });
}

/**
 * The place question, when a text at the results asks to look elsewhere without naming where ("change
 * location", "different town", "i'm not in lubbock"); undefined otherwise.
 */
function askedElsewhere(live: Live, read: TextRead | undefined, text: string): string | undefined {
  if (read?.learned.place || read?.learned.pendingTown) return undefined;
  if (!asksAnotherPlace(text) && !read?.reading.placeTurnedDown) return undefined;
  if (!takesRefinements(live.compiled.flow.nodes[nodeOf(live) ?? ''])) return undefined;
  return placeQuestion(live.compiled);
}

/** The variables a state said alone is kept in (learnFromText): its code, its name, and that it was said. */
const STATE_VARS = ['in_state', 'state_name', 'state_said'];

/**
 * A text at the results that names only a state ("im in kansas now", "actually in texas"): the place question,
 * with the state's variables to take there, so it asks which town in it. Undefined for any other text.
 */
function stateOnlyElsewhere(live: Live, read: TextRead | undefined): { node: string; vars: FlowVars } | undefined {
  const learned = read?.learned;
  if (!learned || learned.filled.length !== 1 || learned.filled[0] !== 'state') return undefined;
  if (!takesRefinements(live.compiled.flow.nodes[nodeOf(live) ?? ''])) return undefined;
  const node = placeQuestion(live.compiled);
  if (!node) return undefined;
  return { node, vars: Object.fromEntries(STATE_VARS.map((k) => [k, learned.vars[k] ?? ''])) };
}

/** "Got it: ..." when a text said more than the answer to the question at hand. */
function summaryFor(
  scope: EngineScope,
  flow: CompiledFlow,
  learned: Learned,
  lang: string,
  node: string | undefined,
): string | undefined {
  // At the results the heading already says what a refinement shows ("Meetings in Spanish").
  const atResults = takesRefinements(flow.flow.nodes[node ?? '']);
  // A new place there searches again, and the results' heading names it ("within 10 mi of Lubbock, TX").
  // So does a town in several states: the question of which state says it.
  if (atResults && learned.filled.every((slot) => REFINEMENTS.has(slot) || slot === 'place' || slot === 'town'))
    return undefined;
  const asked = slotsAsked(flow, node);
  if (!learned.filled.some((slot) => !asked.has(slot) && slot !== 'item')) return undefined;
  return understoodSummary(learned, flow.flow.understand, flow, lang, scope.directory());
}

/** Questions about going to a meeting, which an ordinal beside them ("the 2nd one") does not turn into its details. */
const GOING_ASKED = ['first_meeting', 'sober_to_go'];

/** What a text at a list may say that narrows the search, beside a meeting pointed at. */
const NARROWING = new Set(['when', 'part', 'clock', 'place', 'town', 'programs', 'miles', 'closer']);

/** A meeting of a list pointed at by its place in it: "the 2nd one", "#3", "number 2", "la primera". */
const POINTS_AT_SHOWN =
  /(?:^|\s)(?:(?:1st|2nd|3rd|first|second|third|last)\s+(?:one|meeting|mtg|group|uno|una)|#\s?[1-9]|(?:number|num)\s?[1-9]|la\s+(?:primera|segunda|tercera|ultima))(?![a-z0-9])/i;

/** An ordinary text (no keyword): what it says is taken in, then it answers the question at hand. */
export function answerText(
  scope: EngineScope,
  live: Live | undefined,
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): StepOutput {
  const { text, now, before } = at;
  if (!live) return startFromText(scope, entry, read, at);
  // "its for me", "me, the mom" after "my son uses meth": support for the texter as his family, not a correction;
  // "alateen?" from the parent of a teen who drinks: what Alateen is (texterAsFamily.ts).
  read = readAsFamily((live.snapshot.context as ConversationContext).vars, read);
  // "im not ready for this, bye", "ok thanks bye": the goodbye, as "bye" alone gets; so does "thanks, ill go tonight"
  // at a list.
  if (saysGoodbye(live.compiled, read, text, at.textLang) || promisesToGoAtList(live, read, text)) {
    send(live, { type: 'KEYWORD', name: 'bye', now });
    return finish(live, before, 'keyword:bye');
  }
  // "what about for me", "is there something for her too" at a list of the groups of someone who wants help
  // themselves: the family's own groups, for the texter (familyGroupsAsked.ts).
  const familyGroups = familyGroupsAsked(live, read?.learned, text);
  if (familyGroups) {
    send(live, { type: 'LEARN', vars: familyGroups, now, text });
    searchAgainIn(live, now);
    return finish(live, before, 'answer');
  }
  // "what about for him" at a list of the family's own groups: his groups beside theirs (theirGroupsAsked.ts).
  const theirGroups = theirGroupsAsked(live, read?.learned, text);
  if (theirGroups) {
    send(live, { type: 'LEARN', vars: theirGroups, now, text });
    searchAgainIn(live, now);
    return finish(live, before, 'answer');
  }
  const elsewhere = askedElsewhere(live, read, text);
  if (elsewhere) {
    send(live, { type: 'GOTO', node: elsewhere, now, text, forgetPlace: true });
    return finish(live, before, 'answer');
  }
  // "im in kansas now" at the results: the place searched goes, and the place question asks which town in Kansas.
  const stateNow = stateOnlyElsewhere(live, read);
  if (stateNow) {
    send(live, { type: 'LEARN', vars: stateNow.vars, now, text });
    send(live, { type: 'GOTO', node: stateNow.node, now, text, forgetPlace: true });
    return finish(live, before, 'answer');
  }
  // "is the 2nd one in person or zoom", "does the first one have a zoom": a question about a meeting shown, which the
  // results' answer reader takes; its words ("in person", "zoom") are no new answer to go back and search with.
  // A day, a time, a place or a program said with it still narrows the list ("the 2nd one on saturday" is read so).
  const narrowsToo = read?.learned.filled.some((slot) => NARROWING.has(slot)) === true;
  // "what happens at the first one": a first meeting asked about, not the first shown (the understanding let go of
  // the item: the thirtieth session's probe, M5).
  const understood = read?.reading.understood;
  // "is the 2nd one ok if im high": whether one may go as one is, asked of a meeting shown, is answered as the same
  // question asked alone (probe 35 showed the meeting's details and said nothing of going high).
  const firstMeetingAsked =
    understood?.item === null && GOING_ASKED.some((intent) => understood.intents.includes(intent));
  if (
    (live.snapshot.context as ConversationContext).search !== undefined &&
    POINTS_AT_SHOWN.test(text) &&
    !narrowsToo &&
    !firstMeetingAsked
  ) {
    send(live, { type: 'TEXT', text, now });
    return finish(live, before, 'answer');
  }
  const { place: near, vars: known, search } = live.snapshot.context as ConversationContext;
  // "can i bring my husband": whom the help is for stays; the question is answered (`companion`).
  const companion = asksAboutCompanion(live, read);
  // "whats al anon", "que es smart": the program's own line; what it is asked about is not chosen (`program_about`).
  const about = programAbout(live.compiled, scope.directory(), read, at.textLang);
  // "celebrate recovery", "i go to cocaine anonymous": the line does not list its meetings (`program_not_listed`).
  const notListed = !companion && !about && namesProgramNotListed(live.compiled, scope.directory(), read);
  // "what if im not sure hes an alcoholic" in a conversation about someone close: no trouble of the texter's own.
  const doubt = !companion && voicesLovedOnesDoubt(live, read);
  const learnedAll =
    read && companion
      ? withoutCompanion(read.learned)
      : read && doubt
        ? withoutDoubtersOwn(read.learned)
        : read?.learned;
  // "both" at "What is it about?" is that question's own answer, not "any way to meet".
  // "both online and in person", "ambos" at a list of rooms: the meetings online and by phone too (bothWaysAtList.ts).
  const told =
    learnedAll &&
    (bothWaysAtRooms(live, read?.reading, learnedAll, text) ??
      answerWordWins(live.compiled, nodeOf(live), text, learnedAll));
  // "my husband drinks too" from a texter helped for themselves: still their help, the family groups beside it.
  // "i also use meth" after "i drink": both concerns; "at my moms in lubbock" at the place question: where, not whom.
  // "christmas", "happy" alone at a list: an everyday word, not a move to Christmas, FL.
  const taught =
    told && read
      ? withoutEverydayWordPlace(
          live.compiled,
          nodeOf(live),
          withoutInsteadAtOthers(
            live.compiled,
            nodeOf(live),
            withoutPlaceCompany(known, withConcernAlso(known, withFamilyAlso(known, told, text), text), text),
            read,
          ),
          text,
          (live.snapshot.context as ConversationContext).place,
        )
      : undefined;
  const heard =
    read && taught
      ? { filled: taught.filled, intents: read.reading.understood.intents, yes: read.reading.understood.yes }
      : undefined;
  const settled = taught ? withNearNamesake(scope, taught, near, known.in_state) : undefined;
  const learned = settled ? withPendingTownsState(scope, live, settled, text) : undefined;
  // "no i mean for my son not me" after "aa in amarillo": AA was the texter's own, the family groups come instead.
  const news = learned
    ? withPlaceMeaningInPerson(
        questionAt(live),
        known,
        withProgramsForAudience(scope.directory(), known, onlyNew(live, learned), learned),
        text,
      )
    : undefined;
  // "can i bring my kid", "puedo llevar a mi hijo": a young child is childcare's question, not company's.
  const companionName = companion ? companionKeyword(live.compiled, text) : undefined;
  // "my husband drinks, amarillo, can i bring my kids?" at the first question: the keyword table let it through.
  const beside =
    companionName || about || notListed || search !== undefined
      ? undefined
      : keywordBesideAnswers(live.compiled, text, read?.learned, answersAt(live, read));
  if (beside && !news?.filled.length) {
    send(live, { type: 'KEYWORD', name: beside, now });
    return finish(live, before, `keyword:${beside}`);
  }
  if (companionName && !news?.filled.length) {
    send(live, { type: 'KEYWORD', name: companionName, now });
    return finish(live, before, `keyword:${companionName}`);
  }
  if (about && !news?.filled.length) {
    send(live, { type: 'KEYWORD', name: 'program_about', now, vars: about });
    return finish(live, before, 'keyword:program_about');
  }
  if (notListed && !news?.filled.length) {
    send(live, { type: 'KEYWORD', name: 'program_not_listed', now });
    return finish(live, before, 'keyword:program_not_listed');
  }
  // "my brother died of an overdose": a word of sympathy first; "i relapsed": welcome back; "i need a sponsor":
  // where one is found. Then the question at hand, or what else the text told.
  const intentsAnswered = intentAnswers(
    live.compiled,
    read,
    (live.snapshot.context as ConversationContext).vars.audience,
  );
  // "at the bar", "at my dealers house" at the place question: the urge's word, then the place asked again.
  const urgeAt =
    !intentsAnswered.length &&
    live.compiled.flow.keywords.craving?.say !== undefined &&
    slotsAsked(live.compiled, nodeOf(live)).has('place') &&
    atARiskyPlace(text);
  const alone = intentsAnswered[0] ?? (urgeAt ? 'craving' : undefined);
  if (alone && !news?.filled.length) {
    send(live, { type: 'KEYWORD', name: alone, now });
    return finish(live, before, `keyword:${alone}`);
  }
  // "the second one" at "Who is the help for? 1 Myself 2 ...": the menu's 2, as "2" is.
  const ordinal = menuNumberOfOrdinal(live, read, news);
  if (ordinal) {
    send(live, { type: 'TEXT', text: ordinal, now });
    return finish(live, before, 'answer');
  }
  // "whats the address of the 2nd one" before any list: the meetings come once the line knows a bit more.
  const notYet = asksOfMeetingsNotListedYet(live, read, news)
    ? notListedYetText(live.compiled, at.textLang)
    : undefined;
  if (notYet) {
    send(live, { type: 'REASK' });
    return finish(live, before, 'answer', { prefix: notYet });
  }
  // "what do you mean by medication", "que es eso" at a question that explains itself: what it means, then it again.
  // "yeah percs" at the medication question: a yes to the drug, not to a medicine for recovery; what it means too.
  const explained =
    asksWhatQuestionMeans(text) || yesToADrugAtMedication(live, read)
      ? explainText(live.compiled, nodeOf(live) ?? '', at.textLang)
      : undefined;
  if (explained) {
    send(live, { type: 'REASK' });
    return finish(live, before, 'answer', { prefix: explained });
  }
  // "its for me" after "my son uses meth": "Got it: groups for you, about your son.", and the question at hand again.
  if (news?.asFamily && !news.filled.length) {
    // "is there something for me as her dad" at a list: the groups shown for the texter, said again as the answer
    // (probe 29's L8, met again in the thirty-second session's probe: only "Got it" and the list's footer came).
    const groups = groupsOfTheList(live, at.textLang);
    send(live, { type: 'REASK' });
    const section = live.compiled.flow.understand;
    const asFamily = understoodSummary(news, section, live.compiled, at.textLang, scope.directory());
    return finish(live, before, 'answer', { prefix: [asFamily, groups].filter(Boolean).join('\n') || undefined });
  }
  if (!news?.filled.length) {
    const context = live.snapshot.context as ConversationContext;
    // "thank you", "ok", "gracias" at a question that takes none of them (the results take them: `acknowledged`, the
    // goodbye) are polite, not wrong: the question again plainly, as for a greeting. Read from intents already heard.
    // "yes methadone" at the teen question, the medicine known already: the yes is the medicine's, no answer here.
    const greeting =
      (((ONLY_A_GREETING.test(text) && !(at.textLang === 'es' && SPANISH_YO.test(text))) ||
        ONLY_PUZZLED.test(text) ||
        onlyThanksOrOk(heard?.intents, text)) &&
        !live.compiled.understands(context, text, heard)) ||
      yesOfTheMedicine(live, read);
    // "im 45 lol" again at "How would you like to meet?": something told before, answering nothing here. The
    // question again after a word that it was heard, not bare (a question the text answers takes it as before).
    const toldAgain = !greeting && taught !== undefined && taught.filled.length > 0;
    const noted =
      (toldAgain &&
        isOnlyContext(live.compiled, nodeOf(live), taught) &&
        !live.compiled.understands(context, text, heard)) ||
      (!greeting && answersASkippedQuestion(live, read, text) && !live.compiled.understands(context, text, heard))
        ? notedText(live.compiled, at.textLang)
        : undefined;
    // "in person" again at "Are you a teen?", said in the first text already: a question a texter may pass over is
    // passed, as when the text tells something new, not asked a third time (the thirty-second session's probe: an
    // Al-Anon texter's "me", "in person", then the question again).
    const node = nodeOf(live);
    const past =
      noted && toldAgain && taught ? pastPassedOverQuestion(live.compiled, node, taught, context.misses) : undefined;
    if (past) {
      send(live, { type: 'LEARN', vars: passedOverVars(live.compiled, node, context.vars), now, text });
      if (nodeOf(live) === node) send(live, { type: 'GOTO', node: past, now, text });
      return finish(live, before, 'answer');
    }
    send(live, greeting || noted ? { type: 'REASK' } : { type: 'TEXT', text, now, heard });
    return finish(live, before, 'answer', noted ? { prefix: noted } : undefined);
  }
  const node = nodeOf(live);
  const said = summaryFor(scope, live.compiled, news, at.textLang, node);
  // "can i bring my wife to the saturday one": the answer, then the meetings it asks for.
  const side = companionName ?? (about ? 'program_about' : notListed ? 'program_not_listed' : beside);
  const answer = side && keywordText(live.compiled, side, at.textLang, side === 'program_about' ? about : undefined);
  const intentTexts = intentsAnswered.map((intent) => keywordText(live.compiled, intent, at.textLang));
  const summary = [intentTexts[0], answer, ...intentTexts.slice(1), said].filter(Boolean).join('\n') || undefined;
  const back = correctedQuestion(live, news, node);
  // Read before LEARN (what was known decides a correction), and only where the question would be asked again.
  const onlyContext = isOnlyContext(live.compiled, node, news);
  // "yes methadone" at "Are you a teen?": the yes is the medicine's, told with it; the question is asked again.
  const alsoAnswers = onlyContext && !yesOfTheMedicine(live, read) && answersHereToo(live, text, heard, news);
  send(live, { type: 'LEARN', vars: news.vars, place: news.place, pendingTown: news.pendingTown, now, text });
  if (back && nodeOf(live) === node) {
    // A corrected answer may change the path ("it's for me", not my son): go back to its question,
    // and what is known carries the conversation on to the first question still open.
    send(live, { type: 'GOTO', node: back, now, text });
  } else if (nodeOf(live) !== node) {
    // What the text said answered the question at hand, and more: it moved on, so the text is used up.
  } else if (onlyContext && !alsoAnswers) {
    // "amarillo" at "are you a teen?": a question passed over is not asked again; the questions go on.
    const { misses } = live.snapshot.context as ConversationContext;
    const past = pastPassedOverQuestion(live.compiled, node, news, misses);
    const again = passesAfterAMiss(live.compiled, node) ? 'REASK_MISSED' : 'REASK';
    // "no, it's for my daughter" at "are you a teen?" corrects who it is for; its "no" answers nothing. Passed over,
    // the question's slot is marked so: the flow then goes on along its `no` route, unasked, now and when the
    // answers are carried on after the results (routeMatching's knownRouteIndex).
    const vars = (live.snapshot.context as ConversationContext).vars;
    if (!past) send(live, { type: again });
    else send(live, { type: 'LEARN', vars: passedOverVars(live.compiled, node, vars), now, text });
    // A `no` route the known answers cannot take (one setting two slots, say) is followed as before.
    if (past && nodeOf(live) === node) send(live, { type: 'GOTO', node: past, now, text });
    // "im 45 lol" at "How would you like to meet?": the age kept, which no summary says back; a word that it was
    // heard, so the question again is no bare repeat (the twenty-ninth session).
    return finish(live, before, 'answer', { prefix: summary ?? notedText(live.compiled, at.textLang) });
  } else {
    send(live, { type: 'TEXT', text, now, heard });
  }
  return finish(live, before, 'answer', { prefix: summary });
}

/**
 * Whether a text's yes or no goes with a medicine for recovery it names, at a yes-or-no question that asks something
 * else: "yes methadone", "yeah hes on suboxone", "no meds", "no toma medicina" at "Are you a teen?" answer whether
 * someone takes medication, not the question at hand (the twenty-ninth session: "yes methadone" was a teen's yes, and
 * Alateen came first for the parent of a man on methadone). The medication is kept; the question is asked again.
 */
function yesOfTheMedicine(live: Live, read: TextRead | undefined): boolean {
  const understood = read?.reading.understood;
  if (typeof understood?.yes !== 'boolean' || understood.medication !== understood.yes) return false;
  const node = nodeOf(live);
  if (slotsAsked(live.compiled, node).has('medication')) return false;
  // The results take a yes as an acknowledgement, as before.
  const question = live.compiled.flow.nodes[node ?? ''];
  if (takesRefinements(question)) return false;
  return (question?.routes ?? []).some((r) => r.yes || r.no);
}

/**
 * Whether a text at the medication question says yes with a drug and no medicine for recovery ("yeah percs", "yes im
 * on oxy"): the yes is to the drug. Taken as on medication, a 17-year-old on Percocet was sent to MARA (the
 * twenty-eighth session's second probe); "yes suboxone" names the medicine and is a yes.
 */
function yesToADrugAtMedication(live: Live, read: TextRead | undefined): boolean {
  const understood = read?.reading.understood;
  if (understood?.yes !== true || understood.concern !== 'drugs' || understood.medication === true) return false;
  return slotsAsked(live.compiled, nodeOf(live)).has('medication');
}

/**
 * A text that starts a conversation: what it says is kept, so its questions are not asked
 * ("79101" first: the place is never asked). After an ended conversation there is no second
 * welcome, and "ok thanks", "ok" or a thumbs up gets a kind goodbye instead of a new start.
 */
function startFromText(
  scope: EngineScope,
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): StepOutput {
  const ended = at.endedLang !== undefined;
  // Only when a conversation has ended: thanks or an "ok" then is answered, and the conversation stays ended.
  const closing = ended ? closingReply(entry, read, at) : undefined;
  if (closing) return noSessionOutput([closing], 'none', 'thanks', at.before, at.session);
  // "whats MARA" after the results: the program's own line, and that is all; the texter has their results (the
  // twenty-fourth session's probe got the "What you can do" reply, or the questions from the start).
  const askedAbout = ended ? programAskedAlone(scope, entry, read, at) : undefined;
  if (askedAbout) return noSessionOutput([askedAbout], 'none', 'keyword:program_about', at.before, at.session);
  // "do i gotta pay for that", "can i go if ive been drinking" after the results: the answer, and that is all (the
  // twenty-ninth session's probe got the questions from the start, or "What you can do").
  const answered = ended ? questionAnsweredAlone(entry, read, at) : undefined;
  if (answered) return noSessionOutput([answered.text], 'none', `keyword:${answered.intent}`, at.before, at.session);
  // "me" after the page of the family's groups asked by name ("gam anon dalhart": nothing near, the links): those
  // groups are the texter's, as someone close; said so, and the conversation stays ended (the thirty-second session's
  // probe started over at "What is it about?", as if the texter gambled).
  const ownAsFamily = ended ? ownSupportAfterEnd(scope, entry, read, at) : undefined;
  if (ownAsFamily) return noSessionOutput([ownAsFamily], 'none', 'answer', at.before, at.session);
  // "what time", "a que hora" after a page of links: where the meetings' times are; the conversation stays ended.
  const times = ended && asksTimesAfterNothingFound(entry.flow, at.session, at.text);
  const timesText = times ? keywordText(entry, LINKS_TIMES, at.textLang) : undefined;
  if (timesText) return noSessionOutput([timesText], 'none', `keyword:${LINKS_TIMES}`, at.before, at.session);
  // "more" after a page of links: there are no more; the conversation stays ended. "1", "the first one": the page
  // numbers no meetings, said before how to meet is asked again (a number there picks a way to meet anew).
  const ofLinks = ended ? linksAsked(entry, read, at) : undefined;
  if (ofLinks?.keyword === LINKS_MORE)
    return noSessionOutput([ofLinks.text], 'none', `keyword:${ofLinks.keyword}`, at.before, at.session);
  const noNumbers = ofLinks?.text;
  // "damn", "what do i do now" after nothing was found: what is possible now; the conversation stays ended. Not "is
  // there something for her too" after a son's own groups: the family's groups are searched (below).
  const groupsAsked = ended ? groupsAskedAfterEnd(at.session, read, at.text) : undefined;
  const options = ended && !groupsAsked ? optionsAfterNothingFound(entry, read, at) : undefined;
  if (options) return noSessionOutput([options], 'none', `keyword:${AFTER_NOTHING_FOUND}`, at.before, at.session);
  // They have had the welcome: straight to the first open question. The welcome is not said at all,
  // rather than said and dropped, so the meeting lines after it have the room it would have taken.
  const quiet = ended && !at.flowChanged;
  // "na" as someone's very first text: no question was asked to say no to, so it is NA, read as "NA" is. At a
  // question it stays a no, and after an ended conversation it closes it (closingReply, above).
  if (!ended && isBareNa(at.text)) read = readText(scope, entry, 'NA', at.textLang, at.input.homeState) ?? read;
  // "y para mi?" after the page of a son's own groups ended: the family's groups, with what was known (carriedOver).
  const learned = (ended && carriedOver(at.session, read, at.text, groupsAsked, !!noNumbers)) || read?.learned;
  const convo = startLive(entry, { lang: at.textLang, now: at.now, learned, quiet, ...homeOf(at.input) });
  // "y para mi?" after a son's own groups: "groups for you, about your son", not "for you".
  const told = groupsAsked === 'family' ? readAsFamily(endedVars(at.session) ?? {}, read)?.learned : read?.learned;
  const gotIt =
    told?.filled.length || told?.asFamily
      ? understoodSummary(told, entry.flow.understand, entry, at.textLang, scope.directory())
      : undefined;
  // "whats al anon" as a first text: the program's own line, then the first question (`program_about`).
  const about = programAbout(entry, scope.directory(), read, at.textLang);
  const aboutText = about && keywordText(entry, 'program_about', at.textLang, about);
  // "i go to cocaine anonymous" as a first text: the line does not list it, then what it understood.
  const notListed = !about && namesProgramNotListed(entry, scope.directory(), read);
  const notListedText = notListed ? keywordText(entry, 'program_not_listed', at.textLang) : undefined;
  // "i lost my son to an overdose" as a first text: a word of sympathy before anything else; "i relapsed", "i need a
  // sponsor": welcome back, where one is found, before what it understood.
  const intentTexts = intentAnswers(entry, read).map((intent) => keywordText(entry, intent, at.textLang));
  // "my husband drinks, im in amarillo, can i bring my kids?": childcare's line too (the keyword table let it through).
  const beside = ended ? undefined : keywordBesideAnswers(entry, at.text, read?.learned);
  const besideText = beside && keywordText(entry, beside, at.textLang);
  const summary =
    [intentTexts[0], aboutText, notListedText, besideText, ...intentTexts.slice(1), gotIt].filter(Boolean).join('\n') ||
    undefined;
  if (quiet) return finish(convo, at.before, 'start_again', { prefix: noNumbers ?? summary });
  const kind = at.flowChanged ? 'flow_changed' : 'start';
  return finish(convo, at.before, kind, { prefix: at.apology, afterFirst: summary });
}

/**
 * The kind reply to a text that only closes an ended conversation (closesEnded), or undefined: the flow's `thanks`
 * ("You're welcome. Take care.") to thanks or an "ok", again to a second one, so the line always answers and never
 * starts over for it; the plain goodbye the flow says when someone leaves to a bare "no". "ok thanks. can i go to an
 * AA meeting instead?" tells something, and starts again.
 */
function closingReply(entry: CompiledFlow, read: TextRead | undefined, at: AnswerScene): string | undefined {
  const closes = closesEnded(read, at.text);
  if (!closes) return undefined;
  return (closes === 'no' && nodeText(entry, 'goodbye', at.textLang)) || keywordText(entry, 'thanks', at.textLang);
}

/**
 * The flow's `program_about` text for a text that only asks what a program is ("whats MARA", "que es al anon"), or
 * undefined: it tells something too ("what about AA in lubbock"), or asks about no program.
 */
function programAskedAlone(
  scope: EngineScope,
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): string | undefined {
  if (!read || read.learned.filled.length) return undefined;
  const about = programAbout(entry, scope.directory(), read, at.textLang);
  return about && keywordText(entry, 'program_about', at.textLang, about);
}

/** Intents that ask about going, whose answer is all a texter with their results needs. */
const ABOUT_GOING: ReadonlySet<IntentAnswer> = new Set([
  'first_meeting',
  'sober_to_go',
  'medication_welcome',
  'sponsor',
  'kids_nearby',
]);

/**
 * The flow's answer to a text after an ended conversation that only asks about going ("do i gotta pay for that",
 * "can i go if im still drinking"), or undefined: it tells something too ("is it free? my son drinks"), or asks none.
 */
function questionAnsweredAlone(
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): { intent: IntentAnswer; text: string } | undefined {
  if (!read || !toldNothingNew(read.learned, at.session)) return undefined;
  const intent = intentAnswers(entry, read).find((x) => ABOUT_GOING.has(x));
  const text = intent && keywordText(entry, intent, at.textLang);
  return intent && text ? { intent, text } : undefined;
}

/**
 * The groups the list at hand was headed with, for the texter ("Groups for you: Nar-Anon ..."), in the flow's words
 * (`understand.summary.groups_yours`), or undefined away from a list or when it has none.
 */
function groupsOfTheList(live: Live, lang: string): string | undefined {
  const vars = (live.snapshot.context as ConversationContext).vars;
  const text = live.compiled.flow.understand?.summary?.groups_yours;
  // A list's questions take refinements (the flow names its nodes as staff like: none is named here).
  const atList = takesRefinements(live.compiled.flow.nodes[nodeOf(live) ?? '']);
  if (!atList || typeof vars.groups !== 'string' || !vars.groups || !text) return undefined;
  return live.compiled.render(text, lang, { groups: vars.groups });
}

/**
 * "Got it: groups for you, as someone close." for a text after an ended page that only asks support for the texter
 * as the family of the one whose trouble was told ("me", "its for me": texterAsFamily.ts), or undefined. Not after
 * a page of someone's own groups (`for_them`: the family's are searched then, groupsAskedAfterEnd).
 */
function ownSupportAfterEnd(
  scope: EngineScope,
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): string | undefined {
  const vars = endedVars(at.session);
  if (!vars || !read || vars.for_them === true || vars.for_them === 'true') return undefined;
  const learned = readAsFamily(vars, read)?.learned;
  if (!learned?.asFamily || learned.filled.length) return undefined;
  return understoodSummary(learned, entry.flow.understand, entry, at.textLang, scope.directory());
}

/**
 * Whether a text told nothing the ended conversation did not know: "will they look down on me for being on methadone"
 * after a page for someone on methadone tells the medicine again (the thirtieth session's probe, M10: the summary and
 * the page came again under the answer). A place is always news.
 */
function toldNothingNew(learned: Learned, session: Session | undefined): boolean {
  if (!learned.filled.length) return true;
  if (learned.place || learned.pendingTown) return false;
  const known = (session?.snapshot as { context?: Partial<ConversationContext> } | undefined)?.context?.vars;
  return (
    !!known &&
    learned.filled.every((slot) => slot in learned.vars && String(known[slot]) === String(learned.vars[slot]))
  );
}

/**
 * The flow's `links_more` or `links_numbers` text, with its keyword, when the text asks a page of links for more or
 * for a meeting by its number (askedOfLinks).
 */
function linksAsked(
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): { keyword: string; text: string } | undefined {
  const understood = read?.reading.understood;
  const heard = {
    filled: read?.learned.filled ?? [],
    intents: understood?.intents ?? [],
    yes: understood?.yes,
    item: understood?.item,
  };
  const asked = askedOfLinks(entry.flow, at.session, heard, at.text);
  const keyword = asked === 'more' ? LINKS_MORE : asked === 'number' ? LINKS_NUMBERS : undefined;
  const text = keyword && keywordText(entry, keyword, at.textLang);
  return keyword && text ? { keyword, text } : undefined;
}

/** The flow's `after_nothing_found` text, when the text only reacts to a search that found nothing. */
function optionsAfterNothingFound(
  entry: CompiledFlow,
  read: TextRead | undefined,
  at: AnswerScene,
): string | undefined {
  const heard = read && {
    filled: read.learned.filled,
    intents: read.reading.understood.intents,
    yes: read.reading.understood.yes,
  };
  // An empty text (a picture alone) reacts to nothing: it starts again, as before.
  if (!at.text.trim()) return undefined;
  if (!reactsToNothingFound(entry.flow, at.session, heard, ONLY_A_GREETING.test(at.text))) return undefined;
  return keywordText(entry, AFTER_NOTHING_FOUND, at.textLang);
}

/** The answers about the texter's situation an ended conversation carries into the next one. */
const SITUATION = [...CORRECTABLE, 'relation', 'concerns', 'behavior'];

/** The answers that say when a search looks: kept when the same search is asked again after its end. */
const SEARCH_TIME = ['when', 'part'];

/** Intents that ask an ended conversation's search again: the next page, the list back, a meeting's details. */
const AGAIN_INTENTS: ReadonlySet<string> = new Set(['more', 'back', 'details']);

/**
 * Whose groups a text after an ended page asks for: the family's own, after their person's ("y para mi?"), or the
 * person's, after the family's ("is there something for him").
 */
type GroupsAskedAfterEnd = 'family' | 'theirs';

/**
 * After a conversation reached its end, a text that only narrows the search ("tonight?", "any on
 * zoom", "in spanish") or asks for more is about the same person and the same trouble: the new conversation starts
 * with the ended one's answers and place, what the text said on top, so nothing is asked again.
 * A text that names someone else ("my son drinks") starts afresh from what it says; one that names
 * another trouble or program for the same person ("what about AA") keeps the rest; one that says
 * nothing new ("hi") starts at the first question, as NEW does. After a conversation that gave up
 * before it had a place to search ("Sorry, I'm having trouble understanding" at the place question),
 * any text but a greeting is the texter trying again: the answers they gave are kept, and the
 * question they were stuck at comes again, not "Who is the help for?".
 */
function carriedOver(
  session: Session | undefined,
  read: TextRead | undefined,
  text: string,
  groupsAsked?: GroupsAskedAfterEnd,
  // The text points at a meeting of a page of links that numbers none ("1", "the first one": askedOfLinks).
  pointsAtLinks = false,
): Learned | undefined {
  const context = (session?.snapshot as { context?: Partial<ConversationContext> } | undefined)?.context;
  // A menu number after a page with no menu ("1" after online links): a choice to make again, not a new start.
  const picksAgain = (pointsAtLinks || (!read && MENU_NUMBER.test(text))) && context?.vars?.mode !== undefined;
  const nothingLearned: Learned = { vars: {}, filled: [], inferred: [] };
  // Someone's groups asked for ("y para mi?", "is there something for him"): whom it tells is already known.
  const learned =
    groupsAsked || (pointsAtLinks && picksAgain)
      ? nothingLearned
      : (read?.learned ?? (picksAgain ? nothingLearned : undefined));
  // "more meetings please" after the goodbye asks for the same search again, as a narrowing does.
  // "send those meetings again", "what was the address again", "where is that" after the goodbye: the same list again,
  // to pick from (the twenty-fifth session's probe started over with "Who is the help for?").
  const asksMore = read?.reading.understood.intents.some((i) => AGAIN_INTENTS.has(i)) ?? false;
  const goesBack = wentRemoteAndBack(context, read);
  const triesAgain = !context?.place && !context?.search && !ONLY_A_GREETING.test(text);
  if (!learned || !(learned.filled.length || asksMore || goesBack || picksAgain || triesAgain || groupsAsked))
    return undefined;
  const before = context?.vars ?? {};
  // Someone else now ("it's for my son"): their situation starts afresh. The same person with another
  // trouble or program ("what about AA") keeps the rest: medication, how to meet, the place.
  const said = learned.vars;
  if (said.audience !== undefined && said.audience !== before.audience) return undefined;
  // A relation named where none was ("al-anon in leominster", "nvm", then "actually yes, my husband drinks": the
  // thirty-third session's probe asked how and where again) is the same one, named now.
  if (said.relation !== undefined && before.relation !== undefined && said.relation !== before.relation)
    return undefined;
  const vars: Learned['vars'] = {};
  for (const key of SITUATION) if (before[key] !== undefined && before[key] !== '') vars[key] = before[key];
  // The groups asked for and those turned down go on too ("i want group therapy not AA", online, then "in person":
  // AA came back, the twenty-first session's probe); a program named again is wanted again. So do the questions
  // passed over: "tonight" after nothing near is not asked the medication question again.
  for (const key of ['programs', 'declined', PASSED_OVER])
    if (before[key] !== undefined && before[key] !== '') vars[key] = before[key];
  // "back", "the list again" after "No more meetings in this search", or a way to meet picked anew ("1"): the same
  // search, with the day and the part of it asked ("tonight" was dropped, and other days' meetings came among
  // tonight's: the forty-second session's L5). A day or time said now is the text's own.
  if ((asksMore || picksAgain) && !learned.filled.some((slot) => SEARCH_TIME.includes(slot)))
    for (const key of SEARCH_TIME) if (before[key] !== undefined && before[key] !== '') vars[key] = before[key];
  const named = listOf(said.programs);
  if (named.length && vars.declined !== undefined)
    vars.declined = listOf(vars.declined)
      .filter((id) => !named.includes(id))
      .join(',');
  // The programs asked for were the other page's: the person's ("wants NA meetings") are not the family's, nor the
  // family's (Al-Anon) the person's. "is there something for him": his groups, the family's beside them.
  if (groupsAsked) delete vars.programs;
  if (groupsAsked === 'theirs') vars.for_them = true;
  // Another trouble named ("what about gambling"): the behavior read with the one before goes with it, and so do
  // the groups asked for it.
  if (said.concern !== undefined) {
    delete vars.behavior;
    delete vars.programs;
  }
  if (vars.audience === undefined || vars.concern === undefined) return undefined;
  // Back from online or phone meetings: the local list they came from, or, with no place yet, how to meet again.
  if (goesBack && context?.place) vars.mode = 'in_person';
  // Or, with no place yet or a number picked, how to meet again: "1" is then its first choice.
  else if (goesBack || picksAgain) delete vars.mode;
  // A town or ZIP after the online or phone page, no way to meet said with it ("amarillo", "79109"): meetings held
  // there, in person (the twenty-second session's probe: the online links came again under "near Amarillo").
  else if (namesAPlace(learned) && remote(before.mode) && said.mode === undefined) vars.mode = 'in_person';
  // A town of several states named now ("hobbs" after nothing near New York) waits for its state: the old place is
  // not searched again under the new town's name (the nineteenth session's probe).
  const place = learned.place ?? (learned.pendingTown ? undefined : context?.place);
  const filled = [...new Set([...Object.keys(vars), ...(place ? ['place'] : []), ...learned.filled])];
  return Object.assign({}, learned, { vars: Object.assign(vars, learned.vars), place, filled });
}

/**
 * Whose groups a text after an ended conversation asks for, read in that conversation's terms, or undefined:
 * - the family's own ("y para mi?", "is there something for her too" after a son's own groups: familyGroupsAsked.ts);
 *   its `for_them` is not carried over, so the search is for the texter as family;
 * - the person's, beside the family's ("is there something for him" after Gam-Anon's links: theirGroupsAsked.ts).
 */
function groupsAskedAfterEnd(
  session: Session | undefined,
  read: TextRead | undefined,
  text: string,
): GroupsAskedAfterEnd | undefined {
  const vars = endedVars(session);
  if (!vars) return undefined;
  if (vars.for_them === true || vars.for_them === 'true')
    return asksFamilyGroups(vars, readAsFamily(vars, read)?.learned, text) ? 'family' : undefined;
  return asksTheirGroups(vars, read?.learned, text) ? 'theirs' : undefined;
}

/** The answers a stored conversation holds, if any. */
function endedVars(session: Session | undefined): FlowVars | undefined {
  return (session?.snapshot as { context?: Partial<ConversationContext> } | undefined)?.context?.vars;
}

/** Whether a way to meet is online or by phone: a page of links, with no place searched. */
function remote(mode: unknown): boolean {
  return mode === 'online' || mode === 'phone' || mode === 'remote';
}

/** Whether a text named a place: one found, or a town waiting for its state. */
function namesAPlace(learned: Learned): boolean {
  return learned.place !== undefined || learned.pendingTown !== undefined;
}

/**
 * Whether a text after a page of online or phone meetings asks only to go back ("back", "go back", "atras"): that
 * page ends the conversation, and without this "back" started over at "Who is the help for?" (the nineteenth
 * session's probe: "online instead", then "back").
 */
function wentRemoteAndBack(context: Partial<ConversationContext> | undefined, read: TextRead | undefined): boolean {
  if (!remote(context?.vars?.mode)) return false;
  return read !== undefined && !read.learned.filled.length && read.reading.understood.intents.includes('back');
}

/** Attaches what was understood to a step's output (for chat --explain; never logged). */
export function withUnderstanding(out: StepOutput, read: TextRead | undefined): StepOutput {
  if (!read) return out;
  const values: Record<string, unknown> = {};
  const understood = read.reading.understood as unknown as Record<string, unknown>;
  for (const k in understood) {
    const v = understood[k];
    if (v !== null && !(Array.isArray(v) && v.length === 0)) values[k] = v;
  }
  // The output was made for this step alone (finish, noSessionOutput): it is given what was read.
  out.understood = { values, heard: read.reading.heard };
  return out;
}
