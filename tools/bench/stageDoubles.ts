import type { ConversationEngine, Session, StepOutput } from '../../src/engine/types';
import type { SenderKey } from '../../src/store/senderKey';
import type { BeginResult, CommitRequest, CommitResult, SenderState, SessionStore } from '../../src/store/sessionStore';

/** The reply FixedReplyEngine gives every text: a typical question of the real flow. */
export const FIXED_REPLY = 'Who is the help for?\n1 Myself\n2 A family member or friend';

/**
 * A session of the real flow's shape and size part-way through (about 300 bytes of JSON), so a
 * store under the fixed engine moves as many bytes per text as under the real one.
 */
const TYPICAL_SESSION: Session = {
  flowId: 'recovery',
  flowVersion: 'bench0000000',
  snapshot: {
    status: 'active',
    value: 'medication',
    historyValue: {},
    children: {},
    context: { lang: 'en', node: 'medication', vars: { audience: 'self', concern: 'opioids' }, misses: 0, outbox: [] },
  },
};

const NOTHING_STORED: SenderState = { session: undefined, optedOut: false, version: 0, revision: '' };

/**
 * An engine that answers every text with one fixed question and stores a typical session: the
 * webhook with the conversation taken out, so `BENCH_STAGES` can weigh the conversation's share.
 */
export function fixedReplyEngine(): ConversationEngine {
  const output = (before: string): StepOutput => ({
    replies: [FIXED_REPLY],
    session: TYPICAL_SESSION,
    effect: 'none',
    stateBefore: before,
    stateAfter: 'medication',
    kind: 'answer',
  });
  return {
    step: (input) => output(input.session ? 'medication' : ''),
    stepWithoutSession: () => output(''),
    isUrgent: () => false,
    rateLimitNotice: () => undefined,
    troubleReply: () => FIXED_REPLY,
    voiceScript: () => [{ lang: 'en', text: FIXED_REPLY }],
    isReady: () => true,
  };
}

/**
 * A SessionStore that keeps nothing: every text is someone's first and every commit lands. The
 * webhook with Redis taken out, so `BENCH_STAGES` can weigh the store's share.
 */
export class NullSessionStore implements SessionStore {
  async begin(_senderKey: SenderKey, _sid: string | undefined, _now: Date): Promise<BeginResult> {
    return { kind: 'fresh', state: NOTHING_STORED, textsThisMinute: 1 };
  }

  async commit(_senderKey: SenderKey, _request: CommitRequest): Promise<CommitResult> {
    return { kind: 'committed', version: 1 };
  }

  async read(_senderKey: SenderKey): Promise<SenderState> {
    return NOTHING_STORED;
  }

  async setOptedOut(_senderKey: SenderKey, _optedOut: boolean): Promise<void> {}

  async claimRateNotice(_senderKey: SenderKey, _now: Date): Promise<boolean> {
    return true;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
