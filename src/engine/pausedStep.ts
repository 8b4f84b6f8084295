import { isResultsQuestion } from '../flow/flowSchema';
import { menuNumber, normalizeText } from '../text/answerMatch';
import { asksForMeetings, turnsMeetingsDown } from '../text/meetingsAsked';
import type { ConversationContext } from './flowCompiler';
import { keywordMatches, languageOfWords } from './keywordMatch';
import { LAST_RESORT_CHECK_IN } from './lastResortReplies';
import type { Learned } from './learnFromText';
import { langOf, nodeOf, send, type Live } from './liveConversation';
import { replyWordIn } from './replyWordIn';
import { searchAgainIn } from './searchAgain';
import { finish, keywordText, keywordTextFor } from './stepOutput';
import { liveInCanada } from './inCanada';
import type { Session, StepOutput } from './types';
import { notedText } from './understoodSummary';

/** A text that is only a US ZIP code: someone going on with their search. */
const ZIP_ONLY = /^\s*\d{5}(-\d{4})?\s*$/;

/** A text that holds a US ZIP code ("ZIP is 79101"): someone who wants meetings near it. */
const HAS_ZIP = /(^|\D)\d{5}(-\d{4})?(\D|$)/;

/**
 * Words of how someone is: "im fine", "i'm ok now", "estoy bien" after a crisis reply are the answer to it, not a
 * place ("Fine, NY" is a town), and get the check-in.
 */
const HOW_I_AM = /(^| )(fine|ok|okay|good|better|alright|safe|bien|mejor|tranquilo|tranquila)( |$)/;

/**
 * A text while the questions wait after a crisis or a request for a person: one that clearly
 * goes on (the resume words, a ZIP, a place where a place is asked, and once checked in a menu
 * number) resumes;
 * HELP and a language switch are answered without resuming; anything else gets the check-in.
 * Once the check-in has been sent, a text that answers the waiting question in words goes on too:
 * the texter has had 911 and 988 twice and is plainly looking for a group. After a request for a
 * person, such a text goes on at once, as does one that tells what the flow asks (`learned`). What a text that gets
 * the check-in told is kept, quietly, so MEETINGS goes on past it ("i need an aa meeting in amarillo" right after a
 * crisis reply: the nineteenth session's probe, where MEETINGS then asked "Who is the help for?").
 * Returns undefined when the ordinary path should handle it (NEW restarts; an answer after the check-in).
 */
