import { stateSearched } from './homeStateTown';
import { listAfterGoodbye } from './listAfterGoodbye';
import { findCrisis, type CrisisFinding } from '../flow/crisisCheck';
import type { FlowKeyword } from '../flow/flowSchema';
import type { EngineScope } from './engineScope';
import type { CompiledFlow } from './flowCompiler';
import { homeOf, langOf, nodeOf, restoreLive, send, startLive, type Live } from './liveConversation';
import {
  conversationLanguage,
  defaultLanguage,
  detectLanguage,
  langOfSnapshot,
  languageWritten,
  nodeOfSnapshot,
  safetyLanguage,
} from './stepLanguage';
import type { StepTrace } from './stepTrace';
import { keywordText } from './stepOutput';
import type { Learned } from './learnFromText';
import type { Session, StepInput } from './types';
import { languageByReading, readText } from './understandStep';

/** A text as the rules that need no flow see it (opted out, the carrier's words, no flow loaded). */
export interface TextScene {
  scope: EngineScope;
  input: StepInput;
  text: string;
  now: Date;
  session: Session | undefined;
  /** The node the person was at before this text ('' for none). */
  before: string;
  trace: StepTrace;
}

/** A text with the conversation it arrives in, for the rules that read the flow. */
export interface FlowScene extends TextScene {
  /** The live flow version's entry flow (what new conversations start on). */
  entry: CompiledFlow;
  /** The conversation going on, if any (an ended one is not). */
  live: Live | undefined;
  /** The flow whose keywords apply: the conversation's own version, else the entry flow. */
  flow: CompiledFlow;
  keywords: Record<string, FlowKeyword>;
  /** The stored conversation's flow is gone and its node too: it starts again with an apology. */
  flowChanged: boolean;
  /** The language of a conversation that had reached its end, when this text follows one. */
  endedLang: string | undefined;
  /** The state of the place that ended conversation searched, when it had one ("what about columbus" after it). */
  endedState?: string;
  /** The language to answer in. */
  textLang: string;
  /** The language to answer danger or a request for a person in (a first text's own), worked out when asked. */
  safeLang: () => string;
  /** The "flow changed" apology in the text's language, when it applies. */
  apology: string | undefined;
  /** What the crisis detector found in the text, if anything. */
  crisis: CrisisFinding | undefined;
}

/**
 * The conversation going on, or a new one in `lang` (default: the text's language) that already
 * holds what the text said: a first text answered with the crisis reply ("my husband drinks and
 * hits me") still told who and what, so MEETINGS goes on to the first question left open. A
 * text that told enough to run a search searches (its results are silenced with the rest of the
 * step), and MEETINGS then searches again (pausedStep.ts), so nothing it told is asked again.
 */
export function fresh(s: FlowScene, lang: string = s.textLang): Live {
  if (s.live) return s.live;
  const learned = readText(s.scope, s.entry, s.text, lang, s.input.homeState)?.learned;
  const start = { lang, now: s.now, ...homeOf(s.input) };
  const live = startLive(s.entry, { ...start, ...(learned?.filled.length ? { learned } : {}) });
  // A first text that told enough to reach a page that ends the conversation would end a crisis reply's pause with
  // it (see quietKnowing): it starts at the first question instead, the pause kept.
  return hasEnded(live) ? startLive(s.entry, start) : live;
}

/** Whether a conversation stands at a page that ends it (`end: true`) or has stopped: the next text starts anew. */
function hasEnded(live: Live): boolean {
  return live.snapshot.status !== 'active' || live.compiled.flow.nodes[nodeOf(live) ?? '']?.end === true;
}

/**
 * As `quiet`, for a crisis text said in a conversation going on: what it told is kept ("my husband gets violent when
 * he drinks" at "who is the help for?": for the husband, about alcohol), so MEETINGS goes on to the first question
 * still open, as it does after a first text answered with the crisis reply (`fresh`). Nothing is said this step.
 */
export function quietKnowing(s: FlowScene, lang?: string): Live {
  if (s.live && s.session?.paused === undefined) {
    const told = readText(s.scope, s.live.compiled, s.text, langOf(s.live), s.input.homeState)?.learned;
    const learned = told && withoutTimes(told);
    if (learned?.filled.length) {
      const before = s.live.snapshot;
      const { vars, place, pendingTown } = learned;
      send(s.live, { type: 'LEARN', vars, ...(place ? { place } : {}), pendingTown, now: s.now, text: s.text });
      // Told enough to reach a page that ends the conversation ("online but im thinking about suicide" at the how
      // question): that would end the pause too, and "ok" would get a goodbye, not the check-in (the nineteenth
      // session's probe). The pause matters more than the answer, which MEETINGS asks again.
      if (hasEnded(s.live)) s.live.snapshot = before;
    }
  }
  return quiet(s, lang);
}

