import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign, createActor, setup, type AnyActorScope } from 'xstate';
import { sharedActorScope } from '../../src/engine/sharedActorScope';

/**
 * The engine steps machines through XState's actor scope, an internal and undocumented shape
 * (src/engine/sharedActorScope.ts): the public `transition()` builds a throwaway actor per call
 * and costs about twice as much per machine step (tools/bench/xstateApiCost.ts). So xstate is
 * pinned to an exact version, and these tests fail loudly when what the engine relies on changes.
 */

const ROOT = join(__dirname, '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

/** A machine like a compiled flow's: assigns to its context, plus one plain action (the trace's `took`). */
function probeMachine(seen: string[]) {
  return setup({
    types: { context: {} as { n: number; lang: string }, input: {} as { lang: string } },
    actions: {
      bump: assign(({ context }) => ({ n: context.n + 1 })),
      note: (_args, params: { what: string }) => void seen.push(params.what),
    },
  }).createMachine({
    context: ({ input }) => ({ n: 0, lang: input.lang }),
    initial: 'a',
    states: {
      a: { entry: [{ type: 'note', params: { what: 'entered a' } }], on: { GO: { target: 'b', actions: 'bump' } } },
      b: { entry: [{ type: 'bump' }, { type: 'note', params: { what: 'entered b' } }] },
    },
  });
}

describe('the XState internals the engine relies on', () => {
  it('xstate is pinned to an exact version, and that version is the one installed', () => {
    const wanted = (readJson(join(ROOT, 'package.json')).dependencies as Record<string, string>).xstate;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = readJson(join(ROOT, 'node_modules', 'xstate', 'package.json')).version;
    expect(installed).toBe(wanted);
  });

  it('the shared scope has every member of the scope XState gives its own actors', () => {
    const machine = probeMachine([]);
    const own = (createActor(machine, { input: { lang: 'en' } }) as unknown as { _actorScope: AnyActorScope })
      ._actorScope;
    expect(own).toBeDefined();
    const ours = sharedActorScope(machine, { lang: '' });
    expect(Object.keys(ours).sort()).toEqual(Object.keys(own).sort());
  });

  it('steps a stored snapshot with the shared scope: assigns apply, plain actions run at once, JSON round trip', () => {
    const seen: string[] = [];
    const machine = probeMachine(seen);
    const scope = sharedActorScope(machine, { lang: '' });
    seen.length = 0; // the scope's idle actor entered `a` once when it was built
    const first = machine.getInitialSnapshot(scope, { lang: 'es' });
    expect(seen).toEqual(['entered a']);
    const stored = JSON.parse(JSON.stringify(machine.getPersistedSnapshot(first))) as unknown;
    const restored = machine.restoreSnapshot!(stored as never, scope);
    const next = machine.transition(restored as never, { type: 'GO' }, scope);
    expect(next.value).toBe('b');
    expect(next.context).toEqual({ n: 2, lang: 'es' });
    expect(next.status).toBe('active');
    // Run during the transition, in order, not deferred to a running actor, as the shared scope promises.
    expect(seen).toEqual(['entered a', 'entered b']);
  });
});