export function stepPaused(
  live: Live,
  session: Session,
  text: string,
  now: Date,
  before: string,
  learned: () => Learned | undefined = () => undefined,
): StepOutput | undefined {
  const flow = live.compiled;
  const keywords = flow.flow.keywords;
  const paused = session.paused;
  if (keywordMatches(keywords.restart, text)) return undefined;
  // After the check-in, an answer in words goes the ordinary way: read whole, it goes on with the search. After
  // a request for a person there is no danger to ask about first: "my husband drinks" goes on at once.
  const goesOn = session.checkedIn === true || paused === 'person';
  // "ok whatever. MORE" at the results: the reply word the line asked for, read alone (the next page).
  const replyWord = goesOn ? replyWordIn(flow, (live.snapshot.context as ConversationContext).node, text) : undefined;
  if (replyWord) {
    send(live, { type: 'TEXT', text: replyWord, now });
    return finish(live, before, 'resume');
  }
  // "i dont want a meeting right now" is no answer, though the question may read a time in it ("right now").
  const declines = turnsMeetingsDown(text);
  if (goesOn && !declines && answersInWords(live, text, paused === 'person')) return undefined;
  // Once checked in, a text asking after meetings ("are there meetings in littlefield", "what about al-anon near
  // stoughton", "hay juntas en mccamey?") is the texter ready to go on, as MEETINGS is: the thirty-third session's
  // probe sent such texts the check-in again, word for word. What it told is kept, then the list or the question.
  if (session.checkedIn === true && asksAfterMeetings(learned(), text)) {
    keepQuietly(live, learned(), text, now);
    if (searchAgainIn(live, now)) return finish(live, before, 'resume');
    send(live, { type: 'REASK' });
    // A question before the meetings: "Got it, thanks." says the place or program asked about was taken.
    const noted = learned()?.filled.length ? notedText(flow, langOf(live)) : undefined;
    return finish(live, before, 'resume', noted ? { prefix: noted } : {});
  }
  // After a request for a person (no danger to ask about first), a text that tells what the flow asks goes on, read
  // whole: "amarillo tx" at the how question is in person near it (the nineteenth session's probe: the check-in).
  if (paused === 'person' && learned()?.filled.length) return undefined;
  // "hes asleep now, i need al-anon near 79101": a group asked for by name, and where, goes on to its meetings
  // when they are what comes next (the twentieth session's probe got the check-in); a question would come next
  // otherwise, and none follows a crisis reply unasked: that text gets the check-in, and what it told is kept.
  if (listsGroupAsked(live, learned(), text, now)) return finish(live, before, 'resume');
  // "i dont want a meeting right now" holds the resume words "want a meeting": turned down, they get the check-in.
  if (!declines && keywordMatches(keywords.resume, text)) {
    // Paused at the results (the crisis text told enough to search, or came at the list): the list again, whole.
    if (!searchAgainIn(live, now)) send(live, { type: 'REASK' });
    return finish(live, before, 'resume');
  }
  if (keywordMatches(keywords.help, text)) {
    const help = keywordText(flow, 'help', langOf(live));
    return finish(live, before, 'help', { first: help ? [help] : [], paused, checkedIn: session.checkedIn });
  }
  const switchTo = languageOfWords(flow.flow.switch_language, text, true);
  if (switchTo && flow.flow.languages.includes(switchTo)) {
    send(live, { type: 'SET_LANG', lang: switchTo });
    send(live, { type: 'FLUSH' });
  } else if (clearlyGoesOn(live, text, goesOn)) {
    send(live, { type: 'TEXT', text, now });
    return finish(live, before, 'resume');
  } else if (HAS_ZIP.test(text) && goesOn) {
    // A ZIP where another question waits, once the check-in has been sent: they want meetings. Read the ordinary
    // way, the place is kept and the question waiting comes back ("Got it: near Amarillo, TX. Who is the help
    // for?"). Right after a crisis reply it gets the check-in first: a ZIP sent after "call 911" may be where
    // help should come, and no survey question follows a crisis reply (the fifteenth session's safety probe).
    return undefined;
  }
  keepQuietly(live, learned(), text, now);
  const checkIn = keywordTextFor(flow, 'check_in', langOf(live), liveInCanada(live, undefined)) ?? LAST_RESORT_CHECK_IN;
  return finish(live, before, 'check_in', { first: [checkIn], paused, checkedIn: true });
}

/**
 * A text that names a program and a place ("i need al-anon near 79101", "aa in amarillo"), learned and searched:
 * true when that reached a list of meetings; otherwise the conversation is left as it was and false.
 */
function listsGroupAsked(live: Live, told: Learned | undefined, text: string, now: Date): boolean {
  if (!told || !told.filled.includes('programs') || told.inferred.includes('programs') || !told.place) return false;
  const before = live.snapshot;
  keepQuietly(live, told, text, now);
  if (!searchAgainIn(live, now)) send(live, { type: 'REASK' });
  const context = live.snapshot.context as ConversationContext;
  if (live.snapshot.status === 'active' && isResultsQuestion(live.compiled.flow.nodes[context.node])) return true;
  live.snapshot = before;
  return false;
}

/** A text that asks after meetings, or names a program it wants ("what about al-anon near stoughton"). */
function asksAfterMeetings(told: Learned | undefined, text: string): boolean {
  const programNamed = told?.filled.includes('programs') === true && !told.inferred.includes('programs');
  return programNamed || asksForMeetings(text);
}

/**
 * What a text told, kept while the questions wait: nothing is said, and a page that would end the conversation is not
 * reached (the wait would end with it), as for a crisis text itself (stepScene's quietKnowing).
 */
function keepQuietly(live: Live, told: Learned | undefined, text: string, now: Date): void {
  if (!told?.filled.length) return;
  const before = live.snapshot;
  const { vars, place, pendingTown } = told;
  send(live, { type: 'LEARN', vars, ...(place ? { place } : {}), pendingTown, now, text });
  if (live.compiled.flow.nodes[nodeOf(live) ?? '']?.end || live.snapshot.status !== 'active') live.snapshot = before;
  else send(live, { type: 'FLUSH' });
}

