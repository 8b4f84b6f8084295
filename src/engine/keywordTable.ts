import { findCrisis } from '../flow/crisisCheck';
import { isResultsQuestion, SHOWN_MEETING_KEYWORDS } from '../flow/flowSchema';
import type { FlowKeyword } from '../flow/flowSchema';
import { containsAnyWord, isWholeWord } from '../text/answerMatch';
import { CARRIER_OPT_OUT_WORDS, isBareCarrierOptOut, isCarrierOptIn, isCarrierOptOut } from '../text/carrierWords';
import type { CrisisFinding } from '../text/crisisDetector';
import type { EngineScope } from './engineScope';
import type { CompiledFlow, ConversationContext } from './flowCompiler';
import { answeredBesideAnswers, answerRunsPastKeyword, ownKeywordOf, TABLE_KEYWORDS } from './firstTextKeyword';
import { askedForPerson, keywordMatches, languageOfWords } from './keywordMatch';
import { LAST_RESORT_CRISIS, LAST_RESORT_PERSON, LAST_RESORT_TROUBLE } from './lastResortReplies';
import { entryText, troubleText } from './lineTexts';
import { nodeOf, send, type Live } from './liveConversation';
import { stepPaused } from './pausedStep';
import { pointsAtListedMeeting, shownMeetingAnswer } from './shownMeeting';
import { languageFor } from './stepLanguage';
import { searchAgainIn } from './searchAgain';
import { fresh, quiet, quietKnowing, type FlowScene, type TextScene } from './stepScene';
import { speaksOfSomeoneElse } from '../text/someoneElse';
import { aboutMeetingsPeople } from '../text/personRequest';
import { plainLower, textWords, wordsOfPlain } from '../text/textWords';
import { crisisReplies, finish, joinReply, keywordText, keywordTextFor, nodeText, noSessionOutput } from './stepOutput';
import { inCanada, liveInCanada } from './inCanada';
import { meetingsToldByAnother, turnsMeetingsDown } from '../text/meetingsAsked';
import type { StepOutput } from './types';
import { smsSegments } from '../sms/gsm7';
import { keywordForConcern } from '../flow/concernKeywords';
import type { FlowVars } from '../flow/flowText';
import { MAX_REPLY_PARTS } from '../sms/smsLimits';
import { stateSearched } from './homeStateTown';
import { answersAt, readText, slotsAsked, textHasIntent } from './understandStep';

/**
 * Keyword priority, as one ordered table: the first rule that takes a text answers it, and a text
 * no rule takes is an ordinary answer (src/engine/understandStep.ts). Changing priority is moving a
 * row. Each rule says how it answers in a conversation (`step`), when no stored state can be read
 * (`withoutSession`), and whether it is `urgent`: answered over the rate limit. `matches` is the
 * cheap test those two paths use, from the text and the entry flow's keywords alone.
 */

type Keywords = Record<string, FlowKeyword>;

/** The entry flow, its keywords and the answering language, for a text with no stored state. */
export interface SessionlessScene {
  scope: EngineScope;
  text: string;
  entry: CompiledFlow;
  keywords: Keywords;
  lang: string;
}

/**
 * One row of the table. `step` answers in a conversation, `withoutSession` when no stored state can be
 * read (only the rules that must still work then have one); each returns undefined when the text is
 * not its own. `text` rules need no flow; `flow` rules run once the flow is loaded and read.
 */
export type KeywordRule =
  | (RuleBase & {
      stage: 'text';
      step?(s: TextScene): StepOutput | undefined;
      withoutSession?(s: { scope: EngineScope; text: string }): StepOutput | undefined;
    })
  | (RuleBase & {
      stage: 'flow';
      step?(s: FlowScene): StepOutput | undefined;
      withoutSession?(s: SessionlessScene): StepOutput | undefined;
    });

interface RuleBase {
  /** The rule's name, as the step's trace reports it. */
  name: string;
  /** Answered even over the rate limit and when the line is overloaded. */
  urgent?: boolean;
  /** The text is this rule's, by the text and the entry flow's keywords: cheap, for `urgent` and `withoutSession`. */
  matches?(text: string, keywords: Keywords): boolean;
  /**
   * For an urgent rule, the text is also its own by what the understanding reads in it ("leave me alone" is the
   * opt-out intent, not the keyword's words): asked only of a text over the rate limit, where `matches` said no.
   */
  urgentByReading?(scope: EngineScope, text: string): boolean;
}

/**
 * The crisis reply, with `crisis_group`'s line after it when the same text asked for a group in the resume words ("i am
 * so scared he will od, i need a group for me as his mom", the thirty-ninth probe): the request is heard and the way
 * to it told (MEETINGS), and no question is asked. Not when the text turns meetings down, nor when the line would
 * take the reply past MAX_REPLY_PARTS parts (the check-in says MEETINGS next), nor when another said it (the fortieth).
 */
function withGroupAsked(s: FlowScene, replies: string[], lang: string): string[] {
  if (replies.length !== 1 || !keywordMatches(s.keywords.resume, s.text)) return replies;
  // Not asked when turned down, nor when the meeting is someone else's word ("my sponsor says i need a meeting").
  if (turnsMeetingsDown(s.text) || meetingsToldByAnother(s.text)) return replies;
  return withLineAfter(s, replies, 'crisis_group', lang);
}

