import type { MeetingDirectory } from '../directory/types';
import { findCrisis } from '../flow/crisisCheck';
import { KEPT_FLOW_VERSIONS, type FlowSource, type LoadedFlow } from '../flow/loadedFlow';
import type { ActionRegistry } from './actionRegistry';
import type { EngineScope } from './engineScope';
import { compileFlow, type CompiledFlow, type ConversationContext } from './flowCompiler';
import { stateSearched } from './homeStateTown';
import { withStateAfterTown } from './stateAfterTown';
import { withDateAsDay } from './dateAsDay';
import { KEYWORD_TABLE, troubleWithoutSession, type SessionlessScene } from './keywordTable';
import { LAST_RESORT_TROUBLE, LAST_RESORT_VOICE } from './lastResortReplies';
import { entryText, troubleText } from './lineTexts';
import type { MeetingFormatter } from './meetingFormatter';
import { noThenRest } from './noThenRest';
import { languageFor, safetyLanguage } from './stepLanguage';
import { crisisReplies, keywordText, noSessionOutput } from './stepOutput';
import { inCanada } from './inCanada';
import { flowScene, textScene, type FlowScene } from './stepScene';
import { emptyTrace, withTrace, type StepTrace } from './stepTrace';
import type { ConversationEngine, OptOutReplies, StepInput, StepOutput } from './types';
import { answerText, readText, withUnderstanding } from './understandStep';

export { MAX_REPLY_CHARS } from './stepOutput';

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

/** How many compiled flow versions to keep: the live one and those people are still part-way through. */
const COMPILED_CACHE_SIZE = KEPT_FLOW_VERSIONS;