/** Whether the question at hand asks for a place (a route reads one). */
function asksPlace(live: Live): boolean {
  const context = live.snapshot.context as ConversationContext;
  return (live.compiled.flow.nodes[context.node]?.routes ?? []).some((r) => r.location !== undefined);
}

/** A bare yes or no: after a crisis reply it may answer "are you safe?" as much as the question waiting. */
const BARE_YES_NO = /^(yes|yeah|yea|ya|yep|yup|sure|no|nope|nah|si|claro|nel)$/;

/**
 * True when the waiting question understands a text that is not only how someone is ("im ok") nor a
 * bare yes or no: "alcohol", "face to face", "mi esposo toma mucho".
 */
function answersInWords(live: Live, text: string, afterPerson: boolean): boolean {
  const context = live.snapshot.context as ConversationContext;
  const words = normalizeText(text);
  // After a request for a person no one was asked how they are: "ok whatever, saturday?" narrows the list. Where
  // a place is asked, "fine" is still a town.
  const howIAm = HOW_I_AM.test(words) && (!afterPerson || asksPlace(live));
  if (howIAm) return false;
  // A bare yes or no, or a menu number, answers the question on screen once no danger was told: after "are you a
  // bot?" the "no" at the medication question and the "2" at a list go on (the twenty-second session's probe gave
  // them the check-in). Right after a crisis reply they may answer it ("are you safe?"), and get the check-in.
  if (afterPerson && (BARE_YES_NO.test(words) || menuNumber(text) !== undefined)) return true;
  if (BARE_YES_NO.test(words)) return false;
  return live.compiled.understands(context, text);
}

/**
 * True when a text answers the waiting question beyond doubt: a ZIP code it understands (right after a crisis
 * reply, only where a place is asked), a place of two words or more where a place is asked, not said as how
 * someone is ("fine" is a town too), or, when `numbersGoOn`, a menu number. Right after a crisis reply a bare
 * "1" is no clear answer: it may answer the crisis reply as much as the question left waiting, and a survey
 * question must not follow a crisis reply, so it gets the check-in first (which says how to go on).
 */
function clearlyGoesOn(live: Live, text: string, numbersGoOn: boolean): boolean {
  const context = live.snapshot.context as ConversationContext;
  if (numbersGoOn && picksShownMeeting(live, text)) return true;
  if (!live.compiled.understands(context, text)) return false;
  // A ZIP right after a crisis reply goes on only where a place is asked (the meetings come next, no question).
  if (ZIP_ONLY.test(text) && (numbersGoOn || asksPlace(live))) return true;
  if (numbersGoOn && menuNumber(text) !== undefined) return true;
  const words = normalizeText(text);
  return asksPlace(live) && words.split(' ').length >= 2 && !HOW_I_AM.test(words) && !WHERE_I_AM.test(words);
}

/**
 * True when a text is only the number of a meeting on the list the texter is at ("1" of "Reply 1, 2 or 3"): its
 * details come next, no question (the fortieth probe: once checked in, a bare "1" at a list got the check-in again,
 * as the list's routes read numbers by the shown meeting, not by a route). Only a number the list shows: "9" at a
 * page of three is no pick, and gets the check-in. Asked only once the check-in was sent (clearlyGoesOn).
 */
function picksShownMeeting(live: Live, text: string): boolean {
  const context = live.snapshot.context as ConversationContext;
  if (!isResultsQuestion(live.compiled.flow.nodes[context.node])) return false;
  const said = normalizeText(text);
  if (!/^\d{1,2}$/.test(said)) return false;
  const pick = Number(said);
  return pick >= 1 && pick <= (context.search?.shown?.length ?? 0);
}

/**
 * Where the texter is now, after a crisis reply: "im home", "at my sisters", "outside my house", "in my car" answer
 * "are you safe?" and where help should come, not the place question ("Home, KS", "Sisters, OR" are towns).
 */
const WHERE_I_AM =
  /(^| )(home|house|sisters?|brothers?|moms?|dads?|friends?|car|truck|work|outside|bathroom|room|bed|hospital|er|jail|motel|hotel|bridge|roof|casa|carro|trabajo|cuarto)( |$)/;
