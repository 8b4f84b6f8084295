import { assign, setup, type AnyStateMachine } from 'xstate';
import type { FlowFile, FlowText } from '../flow/flowSchema';
import type { FlowVars } from '../flow/flowText';
import { toGsm7 } from '../sms/gsm7';
import { allWords, normalizeText } from '../text/answerMatch';
import { keepAsWritten } from '../text/phraseIndex';
import { defaultActionRegistry } from './actionRegistry';
import { resultWordsIn } from './actions/resultWords';
import { assertBuildable } from './compile/buildable';
import type {
  CompiledFlow,
  ConversationContext,
  FlowEvent,
  FlowInput,
  FlowServices,
} from './compile/compiledFlowTypes';
import { contextUpdates, labelsFor, runStep, type ContextUpdates, type Step } from './compile/contextUpdates';
import { flowRenderer } from './compile/flowRenderer';
import { keywordTransitions, stateFor } from './compile/flowStates';
import { routeMatcher, type RouteMatcher } from './compile/routeMatching';
import { directoryMeetingFormatter } from './meetingFormatter';
import { traceNote } from './stepTrace';

export {
  FlowCompileError,
  type CompiledFlow,
  type ConversationContext,
  type FlowEvent,
  type FlowInput,
  type FlowServices,
  type TextHeard,
} from './compile/compiledFlowTypes';

/**
 * Builds an XState v5 machine from a flow file: one state per node, named guards for the routes
 * and named actions for what nodes do. The machine only gathers replies in `context.outbox`;
 * the engine sends events, reads the outbox and persists the snapshot. The steps are in
 * src/engine/compile/: buildable (the guard), flowRenderer, routeMatching, contextUpdates, flowStates.
 */

/**
 * The step trace learns the routes taken from the guards: XState takes the first transition whose
 * guard passes (and nothing here asks a guard without taking it), so a guard that passes is a route taken.
 */
function noted(route: string, passes: boolean): boolean {
  if (passes) traceNote.route(route);
  return passes;
}

/** A `when` test's variables and the values it wants, as strings. */
type VarPairs = ReadonlyArray<readonly [string, string]>;

/** Whether the variables hold every value of a `when` test; an empty value matches a variable not set. */
function varsHold(vars: FlowVars, pairs: VarPairs): boolean {
  // `behavior: ""` is "no behavior named".
  for (const [k, v] of pairs) if (String(vars[k] ?? '') !== v) return false;
  return true;
}

/** The named actions and guards of a flow's machine, each a thin XState wrapper over a context update or route test. */
function machineSetup(flow: FlowFile, update: ContextUpdates, routes: RouteMatcher) {
  const { routeOf, routeMatches, knownRouteIndex } = routes;
  return setup({
    types: {
      context: {} as ConversationContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
    },
    actions: {
      enterNode: assign(({ context, event }, params: { node: string }) => update.enterNode(context, event, params)),
      say: assign(({ context, event }, params: { text: FlowText; welcome?: boolean }) =>
        update.say(context, event, params),
      ),
      reask: assign(({ context }) => update.reask(context)),
      setVars: assign(({ context, event }, params: { values: FlowVars }) => update.setVars(context, event, params)),
      countMiss: assign(({ context }) => update.countMiss(context)),
      resetMisses: assign({ misses: 0 }),
      runAction: assign(({ context, event }, params: { name: string }) => update.runAction(context, event, params)),
      takePlace: assign(({ context, event }) => update.takePlace(context, event)),
      ask: assign(({ context, event }, params: { text: FlowText; node: string }) => update.ask(context, event, params)),
      learn: assign(({ context, event }) => update.learn(context, event)),
      takeAmbiguousPlace: assign(({ context, event }) => update.takeAmbiguousPlace(context, event)),
      takeState: assign(({ context, event }) => update.takeState(context, event)),
      /**
       * Several steps as one action, each seeing what the one before it did, exactly as a list of
       * assign actions would. XState copies the whole snapshot for every assign, and a node's
       * arrival or a route's transition is usually three or four of them.
       */
      steps: assign(({ context, event }, params: { steps: Step[] }) => {
        let next = context;
        for (const step of params.steps) next = Object.assign({}, next, runStep(update, next, event, step));
        return next;
      }),
      /** Forgets everything learned, keeping the language. */
      restart: assign({ vars: {}, misses: 0, place: undefined, pendingTown: undefined, search: undefined }),
      /** The conversation goes on in another language, and the results' own words with it ("1, 2 o 3"). */
      setLang: assign(({ context, event }) =>
        event.type === 'SET_LANG' && flow.languages.includes(event.lang)
          ? {
              lang: event.lang,
              vars: {
                ...context.vars,
                ...resultWordsIn(context.vars, labelsFor(flow, context.lang), labelsFor(flow, event.lang)),
              },
            }
          : { lang: context.lang },
      ),
      flush: assign({ outbox: [], welcomeSaid: undefined }),
      /** Forgets the place on a GOTO that asks for another ("different town"), so its question is asked. */
      forgetPlace: assign(({ event }) =>
        event.type === 'GOTO' && event.forgetPlace ? { place: undefined, pendingTown: undefined } : {},
      ),
    },
    guards: {
      routeMatches: ({ context, event }, params: { node: string; index: number; route: string }) =>
        noted(
          params.route,
          event.type === 'TEXT' &&
            routeMatches(
              routeOf(params.node, params.index),
              `${params.node}/${params.index}`,
              event.text,
              context,
              event.heard,
            ),
        ),
      knownRoute: ({ context }, params: { node: string; index: number; route: string }) =>
        noted(params.route, knownRouteIndex(params.node, context) === params.index),
      understoodSomething: ({ event }) => event.type === 'TEXT' && (event.heard?.filled.length ?? 0) > 0,
      missesLeft: ({ context }, params: { retries: number; route: string }) =>
        noted(params.route, context.misses < params.retries),
      varsMatch: ({ context }, params: { pairs: VarPairs; route: string }) =>
        noted(params.route, varsHold(context.vars, params.pairs)),
      keywordIs: ({ event }, params: { name: string; route: string }) =>
        noted(params.route, event.type === 'KEYWORD' && event.name === params.name),
      /** A move with no guard of its own: always taken, and noted. */
      took: (_args, params: { route: string }) => noted(params.route, true),
      gotoIs: ({ event }, params: { node: string }) => event.type === 'GOTO' && event.node === params.node,
    },
  });
}

