import { meetingFacts, type MeetingFacts } from '../directory/meetingFacts';
import type { Meeting, MeetingDirectory, Program, ReplyLabels } from '../directory/types';
import { toGsm7 } from '../sms/gsm7';
import { isResultsQuestion, type FlowFile } from '../flow/flowSchema';
import type { FlowVars } from '../flow/flowText';
import {
  asksHowToJoin,
  asksToDialOrJoin,
  MAY_ASK_TRAIT,
  MAY_ASK_WHERE,
  meetingQuestionIn,
  meetingTraitIn,
  type MeetingQuestion,
  type MeetingTrait,
} from '../understand/meetingQuestion';
import { LANGUAGE_TAGS } from '../directory/meetingDraft';
import { namedFor } from '../directory/namedFor';
import { displayName } from '../directory/formatMeetings';
import { DETAILS_MAX } from './actions/budgets';
import { plainWords } from '../directory/plainWords';
import {
  SHOWN_DAY_MAX,
  SHOWN_LANGUAGE_MAX,
  SHOWN_NAME_MAX,
  SHOWN_STARTS_MAX,
  SHOWN_WHERE_MAX,
} from './actions/builtinVariables';
import { zoneOptions } from './actions/resultPage';
import { modesOf } from './actions/searchTerms';
import { labelsFor } from './compile/contextUpdates';
import { itemIn, nameAndStreet } from './resultAnswers';
import type { ConversationContext } from './flowCompiler';
import type { Live } from './liveConversation';
import { listRemarkIn } from './listRemarks';
import { timesInZoneVars, zoneAskedIn, zoneNamedAsked, type ZoneAsked } from './listedTimes';
import { containsAnyWord } from '../text/answerMatch';

/**
 * Questions about the meeting whose details were just shown ("is it open?", "what time does it start", "where is
 * it", "es abierta"), or about a meeting named on the list ("is moss lane open or closed"): answered from that
 * meeting's own listing by the flow's `shown_*` keywords, then the question at hand again, choosing nothing. Remarks
 * at the list that are no search ("will you remind me", "how far is it") get the flow's `listed_*` texts
 * (src/engine/listRemarks.ts). Read only while meetings are listed at a results question, so no other text pays.
 */

/** A keyword to send and the placeholders its text is said with. */
export interface ShownMeetingAnswer {
  name: string;
  vars: FlowVars;
}

/** Whether the flow answers with this keyword (it has a text): a flow without it keeps today's replies. */
function has(flow: FlowFile, name: string): boolean {
  return flow.keywords[name]?.say !== undefined;
}

/**
 * The concern a program's closed meetings are for, by its catalogue entry: "family" for groups of families and
 * friends (Al-Anon), else the one concern its name says or it serves (AA: alcohol); undefined for several (SMART).
 */
function closedFor(program: Program | undefined): string | undefined {
  const served = program?.for;
  if (!served) return undefined;
  if (!served.audience.includes('self')) return 'family';
  if (served.namedFor) return served.namedFor;
  const own = served.concerns.filter((c) => c !== 'unsure');
  return own.length === 1 ? own[0] : undefined;
}

/** The keyword that answers open or closed: the program's own closed text when the flow has one. */
function kindKeyword(flow: FlowFile, facts: MeetingFacts, program: Program | undefined): string {
  if (facts.kind === 'open') return 'shown_open';
  if (facts.kind === undefined) return 'shown_kind_unknown';
  const own = closedFor(program);
  return own && has(flow, `shown_closed_${own}`) ? `shown_closed_${own}` : 'shown_closed';
}

/** The word for when its next start falls, from the flow's labels: tonight, today, tomorrow; '' for later. */
function dayWord(facts: MeetingFacts, labels: ReplyLabels | undefined): string {
  const words = labels?.filters ?? {};
  if (facts.daysAway === 0) return (facts.evening ? words.tonight : words.today) ?? '';
  return facts.daysAway === 1 ? (words.tomorrow ?? '') : '';
}

