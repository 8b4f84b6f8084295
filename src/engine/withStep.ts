import type { ConversationEngine, StepInput, StepOutput } from './types';

/**
 * The engine with its `step` replaced (to watch it, or to break it in a test), every other method
 * passed on: the replacement gets the input and the engine's own step to call.
 */
export function withStep(
  engine: ConversationEngine,
  step: (input: StepInput, inner: (input: StepInput) => StepOutput) => StepOutput,
): ConversationEngine {
  return {
    step: (input) => step(input, (i) => engine.step(i)),
    stepWithoutSession: (text, now) => engine.stepWithoutSession(text, now),
    isUrgent: (text) => engine.isUrgent(text),
    rateLimitNotice: (session) => engine.rateLimitNotice(session),
    troubleReply: (session) => engine.troubleReply(session),
    voiceScript: () => engine.voiceScript(),
    isReady: () => engine.isReady(),
  };
}
