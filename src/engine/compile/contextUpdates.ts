import type { MeetingDirectory, ReplyLabels } from '../../directory/types';
import type { FlowFile, FlowText } from '../../flow/flowSchema';
import type { FlowVars } from '../../flow/flowText';
import { toGsm7 } from '../../sms/gsm7';
import type { ActionRegistry } from '../actionRegistry';
import type { MeetingFormatter } from '../meetingFormatter';
import { traceNote } from '../stepTrace';
import type { ConversationContext, FlowEvent } from './compiledFlowTypes';
import type { FlowRenderer } from './flowRenderer';
import {
  ambiguousTownVars,
  eventNow,
  eventText,
  lookupAnswer,
  placeAnswerContext,
  type RouteMatcher,
} from './routeMatching';
import { stateAlone } from '../placeChange';
import { stateName } from '../../directory/placeIndex';

/** What the context updates of a flow use. */
export interface UpdateDeps {
  flow: FlowFile;
  render: FlowRenderer;
  routes: RouteMatcher;
  actions: ActionRegistry;
  directory: () => MeetingDirectory;
  format: MeetingFormatter;
}

/** What an action hears of an event that carries no understood text (a GOTO, a LEARN, a keyword). */
const NOTHING_HEARD: readonly string[] = [];

/** The meeting labels of a language, else of the flow's first. */
export function labelsFor(flow: FlowFile, lang: string): ReplyLabels {
  return (flow.labels?.[lang] ?? flow.labels?.[flow.languages[0]]) as ReplyLabels;
}

/** Per flow, per language, the family words the understanding's summary says back (`relation.<word>`). */
const relationWordsByFlow = new WeakMap<FlowFile, Map<string, Readonly<Record<string, string>>>>();

/**
 * A family word as texted, said in the reply's language as the summary says it ("hubby": husband, "esposo" in an
 * English reply: husband), from the flow's `understand.summary` `relation.<word>` texts; worked out once per flow
 * and language.
 */
export function relationWordsFor(flow: FlowFile, lang: string): Readonly<Record<string, string>> {
  let byLang = relationWordsByFlow.get(flow);
  if (!byLang) relationWordsByFlow.set(flow, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    const found: Record<string, string> = {};
    for (const [key, text] of Object.entries(flow.understand?.summary ?? {})) {
      if (!key.startsWith('relation.')) continue;
      const said = typeof text === 'string' ? text : (text[lang] ?? text[flow.languages[0]]);
      if (said) found[key.slice('relation.'.length)] = said;
    }
    byLang.set(lang, (words = found));
  }
  return words;
}

/**
 * Characters said before an action in this step's SMS, which the results give up. The start node's
 * welcome is left out: when the results need its room it goes as an SMS of its own (finish's
 * `welcomeApart`), so a first text that tells everything gets its meetings, not a list squeezed to none.
 */
function saidBefore(context: ConversationContext): number {
  const outbox = context.outbox ?? [];
  let n = 0;
  for (let i = context.welcomeSaid ? 1 : 0; i < outbox.length; i++) n += outbox[i].length + 1;
  return n;
}

/**
 * The named steps a flow's machine is made of (enter a node, say, ask, learn, run an action, take
 * a place...), each a plain function from the context to what changes in it. The compiler wraps
 * each in an XState assign, and runs lists of them as one (see `steps` in flowCompiler.ts).
 * Longer than most functions on purpose: it is a table of small named steps sharing the flow's
 * renderer and route tests, and each entry reads on its own.
 */
