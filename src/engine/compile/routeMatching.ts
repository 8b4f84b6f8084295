import type { MeetingDirectory, PlaceLookup } from '../../directory/types';
import type { FlowFile, FlowRoute } from '../../flow/flowSchema';
import { toGsm7 } from '../../sms/gsm7';
import { startsWithNoOfAVerb, turnsDownWhatItNames } from '../../text/noOfAVerb';
import { allWords, containsAnyWord, menuNumber, patternMatches, type WordList } from '../../text/answerMatch';
import type { ConversationContext, TextHeard } from './compiledFlowTypes';
import { stateAnswered } from '../pendingTownState';
import { stateAlone } from '../placeChange';
import { STATES_MAX } from '../actions/budgets';
import { homeNamesake, inHomeState } from '../homeStateTown';
import { ownStateNotTheCity } from '../../directory/stateNeighbours';
import { plainLower, wordsOfPlain } from '../../text/textWords';
import { meansHomeState, twoLetterCityAnswer } from '../../understand/shortCityNames';
import { hourRuledOutIn } from '../../understand/hourRuledOut';
import { asksOfBuildings } from '../buildingAsked';
import { wasPassedOver } from '../passedOver';

/** How a compiled flow decides which route a text takes, and which questions what is known already answers. */

/** Variables the understanding step fills that a question may already have been answered by. */
export const LEARNABLE = new Set(['audience', 'concern', 'medication', 'teen', 'mode']);

/** Reads the moment an event happened; the machine never reads the clock. */
export function eventNow(event: { type: string; now?: Date; input?: { now?: Date } }): Date {
  return event.now ?? event.input?.now ?? new Date(0);
}

