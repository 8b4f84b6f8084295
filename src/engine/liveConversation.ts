import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { EngineScope } from './engineScope';
import type { CompiledFlow, ConversationContext, FlowEvent } from './flowCompiler';
import type { Learned } from './learnFromText';
import { sharedActorScope } from './sharedActorScope';
import { nodeOfSnapshot } from './stepLanguage';
import { emptyTrace, traceNote, untraced, withTrace, type StepTrace } from './stepTrace';
import type { Session, StepInput } from './types';

/** A conversation for the length of one step: its flow and where it stands. */
export interface Live {
  compiled: CompiledFlow;
  snapshot: AnyMachineSnapshot;
}

/** Flow machines build their context from `{ lang, now }`, so the shared scope's idle actor gets one. */
const IDLE_ACTOR_INPUT = { lang: '', now: new Date(0) };

function scopeFor(machine: AnyStateMachine): AnyActorScope {
  return untraced(() => sharedActorScope(machine, IDLE_ACTOR_INPUT));
}

/** How a conversation starts: its language and moment, what its first text told, and what the line knows besides. */
export interface LiveStart {
  lang: string;
  now: Date;
  /** What the first text said (so those questions are not asked). */
  learned?: Learned;
  /** The welcome is left out, for a texter who has had it. */
  quiet?: boolean;
  /** The time zone of the texter's number's state (StepInput.homeZone). */
  homeZone?: string;
  /** The texter's number's state (StepInput.homeState). */
  homeState?: string;
}

/** Where a texter's number is from (StepInput.homeZone, homeState). */
export type StepHome = Pick<StepInput, 'homeZone' | 'homeState'>;

/** Where the texter's number is from, as a conversation starts with it: its state's time zone and its code. */
export function homeOf(input: StepHome): StepHome {
  return { homeZone: input.homeZone, homeState: input.homeState };
}

/** A new conversation on a flow, already holding what its first text told (so those questions are not asked). */
export function startLive(flow: CompiledFlow, start: LiveStart): Live {
  traceNote.event(flow.id, 'START');
  const { lang, now, learned, quiet = false, homeZone, homeState } = start;
  if (learned?.filled.length) {
    const input = {
      lang,
      now,
      vars: learned.vars,
      place: learned.place,
      pendingTown: learned.pendingTown,
      quiet,
      homeZone,
      homeState,
    };
    return { compiled: flow, snapshot: flow.machine.getInitialSnapshot(scopeFor(flow.machine), input) };
  }
  return { compiled: flow, snapshot: plainStart(flow, lang, now, quiet, homeZone, homeState) };
}

/** A start with nothing learned, and what the machine noted while it ran (replayed into each step's trace). */
interface PlainStart {
  snapshot: AnyMachineSnapshot;
  notes: Pick<StepTrace, 'nodes' | 'routes' | 'actions'>;
}

/** Per machine (language, quiet or not, home zone), the first snapshot of a conversation with nothing learned. */
const plainStarts = new WeakMap<AnyStateMachine, Map<string, PlainStart>>();

/**
 * The first snapshot of a conversation that starts with nothing learned ("hi"): the same for
 * everyone on a flow version and language, so it is made once. Snapshots are values XState never
 * changes (each event makes a new one), and its context is frozen (not the outbox: V8 copies a
 * frozen array slowly), so every conversation may start from it. Only a start that ran no `do:`
 * action is kept: an action may read the time.
 */
function plainStart(
  flow: CompiledFlow,
  lang: string,
  now: Date,
  quiet: boolean,
  homeZone: string | undefined,
  homeState: string | undefined,
): AnyMachineSnapshot {
  const machine = flow.machine;
  let byLang = plainStarts.get(machine);
  // A few hundred keys at most: the flow's languages, quiet or not, and the states with their zones.
  const key = `${lang}${quiet ? ' quiet' : ''}${homeZone ? ` ${homeZone}` : ''}${homeState ? ` ${homeState}` : ''}`;
  const kept = byLang?.get(key);
  if (kept) {
    traceNote.replay(kept.notes);
    return kept.snapshot;
  }
  const notes = emptyTrace();
  const snapshot = withTrace(notes, () =>
    machine.getInitialSnapshot(scopeFor(machine), { lang, now, quiet, homeZone, homeState }),
  ) as AnyMachineSnapshot;
  traceNote.replay(notes);
  if (snapshot.status === 'active' && notes.actions.length === 0) {
    const context = snapshot.context as ConversationContext;
    Object.freeze(context.vars);
    Object.freeze(context);
    if (!byLang) plainStarts.set(machine, (byLang = new Map()));
    byLang.set(key, { snapshot, notes });
  }
  return snapshot;
}

/**
 * Per machine, one restored snapshot per state, to restore others at that state from. XState's
 * restoreSnapshot works out the state's nodes, tags and value object again for every text, and
 * walks the context for actors to revive; a flow machine's stored snapshot is a state name, a
 * context of plain data, no children and no history, so only the context differs between two
 * conversations at one node. Anything else is restored by XState itself.
 * test/engine/snapshotRestore.test.ts checks both ways agree at every node of the shipped flow.
 */