/** The keyword and its placeholders for a question of `asked` about the meeting described by `facts`. */
function answerFor(
  flow: FlowFile,
  asked: MeetingQuestion,
  facts: MeetingFacts,
  labels: ReplyLabels | undefined,
  program: Program | undefined,
): ShownMeetingAnswer | undefined {
  const vars: FlowVars = { meeting: facts.name };
  // Its phone number: the lists have none for a group (a phone meeting's dial-in is its `where`, told before this).
  if (asked === 'phone') return { name: 'group_phone', vars: {} };
  if (asked === 'where')
    return facts.where ? { name: 'shown_place', vars: { ...vars, where: facts.where } } : undefined;
  if (asked === 'kind') return { name: kindKeyword(flow, facts, program), vars };
  const day = dayWord(facts, labels).slice(0, SHOWN_DAY_MAX);
  const starts = facts.when.slice(0, SHOWN_STARTS_MAX);
  return {
    name: day && has(flow, 'shown_time_soon') ? 'shown_time_soon' : 'shown_time',
    vars: { ...vars, starts, day },
  };
}

/** Words a question of a phone number has; only a text with one is read for it (PHONE in meetingQuestion.ts). */
const MAY_ASK_A_NUMBER = /phone|number|call|telefono|numero|llamar/i;

/** Words a question of when has ("what time", "a que hora", "time?"): only then is a list read for one. */
const MAY_ASK_WHEN = /time|hora|when|cuando|day|dia/i;

/**
 * "what time", "what time do they start", "when?", "a que hora empiezan": when, of the list as a whole, and nothing
 * else; "when my wife is at work" is a time to search for.
 */
const TIMES_ASKED = new RegExp(
  '^(?:(?:so|and|ok|but|y|pero) )?(?:(?:(?:what|wat|wht) times?|times?|when|(?:a )?(?:que|q|k) horas?|horas?|cuando)' +
    '(?: (?:is it|are they|is that|do they|does it|are the meetings|es|son|empieza|empiezan|comienza|comienzan))?' +
    '(?: (?:start|begin|meet|open))?' +
    // "when is the next one", "whens the next meeting", "cuando es la proxima" (the thirtieth session's probe, L3: the
    // page of online links came again).
    '|(?:when|whens|what time|wat time)(?: is| s)? (?:the )?next(?: one| meeting| mtg| group)?(?: start| starts| begin)?' +
    '|cuando (?:es|empieza|hay) (?:la |el )?(?:proxima|siguiente|proximo)(?: reunion| junta| grupo)?)$',
);

/** Whether a text only asks when, of a list or page as a whole: "what time", "when are they", "a que hora son". */
export function asksOnlyWhen(text: string): boolean {
  return MAY_ASK_WHEN.test(text) && TIMES_ASKED.test(plainWords(text));
}

/** "direcciones", "las direcciones?", "direcciones porfa": the Spanish plural the reader of questions lacks. */
const DIRECTIONS_ES = /^(?:las |unas |me das las |dame las |quiero las )?direcciones(?: por ?fa(?:vor)?| pls| plis)?$/;

/**
 * What a text at a list asks of its meetings: the question reader's answer, or "where" for the Spanish plural
 * "direcciones" (the twenty-first session's probe got "Perdon, no entendi.").
 */
function listQuestionIn(text: string): MeetingQuestion | undefined {
  return meetingQuestionIn(text) ?? (DIRECTIONS_ES.test(plainWords(text)) ? 'where' : undefined);
}

/** "how do i get there", "como llego": the way there, which the flow's `directions` keyword answers. */
const HOW = /\b(?:how|como)\b/i;

/**
 * A question while meetings are listed (no details shown), answered without ending the list: "whats the phone
 * number" gets the groups' numbers, which the lists do not have (`group_phone`), not a wish for phone meetings;
 * "address?", "where is it" gets which one (`listed_where`) when several are listed and the text names none of
 * them or another place ("where is el buen camino" is that meeting's details, "where in canyon" a new search).
 * Undefined for any other text, and for a where-question of one meeting listed, whose details read_answer gives.
 */
function listedMeetingsQuestion(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: () => MeetingDirectory,
  now: Date,
): ShownMeetingAnswer | undefined {
  const shown = context.search?.shown;
  if (!shown?.length || !(MAY_ASK_A_NUMBER.test(text) || MAY_ASK_WHERE.test(text) || MAY_ASK_WHEN.test(text)))
    return undefined;
  if (!isResultsQuestion(live.compiled.flow.nodes[context.node])) return undefined;
  const asked = listQuestionIn(text);
  // "what time", "a que hora" of a page of one meeting (an online one with its link, say): its own start, as after its
  // details ("Sorry, I didn't get that" before: the twenty-ninth session).
  if (asked === 'when' && shown.length === 1 && TIMES_ASKED.test(plainWords(text)))
    return meetingAnswer(live, context, shown[0], 'when', directory(), now);
  const name =
    asked === 'phone'
      ? 'group_phone'
      : asked === 'where' && shown.length > 1
        ? 'listed_where'
        : asked === 'when' && shown.length > 1 && TIMES_ASKED.test(plainWords(text))
          ? 'listed_times'
          : undefined;
  if (!name || !has(live.compiled.flow, name)) return undefined;
  // "how do i get there" is the flow's own `directions` (no bus directions, the map shows routes); a meeting or a
  // place named is read_answer's.
  if (
    name === 'listed_where' &&
    (HOW.test(text) || namesAShownMeeting(text, shown, directory()) || namesAPlace(text, directory()))
  )
    return undefined;
  return { name, vars: {} };
}

