import type { MeetingDirectory } from '../directory/types';
import type { FlowVars } from '../flow/flowText';
import { containsAnyWord } from '../text/answerMatch';
import { plainLower, textWords } from '../text/textWords';
import { wordsFor } from '../understand/lexicon';
import { ABOUT_LINE_MAX, ABOUT_MAX, ABOUT_PROGRAMS } from './actions/builtinVariables';
import type { CompiledFlow, ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { Live } from './liveConversation';
import type { TextRead } from './understandStep';
import { promisesToGoAt } from './plannedGoing';

/**
 * Texts that say something beside the question at hand, answered by a flow keyword the engine sends
 * on what the text means rather than on its exact words: a goodbye inside a short text ("im not ready
 * for this, bye": `bye`), and a question about bringing someone along once the conversation knows whom
 * the help is for ("can i bring my husband": `companion`), a question about what a program is ("whats al anon":
 * `program_about`), and someone lost to drinking or drugs ("my brother died of an overdose": `grief`). What makes
 * them side questions is where the conversation is, which the understanding step, reading one text alone, cannot
 * see.
 */

/** Longer texts say more than goodbye ("ok thanks bye" is three words): they are read for what they say. */
const GOODBYE_MAX_WORDS = 10;

/**
 * Whether a short text in a conversation only takes leave: it holds one of the `bye` keyword's words
 * ("bye", "never mind") inside it, the understanding step heard thanks or a goodbye in it, and it
 * tells nothing the conversation could use. A whole text of the keyword's words is the keyword's own.
 */
export function saysGoodbye(flow: CompiledFlow, read: TextRead | undefined, text: string, lang: string): boolean {
  const bye = flow.flow.keywords.bye;
  if (!bye?.words || !read || read.learned.filled.length > 0) return false;
  const intents = read.reading.understood.intents;
  if (!intents.includes('thanks') || intents.some((i) => i !== 'thanks')) return false;
  if (text.trim().split(/\s+/).length > GOODBYE_MAX_WORDS) return false;
  return containsAnyWord(text, wordsFor(bye.words, lang));
}

/** Slots a promise to go may fill besides: its time ("ill go tonight", "voy a ir a la de las 7"). */
const PROMISE_SLOTS = new Set(['when', 'part', 'clock']);

/**
 * Whether a text at a list of meetings only promises to go ("thanks, ill go tonight", "gracias a dios, voy a ir hoy",
 * "ill be there tomorrow"): the goodbye, not the list narrowed to that day (the twenty-sixth session's probe). It
 * tells nothing but the time it names, with thanks or nothing else heard.
 */
export function promisesToGoAtList(live: Live, read: TextRead | undefined, text: string): boolean {
  if (!read || (live.snapshot.context as ConversationContext).search === undefined) return false;
  if (read.learned.filled.some((slot) => !PROMISE_SLOTS.has(slot))) return false;
  if (read.reading.understood.intents.some((i) => i !== 'thanks')) return false;
  return promisesToGoAt(textWords(text));
}

/** What a companion question says of the one it brings, which is not whom the help is for. */
const COMPANION_SLOTS = ['audience', 'relation', 'teen', 'also_family'];

/**
 * Whether a text asks about bringing someone along ("can my wife come with me", "puedo llevar a mi esposo")
 * in a conversation that already knows whom the help is for, and the flow answers it (`companion`). At the
 * start, "i want to bring my son to NA" is a parent whose son needs help, and is read as that.
 */
export function asksAboutCompanion(live: Live, read: TextRead | undefined): boolean {
  if (!read?.reading.understood.intents.includes('companion')) return false;
  if (live.compiled.flow.keywords.companion?.say === undefined) return false;
  return (live.snapshot.context as ConversationContext).vars.audience !== undefined;
}

/**
 * A young child as the one brought: "my kid", "my 5 year old", "my son", "my little boy", "mi hijo", "mi nina", "el
 * bebe". Not one old enough to sit in ("my 16 year old", "my adult son", "mi hijo de 20"), who is company like any
 * other.
 */
const YOUNG_CHILD =
  /\b(?:kids?|kiddos?|child|children|baby|babies|toddler|infant|newborn|little ones?|(?:little|lil) (?:boy|girl|guy|man|one)s?|son|daughter|sons|daughters|([1-9]|1[0-2]) ?(?:year|yr|yo|y o|years|yrs)\b(?: old)?|hijos?|hijas?|ninos?|ninas?|bebes?|nenes?|nenas?|chiquitos?|chiquitas?|chamacos?|morritos?|peques?)\b/;

/** An age or word that makes the child old enough to come along: "16 year old", "adult", "mi hijo de 20". */
const OLD_ENOUGH =
  /\b(?:1[3-9]|[2-9]\d) ?(?:year|yr|yo|y o|years|yrs|anos)\b|\b(?:de|tiene) (?:1[3-9]|[2-9]\d)\b|\b(?:adult|grown|teen|teenage|teenager|adulto|adulta|mayor|adolescente)\b/;

/**
 * The flow keyword that answers a companion question: `childcare` when the one brought is a young child ("can i bring
 * my kid", "puedo llevar a mi hijo"), so English and Spanish say the same (the twenty-fourth session's probe: the
 * Spanish got "Si: las reuniones abiertas son para todos" at a closed meeting, the English "I don't know which
 * meetings have childcare"); else `companion`.
 */
export function companionKeyword(flow: CompiledFlow, text: string): 'companion' | 'childcare' {
  const plain = plainLower(text).replace(/[^a-z0-9 ]+/g, ' ');
  const child = YOUNG_CHILD.test(plain) && !OLD_ENOUGH.test(plain);
  return child && flow.flow.keywords.childcare?.say !== undefined ? 'childcare' : 'companion';
}

/** What a companion question teaches besides the person brought ("can i bring my wife to the saturday one"). */
export function withoutCompanion(learned: Learned): Learned {
  return withoutSlots(learned, COMPANION_SLOTS);
}

function withoutSlots(learned: Learned, slots: readonly string[]): Learned {
  const vars = { ...learned.vars };
  for (const slot of slots) delete vars[slot];
  const filled = learned.filled.filter((slot) => !slots.includes(slot));
  const { relation: _relation, ...rest } = learned;
  return Object.assign(rest, { vars, filled });
}

/** What a family member's doubt says of the texter, which is not their own trouble: "what if im not an alcoholic". */
const DOUBT_SLOTS = [...COMPANION_SLOTS, 'concern', 'medication'];

/**
 * Whether a text voices a family member's doubt about going ("what if im not sure hes an alcoholic", "can i go if im
 * not an alcoholic") in a conversation already about someone close: then its "im" and "alcoholic" are no trouble of
 * the texter's own (the twenty-fourth session's probe turned an Al-Anon search "for you" and asked about methadone).
 */
export function voicesLovedOnesDoubt(live: Live, read: TextRead | undefined): boolean {
  if (!read?.reading.understood.intents.includes('loved_ones_doubts')) return false;
  return (live.snapshot.context as ConversationContext).vars.audience === 'family';
}

/** What a family member's doubt teaches besides the texter's own trouble (voicesLovedOnesDoubt). */
export function withoutDoubtersOwn(learned: Learned): Learned {
  return withoutSlots(learned, DOUBT_SLOTS);
}

/**
 * The `program_about` keyword's placeholders for a text that asks what a program is ("whats al anon", "que es
 * smart"): `about`, the program's own line from directory/programs.yaml in `lang` (staff edit it there), or the
 * lines of the two whose difference is asked ("aa vs na"). Undefined when the text asks about none, or the flow
 * does not answer such questions.
 */
export function programAbout(
  flow: CompiledFlow,
  directory: MeetingDirectory,
  read: TextRead | undefined,
  lang: string,
): FlowVars | undefined {
  // Most texts ask about no program: the reading says so before the catalogue is looked at.
  const ids = read?.reading.askedAbout;
  if (!ids?.length || flow.flow.keywords.program_about?.say === undefined) return undefined;
  // "the difference between al anon and alateen": both lines, one after the other; else the first asked about.
  const lines = ids.slice(0, ABOUT_PROGRAMS).flatMap((id) => {
    const description = directory.program(id)?.description;
    const line = (description?.[lang] ?? description?.en)?.trim();
    return line ? [clipped(line, ABOUT_LINE_MAX)] : [];
  });
  return lines.length ? { about: lines.join('\n').slice(0, ABOUT_MAX) } : undefined;
}

/** A line cut at a word to `max` characters, so a long one edited in the catalogue cannot push a reply past 3 SMS. */
function clipped(line: string, max: number): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 3);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}...`;
}

/**
 * The intents the flow answers with the keyword of the same name (its `say`), said beside whatever else the text is
 * answered with, in this order: `grief` (someone lost to drinking or drugs: "my brother died of an overdose"),
 * `relapsed` (a slip told: "i relapsed again"), `craving` (an urge now: "i want to drink so bad"), `struggling` (a
 * hard time told: "im not ok", "i feel so alone"), `overdosed` (the texter's own overdose, lately: "i overdosed last
 * night"), `sponsor` (where a sponsor is found: "i need a sponsor"), `medication_welcome` (yes, to "can i go to NA if
 * im on suboxone?"), `first_meeting` (a first meeting worried about: "first time going, is that ok"; the shipped
 * flow's own keyword of that name answers it, and a flow without one reads the words as before), `loved_ones_doubts` (a
 * family member's doubt about going: "what if im not sure hes an alcoholic", "can i go if he's sober now") and
 * `sober_to_go` (whether one must be sober to go, in the texter's own words: "can i go if i've been drinking today";
 * the flow's own keyword too) and `kids_nearby` (a child beside the texter at a meeting: "can my baby be on my lap
 * during the zoom").
 */
export const INTENT_ANSWERS = [
  'grief',
  'relapsed',
  'craving',
  'struggling',
  'overdosed',
  'sponsor',
  'medication_welcome',
  'first_meeting',
  'loved_ones_doubts',
  'sober_to_go',
  'kids_nearby',
] as const;

/** One of INTENT_ANSWERS. */
export type IntentAnswer = (typeof INTENT_ANSWERS)[number];

/**
 * Intents said to the texter about their own slip or urge: a relative's ("mi esposo volvio a tomar") is told by a
 * family member, who is not told "a slip doesn't erase what you've done, go to a meeting today".
 */
const TEXTERS_OWN: ReadonlySet<IntentAnswer> = new Set(['relapsed', 'craving', 'overdosed']);

/**
 * Intents said to a family member only: "what if im not an alcoholic, can i still go" from a drinker unsure of their
 * own drinking asks about AA, and is not told Al-Anon is for anyone troubled by someone else's use.
 */
const FAMILYS_OWN: ReadonlySet<IntentAnswer> = new Set(['loved_ones_doubts']);

/**
 * Whether the understanding heard `intent` in a text and the flow answers it (the keyword's `say`). `audience` is
 * whom the conversation's help is already for, if known; else the text's own reading tells.
 */
function answersIntent(flow: CompiledFlow, read: TextRead | undefined, intent: IntentAnswer, audience?: unknown) {
  if (TEXTERS_OWN.has(intent) && read?.reading.understood.audience === 'family') return false;
  if (FAMILYS_OWN.has(intent) && (audience ?? read?.reading.understood.audience) !== 'family') return false;
  return read?.reading.understood.intents.includes(intent) === true && flow.flow.keywords[intent]?.say !== undefined;
}

/**
 * The intents of INTENT_ANSWERS a text holds that the flow answers, in their order: most texts hold none. `audience`:
 * whom the conversation's help is for, when known.
 */
export function intentAnswers(flow: CompiledFlow, read: TextRead | undefined, audience?: unknown): IntentAnswer[] {
  const intents = read?.reading.understood.intents;
  if (!intents?.length) return [];
  return INTENT_ANSWERS.filter((intent) => answersIntent(flow, read, intent, audience));
}
