import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MeetingDirectory } from '../directory/types';
import { compileFlow, type CompiledFlow, type FlowContext, type FlowEvent } from './flowCompiler';
import type { FlowKeyword, FlowWords } from '../flow/flowSchema';
import { KEPT_FLOW_VERSIONS, type FlowSource, type LoadedFlow } from '../flow/loadedFlow';
import type { ActionRegistry } from './actionRegistry';
import { containsAnyWord, isWholeWord, menuNumber, normalizeText } from '../text/answerMatch';
import { isCarrierOptIn, isCarrierOptOut } from '../text/carrierWords';
import { looksSpanish } from '../text/languageHint';
import { personRequest } from '../text/personRequest';
import { findCrisis, type CrisisFinding } from '../flow/crisisCheck';
import {
  LAST_RESORT_CHECK_IN,
  LAST_RESORT_CRISIS,
  LAST_RESORT_PERSON,
  LAST_RESORT_TROUBLE,
  LAST_RESORT_VOICE,
} from './lastResortReplies';
import type { MeetingFormatter } from './meetingFormatter';
import { sharedActorScope } from './sharedActorScope';
import { MAX_SMS_BODY_CHARS } from '../sms/smsLimits';
import type { ConversationEngine, OptOutReplies, Session, StepEffect, StepInput, StepOutput } from './types';
import { flowLexicon } from '../understand/flowLexicon';
import { readMessage, type Reading } from '../understand/understand';
import { learnFromText, type Learned } from './learnFromText';
import { understoodSummary } from './understoodSummary';

/** What the engine runs on: flows (swapped on reload) and the meeting directory (swapped on refresh). */
export interface EngineDeps {
  flows: FlowSource;
  directory: () => MeetingDirectory;
  /** Defaults to the built-in actions (find_meetings, more_meetings). */
  actions?: ActionRegistry;
  /** How meeting and program lines are written; defaults to the directory's formatter. */
  format?: MeetingFormatter;
  /** The language a new conversation starts in when its first text names none (default: the flow's first). */
  defaultLang?: string;
  /** OPT_OUT_REPLIES: `twilio` (default) leaves STOP and START confirmations to Twilio, `line` sends the flow's. */
  optOutReplies?: OptOutReplies;
}

/** SMS bodies Twilio accepts: longer replies are cut (flows are checked to stay far below). */
export const MAX_REPLY_CHARS = MAX_SMS_BODY_CHARS;

/** How many compiled flow versions to keep: the live one and those people are still part-way through. */
const COMPILED_CACHE_SIZE = KEPT_FLOW_VERSIONS;

/** Keyword names the engine handles itself; any other keyword with words is sent to the machine. */
const ENGINE_KEYWORDS = new Set([
  'crisis',
  'crisis_overdose',
  'crisis_suicide',
  'check_in',
  'resume',
  'person',
  'erase',
  'opt_out',
  'stopped',
  'started',
  'rate_limited',
  'unavailable',
  'flow_changed',
  'voice',
  'thanks',
]);

/** Keywords answered even over the rate limit (crisis words and the carrier's words are checked apart). */
const URGENT_KEYWORDS = ['opt_out', 'help'] as const;

/** The keywords of no flow: the crisis detector's core list alone. */
const NO_KEYWORDS: Record<string, FlowKeyword> = {};

/** A text that is only a US ZIP code: someone going on with their search. */
const ZIP_ONLY = /^\s*\d{5}(-\d{4})?\s*$/;

/** A text that holds a US ZIP code ("ZIP is 79101"): someone who wants meetings near it. */
const HAS_ZIP = /(^|\D)\d{5}(-\d{4})?(\D|$)/;

/** What people narrow the results with; the results heading says these back itself. */
const REFINEMENTS = new Set(['when', 'part', 'wants', 'mode', 'programs', 'item', 'closer']);

/** A text that is only a menu number. */
const MENU_NUMBER = /^\s*#?\d{1,2}[.)]?\s*$/;

/** Answers that decide the path through the flow: changing one goes back to its question. */
const CORRECTABLE = ['audience', 'concern', 'medication', 'teen', 'mode'];

/** A conversation for the length of one step: its flow and where it stands. */
interface Live {
  compiled: CompiledFlow;
  snapshot: AnyMachineSnapshot;
}

/** Flow machines build their context from `{ lang, now }`, so the shared scope's idle actor gets one. */
const IDLE_ACTOR_INPUT = { lang: '', now: new Date(0) };

function scopeFor(machine: AnyStateMachine): AnyActorScope {
  return sharedActorScope(machine, IDLE_ACTOR_INPUT);
}

/**
 * A request for a person, by the core rule (src/text/personRequest.ts) or the words staff added
 * under `person`; with the language it was asked in, when known.
 */
