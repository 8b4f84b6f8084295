import type { AnyMachineSnapshot } from 'xstate';
import { compileFlow } from '../../src/engine/flowCompiler';
import { persistedSnapshot, restoreSnapshot, type StoredSnapshot } from '../../src/engine/liveConversation';
import { sharedActorScope } from '../../src/engine/sharedActorScope';
import { recoveryFlow, TUESDAY_EVENING } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

/**
 * The engine restores a stored conversation from one restored snapshot per node, and stores it
 * without XState's getPersistedSnapshot (src/engine/liveConversation.ts). Both lean on XState's
 * snapshot shape, so at every node of the shipped flow they must agree with XState's own way.
 */

const compiled = compileFlow(recoveryFlow(), { directory: () => fakeDirectory() });
const machine = compiled.machine;
const scope = sharedActorScope(machine, { lang: '', now: new Date(0) });

function storedAt(node: string, vars: Record<string, unknown>): StoredSnapshot {
  return {
    status: 'active',
    value: node,
    historyValue: {},
    context: { lang: 'en', node, vars, misses: 0, outbox: [] },
    children: {},
  };
}

/** What a snapshot is, without its methods: what XState reads when it moves it on. */
function shape(s: AnyMachineSnapshot) {
  const nodes = (s as unknown as { _nodes: Array<{ id: string }> })._nodes.map((n) => n.id);
  return {
    status: s.status,
    value: s.value,
    context: s.context,
    children: s.children,
    historyValue: s.historyValue,
    nodes,
    tags: [...s.tags],
  };
}

const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe.each(Object.keys(recoveryFlow().flow.nodes))('restoring a conversation at %s', (node) => {
  it('gives what XState restoreSnapshot gives, the first time and from the kept one', () => {
    const first = storedAt(node, { audience: 'self' });
    const second = storedAt(node, { audience: 'family', concern: 'alcohol' });
    for (const stored of [first, second]) {
      const ours = restoreSnapshot(machine, copy(stored));
      const xstates = machine.restoreSnapshot!(copy(stored) as never, scope) as AnyMachineSnapshot;
      expect(shape(ours)).toEqual(shape(xstates));
      expect(Object.keys(ours).sort()).toEqual(Object.keys(xstates).sort());
    }
  });

  it('moves on and is stored exactly as XState would move and store it', () => {
    const stored = storedAt(node, { audience: 'family' });
    for (const text of ['1', 'no', 'alcohol', '79101']) {
      const ours = restoreSnapshot(machine, copy(stored));
      const xstates = machine.restoreSnapshot!(copy(stored) as never, scope) as AnyMachineSnapshot;
      const event = { type: 'TEXT', text, now: TUESDAY_EVENING };
      const oursNext = machine.transition(ours, event, scope) as AnyMachineSnapshot;
      const xstatesNext = machine.transition(xstates, event, scope) as AnyMachineSnapshot;
      const xstatesStored = machine.getPersistedSnapshot(xstatesNext) as unknown as { context: object };
      // The engine stores no outbox, nor the welcome flag that only lives within a step.
      const expected = { ...xstatesStored, context: { ...xstatesStored.context, outbox: [], welcomeSaid: undefined } };
      expect(JSON.stringify(persistedSnapshot({ compiled, snapshot: oursNext }))).toBe(JSON.stringify(expected));
    }
  });
});