export function contextUpdates(deps: UpdateDeps) {
  const { routes, flow } = deps;
  /*
   * What each named step does to a conversation's memory, as a plain function: XState's assign
   * actions below call these one at a time, and `steps` runs a whole list of them as one action.
   */
  return {
    /** Marks arrival at a node: remember it, forget earlier misses (and, past the start, a quiet start). */
    enterNode: (
      context: ConversationContext,
      _event: FlowEvent,
      params: { node: string },
    ): Partial<ConversationContext> => {
      traceNote.node(params.node);
      // Past the start node, a quiet start is over: nothing of it is stored.
      if (context.quiet && params.node !== flow.start) return { node: params.node, misses: 0, quiet: undefined };
      return { node: params.node, misses: 0 };
    },
    /** Adds a flow text to this step's replies; the start node's welcome, not on a quiet start. */
    say: (
      context: ConversationContext,
      event: FlowEvent,
      params: { text: FlowText; welcome?: boolean },
    ): Partial<ConversationContext> => {
      if (params.welcome && context.quiet) return {};
      // A keyword's text may be said with what the engine found for it alone ("what is al-anon": its line).
      const vars = event.type === 'KEYWORD' && event.vars ? Object.assign({}, context.vars, event.vars) : context.vars;
      return params.welcome && context.outbox.length === 0
        ? { outbox: [deps.render(params.text, context.lang, vars)], welcomeSaid: true }
        : { outbox: [...context.outbox, deps.render(params.text, context.lang, vars)] };
    },
    /** Asks the current node's question again. */
    reask: (context: ConversationContext): Partial<ConversationContext> => {
      const ask = flow.nodes[context.node]?.ask;
      return ask === undefined ? {} : { outbox: [...context.outbox, deps.render(ask, context.lang, context.vars)] };
    },
    /** Asks a node's question on arrival, unless what is known already answers it (then it moves on unasked). */
    ask: (
      context: ConversationContext,
      _event: FlowEvent,
      params: { text: FlowText; node: string },
    ): Partial<ConversationContext> =>
      routes.knownRouteIndex(params.node, context) !== undefined
        ? {}
        : { outbox: [...context.outbox, deps.render(params.text, context.lang, context.vars)] },
    /** Takes in what the understanding step read in a text: newest wins, so corrections stick. */
    learn: (context: ConversationContext, event: FlowEvent): Partial<ConversationContext> => {
      if (event.type !== 'LEARN') return {};
      const vars = Object.assign({}, context.vars, event.vars);
      // A town in several states: kept, so the place question asks only which state. At the results too
      // ("actually i'm in canyon"): the place searched stays until the state is known.
      if (!event.place && event.pendingTown) return { vars, pendingTown: event.pendingTown };
      if (!event.place) return { vars };
      // A state named alone before ("which town in Texas?") is used up once the place is known.
      if (vars.in_state) vars.in_state = '';
      if (vars.state_said) vars.state_said = '';
      return {
        vars: Object.assign(vars, { place: toGsm7(event.place.label).slice(0, 40) }),
        place: event.place,
        pendingTown: undefined,
      };
    },
    setVars: (
      context: ConversationContext,
      _event: FlowEvent,
      params: { values: FlowVars },
    ): Partial<ConversationContext> => ({
      vars: Object.assign({}, context.vars, params.values),
    }),
    countMiss: (context: ConversationContext): Partial<ConversationContext> => ({ misses: context.misses + 1 }),
    /**
     * Runs a named action from the registry. A failing action is noted in the trace (the engine then sends the
     * flow's "having trouble" reply and keeps the conversation where it was) and reads as "nothing found", so the
     * machine itself never breaks.
     */
    runAction: (
      context: ConversationContext,
      event: FlowEvent,
      params: { name: string },
    ): Partial<ConversationContext> => {
      const action = deps.actions.get(params.name);
      if (!action) return {};
      traceNote.action(params.name);
      try {
        const result = action.run({
          vars: context.vars,
          lang: context.lang,
          now: eventNow(event as never),
          text: eventText(event as never),
          labels: labelsFor(flow, context.lang),
          relationWords: relationWordsFor(flow, context.lang),
          directory: deps.directory(),
          format: deps.format,
          place: context.place,
          ...(context.homeZone ? { homeZone: context.homeZone } : {}),
          ...(context.pendingTown ? { pendingTown: context.pendingTown } : {}),
          search: context.search,
          heard: (event.type === 'TEXT' && event.heard?.filled) || NOTHING_HEARD,
          alreadySaid: saidBefore(context),
        });
        return { vars: Object.assign({}, context.vars, result.vars), search: result.search ?? context.search };
      } catch {
        traceNote.actionFailed(params.name);
        const empty: FlowVars = Object.fromEntries(Object.keys(action.sets).map((k) => [k, '']));
        return { vars: Object.assign({}, context.vars, empty, { found: 'no' }) };
      }
    },
    /** Keeps the place a `location` route matched (looked up again: guards cannot store). */
    takePlace: (context: ConversationContext, event: FlowEvent): Partial<ConversationContext> => {
      const found = lookupAnswer(deps.directory(), eventText(event), placeAnswerContext(context));
      if (found.kind !== 'found') return {};
      return {
        place: found.place,
        pendingTown: undefined,
        vars: Object.assign(
          {},
          context.vars,
          { place: toGsm7(found.place.label).slice(0, 40), in_state: '' },
          context.vars.state_said ? { state_said: '' } : {},
        ),
      };
    },
    /** Keeps a state named alone, so the question of which town in it names it and the town is looked up in it. */
    takeState: (context: ConversationContext, event: FlowEvent): Partial<ConversationContext> => {
      // A state said earlier ("i live in kansas") brought the conversation here once: the town is asked now, and a
      // later place question ("idk" at it) is asked as itself, not sent back here.
      const state = stateAlone(eventText(event));
      const said = context.vars.state_said ? { state_said: '' } : {};
      if (!state) return Object.keys(said).length ? { vars: Object.assign({}, context.vars, said) } : {};
      // Named in the conversation's language: "¿Que ciudad de Nuevo Mexico?".
      const name = stateName(state.code, context.lang) ?? state.name;
      return { vars: Object.assign({}, context.vars, said, { state_name: name, in_state: state.code }) };
    },
    /** Keeps a town found in several states, so the next answer can be just the state. */
    takeAmbiguousPlace: (context: ConversationContext, event: FlowEvent): Partial<ConversationContext> => {
      const found = lookupAnswer(deps.directory(), eventText(event), { homeState: context.homeState });
      if (found.kind !== 'ambiguous') return {};
      return { pendingTown: found.town, vars: Object.assign({}, context.vars, ambiguousTownVars(found)) };
    },
  };
}

/** The named steps of a flow's machine. */
export type ContextUpdates = ReturnType<typeof contextUpdates>;

/** One named step with its parameters, as a node's arrival or a route's transition lists them. */
export type Step = { type: keyof ContextUpdates; params?: object };

/** Runs one named step on a context: what it changes. */
export function runStep(
  update: ContextUpdates,
  context: ConversationContext,
  event: FlowEvent,
  step: Step,
): Partial<ConversationContext> {
  const run = update[step.type] as (c: ConversationContext, e: FlowEvent, p: unknown) => Partial<ConversationContext>;
  return run(context, event, step.params);
}