function askedForPerson(keywords: Record<string, FlowKeyword>, text: string): { lang?: string } | undefined {
  const found = personRequest(text);
  if (found) return found;
  const person = keywords.person;
  if (!keywordMatches(person, text)) return undefined;
  return { lang: languageOfWords(person?.words, text, true) ?? languageOfWords(person?.contains, text, false) };
}

function keywordMatches(keyword: FlowKeyword | undefined, text: string): boolean {
  if (!keyword) return false;
  return isWholeWord(text, keyword.words) || containsAnyWord(text, keyword.contains);
}

/** The language whose word list the text matched, when the list is written per language. */
function languageOfWords(words: FlowWords | undefined, text: string, whole: boolean): string | undefined {
  if (!words || Array.isArray(words)) return undefined;
  for (const [lang, list] of Object.entries(words)) {
    if (whole ? isWholeWord(text, list) : containsAnyWord(text, list)) return lang;
  }
  return undefined;
}

function cap(text: string): string {
  return text.length <= MAX_REPLY_CHARS ? text : text.slice(0, MAX_REPLY_CHARS);
}

function langOfSnapshot(snapshot: unknown): string | undefined {
  const lang = (snapshot as { context?: { lang?: unknown } } | null)?.context?.lang;
  return typeof lang === 'string' ? lang : undefined;
}