/**
 * "what time is it in arizona for these", "a que hora es en california", "is that central time": the meetings of the
 * page (or the one whose details were shown, on it) with their next starts in the zone asked (`listed_times_in`), by
 * `zoneOf` (a state named, or a zone by its name). Undefined when it finds no zone, or the flow has no text for it.
 */
function timesInZoneAnswer(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: MeetingDirectory,
  now: Date,
  zoneOf: (text: string, lang: string) => ZoneAsked | undefined,
): ShownMeetingAnswer | undefined {
  const flow = live.compiled.flow;
  if (!has(flow, 'listed_times_in')) return undefined;
  const asked = zoneOf(text, context.lang);
  const labels = asked && (labelsFor(flow, context.lang) as ReplyLabels | undefined);
  if (!asked || !labels) return undefined;
  const shown = context.search?.shown ?? [];
  const detailed = context.search?.detailed;
  const meant = detailed !== undefined && shown.includes(detailed) ? [detailed] : shown;
  const meetings = meant.flatMap((id) => {
    const meeting = directory.meeting(id);
    return meeting ? [{ meeting, item: shown.indexOf(id) + 1 }] : [];
  });
  if (!meetings.length) return undefined;
  return { name: 'listed_times_in', vars: timesInZoneVars(meetings, asked, labels, now) };
}

/**
 * "how do i join", "what number do i dial" at a list of online or phone meetings only: how to join the one meant (its
 * details shown, or listed alone), else the flow's `listed_dial` when every line shows its dial-in, or `listed_join`
 * (reply its number). The general how-to of online meetings and the helpline's number answered it before (the
 * twenty-fifth session's probe). A list of rooms is left to the other answers ("whats the number" of a group).
 */
function joinAskedOfRemoteList(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: MeetingDirectory,
  now: Date,
): ShownMeetingAnswer | undefined {
  if (!asksToDialOrJoin(text)) return undefined;
  // Listed as online or phone meetings (a hybrid one among them has its room too, not shown): the search's ways.
  const modes = context.search?.modes ?? modesOf(context.vars, context.place);
  if (modes.includes('in_person')) return undefined;
  const shown = context.search?.shown ?? [];
  const meetings = shown.map((id) => directory.meeting(id));
  if (!meetings.length || meetings.some((m) => !m)) return undefined;
  const detailed = context.search?.detailed;
  // "how do i join the second one", "whats the zoom for 3": the meeting pointed at, before the one whose details were
  // shown (probe 42 got the first one's link after its details) or the general word on joining.
  const pointed = pointedNumber(text, shown);
  const meant =
    pointed !== undefined
      ? shown[pointed - 1]
      : detailed !== undefined && shown.includes(detailed)
        ? detailed
        : shown.length === 1
          ? shown[0]
          : undefined;
  if (meant !== undefined) return meetingAnswer(live, context, meant, 'where', directory, now, true);
  // Only a list of phone meetings shows each one's dial-in on its line; an online one shows "online".
  const dials = modes.length === 1 && modes[0] === 'phone' && meetings.every((m) => m?.phone !== undefined);
  const name = dials ? 'listed_dial' : 'listed_join';
  return has(live.compiled.flow, name) ? { name, vars: {} } : undefined;
}

/** Whether the text names a meeting listed, by its name or street ("where is el buen camino", "the hughes st one"). */
function namesAShownMeeting(text: string, shown: readonly string[], directory: MeetingDirectory): boolean {
  const names = shown.map((id) => nameAndStreet(directory.meeting(id)));
  return itemIn(text, names) !== undefined;
}

/**
 * Whether a text at a list points at one of its meetings by number or ordinal ("como llego al 2", "how do i get to
 * the first one"): that meeting's details answer it, not a general word about the way there. Names are not read, so
 * "como llego desde la central" stays a question of buses however the meetings are called.
 */