/**
 * The crisis reply to a family member's own despair ("my husband drinks and i cant take it anymore"), with
 * `crisis_family`'s line after it: groups for family and friends, and MEETINGS, the way to them, without a question.
 * Only for the suicide reply alone (another danger's words come first and fill the room), to someone the conversation
 * knows is there for another (what this text or an earlier one said), and not when the text turns meetings down.
 */
function withFamilyGroups(s: FlowScene, finding: CrisisFinding, live: Live, replies: string[], lang: string): string[] {
  if (replies.length !== 1 || finding.kinds.length !== 1 || finding.kinds[0] !== 'suicide') return replies;
  if ((live.snapshot.context as ConversationContext).vars?.audience !== 'family' || turnsMeetingsDown(s.text)) {
    return replies;
  }
  return withLineAfter(s, replies, 'crisis_family', lang);
}

/** The crisis reply, with the way to a group after it when the text asked for one or a family member despairs. */
function crisisWithGroups(s: FlowScene, finding: CrisisFinding, live: Live, lang: string): string[] {
  const replies = crisisReplies(s.flow, finding, lang, liveInCanada(live, s.input.homeState));
  const asked = withGroupAsked(s, replies, lang);
  return asked !== replies ? asked : withFamilyGroups(s, finding, live, replies, lang);
}

/** The one crisis reply with a keyword's line after it, when the flow has the line and the reply stays in its parts. */
function withLineAfter(s: FlowScene, replies: string[], keyword: string, lang: string): string[] {
  const line = keywordText(s.flow, keyword, lang);
  if (!line) return replies;
  const joined = joinReply([replies[0], line]);
  return smsSegments(joined) <= MAX_REPLY_PARTS ? [joined] : replies;
}

/**
 * The carrier's STOP: silent when Twilio confirms it, else the flow's own confirmation. With Twilio's handling on, a
 * word it may not take ("STOP.", "Stop!!", "opt out") is confirmed by the line and kept as the line's opt-out: the
 * person hears it was done either way (where Twilio took it too, it blocks the line's reply), and START is the line's.
 */
function carrierStop(scope: EngineScope, before: string, text: string): StepOutput {
  const twilioConfirms = scope.optOutReplies === 'twilio' && isBareCarrierOptOut(text);
  const confirm = twilioConfirms ? undefined : entryText(scope, 'stopped', undefined, text);
  const effect = scope.optOutReplies === 'twilio' && !twilioConfirms ? 'opt_out_line' : 'opt_out';
  return noSessionOutput(confirm ? [confirm] : [], effect, 'stop', before);
}

/**
 * Someone who opted out hears only what they ask for: danger answered, the way to a person, HELP's text, and the
 * line's own confirmation when they come back. Nothing else, and nothing asked.
 */
function stepOptedOut(s: TextScene): StepOutput {
  const { scope, text, session, before } = s;
  if (isCarrierOptIn(text)) {
    const ours = s.input.optOutBy === 'line' || scope.optOutReplies === 'line';
    const confirm = ours ? entryText(scope, 'started', session, text) : undefined;
    return noSessionOutput(confirm ? [confirm] : [], 'opt_in', 'opt_in', before, session);
  }
  if (scope.flows.isReady()) {
    const entry = scope.compiled(scope.flows.entry());
    const finding = findCrisis(text, entry.flow.keywords);
    // Someone who opted out keeps no conversation: their number's province says whether they are in Canada.
    const canada = inCanada(undefined, s.input.homeState);
    if (finding) {
      const lang = languageFor(scope, entry, session, text);
      const replies = crisisReplies(entry, finding, lang, canada);
      return noSessionOutput(replies, 'none', 'crisis', before, session);
    }
    // A person is always reachable, opted out or not: in the understanding's words too, as mid-conversation.
    const forPerson = askedForPerson(entry.flow.keywords, text) ?? personByReading(scope, entry, text);
    if (forPerson) {
      const asked = personLanguage(entry, forPerson, languageFor(scope, entry, session, text));
      // Its own words when the flow has them: "reply MEETINGS" would meet silence until START.
      const reply =
        keywordTextFor(entry, 'person_opted_out', asked, canada) ??
        keywordTextFor(entry, 'person', asked, canada) ??
        LAST_RESORT_PERSON;
      return noSessionOutput([reply], 'none', 'person', before, session);
    }
    if (keywordMatches(entry.flow.keywords.help, text)) {
      const help = keywordText(entry, 'help', languageFor(scope, entry, session, text));
      return noSessionOutput(help ? [help] : [], 'none', 'help', before, session);
    }
  }
  return noSessionOutput([], 'none', 'opted_out', before, session);
}

/**
 * A request for a person in the understanding's words ("i need someone", "who am i texting"), said alone, read in
 * each of the flow's languages ("hay un humano" in an English conversation): what the `person` rule hears
 * mid-conversation. Only asked of texts from someone opted out, which are few, and of short ones (asksIn).
 */
function personByReading(scope: EngineScope, entry: CompiledFlow, text: string): { lang: string } | undefined {
  const lang = entry.flow.languages.find((l) => asksIn(scope, entry, text, l, 'talk_to_person'));
  return lang === undefined ? undefined : { lang };
}

/**
 * The language a request for a person is answered in: its own when the flow has it ("puedo hablar con alguien" in
 * an English conversation is answered in Spanish), else `otherwise`.
 */
function personLanguage(flow: CompiledFlow, request: { lang?: string }, otherwise: string): string {
  return request.lang && flow.flow.languages.includes(request.lang) ? request.lang : otherwise;
}

/** The keywords of no flow: the crisis detector's core list alone. */
const NO_KEYWORDS: Keywords = {};

