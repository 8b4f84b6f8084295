import type { AnyActorScope, AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { EngineScope } from './engineScope';
import type { CompiledFlow, ConversationContext, FlowEvent } from './flowCompiler';
import type { Learned } from './learnFromText';
import { sharedActorScope } from './sharedActorScope';
import { nodeOfSnapshot } from './stepLanguage';
import { traceNote, untraced } from './stepTrace';
import type { Session } from './types';

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

/** A new conversation on a flow, already holding what its first text told (so those questions are not asked). */
export function startLive(flow: CompiledFlow, lang: string, now: Date, learned?: Learned): Live {
  traceNote.event(flow.id, 'START');
  const input = learned?.filled.length ? { lang, now, vars: learned.vars, place: learned.place } : { lang, now };
  return { compiled: flow, snapshot: flow.machine.getInitialSnapshot(scopeFor(flow.machine), input) };
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
    const machine = flow.machine;
    const snapshot = machine.restoreSnapshot!(session.snapshot as never, scopeFor(machine)) as AnyMachineSnapshot;
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
