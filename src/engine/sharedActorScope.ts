import { createActor, type AnyActorScope, type AnyStateMachine } from 'xstate';

/**
 * One actor scope per machine, shared by every step: a machine that only assigns to its context
 * needs no running actor to move on. Creating, starting and stopping an actor per text (and
 * XState's own `transition()`, which builds a throwaway actor per call) cost more than the step.
 * Actions other than assign, should a machine ever have them, run at once, during the transition.
 * The scope's shape is XState's internal one, so xstate is pinned to an exact version and
 * test/engine/sharedActorScope.test.ts fails when that shape or behaviour changes; the public
 * `transition()` costs about twice as much per machine step (tools/bench/xstateApiCost.ts).
 */
const scopes = new WeakMap<AnyStateMachine, AnyActorScope>();

/**
 * The scope to pass to `machine.restoreSnapshot`, `getInitialSnapshot` and `transition` for
 * stepping stored snapshots without an actor. `inertInput` is what the scope's own (never
 * started) actor is built with; it must be an input the machine's context accepts.
 */
export function sharedActorScope(machine: AnyStateMachine, inertInput?: unknown): AnyActorScope {
  let scope = scopes.get(machine);
  if (!scope) {
    // The scope's own actor is never started; it only lends the scope its `self` and system.
    const self = createActor(machine, { input: inertInput });
    const noop = () => undefined;
    scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: noop,
      defer: noop,
      emit: noop,
      stopChild: noop,
      actionExecutor: (action) => action.exec?.(action.info, action.params),
    };
    scopes.set(machine, scope);
  }
  return scope;
}
