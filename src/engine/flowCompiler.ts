import { assign, setup, type AnyStateMachine } from 'xstate';
import { defaultActionRegistry, type ActionRegistry, type SearchState } from './actionRegistry';
import { containsAnyWord, menuNumber, patternMatches } from '../text/answerMatch';
import { pickText, renderText, type FlowVars } from '../flow/flowText';
import { directoryMeetingFormatter, type MeetingFormatter } from './meetingFormatter';
import type { MeetingDirectory, Place, PlaceLookup, ReplyLabels } from '../directory/types';
import { toGsm7 } from '../sms/gsm7';
import type { FlowFile, FlowNode, FlowRoute, FlowText } from '../flow/flowSchema';

/**
 * Builds an XState v5 machine from a flow file: one state per node, named guards for the routes
 * and named actions for what nodes do. The machine only gathers replies in `context.outbox`;
 * the engine sends events, reads the outbox and persists the snapshot.
 */

/** What the compiled machine needs from outside: the meeting directory (swapped on refresh), actions, formatting. */
export interface FlowServices {
  directory: () => MeetingDirectory;
  /** Defaults to the built-in registry (find_meetings, more_meetings). */
  actions?: ActionRegistry;
  /** Defaults to the directory's formatter (src/directory/formatMeetings.ts). */
  format?: MeetingFormatter;
}

/** A conversation's memory between texts (JSON-safe: it is stored in the snapshot). */
export interface FlowContext {
  lang: string;
  /** The node the conversation is at (for re-asking). */
  node: string;
  vars: FlowVars;
  /** Answers not understood at the current question. */
  misses: number;
  /** Replies gathered during one step; the engine empties it with FLUSH before saving. */
  outbox: string[];
  /** A town found in several states, waiting for the state. */
  pendingTown?: string;
  place?: Place;
  search?: SearchState;
}

/** What the understanding step read in a text, as routes test it (`understood:`, `intent:`). */
export interface TextHeard {
  /** Slots the text filled (audience, concern, place, when...). */
  filled: string[];
  /** Intents found (thanks, details, more...). */
  intents: string[];
}

/** What the engine sends the machine. */
export type FlowEvent =
  | { type: 'TEXT'; text: string; now: Date; heard?: TextHeard }
  | { type: 'LEARN'; vars: FlowVars; place?: Place; now: Date; text: string }
  | { type: 'GOTO'; node: string; now: Date; text: string }
  | { type: 'KEYWORD'; name: string; now: Date }
  | { type: 'REASK' }
  | { type: 'SET_LANG'; lang: string }
  | { type: 'FLUSH' };

/** What a new conversation starts with. */
export interface FlowInput {
  lang: string;
  now: Date;
  /** What the first text already said (understood), so its questions are not asked. */
  vars?: FlowVars;
  place?: Place;
}

/** A flow ready to run. */
export interface CompiledFlow {
  id: string;
  version: string;
  flow: FlowFile;
  machine: AnyStateMachine;
  /** The flow's first language, used when a text lacks the conversation's language. */
  defaultLang: string;
  hasNode(node: string): boolean;
  /** True when one of the current node's own routes (not a catch-all) takes this text as its answer. */
  understands(context: FlowContext, text: string): boolean;
  /** A flow text in a language with placeholders filled, made plain GSM-7 where a plain letter reads the same. */
  render(text: FlowText, lang: string, vars?: FlowVars): string;
}

/** A flow the compiler cannot turn into a machine (the checker should have said so first). */
export class FlowCompileError extends Error {
  override readonly name = 'FlowCompileError';
  constructor(
    readonly flowId: string,
    /** Where in the flow, e.g. `nodes.who.routes[1].goto`. */
    readonly where: string,
    /** Why, without the flow id and path (for the checker's own message). */
    readonly reason: string,
  ) {
    super(`${flowId}: ${where}: ${reason}`);
  }
}

/** Variables the understanding step fills that a question may already have been answered by. */
const LEARNABLE = new Set(['audience', 'concern', 'medication', 'teen', 'mode']);

