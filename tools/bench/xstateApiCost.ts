/**
 * `npx tsx tools/bench/xstateApiCost.ts`: what one machine step costs through XState's public pure
 * API (`transition()` / `initialTransition()`, each building a throwaway actor scope) against the
 * engine's shared actor scope (src/engine/sharedActorScope.ts), on the shipped flow's machine. It
 * decides whether the engine can leave the internal scope (issue 15, point 7); the numbers are in
 * the README's XState note.
 */
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { emptyDirectory } from '../../src/directory/emptyDirectory';
import { compileFlow, type FlowEvent } from '../../src/engine/flowCompiler';
import { sharedActorScope } from '../../src/engine/sharedActorScope';
import { parseFlowFile } from '../../src/flow/flowParser';

const parsed = parseFlowFile('flows/recovery.yaml');
if (!parsed.flow) throw new Error('flows/recovery.yaml does not parse');
const { machine } = compileFlow(
  { id: parsed.id, version: parsed.version, flow: parsed.flow },
  { directory: () => emptyDirectory },
);
const now = new Date('2026-12-02T19:00:00-06:00');
const input = { lang: 'en', now };
const event: FlowEvent = { type: 'TEXT', text: '1', now };
const scope = sharedActorScope(machine, input);

/** Median microseconds of `run` over `n` calls, after a warm-up. */
function median(run: () => void, n = 20_000): number {
  for (let i = 0; i < 2_000; i++) run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

const stored = JSON.parse(
  JSON.stringify(machine.getPersistedSnapshot(machine.getInitialSnapshot(scope, input))),
) as unknown;

const shared = median(() => {
  const snapshot = machine.restoreSnapshot!(stored as never, scope) as AnyMachineSnapshot;
  machine.transition(snapshot, event, scope);
});
const publicApi = median(() => {
  // resolveState is public; the returned actions are what a host would run (the trace notes).
  const snapshot = machine.resolveState(stored as never);
  const [, actions] = transition(machine, snapshot, event);
  for (const a of actions) (a as { exec?: (i: unknown, p: unknown) => void }).exec?.(a.info, a.params);
});
const sharedStart = median(() => void machine.getInitialSnapshot(scope, input));
const publicStart = median(() => void initialTransition(machine, input));

process.stdout.write(
  `${JSON.stringify({
    answer_shared_scope_us: shared,
    answer_public_transition_us: publicApi,
    start_shared_scope_us: sharedStart,
    start_public_initialTransition_us: publicStart,
  })}\n`,
);