/** Compiles a loaded flow into an XState machine. Throws FlowCompileError when it cannot. */
export function compileFlow(
  loaded: { id: string; version: string; flow: FlowFile },
  services: FlowServices,
): CompiledFlow {
  const { id, version, flow } = loaded;
  const actions = services.actions ?? defaultActionRegistry;
  const patterns = assertBuildable(id, flow, actions);
  // Staff's real words are never a keyword's typo either, as they are never the understanding's.
  keepAsWritten(allWords(flow.understand?.known_words).map(normalizeText));
  const defaultLang = flow.languages[0];
  const render = flowRenderer(flow);
  const routes = routeMatcher(flow, patterns, services.directory);
  const update = contextUpdates({
    flow,
    render,
    routes,
    actions,
    directory: services.directory,
    format: services.format ?? directoryMeetingFormatter,
  });
  const states: Record<string, object> = {};
  for (const [nodeId, node] of Object.entries(flow.nodes)) states[nodeId] = stateFor(flow, nodeId, node);

  const machine = machineSetup(flow, update, routes).createMachine({
    id: `flow-${id}`,
    context: ({ input }) => ({
      lang: flow.languages.includes(input.lang) ? input.lang : defaultLang,
      node: flow.start,
      vars: input.place ? { ...input.vars, place: toGsm7(input.place.label).slice(0, 40) } : { ...input.vars },
      misses: 0,
      outbox: [],
      ...(input.place ? { place: input.place } : {}),
      ...(input.pendingTown && !input.place ? { pendingTown: input.pendingTown } : {}),
      ...(input.quiet ? { quiet: true } : {}),
      ...(input.homeZone ? { homeZone: input.homeZone } : {}),
      ...(input.homeState ? { homeState: input.homeState } : {}),
    }),
    initial: flow.start,
    on: {
      KEYWORD: keywordTransitions(flow) as never,
      REASK: { actions: 'reask' },
      REASK_MISSED: { actions: ['countMiss', 'reask'] },
      SET_LANG: { actions: ['setLang', 'reask'] },
      FLUSH: { actions: 'flush' },
      LEARN: { actions: 'learn' },
      // Back to a question whose answer was corrected; what is known carries the conversation on from there.
      // Or to a node that runs an action: the search again, after a language switch at the results.
      GOTO: Object.keys(flow.nodes)
        .filter((n) => flow.nodes[n].ask !== undefined || flow.nodes[n].do !== undefined)
        .map((n) => ({
          guard: { type: 'gotoIs', params: { node: n } },
          target: `.${n}`,
          reenter: true,
          actions: 'forgetPlace',
        })) as never,
    },
    states: states as never,
  });

  return {
    id,
    version,
    flow,
    // The precise type depends on the flow's data; the engine only needs a machine it can run.
    machine: machine as unknown as AnyStateMachine,
    defaultLang,
    hasNode: (node) => Object.prototype.hasOwnProperty.call(flow.nodes, node),
    understands: (context, text, heard) =>
      (flow.nodes[context.node]?.routes ?? []).some(
        (route, i) => !route.any && routes.routeMatches(route, `${context.node}/${i}`, text, context, heard),
      ),
    render,
  };
}
