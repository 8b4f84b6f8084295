import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { MeetingDirectory } from '../directory/types';
import { compileFlow, type CompiledFlow, type FlowContext, type FlowEvent } from './flowCompiler';
import type { FlowKeyword, FlowWords } from '../flow/flowSchema';
import { KEPT_FLOW_VERSIONS, type FlowSource, type LoadedFlow } from '../flow/loadedFlow';
import type { ActionRegistry } from './actionRegistry';
import { containsAnyWord, isWholeWord } from '../text/answerMatch';
import { isCarrierOptIn, isCarrierOptOut } from '../text/carrierWords';
import type { MeetingFormatter } from './meetingFormatter';
import { sharedActorScope } from './sharedActorScope';
import { MAX_SMS_BODY_CHARS } from '../sms/smsLimits';
import type { ConversationEngine, Session, StepEffect, StepInput, StepOutput } from './types';

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
}

/** SMS bodies Twilio accepts: longer replies are cut (flows are checked to stay far below). */
export const MAX_REPLY_CHARS = MAX_SMS_BODY_CHARS;

/** How many compiled flow versions to keep: the live one and those people are still part-way through. */
const COMPILED_CACHE_SIZE = KEPT_FLOW_VERSIONS;

/** Keyword names the engine handles itself; any other keyword with words is sent to the machine. */
const ENGINE_KEYWORDS = new Set(['crisis', 'erase', 'opt_out', 'unavailable', 'flow_changed']);

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
    if (options.snapshot !== undefined) return machine.restoreSnapshot!(options.snapshot as never, scope) as AnyMachineSnapshot;
    return machine.getInitialSnapshot(scope, input) as AnyMachineSnapshot;
  }

  function startLive(flow: CompiledFlow, lang: string, now: Date): Live {
    return { compiled: flow, snapshot: run(flow.machine, { lang, now }) };
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
      const snapshot = run(flow.machine, { snapshot: session.snapshot, lang: langOfSnapshot(session.snapshot) ?? flow.defaultLang, now });
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
    live.snapshot = live.compiled.machine.transition(live.snapshot, event, scopeFor(live.compiled.machine)) as AnyMachineSnapshot;
    if (live.snapshot.status === 'error') throw new Error('flow machine failed');
  }

  function lang(live: Live): string {
    return (live.snapshot.context as FlowContext).lang;
  }

  /** Ends a step: gathers the replies, empties the outbox and returns what to store. */
  function finish(live: Live, before: string, kind: string, firstReplies: string[] = [], prefix?: string): StepOutput {
    const said = outbox(live);
    if (prefix) said.unshift(prefix);
    // Stored with an empty outbox: what the machine's FLUSH does, without a whole macrostep per text.
    const persisted = live.compiled.machine.getPersistedSnapshot(live.snapshot) as unknown as { context: FlowContext };
    // Not deep-copied: assign() never changes a context in place, this snapshot is dropped after
    // the step, and every store keeps the session as JSON text.
    const snapshot = { ...persisted, context: { ...persisted.context, outbox: [] } };
    const after = nodeOfSnapshot(live.snapshot) ?? '';
    const replies = [...firstReplies, ...(said.length ? [said.join('\n')] : [])].map(cap);
    return {
      replies,
      session: { flowId: live.compiled.id, flowVersion: live.compiled.version, snapshot },
      effect: 'none',
      stateBefore: before,
      stateAfter: after,
      kind,
    };
  }

  function noSessionOutput(replies: string[], effect: StepEffect, kind: string, before: string, keep?: Session): StepOutput {
    return { replies: replies.map(cap), session: keep, effect, stateBefore: before, stateAfter: keep ? before : '', kind };
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

  /** The language of a conversation nothing else decides: the host's choice if the flow has it, else the flow's first. */
  function defaultLanguage(flow: CompiledFlow): string {
    return deps.defaultLang && flow.flow.languages.includes(deps.defaultLang) ? deps.defaultLang : flow.defaultLang;
  }

  /** The language a new conversation starts in: what the text points to, else the default. */
  function newLanguage(flow: CompiledFlow, text: string): string {
    return detectLanguage(flow, text) ?? defaultLanguage(flow);
  }

  function stepUnsafe(input: StepInput): StepOutput {
    const { text, now, session } = input;
    const before = session ? nodeOfSnapshot(session.snapshot) ?? '' : '';

    // Opted out: only the carrier's opt-in words get through, and Twilio confirms those itself.
    if (input.optedOut) {
      return isCarrierOptIn(text)
        ? noSessionOutput([], 'opt_in', 'opt_in', before, session)
        : noSessionOutput([], 'none', 'opted_out', before, session);
    }
    if (isCarrierOptOut(text)) return noSessionOutput([], 'opt_out', 'stop', before);
    if (!deps.flows.isReady()) return noSessionOutput([], 'none', 'not_ready', before, session);

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
      : detectLanguage(entry, text) ?? endedLang ?? (flowChanged ? langOfSnapshot(session?.snapshot) : undefined) ?? defaultLanguage(entry);
    const apology = flowChanged ? keywordText(entry, 'flow_changed', textLang) : undefined;
    const fresh = (l: string = textLang) => live ?? startLive(entry, l, now);

    if (keywordMatches(keywords.opt_out, text)) {
      // A plain-language opt-out that also holds crisis words still gets the crisis reply.
      const crisis = keywordMatches(keywords.crisis, text) ? keywordText(flow, 'crisis', textLang) : undefined;
      const confirm = keywordText(flow, 'opt_out', textLang);
      return noSessionOutput([crisis, confirm].filter((t): t is string => !!t), 'opt_out', 'opt_out', before);
    }

    if (keywordMatches(keywords.crisis, text)) {
      const crisis = keywordText(flow, 'crisis', textLang);
      const convo = fresh();
      if (live) send(convo, { type: 'REASK' });
      return finish(convo, before, 'crisis', crisis ? [crisis] : [], apology);
    }

    if (keywordMatches(keywords.erase, text)) {
      const confirm = keywordText(flow, 'erase', textLang);
      return noSessionOutput(confirm ? [confirm] : [], 'erase', 'erase', before);
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
      if (!live) return finish(fresh(switchTo), before, 'language', [], apology && keywordText(entry, 'flow_changed', switchTo));
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

    if (!live) return finish(fresh(), before, flowChanged ? 'flow_changed' : 'start', [], apology);
    send(live, { type: 'TEXT', text, now });
    return finish(live, before, 'answer');
  }

  /** The reply when something inside went wrong: the flow's "having trouble" text, and nothing lost. */
  function safeOutput(input: StepInput): StepOutput {
    const before = input.session ? nodeOfSnapshot(input.session.snapshot) ?? '' : '';
    let reply: string | undefined;
    try {
      const entry = compiled(deps.flows.entry());
      reply = keywordText(entry, 'unavailable', langOfSnapshot(input.session?.snapshot) ?? newLanguage(entry, input.text));
    } catch {
      reply = undefined;
    }
    return { replies: reply ? [reply] : [], session: input.session, effect: 'none', stateBefore: before, stateAfter: before, kind: 'error' };
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
        if (isCarrierOptOut(text)) return noSessionOutput([], 'opt_out', 'stop', '');
        if (isCarrierOptIn(text)) return noSessionOutput([], 'opt_in', 'opt_in', '');
        if (!deps.flows.isReady()) return noSessionOutput([], 'none', 'not_ready', '');
        const entry = compiled(deps.flows.entry());
        const keywords = entry.flow.keywords;
        const lang = newLanguage(entry, text);
        const say = (name: string) => keywordText(entry, name, lang);
        const list = (...texts: Array<string | undefined>) => texts.filter((t): t is string => !!t);
        if (keywordMatches(keywords.opt_out, text)) {
          return noSessionOutput(list(keywordMatches(keywords.crisis, text) ? say('crisis') : undefined, say('opt_out')), 'opt_out', 'opt_out', '');
        }
        if (keywordMatches(keywords.crisis, text)) return noSessionOutput(list(say('crisis')), 'none', 'crisis', '');
        if (keywordMatches(keywords.help, text)) return noSessionOutput(list(say('help')), 'none', 'help', '');
        return noSessionOutput(list(say('unavailable')), 'none', 'unavailable', '');
      } catch {
        return noSessionOutput([], 'none', 'error', '');
      }
    },

    isUrgent(text) {
      if (isCarrierOptOut(text) || isCarrierOptIn(text)) return true;
      try {
        if (!deps.flows.isReady()) return false;
        const keywords = deps.flows.entry().flow.keywords;
        return keywordMatches(keywords.crisis, text) || keywordMatches(keywords.opt_out, text);
      } catch {
        return false;
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