/** The answers about the meeting whose details were just shown. */
const SHOWN_KEYWORDS = new Set<string>(SHOWN_MEETING_KEYWORDS);

/**
 * What goes out after a keyword's own text in the same SMS, by the table above and the compiler's
 * keyword transitions: RESTART, a keyword with `goto` and the flow-changed apology come before
 * what a node says on arrival; HELP and the flow's own keywords ask the question at hand again;
 * the keywords the table answers itself (crisis, person, opt-out...) go alone.
 */
export function afterKeywordText(
  name: string,
  keyword: { goto?: string },
): 'arrival' | 'question' | 'results' | 'alone' {
  if (name === 'flow_changed' || name === 'restart') return 'arrival';
  // An answer about the meeting shown is sent only at a question after its details (src/engine/shownMeeting.ts).
  if (SHOWN_KEYWORDS.has(name) && keyword.goto === undefined) return 'results';
  // Only HELP and the flow's own keywords reach the machine; the others' `goto` is never followed.
  if (name !== 'help' && TABLE_KEYWORDS.has(name)) return 'alone';
  return keyword.goto !== undefined ? 'arrival' : 'question';
}

/**
 * A flow keyword sent to the machine, then the keyword's own move. On someone's first text the
 * welcome comes first, once, except before HELP, whose text stands in for it.
 */
function machineKeyword(s: FlowScene, name: string, kind: string): StepOutput {
  const convo = fresh(s);
  // A new conversation gets the keyword's text and the first question once, not the question twice.
  // HELP's text says what the line is and how to stop, so it stands in for the welcome; any other
  // keyword as someone's very first text ("is it free?") comes after the welcome, as every first
  // reply does. Someone who had one (an ended or changed conversation) is not welcomed again.
  const welcome = !s.live && !s.session && name !== 'help' ? welcomeOf(convo, s.entry) : undefined;
  if (!s.live) send(convo, { type: 'FLUSH' });
  send(convo, { type: 'KEYWORD', name, now: s.now });
  return finish(convo, s.before, kind, { prefix: welcome ?? s.apology });
}

/**
 * MEETINGS alone at a question, with nothing paused: the question again, plainly, not "Sorry". The person-request
 * reply says "reply MEETINGS", and a texter who first told something ("alcohol") has already gone on: the twenty-fifth
 * session's probe got "Sorry, I didn't get that" for doing what the line asked. Undefined where the question's list
 * takes the word, or at a page that is no question.
 */
function meetingsWithoutPause(s: FlowScene, live: Live): StepOutput | undefined {
  if (!isWholeWord(s.text, s.keywords.resume?.words) || answersQuestionAtHand(s)) return undefined;
  const node = s.flow.flow.nodes[nodeOf(live) ?? ''];
  if (!node?.ask || isResultsQuestion(node)) return undefined;
  send(live, { type: 'REASK' });
  return finish(live, s.before, 'resume');
}

/**
 * A reply with the welcome before it: one text when both fit in MAX_REPLY_PARTS parts, else the welcome as a text of
 * its own (the Spanish welcome and person reply together take four parts).
 */
function welcomedReply(welcome: string | undefined, reply: string): string[] {
  if (!welcome) return [reply];
  const joined = `${welcome}\n${reply}`;
  return smsSegments(joined) <= MAX_REPLY_PARTS ? [joined] : [welcome, reply];
}

/** The welcome a conversation just started on `entry` said, if its start node says one. */
function welcomeOf(convo: Live, entry: CompiledFlow): string | undefined {
  if (entry.flow.nodes[entry.flow.start]?.say === undefined) return undefined;
  const first = (convo.snapshot.context as ConversationContext).outbox?.[0];
  return first?.trim() ? first : undefined;
}

/**
 * Whether the text answers the question at hand, whole as its list holds it or as the understanding reads it: "i
 * need help" at "Who is the help for?" says it is for the texter (the seventeenth session's probe: HELP's text came
 * instead, and the question again, four times). A bare "help me" answers nothing there, and gets HELP's text.
 */
function answersQuestionAtHand(s: FlowScene): boolean {
  if (!s.live) return false;
  const node = nodeOf(s.live);
  const said = wordsOfPlain(plainLower(s.text)).join(' ');
  // The question's own list holds the whole text ("i need help" at the who question): its answer.
  const routes = s.live.compiled.flow.nodes[node ?? '']?.routes ?? [];
  if (routes.some((r) => Object.values(r.words ?? {}).some((words) => words.includes(said)))) return true;
  const asked = slotsAsked(s.live.compiled, node);
  const filled = readText(s.scope, s.live.compiled, s.text, s.textLang)?.learned.filled ?? [];
  return filled.some((slot) => asked.has(slot));
}

/** Whether the conversation waits at one of the flow's questions, not at the results (which take other answers). */
function atAskedQuestion(s: FlowScene): boolean {
  const node = s.live ? s.live.compiled.flow.nodes[nodeOf(s.live) ?? ''] : undefined;
  return node?.ask !== undefined && !isResultsQuestion(node);
}

/** Words beyond which a request in the understanding's words ("what is this?") is taken for something else. */
const REQUEST_MAX_WORDS = 6;
/** The same for a request for a person, which people word at more length. */
const PERSON_REQUEST_MAX_WORDS = 10;