/** The text an event carries: a TEXT, or a LEARN or GOTO that may move on to a search reading its day words. */
export function eventText(event: { type: string; text?: string }): string {
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
  {
    text: string;
    pendingTown: string | undefined;
    inState: string | undefined;
    homeState: string | undefined;
    found: PlaceLookup;
  }
>();

/** What a place answer is read against besides its words: the conversation's place question so far. */
export interface PlaceAnswerContext {
  /** A town found in several states, when the question is which state. */
  pendingTown?: string;
  /** The which-state question's numbered list (`vars.states`), so "3" picks one. */
  listedStates?: unknown;
  /** A state named alone before (`vars.in_state`): "canyon" is then the town in it. */
  inState?: unknown;
  /** The texter's number's state: a town in several states is the one in it (homeStateTown.ts). */
  homeState?: string;
}

/** The place answer's context in a conversation: what a `location` route and the place it keeps both read. */
export function placeAnswerContext(context: ConversationContext): PlaceAnswerContext {
  const { states, in_state: inState } = context.vars;
  return { pendingTown: context.pendingTown, listedStates: states, inState, homeState: context.homeState };
}

/**
 * The place a text names (the state after a town found in several, or the town in the texter's number's state),
 * looked up once per text.
 */
export function lookupAnswer(directory: MeetingDirectory, text: string, where: PlaceAnswerContext): PlaceLookup {
  const { pendingTown, listedStates, inState, homeState } = where;
  const state = typeof inState === 'string' && inState ? inState : undefined;
  const last = lastLookup.get(directory);
  if (
    last &&
    last.text === text &&
    last.pendingTown === pendingTown &&
    last.inState === state &&
    last.homeState === homeState
  )
    return last.found;
  // "LA", "the dc area" at the place question: the city, unless the letters are the texter's own state.
  const short = twoLetterCityAnswer(wordsOfPlain(plainLower(text)));
  const looked =
    short && !meansHomeState(short, homeState)
      ? directory.lookupPlace(short.city)
      : inHomeState(directory, lookupUncached(directory, text, pendingTown, listedStates, state), homeState, true);
  // "washington" from a Washington number is the state (which town in it?), not Washington, DC.
  // "washington" from an Iowa number is Washington, IA (homeNamesake); a town named with its state is not moved.
  const found: PlaceLookup = ownStateNotTheCity(text, looked, homeState)
    ? { kind: 'not_found' }
    : short
      ? looked
      : homeNamesake(directory, looked, text, homeState);
  lastLookup.set(directory, { text, pendingTown, inState: state, homeState, found });
  return found;
}

function lookupUncached(
  directory: MeetingDirectory,
  text: string,
  pendingTown: string | undefined,
  listedStates: unknown,
  inState: string | undefined,
): PlaceLookup {
  // After "texas" alone, "which town in Texas?": "canyon" is Canyon, TX.
  if (inState) {
    const inIt = directory.lookupPlace(`${text}, ${inState}`);
    if (inIt.kind === 'found') return inIt;
  }
  if (pendingTown) {
    const state = stateByPosition(text, listedStates) ?? stateAnswered(text) ?? text;
    const withState = directory.lookupPlace(`${pendingTown}, ${state}`);
    if (withState.kind === 'found') return withState;
  }
  return directory.lookupPlace(text);
}

/**
 * The state a number picks from the which-state question's numbered list ("1 AZ, 2 CO, 3 OR"): "3" is OR. A
 * number past its end, or at its "...", picks nothing. A list saved before the numbers ("AZ, CO, OR") reads the same.
 */
function stateByPosition(text: string, listedStates: unknown): string | undefined {
  if (typeof listedStates !== 'string' || !listedStates) return undefined;
  const n = menuNumber(text);
  if (n === undefined) return undefined;
  const item = listedStates.split(', ')[n - 1]?.replace(/^\d+ /, '');
  return item && /^[A-Z]{2}$/.test(item) ? item : undefined;
}

/**
 * The variables the `which_state` question says for a town found in several states: the town and the
 * states it is in, numbered as the line's menus are ("1 MA, 2 NY, 3 PA"), since people answer a list
 * with a number; as many as fit STATES_MAX, then "..." (the texter can still send their state's letters).
 * Plain GSM-7.
 */
export function ambiguousTownVars(found: { town: string; states: readonly string[] }): {
  town: string;
  states: string;
} {
  let states = '';
  for (let i = 0; i < found.states.length; i++) {
    const next = `${states ? `${states}, ` : ''}${i + 1} ${found.states[i]}`;
    // Room for ", ..." while more follow.
    if (next.length > (i + 1 < found.states.length ? STATES_MAX - 5 : STATES_MAX)) {
      states += ', ...';
      break;
    }
    states = next;
  }
  return { town: toGsm7(found.town).slice(0, 30), states };
}

/** The route tests of one flow, built once at compile time. */
export interface RouteMatcher {
  /** The route of a node by its index. */
  routeOf(node: string, index: number): FlowRoute;
  /** True when the text (and what was understood in it) is this route's answer. `key` is `node/index`. */
  routeMatches(route: FlowRoute, key: string, text: string, context: ConversationContext, heard?: TextHeard): boolean;
  /**
   * The route a question would take from what is already known, so it is not asked: a route that
   * sets one variable the conversation already holds with that value, or a place route once the
   * place is known. Undefined when the question is still open.
   */
  knownRouteIndex(node: string, context: ConversationContext): number | undefined;
}

/** Each route's phrases that turn something down themselves ("no preference", "i dont want to say", "no se"). */
const turningDown = new WeakMap<object, string[]>();

/** The phrases of a word list that start by turning down: a text that says one of them still chooses its route. */
function turningDownPhrases(words: WordList): string[] {
  let list = turningDown.get(words);
  if (!list) turningDown.set(words, (list = allWords(words).filter((w) => turnsDownWhatItNames(w))));
  return list;
}

/** The route tests of a flow: its words, numbers, patterns (compiled by assertBuildable) and places. */
export function routeMatcher(
  flow: FlowFile,
  patterns: ReadonlyMap<string, RegExp>,
  directory: () => MeetingDirectory,
): RouteMatcher {
  /**
   * Per node, the routes what is known can answer (a place route, or one that sets one learnable
   * variable), worked out once: XState asks on every arrival and after every move.
   */
  const knowable = new Map<
    string,
    Array<{
      index: number;
      location: boolean;
      ambiguous: boolean;
      state: boolean;
      name?: string;
      value?: string;
      no: boolean;
    }>
  >();
  for (const [nodeId, node] of Object.entries(flow.nodes)) {
    const list = (node.routes ?? []).flatMap((r, index) => {
      const set = Object.entries(r.set ?? {});
      const learnable = set.length === 1 && LEARNABLE.has(set[0][0]);
      if (r.location === undefined && !learnable) return [];
      return [
        {
          index,
          location: r.location === true,
          ambiguous: r.location === 'ambiguous',
          // Not a question's route back to itself ("which town in Texas?" asked again): that would never move on.
          state: r.location === 'state' && r.goto !== nodeId,
          ...(learnable ? { name: set[0][0], value: String(set[0][1]) } : {}),
          // The question's `no` route: taken unasked once the question was passed over (passedOver.ts).
          no: learnable && r.no === true,
        },
      ];
    });
    if (list.length) knowable.set(nodeId, list);
  }
  return {
    routeOf: (node, index) => (flow.nodes[node].routes ?? [])[index],
    routeMatches(route, key, text, context, heard) {
      if (route.any) return true;
      if (route.number !== undefined) {
        const n = menuNumber(text);
        const wanted = Array.isArray(route.number) ? route.number : [route.number];
        if (n !== undefined && wanted.includes(n)) return true;
      }
      // "not online", "i dont want zoom": the words of a choice turned down are no choice of it ("no preference",
      // listed whole, still is).
      if (
        route.words &&
        containsAnyWord(text, route.words) &&
        (!turnsDownWhatItNames(text) || containsAnyWord(text, turningDownPhrases(route.words)))
      )
        return true;
      if (route.understood && heard?.filled.some((slot) => route.understood!.includes(slot))) return true;
      if (route.intent && heard?.intents.includes(route.intent)) return true;
      // The understanding step's yes or no reads what the flow's lists cannot ("yesss", "yea sure", "nah im good").
      if (route.yes && (heard?.yes === true || containsAnyWord(text, flow.yes_words))) return true;
      // "no hablo ingles", "no i said after 7": a "no" of what follows is no answer, whatever the list holds.
      // A text that told something ("wait its my husband not my son") is a no only as the understanding reads one:
      // a "not" inside it is no answer (the seventeenth session's probe: "OK, take care" at the results).
      // "en la manana no puedo", "any not at a church": an hour ruled out, a building asked of, no "no" to the list.
      const toldSomething = heard !== undefined && heard.filled.length > 0;
      const saysNo = () =>
        containsAnyWord(text, flow.no_words) &&
        !startsWithNoOfAVerb(text) &&
        !hourRuledOutIn(text) &&
        !asksOfBuildings(text);
      if (route.no && (heard?.yes === false || (!toldSomething && saysNo()))) return true;
      const pattern = patterns.get(key);
      if (pattern && patternMatches(pattern, text)) return true;
      if (route.location && text.trim()) {
        const found = lookupAnswer(directory(), text, placeAnswerContext(context));
        if (route.location === true && found.kind === 'found') return true;
        if (route.location === 'ambiguous' && found.kind === 'ambiguous') return true;
        // "texas" alone, "i live in kansas": no place to search, but the question of which town in it.
        if (
          route.location === 'state' &&
          found.kind === 'not_found' &&
          (stateAlone(text) || heard?.filled.includes('state'))
        )
          return true;
      }
      return false;
    },
    knownRouteIndex(node, context) {
      const routes = knowable.get(node);
      if (!routes) return undefined;
      for (const r of routes) {
        // A town named since the place was known, found in several states, waits for its state first.
        if (r.location && context.place && !context.pendingTown) return r.index;
        // A town an earlier text named, found in several states: the question of which one comes next.
        if (r.ambiguous && context.pendingTown) return r.index;
        // A state an earlier text named alone ("i live in kansas"): the question of which town in it.
        if (r.state && context.vars.state_said && !context.place && !context.pendingTown) return r.index;
        if (r.name !== undefined && context.vars[r.name] !== undefined && String(context.vars[r.name]) === r.value)
          return r.index;
        // Passed over before ("amarillo" twice at the medication question): on along `no`, the slot left unknown.
        if (r.no && r.name !== undefined && context.vars[r.name] === undefined && wasPassedOver(context.vars, r.name))
          return r.index;
      }
      return undefined;
    },
  };
}
