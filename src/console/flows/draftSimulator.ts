import { createHash } from 'node:crypto';
import type { ConversationEngine, StepOutput } from '../../engine/types';
import { withStep } from '../../engine/withStep';
import { smsCost, type SmsCost } from '../../flow/smsCost';
import type { Finding } from '../../flow/finding';
import type { FlowFiles } from '../../flowStore/flowRevisionStore';
import { TextHandler } from '../../inbox/textHandler';
import { createLogger } from '../../log/logger';
import { MemorySessionStore } from '../../store/memorySessionStore';
import type { SenderKey } from '../../store/senderKey';
import { draftEngine, type DraftDeps } from './draftFlows';

/** Most texts one simulation may send (a page sends one conversation, not a load test). */
export const MAX_SIMULATED_TEXTS = 30;

/** One simulated text and what the line answered. */
export interface SimulatedTurn {
  sent: string;
  replies: Array<{ text: string; cost: SmsCost }>;
  /** The engine's label for the text: `answer`, `crisis`, `stop`... */
  kind: string;
  /** The node before and after. */
  before: string;
  after: string;
  /** What the understanding step read in the text (slots and heard phrases); absent when nothing. */
  understood?: StepOutput['understood'];
}

/** A simulation's outcome, or the findings that keep the draft from running. */
export interface SimulationResult {
  turns: SimulatedTurn[];
  findings: Finding[];
}

/**
 * Runs a conversation on a draft through the real TextHandler over a MemorySessionStore (the webhook's own path:
 * dedupe, rate limit, compare-and-set), from a new phone. `zip`, when given, fills each `{zip}` in the texts.
 */
export async function simulateDraft(
  files: FlowFiles,
  input: { texts: string[]; language?: string; zip?: string },
  deps: DraftDeps,
): Promise<SimulationResult> {
  const { engine, findings } = draftEngine(files, deps, input.language);
  if (!engine) return { turns: [], findings };
  const last: { step?: StepOutput } = {};
  const observed = observing(engine, (out) => (last.step = out));
  const store = new MemorySessionStore({ sessionTtlSeconds: 3600 });
  const handler = new TextHandler({
    store,
    engine: () => observed,
    log: createLogger('silent'),
    rateLimitPerMinute: MAX_SIMULATED_TEXTS + 1,
  });
  const senderKey = createHash('sha256').update(`simulator:${Date.now()}:${Math.random()}`).digest('hex') as SenderKey;
  const turns: SimulatedTurn[] = [];
  try {
    for (const [i, raw] of input.texts.slice(0, MAX_SIMULATED_TEXTS).entries()) {
      const text = input.zip ? raw.replaceAll('{zip}', input.zip) : raw;
      last.step = undefined;
      const handled = await handler.handle({
        sid: `SMsimulator${i}`,
        senderKey,
        text,
        numMedia: 0,
        receivedAt: new Date(),
      });
      turns.push({
        sent: text,
        replies: handled.replies.map((r) => ({ text: r, cost: smsCost(r) })),
        kind: handled.kind,
        before: handled.before,
        after: handled.after,
        ...understoodOf(last),
      });
    }
  } finally {
    handler.backlog.stop();
    await store.close();
  }
  return { turns, findings };
}

/** What the engine understood in the last step, when it understood anything. */
function understoodOf(last: { step?: StepOutput }): Pick<SimulatedTurn, 'understood'> {
  return last.step?.understood ? { understood: last.step.understood } : {};
}

/** The engine, telling `seen` each step's full output (the handler keeps only what it sends). */
function observing(engine: ConversationEngine, seen: (out: StepOutput) => void): ConversationEngine {
  return withStep(engine, (input, step) => {
    const out = step(input);
    seen(out);
    return out;
  });
}