/**
 * Whether a short text asks for `intent` in words the understanding step reads ("what is this",
 * "who is this" for help; "delete my info", "forget everything" for erase; "leave me alone", "wrong
 * number" for the opt-out) and tells nothing else, so "what is this meeting like, is it for women"
 * at the results is not taken for HELP. The keyword's own words (HELP, DELETE MY DATA, STOP TEXTING
 * ME) need the whole text or a phrase; these are the sentences around them.
 */
function asksFor(s: FlowScene, intent: RequestIntent): boolean {
  return asksIn(s.scope, s.flow, s.text, s.textLang, intent);
}

/** The intents a short text may ask for on its own (asksFor). */
type RequestIntent = 'help' | 'erase' | 'opt_out' | 'restart' | 'talk_to_person';

/** asksFor, for a text read in `lang` by `flow`: what the rate limit's urgent test asks too, with no scene. */
function asksIn(scope: EngineScope, flow: CompiledFlow, text: string, lang: string, intent: RequestIntent): boolean {
  // Asking for a person takes more words ("is there anyone i can talk to"), and costs nothing if taken wrongly.
  const most = intent === 'talk_to_person' ? PERSON_REQUEST_MAX_WORDS : REQUEST_MAX_WORDS;
  if (spacedWordCount(text) > most) return false;
  // The intent first: most texts hold none, and what a text teaches the flow (places looked up) costs more.
  if (!textHasIntent(scope, flow, text, lang, intent)) return false;
  return readText(scope, flow, text, lang)?.learned.filled.length === 0;
}

let countedText: string | undefined;
let counted = 0;

/** How many words a text has between spaces, remembered for the last text: five rules ask it of every text. */
function spacedWordCount(text: string): number {
  if (text !== countedText) {
    countedText = text;
    counted = text.trim().split(/\s+/).length;
  }
  return counted;
}

/**
 * Per flow, per language, the words of that language's opt-out phrasings (the understanding's `opt_out` intent)
 * that no other language's phrasings use: "leave", "alone", "pls" for English; "dejame", "paz", "basta" for
 * Spanish; and STOP. Worked out once per flow; a text holding none of them is not read again in that language.
 */
const optOutMarks = new WeakMap<CompiledFlow, Map<string, readonly string[]>>();