/** The variables of when to meet (not heardWords.TIME_SLOTS, the heard phrases), which a crisis text never sets. */
const MEETING_TIME_VARS = new Set(['when', 'part', 'clock']);

/**
 * What a crisis text told, but when to meet: its time words are the danger's ("i dont want to wake up tomorrow",
 * "i want to die tonight"), not a wish (the thirty-third session's probe: MEETINGS then listed "Meetings tomorrow").
 */
function withoutTimes(learned: Learned): Learned {
  if (!learned.filled.some((slot) => MEETING_TIME_VARS.has(slot))) return learned;
  const vars = Object.fromEntries(Object.entries(learned.vars).filter(([key]) => !MEETING_TIME_VARS.has(key)));
  return { ...learned, vars, filled: learned.filled.filter((slot) => !MEETING_TIME_VARS.has(slot)) };
}

/**
 * The conversation with nothing to say this step: the questions wait. Given a language other than a conversation's
 * own, the conversation goes on in it (the check-in after a crisis reply in Spanish is in Spanish).
 */
export function quiet(s: FlowScene, lang?: string): Live {
  const convo = fresh(s, lang);
  if (s.live && lang && lang !== langOf(s.live)) send(convo, { type: 'SET_LANG', lang });
  send(convo, { type: 'FLUSH' });
  return convo;
}

/** A text as the rules that need no flow see it. */
export function textScene(scope: EngineScope, input: StepInput, trace: StepTrace): TextScene {
  const before = input.session ? (nodeOfSnapshot(input.session.snapshot) ?? '') : '';
  return { scope, input, text: input.text, now: input.now, session: input.session, before, trace };
}

/** The language a conversation goes on in after this text: its own, or Spanish when the text plainly is. */
function languageGoingOn(scope: EngineScope, live: Live, text: string): string {
  const lang = langOf(live);
  const townIn = (t: string) => readText(scope, live.compiled, t, lang)?.reading.understood.place?.town ?? undefined;
  return conversationLanguage(live.compiled, text, lang, townIn);
}

/** The town a first text names, read in the line's own language ("Española NM"), if any. */
function townNamed(scope: EngineScope, entry: CompiledFlow, text: string): string | undefined {
  return readText(scope, entry, text, defaultLanguage(scope, entry))?.reading.understood.place?.town ?? undefined;
}

/** Restores the conversation and decides its language: everything the flow's rules look at. */
export function flowScene(base: TextScene): FlowScene {
  const { scope, session, text, now } = base;
  const entry = scope.compiled(scope.flows.entry());
  let live = session ? restoreLive(scope, session, entry) : undefined;
  const flowChanged = session !== undefined && live === undefined;
  // A conversation that reached an end is over: whatever comes next starts a new one, in the same language.
  let endedLang: string | undefined;
  let endedState: string | undefined;
  // "wait whats the address of #2" or "more" right after the goodbye at a list: that list, reopened.
  const reopened =
    live && session && hasEnded(live) ? listAfterGoodbye(live, session, text, scope.directory) : undefined;
  if (reopened) live = reopened;
  else if (live && hasEnded(live)) {
    endedLang = langOf(live);
    endedState = stateSearched(live);
    live = undefined;
  }
  const flow = live?.compiled ?? entry;
  const textLang = live
    ? languageGoingOn(scope, live, text)
    : (detectLanguage(entry, text, townNamed(scope, entry, text)) ??
      languageByReading(scope, entry, text) ??
      endedLang ??
      (flowChanged ? langOfSnapshot(session?.snapshot) : undefined) ??
      defaultLanguage(scope, entry));
  if (live && textLang !== langOf(live)) {
    // Written plainly in another language: the conversation goes on in it, with no question asked again.
    send(live, { type: 'SET_LANG', lang: textLang });
    send(live, { type: 'FLUSH' });
  }
  // Worked out only for danger or a request for a person: telling a text's language reads it against every
  // keyword of the flow, and most texts are neither.
  let safeLang: string | undefined;
  const scene: FlowScene = {
    ...(endedState ? { endedState } : {}),
    scope,
    input: base.input,
    text,
    now,
    session,
    before: base.before,
    trace: base.trace,
    entry,
    live,
    flow,
    keywords: flow.flow.keywords,
    flowChanged,
    endedLang,
    textLang,
    // Danger, or a request for a person, is answered in the language it was written in: a first text's, or
    // one plainly in another of the flow's languages in a conversation.
    // A function, not a getter: an object literal with an accessor is built and read on V8's slow path, and every
    // rule of the keyword table reads this scene.
    safeLang: () =>
      (safeLang ??=
        live || endedLang || flowChanged ? languageWritten(flow, text, textLang) : safetyLanguage(scope, entry, text)),
    apology: flowChanged ? keywordText(entry, 'flow_changed', textLang) : undefined,
    crisis: findCrisis(text, flow.flow.keywords),
  };
  return scene;
}