const restoredByState = new WeakMap<AnyStateMachine, Map<string, AnyMachineSnapshot>>();

/** A stored snapshot back as a live one; see restoredByState. */
export function restoreSnapshot(machine: AnyStateMachine, stored: StoredSnapshot): AnyMachineSnapshot {
  if (!isPlainStored(stored)) {
    return machine.restoreSnapshot!(stored as never, scopeFor(machine)) as AnyMachineSnapshot;
  }
  let byState = restoredByState.get(machine);
  if (!byState) restoredByState.set(machine, (byState = new Map()));
  const template = byState.get(stored.value);
  if (template) return Object.assign({}, template, { context: stored.context });
  const restored = machine.restoreSnapshot!(stored as never, scopeFor(machine)) as AnyMachineSnapshot;
  // Kept without this conversation's context: nothing a texter said stays in memory past their step.
  byState.set(stored.value, Object.assign({}, restored, { context: {} }));
  return restored;
}

/** A stored snapshot as the store gives it back (parsed JSON). */
export interface StoredSnapshot {
  status?: unknown;
  value?: unknown;
  context?: unknown;
  children?: unknown;
  historyValue?: unknown;
}

function isPlainStored(s: StoredSnapshot): s is StoredSnapshot & { value: string } {
  return (
    s.status === 'active' &&
    typeof s.value === 'string' &&
    typeof s.context === 'object' &&
    s.context !== null &&
    isEmptyObject(s.children) &&
    isEmptyObject(s.historyValue)
  );
}

function isEmptyObject(o: unknown): boolean {
  return typeof o === 'object' && o !== null && !hasKeys(o);
}

/** Restores a stored conversation, on its own version or on the entry flow if its node still exists there. */
export function restoreLive(scope: EngineScope, session: Session, entry: CompiledFlow): Live | undefined {
  const node = nodeOfSnapshot(session.snapshot);
  if (!node) return undefined;
  const own = scope.flows.get(session.flowId, session.flowVersion);
  let flow: CompiledFlow | undefined;
  if (own) {
    try {
      flow = scope.compiled(own);
    } catch {
      flow = undefined;
    }
  }
  if (!flow || !flow.hasNode(node)) flow = entry.hasNode(node) ? entry : undefined;
  if (!flow) return undefined;
  try {
    const snapshot = restoreSnapshot(flow.machine, session.snapshot as StoredSnapshot);
    if (snapshot.status !== 'active') return undefined;
    return { compiled: flow, snapshot };
  } catch {
    return undefined;
  }
}

/** Moves the conversation on by one event; an error inside the machine throws (step answers safely). */
export function send(live: Live, event: FlowEvent): void {
  // As a running actor does, a conversation that is no longer active ignores events.
  if (live.snapshot.status !== 'active') return;
  traceNote.event(live.compiled.id, event.type === 'KEYWORD' ? `KEYWORD ${event.name}` : event.type);
  const machine = live.compiled.machine;
  live.snapshot = machine.transition(live.snapshot, event, scopeFor(machine)) as AnyMachineSnapshot;
  if (live.snapshot.status === 'error') throw new Error('flow machine failed');
}

/**
 * The snapshot as it is stored, with an empty outbox: what XState's getPersistedSnapshot gives
 * for a flow machine, built directly. That one walks the whole context looking for actors to
 * serialise, on every text; flow machines spawn none and have no history states, so their stored
 * form is the snapshot's own JSON fields. A snapshot with children or history takes XState's way.
 */
export function persistedSnapshot(live: Live): { context: ConversationContext } & Record<string, unknown> {
  const s = live.snapshot;
  const context = Object.assign({}, s.context as ConversationContext, { outbox: [], welcomeSaid: undefined });
  if (hasKeys(s.children) || hasKeys(s.historyValue)) {
    const persisted = live.compiled.machine.getPersistedSnapshot(s) as unknown as Record<string, unknown>;
    return Object.assign({}, persisted, { context });
  }
  // The same fields, in the same order, as getPersistedSnapshot (undefined ones vanish in JSON).
  return {
    status: s.status,
    output: s.output,
    error: s.error,
    value: s.value,
    historyValue: {},
    context,
    children: {},
  };
}

function hasKeys(o: object | undefined): boolean {
  for (const _ in o) return true;
  return false;
}

/** The conversation's language. */
export function langOf(live: Live): string {
  return (live.snapshot.context as ConversationContext).lang;
}

/** The node the conversation is at. */
export function nodeOf(live: Live): string | undefined {
  return nodeOfSnapshot(live.snapshot);
}

/** The replies the machine gathered this step, blank ones left out. */
export function outboxOf(live: Live): string[] {
  return ((live.snapshot.context as ConversationContext).outbox ?? []).filter((t) => t.trim().length > 0);
}