/** The opt-out words of `lang` that tell it from the flow's other languages (optOutMarks). */
function optOutMarksOf(flow: CompiledFlow, lang: string): readonly string[] {
  let byLang = optOutMarks.get(flow);
  if (!byLang) optOutMarks.set(flow, (byLang = new Map()));
  let marks = byLang.get(lang);
  if (marks) return marks;
  const lists = flow.flow.understand?.slots.intents?.opt_out;
  const wordsIn = (l: string): string[] => {
    const list = lists && !Array.isArray(lists) ? (lists as Record<string, readonly string[]>)[l] : undefined;
    // The patterns' own syntax ("=", "|", "...", "?") is not a word, and words of two letters ("mi", "en", "it")
    // are in too many texts to tell anything: every phrasing holds a longer word of its own.
    return (list ?? []).flatMap((pattern) => pattern.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  };
  const others = new Set(flow.flow.languages.filter((l) => l !== lang).flatMap(wordsIn));
  // STOP is in both lists ("=stop stop", "=stop por favor") and always worth a second reading: it is rare elsewhere.
  marks = [...new Set(wordsIn(lang))].filter((w) => !others.has(w) || CARRIER_OPT_OUT_WORDS.includes(w));
  byLang.set(lang, marks);
  return marks;
}

/**
 * An opt-out said in another of the flow's languages than the conversation's: "leave me alone" in a Spanish
 * conversation, "dejame en paz" in an English one. STOP is honoured in any language the line speaks. The text is
 * read again only when it holds a word of that language's opt-outs (optOutMarksOf): most texts hold none.
 */
function optOutInAnotherLanguage(s: FlowScene): string | undefined {
  for (const lang of s.flow.flow.languages) {
    if (lang === s.textLang || !containsAnyWord(s.text, optOutMarksOf(s.flow, lang))) continue;
    if (asksIn(s.scope, s.flow, s.text, lang, 'opt_out')) return lang;
  }
  return undefined;
}

/**
 * The language to confirm an opt-out in: the one it was said in when that is not the line's first ("hi", then "ya no
 * me manden mensajes" is confirmed in Spanish; the forty-fifth probe), else the conversation's. Never into the line's
 * first language: "stop please" or STOPP in a Spanish conversation are the line's own words, written in passing.
 */
function optOutLanguage(s: FlowScene, readIn: string | undefined): string {
  const optOut = s.keywords.opt_out;
  const said =
    readIn ?? languageOfWords(optOut?.words, s.text, true) ?? languageOfWords(optOut?.contains, s.text, false);
  return said && said !== s.textLang && said !== s.flow.defaultLang ? said : s.textLang;
}

/**
 * A text that opens by telling the line to go away, whatever follows: "leave me alone i just want to die",
 * "dejame en paz, ya no puedo". Longer than the understanding's short requests, and as much an opt-out as "stop
 * texting me i want to die": the crisis reply goes first, and the opt-out is honoured. Not "it won't leave me alone".
 */
const OPENS_WITH_OPT_OUT =
  /^\W*(?:(?:just|please|pls|plz|omg|ugh)\W+)?(?:leave me (?:the f\w* |tf )?alone|d[eé]j(?:a|e|an|en)me en paz)\b/i;

/** Words said before STOP that make it one: "ok stop", "no stop", "omg stop". */
const BEFORE_STOP =
  'ok|okay|k|kk|thanks|thank you|thx|ty|no|nah|nope|please|pls|plz|just|omg|ugh|seriously|alright|fine|dude|bro|lol|now';
/** The fewer of them that make STOP one anywhere in a text: "79101 thanks stop" ("there is no stop" is not). */
const BEFORE_STOP_ANYWHERE = 'ok|okay|thanks|thank you|thx|please|pls|plz|omg|ugh';
/** Words that may follow STOP: "stop please", "stop it", "stop now". */
const AFTER_STOP = 'please|pls|plz|now|it|already|thanks|thank you|thx|ok|okay';

/**
 * STOP said after an acknowledgement or a question in a longer text: "ok stop", "ok thanks stop", "79101 thanks
 * stop", "who is this? stop". Carriers take only the word alone, so the line honours these itself. Not "i cant
 * stop" or "how do i stop", and not after a sentence told ("i need help. stop", "i relapsed. stop": the regression
 * probe), which may be about the habit: those stay the conversation's.
 */
const STOP_AS_A_SENTENCE = new RegExp(
  `(?:\\?\\s*|^\\W*(?:(?:${BEFORE_STOP})[\\s,.!]+)+|(?:^|[\\s,.!])(?:${BEFORE_STOP_ANYWHERE})[\\s,.!]+)` +
    `stop(?:[\\s,.!]+(?:${AFTER_STOP}))*[\\s.!?]*$`,
  'i',
);

/**
 * A carrier opt-out word said as a sentence of its own before anything else: "STOP. im going to kill myself",
 * "UNSUBSCRIBE. i want to die", "END. i took all my pills", "PARA. me quiero matar" (the twenty-first session's
 * probe). Taken only with danger in the rest (the crisis reply first, then the opt-out honoured): "stop. i need help"
 * stays the conversation's. With no stop after it ("STOP im going to kill myself", "stop i cant take it he is hurting
 * me") the word is part of a sentence, perhaps said to someone else: the crisis reply, and the person kept reachable
 * for the check-in. END, QUIT and CANCEL also start crisis words ("end it all", "quit life"): only with a stop.
 */
const STOP_FIRST = /^\W*(?:stop|stopall|unsubscribe|cancel|end|quit|revoke|optout|opt out|para|alto|basta)\s*[.!]+\s/i;

/** Whether a text opts out in words the flow's lists cannot hold: "leave me alone, ...", "ok stop". */
function optsOutInOwnWords(text: string): boolean {
  return OPENS_WITH_OPT_OUT.test(text) || STOP_AS_A_SENTENCE.test(text);
}

/**
 * "leave me alone" told of, not asked: "the urge won't leave me alone", "i want them to leave me alone" (not "i want
 * you to leave me alone", which asks it of the line); "my mom wont stop bugging me about my drinking", "i wish my wife
 * would stop bothering me about aa" (the twenty-ninth session). Someone fighting cravings, or pestered at home, is no
 * opt-out, and silencing them would cut them off from the line.
 */
const LEFT_ALONE_TOLD =
  /\b(?:wont|won[’']?t|will not|doesnt|doesn[’']?t|does not|dont|don[’']?t|never|cant|can[’']?t|not|would|keeps?|always|(?<!\b(?:you|u|yall|ya) )to) (?:leave me (?:alone|be|in peace)|(?:stop|quit) (?:bugging|bothering) me)\b/i;

/**
 * Opt-out words that ask for something else (the sixteenth session's regression probe): "dont stop sending me
 * meetings" wants more, "no more texts about zoom" and "leave me alone about zoom" turn down a kind of meeting, "ya
 * basta de tanto tomar" is done with drinking, not with the line. STOP alone is always the carrier's and honoured.
 */
const NOT_AN_OPT_OUT =
  /\b(?:dont|don[’']?t|do not|never|please dont|pls dont) (?:stop|quit)\b|\b(?:texts?|messages?|alone) about\b|\bbasta de (?:tanto |tomar|beber|drog|usar|la |el |las |los )/i;

/** Whether a first text tells something the flow asks (who, what, where...), beyond a greeting in its language. */
function saysMoreThanHello(s: FlowScene): boolean {
  return (readText(s.scope, s.entry, s.text, s.textLang)?.learned.filled.length ?? 0) > 0;
}

/**
 * Whether the text starts a conversation, or comes at one of its questions before any meetings were searched: where
 * a side question's keyword is answered beside what the text tells (firstTextKeyword.ts). At a list, "is the lubbock
 * one open" asks about what was shown.
 */
function beforeAnySearch(s: FlowScene): boolean {
  if (!s.live) return !s.session;
  return (s.live.snapshot.context as ConversationContext).search === undefined;
}

/** The table, in priority order. */
export const KEYWORD_TABLE: readonly KeywordRule[] = [
  { stage: 'text', name: 'opted_out', step: (s) => (s.input.optedOut ? stepOptedOut(s) : undefined) },
  {
    stage: 'text',
    name: 'carrier_opt_out',
    urgent: true,
    matches: (text) => isCarrierOptOut(text),
    step: (s) => (isCarrierOptOut(s.text) ? carrierStop(s.scope, s.before, s.text) : undefined),
    withoutSession: (s) => carrierStop(s.scope, '', s.text),
  },
  {
    // Outside an opt-out, START is an ordinary text in a conversation; without a store it is taken as opting in.
    stage: 'text',
    name: 'carrier_opt_in',
    urgent: true,
    matches: (text) => isCarrierOptIn(text),
    withoutSession: (s) => {
      const confirm = s.scope.optOutReplies === 'line' ? entryText(s.scope, 'started', undefined, s.text) : undefined;
      return noSessionOutput(confirm ? [confirm] : [], 'opt_in', 'opt_in', '');
    },
  },
  {
    // No flow yet: danger is still answered, from the detector's core list and the built-in words.
    stage: 'text',
    name: 'not_ready',
    step: (s) => {
      if (s.scope.flows.isReady()) return undefined;
      const danger = findCrisis(s.text, NO_KEYWORDS) ? [LAST_RESORT_CRISIS] : [];
      return noSessionOutput(danger, 'none', danger.length ? 'crisis' : 'not_ready', s.before, s.session);
    },
    withoutSession: (s) => {
      if (s.scope.flows.isReady()) return undefined;
      const reply = findCrisis(s.text, NO_KEYWORDS) ? LAST_RESORT_CRISIS : LAST_RESORT_TROUBLE;
      return noSessionOutput([reply], 'none', 'not_ready', '');
    },
  },
  {
    // A plain-language opt-out that also holds crisis words still gets the crisis reply.
    stage: 'flow',
    name: 'opt_out',
    urgent: true,
    matches: (text, keywords) =>
      (keywordMatches(keywords.opt_out, text) || optsOutInOwnWords(text)) && !speaksOfSomeoneElse(text),
    // "leave me alone", "wrong number", "dejame en paz" over the rate limit: an opt-out is never dropped. The same
    // test as the step's below, in each of the flow's languages (no conversation is read to know which).
    urgentByReading: (scope, text) => {
      if (speaksOfSomeoneElse(text) || LEFT_ALONE_TOLD.test(text) || NOT_AN_OPT_OUT.test(text)) return false;
      const entry = scope.compiled(scope.flows.entry());
      return entry.flow.languages.some((lang) => asksIn(scope, entry, text, lang, 'opt_out'));
    },
    step: (s) => {
      const said =
        keywordMatches(s.keywords.opt_out, s.text) ||
        optsOutInOwnWords(s.text) ||
        (s.crisis !== undefined && STOP_FIRST.test(s.text));
      const readIn = said || asksFor(s, 'opt_out') ? undefined : optOutInAnotherLanguage(s);
      if (!said && !readIn && !asksFor(s, 'opt_out')) return undefined;
      // "he won't leave me alone", "stop texting my dealer": about someone else, never an opt-out from the line.
      if (speaksOfSomeoneElse(s.text) || LEFT_ALONE_TOLD.test(s.text) || NOT_AN_OPT_OUT.test(s.text)) return undefined;
      const lang = optOutLanguage(s, readIn);
      const confirm = keywordText(s.flow, 'opt_out', lang);
      const canada = liveInCanada(s.live, s.input.homeState);
      const crisis = s.crisis ? crisisReplies(s.flow, s.crisis, lang, canada) : [];
      const replies = [...crisis, ...(confirm ? [confirm] : [])];
      return noSessionOutput(replies, 'opt_out_line', 'opt_out', s.before);
    },
    withoutSession: (s) => {
      const crisis = findCrisis(s.text, s.keywords);
      const confirm = keywordText(s.entry, 'opt_out', s.lang);
      const replies = [...(crisis ? crisisReplies(s.entry, crisis, s.lang) : []), ...(confirm ? [confirm] : [])];
      return noSessionOutput(replies, 'opt_out_line', 'opt_out', '');
    },
  },
  {
    // Danger first, and no question after it: the conversation waits until the person goes on.
    stage: 'flow',
    name: 'crisis',
    urgent: true,
    matches: (text, keywords) => findCrisis(text, keywords) !== undefined,
    step: (s) => {
      if (!s.crisis) return undefined;
      // "im not gonna hurt myself, i just need meetings" after a crisis reply: the check-in (911 and 988 first,
      // then MEETINGS), not the same reply again. Any other danger, or one not turned down, gets the reply.
      const checkIn = s.session?.paused === 'crisis' && deniesSelfHarm(s.crisis, s.text);
      const live = quietKnowing(s, s.safeLang());
      const check = checkIn
        ? keywordTextFor(s.flow, 'check_in', s.safeLang(), liveInCanada(live, s.input.homeState))
        : undefined;
      return finish(live, s.before, check ? 'check_in' : 'crisis', {
        first: check ? [check] : crisisWithGroups(s, s.crisis, live, s.safeLang()),
        paused: 'crisis',
        ...(check ? { checkedIn: true as const } : {}),
      });
    },
    withoutSession: (s) => {
      const crisis = findCrisis(s.text, s.keywords);
      return noSessionOutput(crisis ? crisisReplies(s.entry, crisis, s.lang) : [], 'none', 'crisis', '');
    },
  },
  {
    stage: 'flow',
    name: 'erase',
    step: (s) => {
      if (!keywordMatches(s.keywords.erase, s.text) && !asksFor(s, 'erase')) return undefined;
      const confirm = keywordText(s.flow, 'erase', s.textLang);
      return noSessionOutput(confirm ? [confirm] : [], 'erase', 'erase', s.before);
    },
  },
  {
    stage: 'flow',
    name: 'person',
    urgent: true,
    matches: (text, keywords) => askedForPerson(keywords, text) !== undefined,
    step: (s) => {
      // The understanding's words for it too ("is there anyone i can talk to", "are you ai"), said alone.
      // Not a word the question at hand lists: "person" at "How would you like to meet? 1 In person".
      const forPerson =
        askedForPerson(s.keywords, s.text) ??
        (asksFor(s, 'talk_to_person') && !answersQuestionAtHand(s) ? {} : undefined);
      // "do i need to talk" asks what a meeting is like (the first_meeting list holds it), not for someone to talk to.
      if (!forPerson || aboutMeetingsPeople(textWords(s.text)) || isWholeWord(s.text, s.keywords.first_meeting?.words))
        return undefined;
      const asked = personLanguage(s.flow, forPerson, s.safeLang());
      const reply =
        keywordTextFor(s.flow, 'person', asked, liveInCanada(s.live, s.input.homeState)) ?? LAST_RESORT_PERSON;
      // As someone's very first text ("can i talk to a real person"): the welcome first, as every first reply has it,
      // so they learn what the line is and how to stop (the twenty-fifth session's probe: no name, no STOP).
      const welcome = !s.live && !s.session ? welcomeOf(fresh(s, asked), s.entry) : undefined;
      return finish(quiet(s, asked), s.before, 'person', { first: welcomedReply(welcome, reply), paused: 'person' });
    },
    withoutSession: (s) =>
      noSessionOutput([keywordText(s.entry, 'person', s.lang) ?? LAST_RESORT_PERSON], 'none', 'person', ''),
  },
  {
    // After a crisis reply or a request for a person the questions wait (src/engine/pausedStep.ts).
    stage: 'flow',
    name: 'paused',
    step: (s) => {
      if (s.live && !s.session?.paused) return meetingsWithoutPause(s, s.live);
      if (!s.live || !s.session?.paused) return undefined;
      // What the text tells: after a request for a person "amarillo tx" goes on; with the check-in, it is kept. A
      // town in several states is the one in the texter's number's state, as in any other text ("littlefield": TX).
      const learned = () =>
        readText(s.scope, s.flow, s.text, s.textLang, s.input.homeState, stateSearched(s.live) ?? s.endedState)
          ?.learned;
      return stepPaused(s.live, s.session, s.text, s.now, s.before, learned);
    },
  },
  {
    // A first text in another language ("ayuda", "hola") is a person asking for help: welcome them in it.
    // One that says more ("hola, mi esposo toma mucho") is read like any first text, in that language,
    // so the questions it answered are not asked.
    stage: 'flow',
    name: 'start_language',
    step: (s) => {
      const words = Object.values(s.entry.flow.start_language ?? {});
      if (s.live || !words.some((w) => containsAnyWord(s.text, w))) return undefined;
      // AYUDA alone is HELP, said in Spanish: the help text stands in for the welcome, in Spanish.
      if (keywordMatches(s.keywords.help, s.text)) return undefined;
      if (saysMoreThanHello(s)) return undefined;
      return finish(fresh(s), s.before, s.flowChanged ? 'flow_changed' : 'start', { prefix: s.apology });
    },
  },
  {
    stage: 'flow',
    name: 'help',
    urgent: true,
    matches: (text, keywords) => keywordMatches(keywords.help, text),
    step: (s) =>
      (keywordMatches(s.keywords.help, s.text) || asksFor(s, 'help')) && !answersQuestionAtHand(s)
        ? machineKeyword(s, 'help', 'help')
        : undefined,
    withoutSession: (s) => {
      const help = keywordText(s.entry, 'help', s.lang);
      return noSessionOutput(help ? [help] : [], 'none', 'help', '');
    },
  },
  {
    stage: 'flow',
    name: 'restart',
    step: (s) => {
      if (!keywordMatches(s.keywords.restart, s.text) && !asksFor(s, 'restart')) return undefined;
      if (!s.live) return finish(fresh(s), s.before, 'restart', { prefix: s.apology });
      send(s.live, { type: 'KEYWORD', name: 'restart', now: s.now });
      return finish(s.live, s.before, 'restart');
    },
  },
  {
    stage: 'flow',
    name: 'switch_language',
    step: (s) => {
      const switchTo = languageOfWords(s.flow.flow.switch_language, s.text, true);
      if (!switchTo || !s.flow.flow.languages.includes(switchTo)) return undefined;
      // "espanol" at a list, in a conversation already in Spanish, asks for meetings held in Spanish: the answer's.
      const context = s.live?.snapshot.context as ConversationContext | undefined;
      if (context?.lang === switchTo && context.search !== undefined) return undefined;
      if (!s.live) {
        const apology = s.apology && keywordText(s.entry, 'flow_changed', switchTo);
        return finish(fresh(s, switchTo), s.before, 'language', { prefix: apology });
      }
      send(s.live, { type: 'SET_LANG', lang: switchTo });
      // "spanish?" at a list in English: the meetings held in Spanish too, not the English ones again with the word
      // to text for them (the fourteenth session's results probe); "english" after it, all meetings again.
      if (context?.search !== undefined) {
        const wants = wantsForLanguage(String(context.vars.wants ?? ''), switchTo);
        if (wants !== (context.vars.wants ?? ''))
          send(s.live, { type: 'LEARN', vars: { wants }, now: s.now, text: s.text });
      }
      searchAgainIn(s.live, s.now);
      return finish(s.live, s.before, 'language');
    },
  },
  {
    // "is it open?", "a que hora es", "where is it" right after a meeting's details: that meeting's own listing
    // answers (src/engine/shownMeeting.ts), before the flow's keywords give the general answer ("open or closed")
    // and before the results read "open" or "tonight" as a wish for other meetings.
    stage: 'flow',
    name: 'shown_meeting',
    step: (s) => {
      // "what do i say when i get there" is what a first meeting is like (its list holds the whole text), not when
      // the meeting shown starts (the nineteenth session's probe).
      if (isWholeWord(s.text, s.keywords.first_meeting?.words)) return undefined;
      const answer = s.live && shownMeetingAnswer(s.live, s.scope.directory, s.text, s.now);
      if (!s.live || !answer) return undefined;
      send(s.live, { type: 'KEYWORD', name: answer.name, now: s.now, vars: answer.vars });
      return finish(s.live, s.before, `keyword:${answer.name}`);
    },
  },
  {
    // The flow's own keywords (MEETINGS, MORE...), in the order the flow lists them.
    stage: 'flow',
    name: 'flow_keyword',
    step: (s) => {
      // The first keyword that takes the text (keywordMatches on each in turn), found for all of them at once.
      const found = ownKeywordOf(s.keywords, s.text);
      if (!found) return undefined;
      const [said, keyword] = found;
      // "whats the number" in a conversation about gambling: the gambling helpline's text (concernKeywords.ts).
      const name = keywordForConcern(s.keywords, said, conversationVars(s));
      // "como llego al 2", "como llego a la reunion 3" at a list: that meeting's details (read_answer), with its
      // address and map, not the word that no bus directions are given (probe 42: every such text got it).
      if (name === 'directions' && s.live && pointsAtListedMeeting(s.live, s.text)) return undefined;
      // "my husband drinks, im in amarillo, can i bring my kids?" as a first text: the ordinary start, which says the
      // keyword's line beside what it understood and goes on (firstTextKeyword.ts), not the line and a question alone.
      // Read once, and only where one of the two checks below needs it: most keywords are whole words ("MORE").
      const asked = s.live && !keyword.goto && atAskedQuestion(s) ? s.live : undefined;
      const first = beforeAnySearch(s);
      const read = first || asked ? readText(s.scope, s.flow, s.text, s.textLang) : undefined;
      if (first && answeredBesideAnswers(keyword, read?.learned)) return undefined;
      // "is there a number i can call in" at "How would you like to meet?": a side question's words ("is there a
      // number i can call", the helpline) inside an answer to the question at hand (by phone) are that answer (the
      // twenty-sixth session's probe got the helpline and the question again).
      if (asked && answerRunsPastKeyword(s.text, keyword, answersAt(asked, read))) return undefined;
      s.trace.keyword = `keyword:${name}`;
      // A question after a conversation ended ("whats the number?", "is it religious?") is answered, and that is
      // all: the texter has their results, and a new conversation's first question would be a wasted text.
      const answerOnly = s.endedLang !== undefined && !keyword.goto && keywordText(s.flow, name, s.textLang);
      if (answerOnly) return noSessionOutput([answerOnly], 'none', `keyword:${name}`, s.before, s.session);
      // "ok bye" after the goodbye ("thanks", then "bye") or after a page that ended (online links): the goodbye, and
      // the ended conversation is kept as it was. Started afresh, it ended with nothing known, and "send the list
      // again" then got "Who is the help for?" (the twenty-eighth session's second probe).
      const { goto } = keyword;
      const endsAgain = goto !== undefined && s.endedLang !== undefined && s.flow.flow.nodes[goto]?.end === true;
      const again = endsAgain ? nodeText(s.flow, goto, s.textLang) : undefined;
      if (again) return noSessionOutput([again], 'none', `keyword:${name}`, s.before, s.session);
      return machineKeyword(s, name, `keyword:${name}`);
    },
  },
];

/** What the conversation knows: the one going on, else the stored one (ended: a question asked after its goodbye). */
function conversationVars(s: FlowScene): FlowVars | undefined {
  const snapshot = (s.live?.snapshot ?? s.session?.snapshot) as { context?: { vars?: FlowVars } } | undefined;
  return snapshot?.context?.vars;
}

/** The answer when no stored state can be read and no rule takes the text: the flow's "having trouble". */
export function troubleWithoutSession(scope: EngineScope, text: string): StepOutput {
  return noSessionOutput([troubleText(scope, undefined, text)], 'none', 'unavailable', '');
}

/** The wish for meetings held in a language, by the language switched to at a list. */
const LANGUAGE_WANTS: Readonly<Record<string, string>> = { es: 'spanish' };

/** The wishes for meetings (`wants`, comma-separated) once the conversation switches to `lang`: its own language's. */
function wantsForLanguage(wants: string, lang: string): string {
  const others = new Set(Object.values(LANGUAGE_WANTS));
  const kept = wants.split(',').filter((w) => w && !others.has(w));
  const own = LANGUAGE_WANTS[lang];
  return (own ? [...kept, own] : kept).join(',');
}

/**
 * Self-harm turned down outright, by the texter, at the start: "im not gonna hurt myself", "i'm not suicidal", "i
 * won't kill myself". Only so: "no, i want to kill myself" and "im not sure i wont kill myself" are danger said again.
 */
const SELF_HARM_DENIED =
  /^\W*(?:(?:ok|okay|no|nah|relax|lol)\W+)?(?:(?:i'?m|i am|i) (?:not|never) (?:gonna |going to |ever |trying to )?|i (?:won'?t|will not) )(?:hurt|kill|harm) myself\b|^\W*(?:i'?m|i am) not suicidal\b/i;

/** Whether a danger read is self-harm alone, turned down ("im not gonna hurt myself, i need meetings"). */
function deniesSelfHarm(finding: CrisisFinding, text: string): boolean {
  return finding.kinds.length === 1 && finding.kinds[0] === 'suicide' && SELF_HARM_DENIED.test(text);
}