export function pointsAtListedMeeting(live: Live, text: string): boolean {
  const context = live.snapshot.context as ConversationContext;
  const shown = context.search?.shown;
  if (!shown?.length || !isResultsQuestion(live.compiled.flow.nodes[context.node])) return false;
  return pointedNumber(text, shown) !== undefined;
}

/** The number or ordinal a text points at among `shown` ("the second one", "al 2"), 1-based; names are not read. */
function pointedNumber(text: string, shown: readonly string[]): number | undefined {
  return itemIn(
    text,
    shown.map(() => ''),
  );
}

/** Whether the text names a place to look in ("where in canyon", "anything in lubbock"): a new search, not a list's. */
function namesAPlace(text: string, directory: MeetingDirectory): boolean {
  return directory.lookupPlace(text).kind !== 'not_found';
}

/**
 * The answer about one meeting of the page (`id`) to a question of `asked`, told as its details tell it; undefined
 * when the meeting is gone from the directory or the flow has no text for the answer.
 */
function meetingAnswer(
  live: Live,
  context: ConversationContext,
  id: string,
  asked: MeetingQuestion,
  directory: MeetingDirectory,
  now: Date,
  toJoin = false,
): ShownMeetingAnswer | undefined {
  const flow = live.compiled.flow;
  const meeting = directory.meeting(id);
  if (!meeting) return undefined;
  const remote = meeting.modes.includes('online') || meeting.modes.includes('phone');
  const program = directory.program(meeting.programId);
  const labels = labelsFor(flow, context.lang) as ReplyLabels | undefined;
  if (!labels) return undefined;
  // Told as the details told it: joined online or by phone when the list was of those (meeting_details' rule). Its
  // phone number asked of a phone meeting is how to join it by phone: its dial-in, as `where`.
  const modes = context.search?.modes ?? modesOf(context.vars, context.place);
  const dialsIn = asked === 'phone' && meeting.phone !== undefined;
  // "whats the zoom link", "how do i join online" of a hybrid meeting listed in person: its link and dial-in, which
  // its address crowded out (the twenty-fourth session's probe: the one reply that asked for the link lacked it).
  const joins = toJoin && asked === 'where' && remote;
  const facts = meetingFacts(meeting, {
    joining: dialsIn || joins || !modes.includes('in_person'),
    labels,
    maxChars: DETAILS_MAX,
    now,
    programName: program?.name,
    ...zoneOptions(context),
    nameMax: SHOWN_NAME_MAX,
    whereMax: SHOWN_WHERE_MAX,
  });
  // "whats the zoom link" of a meeting held only in a room: it has none (the flow's `shown_no_link`), not its address.
  if (toJoin && asked === 'where' && !remote && has(flow, 'shown_no_link'))
    return { name: 'shown_no_link', vars: { meeting: facts.name } };
  const answer = answerFor(flow, dialsIn ? 'where' : asked, facts, labels, program);
  // Its link and dial-in are said as how to join it (`shown_join`), not as the way to get there.
  if (joins && answer?.name === 'shown_place' && has(flow, 'shown_join')) return { ...answer, name: 'shown_join' };
  return answer && has(flow, answer.name) ? answer : undefined;
}

/**
 * "is moss lane open or closed", "what time is clean air" while meetings are listed: the meeting named answers for
 * itself, as it would after its details, not the general text about open and closed meetings (the texting probe of
 * 2026-12-06). Undefined when no meeting listed is named or nothing is asked of it.
 */
function namedMeetingAnswer(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: MeetingDirectory,
  now: Date,
): ShownMeetingAnswer | undefined {
  const shown = context.search?.shown ?? [];
  if (!ASKS_OF_ONE.test(text)) return undefined;
  const item = itemIn(
    text,
    shown.map((id) => nameAndStreet(directory.meeting(id))),
  );
  if (item === undefined) return undefined;
  // "is touch of soul open" asks what "is it open" does: the name said in place of "it".
  const name = plainWords(directory.meeting(shown[item - 1])?.name ?? '');
  const plain = plainWords(text);
  const asked =
    meetingQuestionIn(text) ??
    (name && plain.includes(name) ? meetingQuestionIn(plain.replace(name, 'it')) : undefined);
  // "where is moss lane" gets its details, as before (read_answer): more than its address alone.
  if (!asked || asked === 'phone' || asked === 'where') return undefined;
  return meetingAnswer(live, context, shown[item - 1], asked, directory, now);
}