/** Reads the moment an event happened; the machine never reads the clock. */
function eventNow(event: { type: string; now?: Date; input?: { now?: Date } }): Date {
  return event.now ?? event.input?.now ?? new Date(0);
}

/** The text an event carries: a TEXT, or a LEARN or GOTO that may move on to a search reading its day words. */
function eventText(event: { type: string; text?: string }): string {
  const carries = event.type === 'TEXT' || event.type === 'LEARN' || event.type === 'GOTO';
  return carries && typeof event.text === 'string' ? event.text : '';
}

/**
 * The last place looked up, per directory. A `location` route's guard finds the place and its
 * action (guards cannot store) must find it again from the same text in the same step: this
 * answers the second time without searching. Held weakly, so a refreshed-away directory goes.
 */
const lastLookup = new WeakMap<
  MeetingDirectory,
  { text: string; pendingTown: string | undefined; found: PlaceLookup }
>();

function lookupAnswer(directory: MeetingDirectory, text: string, pendingTown: string | undefined): PlaceLookup {
  const last = lastLookup.get(directory);
  if (last && last.text === text && last.pendingTown === pendingTown) return last.found;
  const found = lookupUncached(directory, text, pendingTown);
  lastLookup.set(directory, { text, pendingTown, found });
  return found;
}

function lookupUncached(directory: MeetingDirectory, text: string, pendingTown: string | undefined): PlaceLookup {
  if (pendingTown) {
    const withState = directory.lookupPlace(`${pendingTown}, ${text}`);
    if (withState.kind === 'found') return withState;
  }
  return directory.lookupPlace(text);
}

/** Checks that everything the machine refers to exists; throws FlowCompileError otherwise. */
function checkReferences(id: string, flow: FlowFile, actions: ActionRegistry): Map<string, RegExp> {
  const patterns = new Map<string, RegExp>();
  const nodeIds = Object.keys(flow.nodes);
  const exists = (target: string) => Object.prototype.hasOwnProperty.call(flow.nodes, target);
  const needTarget = (where: string, target: string) => {
    if (!exists(target)) throw new FlowCompileError(id, where, `goes to "${target}", which is not a node`);
  };
  const needAction = (where: string, name: string) => {
    if (!actions.has(name)) throw new FlowCompileError(id, where, `calls unknown action "${name}"`);
  };
  if (!exists(flow.start)) throw new FlowCompileError(id, 'start', `"${flow.start}" is not a node`);
  if (!flow.languages.length) throw new FlowCompileError(id, 'languages', 'no language declared');
  for (const nodeId of nodeIds) {
    const node = flow.nodes[nodeId];
    const at = `nodes.${nodeId}`;
    if (!/^[A-Za-z0-9_-]+$/.test(nodeId))
      throw new FlowCompileError(id, at, 'node names may use letters, digits, _ and - only');
    const exits = [node.ask !== undefined, node.goto !== undefined, node.end === true].filter(Boolean).length;
    if (exits !== 1) throw new FlowCompileError(id, at, 'needs exactly one of ask, goto or end');
    if (node.do) needAction(`${at}.do`, node.do);
    if (node.goto) needTarget(`${at}.goto`, node.goto);
    node.when?.forEach((w, i) => needTarget(`${at}.when[${i}].goto`, w.goto));
    if (node.ask !== undefined) {
      if (!node.routes?.length && !node.other) throw new FlowCompileError(id, at, 'asks but has no routes');
      if (node.other) needTarget(`${at}.other.then`, node.other.then);
    } else if (node.routes || node.other) {
      throw new FlowCompileError(id, at, 'has routes but asks nothing');
    }
    node.routes?.forEach((route, i) => {
      const rat = `${at}.routes[${i}]`;
      needTarget(`${rat}.goto`, route.goto);
      if (route.do) needAction(`${rat}.do`, route.do);
      if (route.pattern !== undefined) {
        try {
          patterns.set(`${nodeId}/${i}`, new RegExp(route.pattern, 'i'));
        } catch {
          throw new FlowCompileError(id, `${rat}.pattern`, 'is not a valid regular expression');
        }
      }
    });
  }
  for (const [name, keyword] of Object.entries(flow.keywords)) {
    if (keyword.goto) needTarget(`keywords.${name}.goto`, keyword.goto);
  }
  const usesActions = nodeIds.some((n) => flow.nodes[n].do || flow.nodes[n].routes?.some((r) => r.do));
  if (usesActions && !flow.labels?.[flow.languages[0]]) {
    throw new FlowCompileError(
      id,
      'labels',
      `meeting labels for "${flow.languages[0]}" are needed by the flow's actions`,
    );
  }
  // Eventless moves (goto, when) that come back round would spin forever without a question.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (nodeId: string, trail: string[]) => {
    if (done.has(nodeId)) return;
    if (visiting.has(nodeId)) {
      throw new FlowCompileError(
        id,
        `nodes.${nodeId}`,
        `loops with no question in it: ${[...trail, nodeId].join(' -> ')}`,
      );
    }
    visiting.add(nodeId);
    const node = flow.nodes[nodeId];
    for (const next of [...(node.when ?? []).map((w) => w.goto), ...(node.goto ? [node.goto] : [])])
      visit(next, [...trail, nodeId]);
    visiting.delete(nodeId);
    done.add(nodeId);
  };
  nodeIds.forEach((n) => visit(n, []));
  return patterns;
}