/** Compiled machines by flow id and version, most recently used kept: people keep the version they started on. */
function compiledCache(deps: EngineDeps): (loaded: LoadedFlow) => CompiledFlow {
  const cache = new Map<string, CompiledFlow>();
  // A step asks for the same loaded flow several times (entry, restore, replies): the last answer is
  // kept by identity, so those asks build no key and reorder nothing.
  let last: { loaded: LoadedFlow; compiled: CompiledFlow } | undefined;
  return (loaded) => {
    if (last?.loaded === loaded) return last.compiled;
    const compiled = lookup(loaded);
    last = { loaded, compiled };
    return compiled;
  };

  function lookup(loaded: LoadedFlow): CompiledFlow {
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
}

/**
 * One step, by the keyword table: the first rule that takes the text answers; a text none takes
 * is an ordinary answer. The flow is restored and read only once a rule needs it.
 */
function runTable(scope: EngineScope, input: StepInput, trace: StepTrace): StepOutput {
  const base = textScene(scope, input, trace);
  let scene: FlowScene | undefined;
  for (const rule of KEYWORD_TABLE) {
    if (!rule.step) continue;
    let out: StepOutput | undefined;
    if (rule.stage === 'text') out = rule.step(base);
    else out = rule.step((scene ??= flowScene(base)));
    if (out) {
      trace.keyword ??= rule.name;
      return out;
    }
  }
  const s = scene ?? flowScene(base);
  const searched = stateSearched(s.live) ?? s.endedState;
  const readAs = (text: string) => readText(scope, s.flow, text, s.textLang, s.input.homeState, searched);
  // "columbus" searched in the home state, then "georgia": that town in Georgia (stateAfterTown.ts).
  // "dec 10", "12/10": a date said is the day of the week it falls on, by today's date (dateAsDay.ts).
  const read = withDateAsDay(
    withStateAfterTown(
      scope.directory(),
      s.live,
      s.session,
      s.text,
      noThenRest(s.live, s.text, readAs(s.text), readAs),
    ),
    s.now,
    (s.live?.snapshot.context as ConversationContext | undefined)?.place,
    s.input.homeZone,
  );
  return withUnderstanding(answerText(scope, s.live, s.entry, read, s), read);
}

/** A text with no stored state (Redis down), by the keyword table's `withoutSession` rules, in order. */
function runTableWithoutSession(scope: EngineScope, text: string): StepOutput {
  let scene: SessionlessScene | undefined;
  for (const rule of KEYWORD_TABLE) {
    if (!rule.withoutSession) continue;
    let out: StepOutput | undefined;
    if (rule.stage === 'text') {
      if (rule.matches && !rule.matches(text, {})) continue;
      out = rule.withoutSession({ scope, text });
    } else {
      if (!scene) {
        const entry = scope.compiled(scope.flows.entry());
        scene = { scope, text, entry, keywords: entry.flow.keywords, lang: safetyLanguage(scope, entry, text) };
      }
      if (rule.matches && !rule.matches(text, scene.keywords)) continue;
      out = rule.withoutSession(scene);
    }
    if (out) return out;
  }
  return troubleWithoutSession(scope, text);
}

/** Whether a rule marked urgent in the keyword table takes the text. */
function isUrgentText(scope: EngineScope, text: string): boolean {
  for (const rule of KEYWORD_TABLE) {
    if (!rule.urgent || !rule.matches) continue;
    if (rule.stage === 'text') {
      if (rule.matches(text, {})) return true;
    } else if (scope.flows.isReady() && rule.matches(text, scope.flows.entry().flow.keywords)) return true;
  }
  // What only the understanding reads ("leave me alone"), once the cheap tests have all said no.
  if (!scope.flows.isReady()) return false;
  return KEYWORD_TABLE.some((rule) => rule.urgent && rule.urgentByReading?.(scope, text));
}

/** The reply when something inside went wrong: the flow's "having trouble" text, and nothing lost. */
function safeOutput(scope: EngineScope, input: StepInput): StepOutput {
  const before = textScene(scope, input, emptyTrace()).before;
  let replies: string[];
  try {
    // Even when the step failed, danger gets the crisis reply rather than an apology.
    const entry = scope.compiled(scope.flows.entry());
    const finding = findCrisis(input.text, entry.flow.keywords);
    const lang = languageFor(scope, entry, input.session, input.text);
    const canada = inCanada(undefined, input.homeState);
    replies = finding ? crisisReplies(entry, finding, lang, canada) : [troubleText(scope, input.session, input.text)];
  } catch {
    replies = [troubleText(scope, input.session, input.text)];
  }
  return { replies, session: input.session, effect: 'none', stateBefore: before, stateAfter: before, kind: 'error' };
}

/** The step's output with its trace, which ends with the replies sent. */
function traced(out: StepOutput, trace: StepTrace): StepOutput {
  trace.replies = out.replies;
  // Object.assign, not a spread: a literal with a spread and more keys takes V8's slow path on Node 20.
  return Object.assign({}, out, { trace });
}

/**
 * Builds the conversation engine: pure (no I/O, no clock), driven by the loaded flows. Each step
 * returns its trace (src/engine/stepTrace.ts) along with the replies and what to store. Its length
 * is the ConversationEngine interface, one short method each; the work is in the functions above.
 */
export function createEngine(deps: EngineDeps): ConversationEngine {
  const scope: EngineScope = {
    flows: deps.flows,
    directory: deps.directory,
    defaultLang: deps.defaultLang,
    optOutReplies: deps.optOutReplies ?? 'twilio',
    compiled: compiledCache(deps),
  };

  return {
    step(input) {
      const trace = emptyTrace();
      try {
        const out = withTrace(trace, () => runTable(scope, input, trace));
        // An action threw (a search that broke): its texts would show empty blanks ("within  mi of ."), so the
        // step is dropped for the having-trouble reply, and the next text finds the conversation where it was.
        if (trace.failed) return traced(safeOutput(scope, input), Object.assign(trace, { keyword: 'action_failed' }));
        return traced(out, trace);
      } catch {
        return traced(safeOutput(scope, input), { ...emptyTrace(), keyword: 'error' });
      }
    },

    stepWithoutSession(text, _now) {
      const trace = emptyTrace();
      try {
        return traced(
          withTrace(trace, () => runTableWithoutSession(scope, text)),
          trace,
        );
      } catch {
        return traced(noSessionOutput([LAST_RESORT_TROUBLE], 'none', 'error', ''), {
          ...emptyTrace(),
          keyword: 'error',
        });
      }
    },

    isUrgent(text) {
      try {
        return isUrgentText(scope, text);
      } catch {
        // When the flow cannot be read, answering is safer than staying silent.
        return true;
      }
    },

    rateLimitNotice(session) {
      try {
        return entryText(scope, 'rate_limited', session, '');
      } catch {
        return undefined;
      }
    },

    troubleReply(session) {
      return troubleText(scope, session, '');
    },

    voiceScript() {
      try {
        if (!deps.flows.isReady()) return [{ lang: 'en', text: LAST_RESORT_VOICE }];
        const entry = scope.compiled(deps.flows.entry());
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
        scope.compiled(deps.flows.entry());
        return true;
      } catch {
        return false;
      }
    },
  };
}