function nodeOfSnapshot(snapshot: unknown): string | undefined {
  const value = (snapshot as { value?: unknown } | null)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Builds the conversation engine: pure (no I/O, no clock), driven by the loaded flows. Compiled
 * machines are cached by flow id and version so people keep the version they started on.
 */
export function createEngine(deps: EngineDeps): ConversationEngine {
  const cache = new Map<string, CompiledFlow>();
  const optOutReplies: OptOutReplies = deps.optOutReplies ?? 'twilio';

  function compiled(loaded: LoadedFlow): CompiledFlow {
    const key = `${loaded.id}@${loaded.version}`;
    const hit = cache.get(key);
    if (hit) {
      // Refresh its place so the versions in use stay in the cache.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const made = compileFlow(loaded, { directory: deps.directory, actions: deps.actions, format: deps.format });
    cache.set(key, made);
    if (cache.size > COMPILED_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    return made;
  }

  /** A stored snapshot brought back to life, or a new conversation's first snapshot. Throws when the machine fails. */
  function run(machine: AnyStateMachine, options: { snapshot?: unknown; lang: string; now: Date }): AnyMachineSnapshot {
    const input = { lang: options.lang, now: options.now };
    const scope = scopeFor(machine);
    if (options.snapshot !== undefined)
      return machine.restoreSnapshot!(options.snapshot as never, scope) as AnyMachineSnapshot;
    return machine.getInitialSnapshot(scope, input) as AnyMachineSnapshot;
  }

  function startLive(flow: CompiledFlow, lang: string, now: Date, learned?: Learned): Live {
    const machine = flow.machine;
    if (!learned?.filled.length) return { compiled: flow, snapshot: run(machine, { lang, now }) };
    const input = { lang, now, vars: learned.vars, place: learned.place };
    return { compiled: flow, snapshot: machine.getInitialSnapshot(scopeFor(machine), input) as AnyMachineSnapshot };
  }

  /**
   * The last readings, per language: a first text is read in every language to find its own,
   * then once more in the one chosen. Readings are only read, never changed, by the engine.
   */
  let lastReadings: { text: string; lexicon: unknown; places: unknown; byLang: Map<string, Reading> } | undefined;

  function readingOf(flow: CompiledFlow, text: string, lang: string): Reading {
    const lexicon = flowLexicon(flow.flow);
    const places = deps.directory();
    if (lastReadings?.text !== text || lastReadings.lexicon !== lexicon || lastReadings.places !== places)
      lastReadings = { text, lexicon, places, byLang: new Map() };
    let reading = lastReadings.byLang.get(lang);
    if (!reading) lastReadings.byLang.set(lang, (reading = readMessage(text, lang, lexicon, places)));
    return reading;
  }

  /** What the text says, when the flow has an `understand:` section (else undefined: menus and words only). */
  function readText(
    flow: CompiledFlow,
    text: string,
    lang: string,
  ): { reading: Reading; learned: Learned } | undefined {
    const section = flow.flow.understand;
    // A menu number ("2", "#2.") says nothing more than the question's own routes read: skip the work.
    if (!section || MENU_NUMBER.test(text)) return undefined;
    const reading = readingOf(flow, text, lang);
    return { reading, learned: learnFromText(reading, deps.directory()) };
  }

  /**
   * For a text that starts a conversation and names no language: the flow language whose words it
   * matches best ("mi hijo fuma cristal" is Spanish), or undefined when none does better than the first.
   */
  function languageByReading(flow: CompiledFlow, text: string): string | undefined {
    if (!flow.flow.understand || MENU_NUMBER.test(text)) return undefined;
    let best: string | undefined;
    let bestScore = 0;
    for (const lang of flow.flow.languages) {
      const heard = readingOf(flow, text, lang).heard;
      const score = heard.filter((h) => !h.negated).length;
      if (score > bestScore) [best, bestScore] = [lang, score];
    }
    return best === defaultLanguage(flow) ? undefined : best;
  }

  /** The variables a node's question sets (and `place` for a place question): what answering it means. */
  function slotsAsked(flow: CompiledFlow, node: string | undefined): Set<string> {
    const slots = new Set<string>();
    for (const route of flow.flow.nodes[node ?? '']?.routes ?? []) {
      for (const key of Object.keys(route.set ?? {})) slots.add(key);
      if (route.location) slots.add('place');
    }
    return slots;
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
   * The question to go back to when a text changes an answer given earlier (audience, concern,
   * medication, teen, mode): the first question of the flow that sets it. Undefined when nothing
   * changed, or the question at hand is that one.
   */
  function correctedQuestion(live: Live, learned: Learned, node: string | undefined): string | undefined {
    const before = (live.snapshot.context as FlowContext).vars;
    const changed = CORRECTABLE.filter(
      (k) => learned.vars[k] !== undefined && before[k] !== undefined && String(before[k]) !== String(learned.vars[k]),
    );
    if (!changed.length) return undefined;
    const nodes = live.compiled.flow.nodes;
    for (const [name, n] of Object.entries(nodes)) {
      if (n.ask === undefined || !n.routes?.some((r) => changed.some((k) => r.set?.[k] !== undefined))) continue;
      return name === node ? undefined : name;
    }
    return undefined;
  }

  /** What a text told that the conversation did not already hold: repeating a known answer is no news. */
  function onlyNew(live: Live, learned: Learned): Learned {
    const context = live.snapshot.context as FlowContext;
    const known = context.vars;
    const vars: Learned['vars'] = {};
    for (const [k, v] of Object.entries(learned.vars)) {
      // What a program implies never overrides an answer given ("just NA" at the results keeps "not sure").
      if (learned.inferred.includes(k) && known[k] !== undefined) continue;
      if (String(known[k]) !== String(v)) vars[k] = v;
    }
    if ('relation' in vars && learned.vars.audience !== undefined) vars.audience = learned.vars.audience;
    const place = learned.place && learned.place.label !== context.place?.label ? learned.place : undefined;
    const filled = learned.filled.filter((slot) => (slot === 'place' ? place !== undefined : slot in vars));
    return Object.assign({}, learned, { vars, place, filled });
  }

  /** "Got it: ..." when a text said more than the answer to the question at hand. */
  function summaryFor(
    flow: CompiledFlow,
    learned: Learned,
    lang: string,
    node: string | undefined,
  ): string | undefined {
    // At the results the heading already says what a refinement shows ("Meetings in Spanish").
    const atResults = flow.flow.nodes[node ?? '']?.routes?.some((r) => r.any || r.understood);
    if (atResults && learned.filled.every((slot) => REFINEMENTS.has(slot))) return undefined;
    const asked = slotsAsked(flow, node);
    if (!learned.filled.some((slot) => !asked.has(slot) && slot !== 'item')) return undefined;
    return understoodSummary(learned, flow.flow.understand, flow, lang, deps.directory());
  }

  /** Restores a stored conversation, on its own version or on the entry flow if its node still exists there. */
  function restore(session: Session, entry: CompiledFlow, now: Date): Live | undefined {
    const node = nodeOfSnapshot(session.snapshot);
    if (!node) return undefined;
    const own = deps.flows.get(session.flowId, session.flowVersion);
    let flow: CompiledFlow | undefined;
    if (own) {
      try {
        flow = compiled(own);
      } catch {
        flow = undefined;
      }
    }
    if (!flow || !flow.hasNode(node)) flow = entry.hasNode(node) ? entry : undefined;
    if (!flow) return undefined;
    try {
      const snapshot = run(flow.machine, {
        snapshot: session.snapshot,
        lang: langOfSnapshot(session.snapshot) ?? flow.defaultLang,
        now,
      });
      if (snapshot.status !== 'active') return undefined;
      return { compiled: flow, snapshot };
    } catch {
      return undefined;
    }
  }

  function outbox(live: Live): string[] {
    return ((live.snapshot.context as FlowContext).outbox ?? []).filter((t) => t.trim().length > 0);
  }

  /** Moves the conversation on by one event; an error inside the machine throws (step answers safely). */
  function send(live: Live, event: FlowEvent): void {
    // As a running actor does, a conversation that is no longer active ignores events.
    if (live.snapshot.status !== 'active') return;
    live.snapshot = live.compiled.machine.transition(
      live.snapshot,
      event,
      scopeFor(live.compiled.machine),
    ) as AnyMachineSnapshot;
    if (live.snapshot.status === 'error') throw new Error('flow machine failed');
  }

  function lang(live: Live): string {
    return (live.snapshot.context as FlowContext).lang;
  }

  /** Ends a step: gathers the replies, empties the outbox and returns what to store. */
  function finish(
    live: Live,
    before: string,
    kind: string,
    firstReplies: string[] = [],
    prefix?: string,
    paused?: Session['paused'],
    /**
     * `afterFirst`: a line put after the first one (the "Got it" after the welcome); `dropFirst`: the welcome
     * left out.
     */
    extra: { afterFirst?: string; dropFirst?: boolean } = {},
  ): StepOutput {
    const said = outbox(live);
    if (extra.dropFirst) said.shift();
    if (extra.afterFirst) said.splice(Math.min(1, said.length), 0, extra.afterFirst);
    if (prefix) said.unshift(prefix);
    // Stored with an empty outbox: what the machine's FLUSH does, without a whole macrostep per text.
    const persisted = live.compiled.machine.getPersistedSnapshot(live.snapshot) as unknown as { context: FlowContext };
    // Not deep-copied: assign() never changes a context in place, this snapshot is dropped after
    // the step, and every store keeps the session as JSON text.
    // Object.assign, not spreads: a literal with a spread and more keys takes V8's slow path on Node 20.
    const snapshot = Object.assign({}, persisted, { context: Object.assign({}, persisted.context, { outbox: [] }) });
    const after = nodeOfSnapshot(live.snapshot) ?? '';
    const replies = [...firstReplies, ...(said.length ? [said.join('\n')] : [])].map(cap);
    return {
      replies,
      session: {
        flowId: live.compiled.id,
        flowVersion: live.compiled.version,
        snapshot,
        ...(paused ? { paused } : {}),
      },
      effect: 'none',
      stateBefore: before,
      stateAfter: after,
      kind,
    };
  }

  function noSessionOutput(
    replies: string[],
    effect: StepEffect,
    kind: string,
    before: string,
    keep?: Session,
  ): StepOutput {
    return {
      replies: replies.map(cap),
      session: keep,
      effect,
      stateBefore: before,
      stateAfter: keep ? before : '',
      kind,
    };
  }

  function keywordText(flow: CompiledFlow, name: string, lang: string): string | undefined {
    const say = flow.flow.keywords[name]?.say;
    if (say === undefined) return undefined;
    const text = flow.render(say, lang);
    return text ? cap(text) : undefined;
  }

  /** The language a text itself points to: a start word, a switch word, or a keyword's language. */
  function detectLanguage(flow: CompiledFlow, text: string): string | undefined {
    const f = flow.flow;
    for (const [lang, words] of Object.entries(f.start_language ?? {})) {
      if (containsAnyWord(text, words)) return lang;
    }
    const switched = languageOfWords(f.switch_language, text, true);
    if (switched) return switched;
    for (const keyword of Object.values(f.keywords)) {
      const lang = languageOfWords(keyword.words, text, true) ?? languageOfWords(keyword.contains, text, false);
      if (lang && f.languages.includes(lang)) return lang;
    }
    return undefined;
  }

  /**
   * The language of a conversation nothing else decides: the host's choice if the flow has it, else the
   * flow's first.
   */
  function defaultLanguage(flow: CompiledFlow): string {
    return deps.defaultLang && flow.flow.languages.includes(deps.defaultLang) ? deps.defaultLang : flow.defaultLang;
  }

  /**
   * The language to answer danger or a request for a person in, outside a conversation: what the
   * text points to, else a Spanish-looking text in Spanish (when the flow has it), else the default.
   */
  function safetyLanguage(flow: CompiledFlow, text: string): string {
    const hinted = looksSpanish(text) && flow.flow.languages.includes('es') ? 'es' : undefined;
    return detectLanguage(flow, text) ?? hinted ?? defaultLanguage(flow);
  }

  /** The crisis reply: the first words for each danger found (overdose first), then the common part. */
  function crisisReplies(flow: CompiledFlow, finding: CrisisFinding, lang: string): string[] {
    const parts = [
      finding.kinds.includes('overdose') ? keywordText(flow, 'crisis_overdose', lang) : undefined,
      finding.kinds.includes('suicide') ? keywordText(flow, 'crisis_suicide', lang) : undefined,
      keywordText(flow, 'crisis', lang),
    ].filter((t): t is string => !!t);
    return [cap(parts.length ? parts.join('\n') : LAST_RESORT_CRISIS)];
  }

  /** Someone who opted out hears only danger answered, and the line's own confirmation when they come back. */
  function stepOptedOut(input: StepInput, before: string): StepOutput {
    const { text, session } = input;
    if (isCarrierOptIn(text)) {
      const ours = input.optOutBy === 'line' || optOutReplies === 'line';
      const confirm = ours ? entryText('started', session, text) : undefined;
      return noSessionOutput(confirm ? [confirm] : [], 'opt_in', 'opt_in', before, session);
    }
    if (deps.flows.isReady()) {
      const entry = compiled(deps.flows.entry());
      const finding = findCrisis(text, entry.flow.keywords);
      if (finding) {
        const replies = crisisReplies(entry, finding, languageFor(entry, session, text));
        return noSessionOutput(replies, 'none', 'crisis', before, session);
      }
    }
    return noSessionOutput([], 'none', 'opted_out', before, session);
  }

  /** A keyword text of the live flow in the person's language, or undefined when the flow has none. */
  function entryText(name: string, session: Session | undefined, text: string): string | undefined {
    if (!deps.flows.isReady()) return undefined;
    const entry = compiled(deps.flows.entry());
    return keywordText(entry, name, languageFor(entry, session, text));
  }

  /** The language to answer in outside a conversation's own steps: the stored one, else what the text points to. */
  function languageFor(flow: CompiledFlow, session: Session | undefined, text: string): string {
    const stored = langOfSnapshot(session?.snapshot);
    return stored && flow.flow.languages.includes(stored) ? stored : safetyLanguage(flow, text);
  }

  /** The carrier's STOP: silent when Twilio confirms it, else the flow's own confirmation. */
  function carrierStop(before: string, text: string): StepOutput {
    const confirm = optOutReplies === 'line' ? entryText('stopped', undefined, text) : undefined;
    return noSessionOutput(confirm ? [confirm] : [], 'opt_out', 'stop', before);
  }

  /**
   * A text while the questions wait after a crisis or a request for a person: one that clearly
   * goes on (the resume words, a menu number, a ZIP, a place where a place is asked) resumes;
   * HELP and a language switch are answered without resuming; anything else gets the check-in.
   * Returns undefined when the ordinary path should handle it (NEW, crisis and the like came first).
   */
  function stepPaused(live: Live, session: Session, input: StepInput, before: string): StepOutput | undefined {
    const { text, now } = input;
    const flow = live.compiled;
    const keywords = flow.flow.keywords;
    const paused = session.paused;
    if (keywordMatches(keywords.restart, text)) return undefined;
    if (keywordMatches(keywords.resume, text)) {
      send(live, { type: 'REASK' });
      return finish(live, before, 'resume');
    }
    if (keywordMatches(keywords.help, text)) {
      const help = keywordText(flow, 'help', lang(live));
      return finish(live, before, 'help', help ? [help] : [], undefined, paused);
    }
    const switchTo = languageOfWords(flow.flow.switch_language, text, true);
    if (switchTo && flow.flow.languages.includes(switchTo)) {
      send(live, { type: 'SET_LANG', lang: switchTo });
      send(live, { type: 'FLUSH' });
    } else if (clearlyGoesOn(live, text)) {
      send(live, { type: 'TEXT', text, now });
      return finish(live, before, 'resume');
    } else if (HAS_ZIP.test(text)) {
      // A ZIP where another question waits: they want meetings, so that question comes back first.
      send(live, { type: 'REASK' });
      return finish(live, before, 'resume');
    }
    const checkIn = keywordText(flow, 'check_in', lang(live)) ?? LAST_RESORT_CHECK_IN;
    return finish(live, before, 'check_in', [checkIn], undefined, paused);
  }

  /**
   * True when a text answers the waiting question beyond doubt: a menu number or a ZIP code it
   * understands, or a place of two words or more where a place is asked ("fine" is a town too).
   */
  function clearlyGoesOn(live: Live, text: string): boolean {
    const context = live.snapshot.context as FlowContext;
    if (!live.compiled.understands(context, text)) return false;
    if (menuNumber(text) !== undefined || ZIP_ONLY.test(text)) return true;
    const asksPlace = (live.compiled.flow.nodes[context.node]?.routes ?? []).some((r) => r.location !== undefined);
    return asksPlace && normalizeText(text).split(' ').length >= 2;
  }

  function stepUnsafe(input: StepInput): StepOutput {
    const { text, now, session } = input;
    const before = session ? (nodeOfSnapshot(session.snapshot) ?? '') : '';

    // Opted out: danger is still answered; otherwise only the opt-in words get through.
    if (input.optedOut) return stepOptedOut(input, before);
    if (isCarrierOptOut(text)) return carrierStop(before, text);
    if (!deps.flows.isReady()) {
      // No flow yet: danger is still answered, from the detector's core list and the built-in words.
      const danger = findCrisis(text, NO_KEYWORDS) ? [LAST_RESORT_CRISIS] : [];
      return noSessionOutput(danger, 'none', danger.length ? 'crisis' : 'not_ready', before, session);
    }

    const entry = compiled(deps.flows.entry());
    let live = session ? restore(session, entry, now) : undefined;
    const flowChanged = session !== undefined && live === undefined;
    // A conversation that reached an end is over: whatever comes next starts a new one, in the same language.
    let endedLang: string | undefined;
    if (live && live.compiled.flow.nodes[nodeOfSnapshot(live.snapshot) ?? '']?.end) {
      endedLang = lang(live);
      live = undefined;
    }
    const flow = live?.compiled ?? entry;
    const keywords = flow.flow.keywords;
    const textLang = live
      ? lang(live)
      : (detectLanguage(entry, text) ??
        languageByReading(entry, text) ??
        endedLang ??
        (flowChanged ? langOfSnapshot(session?.snapshot) : undefined) ??
        defaultLanguage(entry));
    const apology = flowChanged ? keywordText(entry, 'flow_changed', textLang) : undefined;
    const fresh = (l: string = textLang) => live ?? startLive(entry, l, now);
    /** The conversation with nothing to say this step: the questions wait. */
    const quiet = (l?: string) => {
      const convo = fresh(l);
      send(convo, { type: 'FLUSH' });
      return convo;
    };

    const crisis = findCrisis(text, keywords);
    // A first text in danger, or asking for a person, in Spanish is answered in Spanish.
    const safeLang = live || endedLang || flowChanged ? textLang : safetyLanguage(entry, text);
    if (keywordMatches(keywords.opt_out, text)) {
      // A plain-language opt-out that also holds crisis words still gets the crisis reply.
      const confirm = keywordText(flow, 'opt_out', textLang);
      const replies = [...(crisis ? crisisReplies(flow, crisis, textLang) : []), ...(confirm ? [confirm] : [])];
      return noSessionOutput(replies, 'opt_out_line', 'opt_out', before);
    }

    // Danger first, and no question after it: the conversation waits until the person goes on.
    if (crisis) {
      return finish(quiet(safeLang), before, 'crisis', crisisReplies(flow, crisis, safeLang), undefined, 'crisis');
    }

    if (keywordMatches(keywords.erase, text)) {
      const confirm = keywordText(flow, 'erase', textLang);
      return noSessionOutput(confirm ? [confirm] : [], 'erase', 'erase', before);
    }

    const forPerson = askedForPerson(keywords, text);
    if (forPerson) {
      // "puedo hablar con alguien" in an English conversation is answered in Spanish.
      const asked = forPerson.lang && flow.flow.languages.includes(forPerson.lang) ? forPerson.lang : safeLang;
      const reply = keywordText(flow, 'person', asked) ?? LAST_RESORT_PERSON;
      return finish(quiet(asked), before, 'person', [reply], undefined, 'person');
    }

    if (live && session?.paused) {
      const output = stepPaused(live, session, input, before);
      if (output) return output;
    }

    // A first text in another language ("ayuda", "hola") is a person asking for help: welcome them in it.
    if (!live && Object.values(entry.flow.start_language ?? {}).some((words) => containsAnyWord(text, words))) {
      return finish(fresh(), before, flowChanged ? 'flow_changed' : 'start', [], apology);
    }

    if (keywordMatches(keywords.help, text)) {
      const convo = fresh();
      // A new conversation gets the help text and the first question, not the welcome too.
      if (!live) send(convo, { type: 'FLUSH' });
      send(convo, { type: 'KEYWORD', name: 'help', now });
      return finish(convo, before, 'help', [], apology);
    }

    if (keywordMatches(keywords.restart, text)) {
      if (!live) return finish(fresh(), before, 'restart', [], apology);
      send(live, { type: 'KEYWORD', name: 'restart', now });
      return finish(live, before, 'restart');
    }

    const switchTo = languageOfWords(flow.flow.switch_language, text, true);
    if (switchTo && flow.flow.languages.includes(switchTo)) {
      if (!live)
        return finish(fresh(switchTo), before, 'language', [], apology && keywordText(entry, 'flow_changed', switchTo));
      send(live, { type: 'SET_LANG', lang: switchTo });
      return finish(live, before, 'language');
    }

    for (const [name, keyword] of Object.entries(keywords)) {
      if (ENGINE_KEYWORDS.has(name) || name === 'help' || name === 'restart') continue;
      if (!keywordMatches(keyword, text)) continue;
      const convo = fresh();
      if (!live) send(convo, { type: 'FLUSH' });
      send(convo, { type: 'KEYWORD', name, now });
      return finish(convo, before, `keyword:${name}`, [], apology);
    }

    const read = readText(flow, text, textLang);
    return withUnderstanding(
      answerText(live, entry, read, { text, now, before, textLang, apology, session, endedLang, flowChanged }),
      read,
    );
  }

  /** Attaches what was understood to a step's output (for chat --explain; never logged). */
  function withUnderstanding(out: StepOutput, read: { reading: Reading } | undefined): StepOutput {
    if (!read) return out;
    const values: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(read.reading.understood)) {
      if (v !== null && !(Array.isArray(v) && v.length === 0)) values[k] = v;
    }
    return Object.assign({}, out, { understood: { values, heard: read.reading.heard } });
  }

  /** An ordinary text (no keyword): what it says is taken in, then it answers the question at hand. */
  function answerText(
    live: Live | undefined,
    entry: CompiledFlow,
    reading: { reading: Reading; learned: Learned } | undefined,
    at: {
      text: string;
      now: Date;
      before: string;
      textLang: string;
      apology?: string;
      session?: Session;
      endedLang?: string;
      flowChanged: boolean;
    },
  ): StepOutput {
    const { text, now, before, textLang, apology, session, endedLang, flowChanged } = at;
    let read = reading;
    if (!live)
      return startFromText(entry, read, {
        before,
        textLang,
        now,
        apology,
        session,
        ended: endedLang !== undefined,
        flowChanged,
      });
    const heard = read ? { filled: read.learned.filled, intents: read.reading.understood.intents } : undefined;
    const news = read ? onlyNew(live, read.learned) : undefined;
    if (read && news?.filled.length) {
      read = Object.assign({}, read, { learned: news });
      const node = nodeOfSnapshot(live.snapshot);
      const summary = summaryFor(live.compiled, read.learned, textLang, node);
      const back = correctedQuestion(live, read.learned, node);
      send(live, { type: 'LEARN', vars: read.learned.vars, place: read.learned.place, now, text });
      if (back && nodeOfSnapshot(live.snapshot) === node) {
        // A corrected answer may change the path ("it's for me", not my son): go back to its question,
        // and what is known carries the conversation on to the first question still open.
        send(live, { type: 'GOTO', node: back, now, text });
        return finish(live, before, 'answer', [], summary);
      }
      // What the text said answered the question at hand, and more: it moved on, so the text is used up.
      if (nodeOfSnapshot(live.snapshot) !== node) return finish(live, before, 'answer', [], summary);
      if (isOnlyContext(live.compiled, node, read.learned)) {
        // "no, it's for my daughter" at "are you a teen?" corrects who it is for; its "no" answers nothing.
        send(live, { type: 'REASK' });
        return finish(live, before, 'answer', [], summary);
      }
      send(live, { type: 'TEXT', text, now, heard });
      return finish(live, before, 'answer', [], summary);
    }
    send(live, { type: 'TEXT', text, now, heard });
    return finish(live, before, 'answer');
  }

  /**
   * A text that starts a conversation: what it says is kept, so its questions are not asked
   * ("79101" first: the place is never asked). After an ended conversation there is no second
   * welcome, and "ok thanks" gets a kind goodbye instead of a new start.
   */
  function startFromText(
    entry: CompiledFlow,
    read: { reading: Reading; learned: Learned } | undefined,
    at: {
      before: string;
      textLang: string;
      now: Date;
      apology?: string;
      session?: Session;
      ended: boolean;
      flowChanged: boolean;
    },
  ): StepOutput {
    if (at.ended && read?.reading.understood.intents.includes('thanks')) {
      const bye = keywordText(entry, 'thanks', at.textLang);
      if (bye) return noSessionOutput([bye], 'none', 'thanks', at.before, at.session);
    }
    const convo = startLive(entry, at.textLang, at.now, read?.learned);
    const summary = read?.learned.filled.length
      ? understoodSummary(read.learned, entry.flow.understand, entry, at.textLang, deps.directory())
      : undefined;
    const kind = at.flowChanged ? 'flow_changed' : 'start';
    if (at.ended && !at.flowChanged && entry.flow.nodes[entry.flow.start]?.say !== undefined) {
      // They have had the welcome: straight to the first open question.
      return finish(convo, at.before, 'start_again', [], summary, undefined, { dropFirst: true });
    }
    return finish(convo, at.before, kind, [], at.apology, undefined, { afterFirst: summary });
  }

  /** The flow's "having trouble" reply in the person's language; the built-in one when the flow cannot say it. */
  function trouble(session: Session | undefined, text: string): string {
    try {
      return entryText('unavailable', session, text) ?? LAST_RESORT_TROUBLE;
    } catch {
      return LAST_RESORT_TROUBLE;
    }
  }

  /** The reply when something inside went wrong: the flow's "having trouble" text, and nothing lost. */
  function safeOutput(input: StepInput): StepOutput {
    const before = input.session ? (nodeOfSnapshot(input.session.snapshot) ?? '') : '';
    let replies: string[];
    try {
      // Even when the step failed, danger gets the crisis reply rather than an apology.
      const entry = compiled(deps.flows.entry());
      const finding = findCrisis(input.text, entry.flow.keywords);
      const lang = languageFor(entry, input.session, input.text);
      replies = finding ? crisisReplies(entry, finding, lang) : [trouble(input.session, input.text)];
    } catch {
      replies = [trouble(input.session, input.text)];
    }
    return { replies, session: input.session, effect: 'none', stateBefore: before, stateAfter: before, kind: 'error' };
  }

  /** Answers without stored state (Redis down): opt-out words, danger, a person, HELP, else "having trouble". */
  function withoutSession(text: string): StepOutput {
    if (isCarrierOptOut(text)) return carrierStop('', text);
    if (isCarrierOptIn(text)) {
      const confirm = optOutReplies === 'line' ? entryText('started', undefined, text) : undefined;
      return noSessionOutput(confirm ? [confirm] : [], 'opt_in', 'opt_in', '');
    }
    if (!deps.flows.isReady()) {
      const reply = findCrisis(text, NO_KEYWORDS) ? LAST_RESORT_CRISIS : LAST_RESORT_TROUBLE;
      return noSessionOutput([reply], 'none', 'not_ready', '');
    }
    const entry = compiled(deps.flows.entry());
    const keywords = entry.flow.keywords;
    const lang = safetyLanguage(entry, text);
    const say = (name: string) => keywordText(entry, name, lang);
    const list = (...texts: Array<string | undefined>) => texts.filter((t): t is string => !!t);
    const crisis = findCrisis(text, keywords);
    if (keywordMatches(keywords.opt_out, text)) {
      const replies = [...(crisis ? crisisReplies(entry, crisis, lang) : []), ...list(say('opt_out'))];
      return noSessionOutput(replies, 'opt_out_line', 'opt_out', '');
    }
    if (crisis) return noSessionOutput(crisisReplies(entry, crisis, lang), 'none', 'crisis', '');
    if (askedForPerson(keywords, text)) {
      return noSessionOutput([say('person') ?? LAST_RESORT_PERSON], 'none', 'person', '');
    }
    if (keywordMatches(keywords.help, text)) return noSessionOutput(list(say('help')), 'none', 'help', '');
    return noSessionOutput([trouble(undefined, text)], 'none', 'unavailable', '');
  }

  return {
    step(input) {
      try {
        return stepUnsafe(input);
      } catch {
        return safeOutput(input);
      }
    },

    stepWithoutSession(text, _now) {
      try {
        return withoutSession(text);
      } catch {
        return noSessionOutput([LAST_RESORT_TROUBLE], 'none', 'error', '');
      }
    },

    isUrgent(text) {
      if (isCarrierOptOut(text) || isCarrierOptIn(text)) return true;
      try {
        if (!deps.flows.isReady()) return false;
        const keywords = deps.flows.entry().flow.keywords;
        return (
          findCrisis(text, keywords) !== undefined ||
          askedForPerson(keywords, text) !== undefined ||
          URGENT_KEYWORDS.some((name) => keywordMatches(keywords[name], text))
        );
      } catch {
        // When the flow cannot be read, answering is safer than staying silent.
        return true;
      }
    },

    rateLimitNotice(session) {
      try {
        return entryText('rate_limited', session, '');
      } catch {
        return undefined;
      }
    },

    troubleReply(session) {
      return trouble(session, '');
    },

    voiceScript() {
      try {
        if (!deps.flows.isReady()) return [{ lang: 'en', text: LAST_RESORT_VOICE }];
        const entry = compiled(deps.flows.entry());
        const parts = entry.flow.languages
          .map((l) => ({ lang: l, text: keywordText(entry, 'voice', l) ?? '' }))
          .filter((p) => p.text.trim().length > 0);
        return parts.length ? parts : [{ lang: 'en', text: LAST_RESORT_VOICE }];
      } catch {
        return [{ lang: 'en', text: LAST_RESORT_VOICE }];
      }
    },

    isReady() {
      if (!deps.flows.isReady()) return false;
      try {
        compiled(deps.flows.entry());
        return true;
      } catch {
        return false;
      }
    },
  };
}