/** Words a question of a meeting's kind or time has: only a text with one is read for a meeting it names. */
const ASKS_OF_ONE = /open|closed|abiert|cerrad|time|hora|start|begin|empieza|when|cuando|tonight|today|hoy|noche/i;

/** Words a question of distance has: only then is the text read for a meeting it names. */
const ASKS_DISTANCE = /far|distan|lejos|millas|close/i;

/**
 * A remark at the list that is no search ("will you remind me", "i need a ride", "that one", "4" of three, "how
 * far is it"): the flow's `listed_*` answer (src/engine/listRemarks.ts), the list kept. Undefined for other texts,
 * and when the flow has no text for the answer.
 */
function listRemark(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: MeetingDirectory,
): ShownMeetingAnswer | undefined {
  const shown = context.search?.shown ?? [];
  // "how far is #2": the meeting named; else the one whose details were shown, or the one listed alone.
  const named = ASKS_DISTANCE.test(text)
    ? itemIn(
        text,
        shown.map((id) => nameAndStreet(directory.meeting(id))),
      )
    : undefined;
  const itId =
    named !== undefined ? shown[named - 1] : (context.search?.detailed ?? (shown.length === 1 ? shown[0] : undefined));
  const it = itId === undefined ? undefined : directory.meeting(itId);
  const remark = listRemarkIn(text, {
    shownCount: shown.length,
    it,
    itName: it ? meetingName(it, directory) : undefined,
    place: context.place,
    labels: labelsFor(live.compiled.flow, context.lang),
  });
  return remark && has(live.compiled.flow, remark.name) ? remark : undefined;
}

/**
 * The meeting a question of whom it is for or its language means: the one whose details were shown (on this page),
 * the one it names, or the one listed alone; undefined when several are listed and none is meant.
 */
function meetingMeant(context: ConversationContext, text: string, directory: MeetingDirectory): Meeting | undefined {
  const shown = context.search?.shown ?? [];
  const detailed = context.search?.detailed;
  const named = itemIn(
    text,
    shown.map((id) => nameAndStreet(directory.meeting(id))),
  );
  const id =
    named !== undefined
      ? shown[named - 1]
      : detailed !== undefined && shown.includes(detailed)
        ? detailed
        : shown.length === 1
          ? shown[0]
          : undefined;
  return id === undefined ? undefined : directory.meeting(id);
}

/** Whom a meeting is for by its tags, or by its name ("Women Living Sober"); undefined for anyone it serves. */
function forWhom(m: Meeting): 'women' | 'men' | undefined {
  if (m.tags.includes('women') !== m.tags.includes('men')) return m.tags.includes('women') ? 'women' : 'men';
  return namedFor(m.name);
}

/** The language a meeting's listing names other than English, as the flow's labels word it ("Spanish", "espanol"). */
function languageOf(m: Meeting, labels: ReplyLabels | undefined): string | undefined {
  const tag = m.tags.find((t) => LANGUAGE_TAGS.has(t) && t !== 'english');
  if (!tag) return undefined;
  const label = labels?.details?.tags?.[tag] ?? tag.charAt(0).toUpperCase() + tag.slice(1);
  return toGsm7(label.replace(/^en /, '')).slice(0, SHOWN_LANGUAGE_MAX);
}

/** English named: asked of a list, no language to search for. */
const ENGLISH = /english|ingles/i;

/**
 * "is it women only", "is it in english", "is it wheelchair accessible": of the meeting meant, answered from its
 * listing (`shown_for_women`, `shown_for_men`, `shown_for_anyone`; `shown_language`, `shown_language_unnamed`;
 * `shown_access`, `shown_access_unknown`); with several listed and none
 * meant, how to tell (`listed_who`, `listed_language`). Not a wish for women's meetings (the twenty-fourth session's
 * probe: a man asking got a list of women's meetings; "is it in english" got "Sorry").
 */
function traitAnswer(
  live: Live,
  context: ConversationContext,
  text: string,
  directory: MeetingDirectory,
): ShownMeetingAnswer | undefined {
  if (!MAY_ASK_TRAIT.test(text)) return undefined;
  const asked: MeetingTrait | undefined = meetingTraitIn(text);
  if (!asked) return undefined;
  const flow = live.compiled.flow;
  const m = meetingMeant(context, text, directory);
  // "do they speak spanish there" of the whole list: the meetings held in Spanish, searched as before; "any wheelchair
  // accessible ones" of the whole list too, the meetings marked so.
  if (!m && ((asked === 'language' && !ENGLISH.test(text)) || asked === 'access')) return undefined;
  // A meeting held only online or by phone has no door to get in by.
  if (m && asked === 'access' && !m.modes.includes('in_person')) return undefined;
  const answer = m ? traitOfMeeting(asked, m, meetingName(m, directory), labelsFor(flow, context.lang)) : undefined;
  const name = answer?.name ?? (asked === 'who' ? 'listed_who' : 'listed_language');
  return has(flow, name) ? (answer ?? { name, vars: {} }) : undefined;
}