/** Compiles a loaded flow into an XState machine. Throws FlowCompileError when it cannot. */
export function compileFlow(
  loaded: { id: string; version: string; flow: FlowFile },
  services: FlowServices,
): CompiledFlow {
  const { id, version, flow } = loaded;
  const actions = services.actions ?? defaultActionRegistry;
  const format = services.format ?? directoryMeetingFormatter;
  const patterns = checkReferences(id, flow, actions);
  const defaultLang = flow.languages[0];
  // Most texts have no placeholders and come out the same every time: render each of those once.
  const fixedTexts = new Map<string, string>();
  /** Who runs the line, for any text: `{{program}}`, `{{support}}`, and `{{own_line}}` with a space after it. */
  const lineVarsByLang = new Map<string, FlowVars>();
  const lineVars = (lang: string): FlowVars => {
    let line = lineVarsByLang.get(lang);
    if (line) return line;
    const own = flow.line?.own_line === undefined ? '' : pickText(flow.line.own_line, lang, defaultLang).trim();
    line = { program: flow.line?.program ?? '', support: flow.line?.support ?? '', own_line: own ? `${own} ` : '' };
    lineVarsByLang.set(lang, line);
    return line;
  };
  const render = (text: FlowText, lang: string, vars: FlowVars = {}) => {
    const template = pickText(text, lang, defaultLang);
    if (template.includes('{{'))
      return toGsm7(renderText(template, lang, defaultLang, Object.assign({}, lineVars(lang), vars)));
    let rendered = fixedTexts.get(template);
    if (rendered === undefined)
      fixedTexts.set(template, (rendered = toGsm7(renderText(template, lang, defaultLang, vars))));
    return rendered;
  };
  const labelsFor = (lang: string): ReplyLabels => (flow.labels?.[lang] ?? flow.labels?.[defaultLang]) as ReplyLabels;
  const routeOf = (node: string, index: number): FlowRoute => (flow.nodes[node].routes ?? [])[index];

  /**
   * Per node, the routes what is known can answer (a place route, or one that sets one learnable
   * variable), worked out once: XState asks on every arrival and after every move.
   */
  const knowable = new Map<string, Array<{ index: number; location: boolean; name?: string; value?: string }>>();
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    const list = (node.routes ?? []).flatMap((r, index) => {
      const set = Object.entries(r.set ?? {});
      const learnable = set.length === 1 && LEARNABLE.has(set[0][0]);
      if (r.location !== true && !learnable) return [];
      return [
        { index, location: r.location === true, ...(learnable ? { name: set[0][0], value: String(set[0][1]) } : {}) },
      ];
    });
    if (list.length) knowable.set(nodeId, list);
  }

  /**
   * The route a question would take from what is already known, so it is not asked: a route that
   * sets one variable the conversation already holds with that value, or a place route once the
   * place is known. Undefined when the question is still open.
   */
  const knownRouteIndex = (node: string, context: FlowContext): number | undefined => {
    const routes = knowable.get(node);
    if (!routes) return undefined;
    for (const r of routes) {
      if (r.location && context.place) return r.index;
      if (r.name !== undefined && context.vars[r.name] !== undefined && String(context.vars[r.name]) === r.value)
        return r.index;
    }
    return undefined;
  };

  const routeMatches = (
    route: FlowRoute,
    key: string,
    text: string,
    context: FlowContext,
    heard?: TextHeard,
  ): boolean => {
    if (route.any) return true;
    if (route.number !== undefined) {
      const n = menuNumber(text);
      const wanted = Array.isArray(route.number) ? route.number : [route.number];
      if (n !== undefined && wanted.includes(n)) return true;
    }
    if (route.words && containsAnyWord(text, route.words)) return true;
    if (route.understood && heard?.filled.some((slot) => route.understood!.includes(slot))) return true;
    if (route.intent && heard?.intents.includes(route.intent)) return true;
    if (route.yes && containsAnyWord(text, flow.yes_words)) return true;
    if (route.no && containsAnyWord(text, flow.no_words)) return true;
    const pattern = patterns.get(key);
    if (pattern && patternMatches(pattern, text)) return true;
    if (route.location && text.trim()) {
      const found = lookupAnswer(services.directory(), text, context.pendingTown);
      if (route.location === true && found.kind === 'found') return true;
      if (route.location === 'ambiguous' && found.kind === 'ambiguous') return true;
    }
    return false;
  };

  // Objects are merged with Object.assign rather than `{ ...a, ...b }`: on Node 20 a literal with
  // two spreads takes V8's slow path, 10 to 100 times slower at the 6 to 25 keys `vars` holds
  // (about 90 µs for the results text's variables; see docs/benchmarks.md). Same keys, same order.
  /**
   * What each named step does to a conversation's memory, as a plain function: XState's assign
   * actions below call these one at a time, and `steps` runs a whole list of them as one action.
   */
  const update = {
    /** Marks arrival at a node: remember it, forget earlier misses. */
    enterNode: (_context: FlowContext, _event: FlowEvent, params: { node: string }): Partial<FlowContext> => ({
      node: params.node,
      misses: 0,
    }),
    /** Adds a flow text to this step's replies. */
    say: (context: FlowContext, _event: FlowEvent, params: { text: FlowText }): Partial<FlowContext> => ({
      outbox: [...context.outbox, render(params.text, context.lang, context.vars)],
    }),
    /** Asks the current node's question again. */
    reask: (context: FlowContext): Partial<FlowContext> => {
      const ask = flow.nodes[context.node]?.ask;
      return ask === undefined ? {} : { outbox: [...context.outbox, render(ask, context.lang, context.vars)] };
    },
    /** Asks a node's question on arrival, unless what is known already answers it (then it moves on unasked). */
    ask: (context: FlowContext, _event: FlowEvent, params: { text: FlowText; node: string }): Partial<FlowContext> =>
      knownRouteIndex(params.node, context) !== undefined
        ? {}
        : { outbox: [...context.outbox, render(params.text, context.lang, context.vars)] },
    /** Takes in what the understanding step read in a text: newest wins, so corrections stick. */
    learn: (context: FlowContext, event: FlowEvent): Partial<FlowContext> => {
      if (event.type !== 'LEARN') return {};
      const vars = Object.assign({}, context.vars, event.vars);
      if (!event.place) return { vars };
      return {
        vars: Object.assign(vars, { place: toGsm7(event.place.label).slice(0, 40) }),
        place: event.place,
        pendingTown: undefined,
      };
    },
    setVars: (context: FlowContext, _event: FlowEvent, params: { values: FlowVars }): Partial<FlowContext> => ({
      vars: Object.assign({}, context.vars, params.values),
    }),
    countMiss: (context: FlowContext): Partial<FlowContext> => ({ misses: context.misses + 1 }),
    /** Runs a named action from the registry; a failing action reads as "nothing found", never a crash. */
    runAction: (context: FlowContext, event: FlowEvent, params: { name: string }): Partial<FlowContext> => {
      const action = actions.get(params.name);
      if (!action) return {};
      try {
        const result = action.run({
          vars: context.vars,
          lang: context.lang,
          now: eventNow(event as never),
          text: eventText(event as never),
          labels: labelsFor(context.lang),
          directory: services.directory(),
          format,
          place: context.place,
          search: context.search,
        });
        return { vars: Object.assign({}, context.vars, result.vars), search: result.search ?? context.search };
      } catch {
        const empty: FlowVars = Object.fromEntries(Object.keys(action.sets).map((k) => [k, '']));
        return { vars: Object.assign({}, context.vars, empty, { found: 'no' }) };
      }
    },
    /** Keeps the place a `location` route matched (looked up again: guards cannot store). */
    takePlace: (context: FlowContext, event: FlowEvent): Partial<FlowContext> => {
      const found = lookupAnswer(services.directory(), eventText(event), context.pendingTown);
      if (found.kind !== 'found') return {};
      return {
        place: found.place,
        pendingTown: undefined,
        vars: Object.assign({}, context.vars, { place: toGsm7(found.place.label).slice(0, 40) }),
      };
    },
    /** Keeps a town found in several states, so the next answer can be just the state. */
    takeAmbiguousPlace: (context: FlowContext, event: FlowEvent): Partial<FlowContext> => {
      const found = lookupAnswer(services.directory(), eventText(event), undefined);
      if (found.kind !== 'ambiguous') return {};
      const town = toGsm7(found.town).slice(0, 30);
      let states = '';
      for (const s of found.states) {
        const next = states ? `${states}, ${s}` : s;
        if (next.length > 40) break;
        states = next;
      }
      return { pendingTown: found.town, vars: Object.assign({}, context.vars, { town, states }) };
    },
  };
  type StepName = keyof typeof update;
  /** One named step with its parameters, as a node's arrival or a route's transition lists them. */
  type Step = { type: StepName; params?: object };
  const runStep = (context: FlowContext, event: FlowEvent, step: Step): Partial<FlowContext> =>
    (update[step.type] as (c: FlowContext, e: FlowEvent, p: unknown) => Partial<FlowContext>)(
      context,
      event,
      step.params,
    );

  const machineSetup = setup({
    types: {
      context: {} as FlowContext,
      events: {} as FlowEvent,
      input: {} as FlowInput,
    },
    actions: {
      enterNode: assign(({ context, event }, params: { node: string }) => update.enterNode(context, event, params)),
      say: assign(({ context, event }, params: { text: FlowText }) => update.say(context, event, params)),
      reask: assign(({ context }) => update.reask(context)),
      setVars: assign(({ context, event }, params: { values: FlowVars }) => update.setVars(context, event, params)),
      countMiss: assign(({ context }) => update.countMiss(context)),
      resetMisses: assign({ misses: 0 }),
      runAction: assign(({ context, event }, params: { name: string }) => update.runAction(context, event, params)),
      takePlace: assign(({ context, event }) => update.takePlace(context, event)),
      ask: assign(({ context, event }, params: { text: FlowText; node: string }) => update.ask(context, event, params)),
      learn: assign(({ context, event }) => update.learn(context, event)),
      takeAmbiguousPlace: assign(({ context, event }) => update.takeAmbiguousPlace(context, event)),
      /**
       * Several steps as one action, each seeing what the one before it did, exactly as a list of
       * assign actions would. XState copies the whole snapshot for every assign, and a node's
       * arrival or a route's transition is usually three or four of them.
       */
      steps: assign(({ context, event }, params: { steps: Step[] }) => {
        let next = context;
        for (const step of params.steps) next = Object.assign({}, next, runStep(next, event, step));
        return next;
      }),
      /** Forgets everything learned, keeping the language. */
      restart: assign({ vars: {}, misses: 0, place: undefined, pendingTown: undefined, search: undefined }),
      setLang: assign(({ context, event }) =>
        event.type === 'SET_LANG' && flow.languages.includes(event.lang)
          ? { lang: event.lang }
          : { lang: context.lang },
      ),
      flush: assign({ outbox: [] }),
    },
    guards: {
      routeMatches: ({ context, event }, params: { node: string; index: number }) =>
        event.type === 'TEXT' &&
        routeMatches(
          routeOf(params.node, params.index),
          `${params.node}/${params.index}`,
          event.text,
          context,
          event.heard,
        ),
      knownRoute: ({ context }, params: { node: string; index: number }) =>
        knownRouteIndex(params.node, context) === params.index,
      understoodSomething: ({ event }) => event.type === 'TEXT' && (event.heard?.filled.length ?? 0) > 0,
      missesLeft: ({ context }, params: { retries: number }) => context.misses < params.retries,
      varsMatch: ({ context }, params: { values: FlowVars }) =>
        Object.entries(params.values).every(([k, v]) => String(context.vars[k]) === String(v)),
      keywordIs: ({ event }, params: { name: string }) => event.type === 'KEYWORD' && event.name === params.name,
      gotoIs: ({ event }, params: { node: string }) => event.type === 'GOTO' && event.node === params.node,
    },
  });

  // The states are built from data, so TypeScript cannot check them against setup()'s names the
  // way it checks a hand-written machine; the names used below are exactly the keys above, and
  // the compiler tests run every kind of node through XState.
  type Action = Parameters<typeof machineSetup.createMachine>[0]['entry'];
  const states: Record<string, object> = {};
  for (const [nodeId, node] of Object.entries(flow.nodes)) states[nodeId] = stateFor(nodeId, node);

  /** A list of steps as the fewest actions: none, the one step itself, or one `steps` action. */
  function asActions(steps: Step[]): Step[] | [{ type: 'steps'; params: { steps: Step[] } }] {
    return steps.length <= 1 ? steps : [{ type: 'steps', params: { steps } }];
  }

  function arrivalActions(nodeId: string, node: FlowNode) {
    return asActions([
      { type: 'enterNode', params: { node: nodeId } },
      ...(node.do ? [{ type: 'runAction' as const, params: { name: node.do } }] : []),
      ...(node.set ? [{ type: 'setVars' as const, params: { values: node.set } }] : []),
      ...(node.say !== undefined ? [{ type: 'say' as const, params: { text: node.say } }] : []),
      ...(node.ask !== undefined ? [{ type: 'ask' as const, params: { text: node.ask, node: nodeId } }] : []),
    ]);
  }

  function routeTransition(nodeId: string, route: FlowRoute, index: number) {
    return {
      guard: { type: 'routeMatches', params: { node: nodeId, index } },
      target: route.goto,
      reenter: true,
      actions: asActions([
        ...(route.location === true ? [{ type: 'takePlace' as const }] : []),
        ...(route.location === 'ambiguous' ? [{ type: 'takeAmbiguousPlace' as const }] : []),
        ...(route.set ? [{ type: 'setVars' as const, params: { values: route.set } }] : []),
        ...(route.do ? [{ type: 'runAction' as const, params: { name: route.do } }] : []),
        ...(route.say !== undefined ? [{ type: 'say' as const, params: { text: route.say } }] : []),
      ]),
    };
  }

  /** A question already answered by what is known moves on along that answer's route, unasked. */
  function knownTransitions(nodeId: string, node: FlowNode) {
    return (node.routes ?? []).flatMap((route, index) => {
      const set = Object.keys(route.set ?? {});
      if (route.location !== true && !(set.length === 1 && LEARNABLE.has(set[0]))) return [];
      return [
        {
          guard: { type: 'knownRoute', params: { node: nodeId, index } },
          target: route.goto,
          reenter: true,
          actions: asActions([
            ...(route.do ? [{ type: 'runAction' as const, params: { name: route.do } }] : []),
            ...(route.say !== undefined ? [{ type: 'say' as const, params: { text: route.say } }] : []),
          ]),
        },
      ];
    });
  }

  function stateFor(nodeId: string, node: FlowNode) {
    const always = [
      ...(node.when ?? []).map((w) => ({ guard: { type: 'varsMatch', params: { values: w.if } }, target: w.goto })),
      ...(node.goto ? [{ target: node.goto }] : []),
      ...(node.ask !== undefined ? knownTransitions(nodeId, node) : []),
    ];
    let onText: unknown;
    if (node.ask !== undefined) {
      const other = node.other;
      onText = [
        ...(node.routes ?? []).map((route, i) => routeTransition(nodeId, route, i)),
        // Understood, but not an answer to this question ("we live in 79101" at "who is it for"):
        // kept, and asked again without a "sorry".
        { guard: { type: 'understoodSomething' }, actions: [{ type: 'reask' }] },
        ...(other
          ? [
              {
                guard: { type: 'missesLeft', params: { retries: other.retries } },
                actions: asActions([
                  { type: 'countMiss' },
                  { type: 'say', params: { text: other.say } },
                  { type: 'reask' },
                ]),
              },
              { target: other.then, reenter: true },
            ]
          : [{ actions: [{ type: 'reask' }] }]),
      ];
    } else if (node.end) {
      // An ended conversation starts again with whatever comes next.
      onText = { target: flow.start, reenter: true, actions: [{ type: 'restart' }] };
    }
    return {
      entry: arrivalActions(nodeId, node) as Action,
      ...(always.length ? { always } : {}),
      ...(onText ? { on: { TEXT: onText } } : {}),
    };
  }

  const keywordTransitions = Object.entries(flow.keywords).map(([name, keyword]) => {
    const sayIt = keyword.say !== undefined ? [{ type: 'say', params: { text: keyword.say } }] : [];
    if (name === 'restart') {
      return {
        guard: { type: 'keywordIs', params: { name } },
        target: `.${keyword.goto ?? flow.start}`,
        reenter: true,
        actions: [{ type: 'restart' }, ...sayIt],
      };
    }
    if (keyword.goto)
      return {
        guard: { type: 'keywordIs', params: { name } },
        target: `.${keyword.goto}`,
        reenter: true,
        actions: sayIt,
      };
    return { guard: { type: 'keywordIs', params: { name } }, actions: [...sayIt, { type: 'reask' }] };
  });

  const machine = machineSetup.createMachine({
    id: `flow-${id}`,
    context: ({ input }) => ({
      lang: flow.languages.includes(input.lang) ? input.lang : defaultLang,
      node: flow.start,
      vars: input.place ? { ...input.vars, place: toGsm7(input.place.label).slice(0, 40) } : { ...input.vars },
      misses: 0,
      outbox: [],
      ...(input.place ? { place: input.place } : {}),
    }),
    initial: flow.start,
    on: {
      KEYWORD: keywordTransitions as never,
      REASK: { actions: 'reask' },
      SET_LANG: { actions: ['setLang', 'reask'] },
      FLUSH: { actions: 'flush' },
      LEARN: { actions: 'learn' },
      // Back to a question whose answer was corrected; what is known carries the conversation on from there.
      GOTO: Object.keys(flow.nodes)
        .filter((n) => flow.nodes[n].ask !== undefined)
        .map((n) => ({ guard: { type: 'gotoIs', params: { node: n } }, target: `.${n}`, reenter: true })) as never,
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
    understands: (context, text) =>
      (flow.nodes[context.node]?.routes ?? []).some(
        (route, i) => !route.any && routeMatches(route, `${context.node}/${i}`, text, context),
      ),
    render,
  };
}
