import type { FlowFile, FlowNode, FlowRoute } from '../../flow/flowSchema';
import type { Step } from './contextUpdates';
import { LEARNABLE } from './routeMatching';

/**
 * The states and transitions of a flow's machine, built from the flow's data. They name the
 * actions and guards the compiler registers with setup() (flowCompiler.ts); TypeScript cannot check
 * names built from data, so the compiler tests run every kind of node through XState.
 */

/** A list of steps as the fewest actions: none, the one step itself, or one `steps` action. */
export function asActions(steps: Step[]): Step[] | [{ type: 'steps'; params: { steps: Step[] } }] {
  return steps.length <= 1 ? steps : [{ type: 'steps', params: { steps } }];
}

/** What arriving at a node does: enter it, run its action, set, say, ask. */
function arrivalActions(nodeId: string, node: FlowNode, isStart: boolean) {
  return asActions([
    { type: 'enterNode', params: { node: nodeId } },
    ...(node.do ? [{ type: 'runAction' as const, params: { name: node.do } }] : []),
    ...(node.set ? [{ type: 'setVars' as const, params: { values: node.set } }] : []),
    ...(node.say !== undefined
      ? [{ type: 'say' as const, params: isStart ? { text: node.say, welcome: true } : { text: node.say } }]
      : []),
    ...(node.ask !== undefined ? [{ type: 'ask' as const, params: { text: node.ask, node: nodeId } }] : []),
  ]);
}

/**
 * A guard that always passes and tells the step's trace the route was taken, for a move with no
 * guard of its own. Routes are noted by their guards, not by actions: an extra action on every
 * transition cost about 20 µs per text in stepBench, a guard that passes costs next to nothing.
 */
function took(route: string) {
  return { type: 'took', params: { route } };
}

/** A route of a question: its guard, its target and what taking it does. */
function routeTransition(nodeId: string, route: FlowRoute, index: number) {
  return {
    guard: { type: 'routeMatches', params: { node: nodeId, index, route: `nodes.${nodeId}.routes[${index}]` } },
    target: route.goto,
    reenter: true,
    actions: asActions([
      ...(route.location === true ? [{ type: 'takePlace' as const }] : []),
      ...(route.location === 'ambiguous' ? [{ type: 'takeAmbiguousPlace' as const }] : []),
      ...(route.location === 'state' ? [{ type: 'takeState' as const }] : []),
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
    if (route.location === undefined && !(set.length === 1 && LEARNABLE.has(set[0]))) return [];
    return [
      {
        guard: { type: 'knownRoute', params: { node: nodeId, index, route: `nodes.${nodeId}.routes[${index}]` } },
        target: route.goto,
        reenter: true,
        actions: asActions([
          // A state said earlier ("i live in kansas") is taken once: "which town?" is asked, and not again after.
          ...(route.location === 'state' ? [{ type: 'takeState' as const }] : []),
          ...(route.do ? [{ type: 'runAction' as const, params: { name: route.do } }] : []),
          ...(route.say !== undefined ? [{ type: 'say' as const, params: { text: route.say } }] : []),
        ]),
      },
    ];
  });
}

/** The XState state of one node: its arrival, its eventless moves (when, goto, known answers) and its TEXT routes. */
export function stateFor(flow: FlowFile, nodeId: string, node: FlowNode) {
  const always = [
    ...(node.when ?? []).map((w, i) => ({
      // The test's variables and values as string pairs, worked out once: XState asks after every move through it.
      guard: {
        type: 'varsMatch',
        params: { pairs: Object.entries(w.if).map(([k, v]) => [k, String(v)]), route: `nodes.${nodeId}.when[${i}]` },
      },
      target: w.goto,
    })),
    ...(node.goto ? [{ guard: took(`nodes.${nodeId}.goto`), target: node.goto }] : []),
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
              guard: { type: 'missesLeft', params: { retries: other.retries, route: `nodes.${nodeId}.other` } },
              actions: asActions([
                { type: 'countMiss' },
                { type: 'say', params: { text: other.say } },
                { type: 'reask' },
              ]),
            },
            { guard: took(`nodes.${nodeId}.other.then`), target: other.then, reenter: true },
          ]
        : [{ actions: [{ type: 'reask' }] }]),
    ];
  } else if (node.end) {
    // An ended conversation starts again with whatever comes next.
    onText = { guard: took('start'), target: flow.start, reenter: true, actions: [{ type: 'restart' }] };
  }
  return {
    entry: arrivalActions(nodeId, node, nodeId === flow.start),
    ...(always.length ? { always } : {}),
    ...(onText ? { on: { TEXT: onText } } : {}),
  };
}

/** The machine-wide KEYWORD transitions: RESTART forgets and starts over, `goto` moves, the others ask again. */
export function keywordTransitions(flow: FlowFile) {
  return Object.entries(flow.keywords).map(([name, keyword]) => {
    const setIt = keyword.set ? [{ type: 'setVars' as const, params: { values: keyword.set } }] : [];
    const sayIt = [...setIt, ...(keyword.say !== undefined ? [{ type: 'say', params: { text: keyword.say } }] : [])];
    if (name === 'restart') {
      return {
        guard: { type: 'keywordIs', params: { name, route: `keywords.${name}` } },
        target: `.${keyword.goto ?? flow.start}`,
        reenter: true,
        actions: [{ type: 'restart' }, ...sayIt],
      };
    }
    if (keyword.goto)
      return {
        guard: { type: 'keywordIs', params: { name, route: `keywords.${name}` } },
        target: `.${keyword.goto}`,
        reenter: true,
        actions: sayIt,
      };
    return {
      guard: { type: 'keywordIs', params: { name, route: `keywords.${name}` } },
      actions: [...sayIt, { type: 'reask' }],
    };
  });
}