/** The answer about one meeting's `asked` trait, from its listing. */
function traitOfMeeting(
  asked: MeetingTrait,
  m: Meeting,
  meeting: string,
  labels: ReplyLabels | undefined,
): ShownMeetingAnswer {
  if (asked === 'who') {
    const who = forWhom(m);
    return { name: who ? `shown_for_${who}` : 'shown_for_anyone', vars: { meeting } };
  }
  // Feeds mark access (Meeting Guide's X, BMLT's WC: the `wheelchair` tag) but seldom its absence: unmarked is unknown.
  if (asked === 'access')
    return { name: m.tags.includes('wheelchair') ? 'shown_access' : 'shown_access_unknown', vars: { meeting } };
  const language = languageOf(m, labels);
  return language
    ? { name: 'shown_language', vars: { meeting, language } }
    : { name: 'shown_language_unnamed', vars: { meeting } };
}

/** A meeting's name as its details begin ("AA Clean Air"), cut to fit an answer. */
function meetingName(m: Meeting, directory: MeetingDirectory): string {
  const program = directory.program(m.programId)?.name;
  const name = displayName(m.name);
  return toGsm7(program ? `${program} ${name}` : name).slice(0, SHOWN_NAME_MAX);
}

/**
 * The answer to a text that asks about the meeting whose details were just shown, or undefined: no details shown,
 * no question at hand to ask again, the text asks nothing of that meeting, or the flow has no text for the answer.
 */
export function shownMeetingAnswer(
  live: Live,
  directory: () => MeetingDirectory,
  text: string,
  now: Date,
): ShownMeetingAnswer | undefined {
  const context = live.snapshot.context as ConversationContext;
  // First and cheapest: most texts come while no meetings are listed.
  if (!context.search?.shown?.length || !isResultsQuestion(live.compiled.flow.nodes[context.node])) return undefined;
  const remark = listRemark(live, context, text, directory());
  if (remark && remark.name !== 'listed_where') return remark;
  const join = joinAskedOfRemoteList(live, context, text, directory(), now);
  if (join) return join;
  // "where can i detox", "do you know a treatment center": no meeting's where, the flow's `treatment` answer (211
  // and the treatment locator; the twenty-first session's probe got "Which meeting do you mean?").
  if (containsAnyWord(text, live.compiled.flow.keywords.treatment?.contains)) return undefined;
  // "what time is that in central", "is that eastern time": the times in the zone named (the thirtieth session; its
  // general words about zones before, with the list at hand), else the flow's `time_zone` answer, not the meeting's
  // start said again (the twenty-fourth session's probe).
  if (containsAnyWord(text, live.compiled.flow.keywords.time_zone?.contains))
    return timesInZoneAnswer(live, context, text, directory(), now, zoneNamedAsked);
  const trait = traitAnswer(live, context, text, directory());
  if (trait) return trait;
  if (remark) return remark;
  // "what time is it in arizona for these": the times told in that state's zone (listedTimes.ts).
  const inZone = MAY_ASK_WHEN.test(text)
    ? timesInZoneAnswer(live, context, text, directory(), now, zoneAskedIn)
    : undefined;
  if (inZone) return inZone;
  const id = context.search.detailed;
  // No details shown, or shown of a meeting on another page (MORE shows the next and keeps `detailed`): the list's
  // own questions, as at the first page ("directions" after MORE was "Sorry", the twenty-first session's probe).
  if (id === undefined)
    return (
      namedMeetingAnswer(live, context, text, directory(), now) ??
      listedMeetingsQuestion(live, context, text, directory, now)
    );
  // "is it open?" after MORE is not of a meeting named on the new page: only the list's own where and when.
  if (!context.search.shown.includes(id)) return listedMeetingsQuestion(live, context, text, directory, now);
  const asked = meetingQuestionIn(text);
  if (!asked) return undefined;
  return meetingAnswer(live, context, id, asked, directory(), now, asked === 'where' && asksHowToJoin(text));
}
