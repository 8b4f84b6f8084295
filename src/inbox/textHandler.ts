import { LAST_RESORT_TROUBLE } from '../engine/lastResortReplies';
import {
  isOptOutEffect,
  type ConversationEngine,
  type Session,
  type StepEffect,
  type StepOutput,
} from '../engine/types';
import type { StepTrace } from '../engine/stepTrace';
import type { Logger } from '../log/logger';
import type { SenderState, SessionStore } from '../store/sessionStore';
import type { InboundMessage } from './inboundMessage';
import { DeadlineWatch } from './deadlineWatch';
import { OptOutBacklog } from './optOutBacklog';

/** How one text was handled, for the log line and the transport. */
export interface HandledText {
  replies: string[];
  /** The engine's kind (`answer`, `crisis`, `stop`...) or the transport's: `duplicate`, `in_flight`, `rate_limited`. */
  kind: string;
  before: string;
  after: string;
  /** `stored` normally; `replayed`, `skipped` (in flight or rate limited), or `degraded` when the store failed. */
  outcome: 'stored' | 'replayed' | 'skipped' | 'degraded';
  /** What the engine's step did (absent when the engine did not run): for the flow tests and chat, never logged. */
  trace?: StepTrace;
  /** What the text was understood as; it holds the texter's words, so it is never logged. */
  understood?: StepOutput['understood'];
  /** What else the step asked for (opt-out, erase); absent when no step ran. */
  effect?: StepEffect;
  /** The conversation before and after the step, for counting only (they hold the texter's answers: never log). */
  sessionBefore?: Session;
  sessionAfter?: Session;
  /** The store error's class name when the store failed and the text was answered without it. */
  storeError?: string;
}

/** Told of every handled text after its replies are ready (counters, metrics); must be cheap and never throw. */
export type TextObserver = (handled: HandledText, ms: number, receivedAt: Date) => void;

/** Settings of TextHandler; defaults suit Twilio's 15 s webhook timeout and our 2 s promise. */
export interface TextHandlerDeps {
  store: SessionStore;
  /** A getter, because flows reload live and the engine is swapped. */
  engine: () => ConversationEngine;
  log: Logger;
  /** Texts per sender per minute before ordinary texts go unanswered (urgent ones never do). */
  rateLimitPerMinute: number;
  /** Time allowed for the store path before answering without it (default 1200 ms). */
  storeBudgetMs?: number;
  /** Commit attempts when other texts from the same sender keep getting in first (default 25). */
  maxCommitAttempts?: number;
  /** Told of each handled text (the numbers, /metrics); none by default. */
  observers?: TextObserver[];
}

/** The store answered too slowly for the reply to arrive in time; carries no personal data. */
export class StoreBudgetExceededError extends Error {
  constructor(readonly budgetMs: number) {
    super(`The session store did not finish within ${budgetMs} ms`);
    this.name = 'StoreBudgetExceededError';
  }
}

/** Every commit attempt met a newer state (a flood of texts from one sender). */
export class CommitContentionError extends Error {
  constructor(readonly attempts: number) {
    super(`Session changed under ${attempts} commit attempts`);
    this.name = 'CommitContentionError';
  }
}

/**
 * Moves one inbound text through store and engine, whatever transport carried it:
 * begin (dedupe, state, rate count) -> replay a repeat -> skip a rate-limited ordinary text ->
 * engine.step -> compare-and-set commit, recomputing on conflict. When the store fails or is
 * slow, answers with engine.stepWithoutSession so STOP, HELP and crisis words still work.
 * Never throws.
 */
export class TextHandler {
  private readonly budgetMs: number;
  private readonly maxCommitAttempts: number;
  /** The store path's time limit, for every text on one timer. */
  private readonly deadlines: DeadlineWatch;
  /** Opt-outs answered while the store was down, written when it is back. */
  readonly backlog: OptOutBacklog;

  constructor(private readonly deps: TextHandlerDeps) {
    this.budgetMs = deps.storeBudgetMs ?? 1_200;
    this.deadlines = new DeadlineWatch(this.budgetMs);
    this.maxCommitAttempts = deps.maxCommitAttempts ?? 25;
    this.backlog = new OptOutBacklog(deps.store, deps.log);
  }

  /** Handles one text and returns what to send; logs one line without body or number. */
  async handle(message: InboundMessage): Promise<HandledText> {
    const started = Date.now();
    let handled: HandledText;
    try {
      handled = await this.withinBudget(message);
    } catch (err) {
      handled = this.withoutStore(message, err);
    }
    this.deps.log.info(
      {
        sid: message.sid,
        sender: message.senderKey,
        before: handled.before,
        after: handled.after,
        kind: handled.kind,
        outcome: handled.outcome,
        replies: handled.replies.length,
        media: message.numMedia,
        ms: Date.now() - started,
      },
      'text',
    );
    this.tell(handled, Date.now() - started, message.receivedAt);
    return handled;
  }

  /** Counting must never cost a reply: an observer that throws is ignored. */
  private tell(handled: HandledText, ms: number, receivedAt: Date): void {
    for (const observe of this.deps.observers ?? []) {
      try {
        observe(handled, ms, receivedAt);
      } catch {
        // A counter's bug is not the texter's problem.
      }
    }
  }

  private withinBudget(message: InboundMessage): Promise<HandledText> {
    const abandoned = { value: false };
    return this.deadlines.within(
      this.withStore(message, abandoned),
      () => new StoreBudgetExceededError(this.budgetMs),
      () => (abandoned.value = true),
    );
  }

  private async withStore(message: InboundMessage, abandoned: { value: boolean }): Promise<HandledText> {
    const { store } = this.deps;
    // Nearly always nothing waits (only opt-outs answered during an outage do): no promise and no tick for it then.
    if (this.backlog.size > 0) await this.backlog.flush(message.senderKey);
    let begun = await store.begin(message.senderKey, message.sid, message.receivedAt);
    // The same MessageSid being answered by another request right now: wait briefly for its reply.
    for (let wait = 0; begun.kind === 'in_flight' && wait < 4 && !abandoned.value; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      begun = await store.begin(message.senderKey, message.sid, message.receivedAt);
    }
    if (begun.kind === 'duplicate') {
      return { replies: begun.replies, kind: 'duplicate', before: '-', after: '-', outcome: 'replayed' };
    }
    if (begun.kind === 'in_flight')
      return { replies: [], kind: 'in_flight', before: '-', after: '-', outcome: 'skipped' };

    const engine = this.deps.engine();
    if (begun.textsThisMinute > this.deps.rateLimitPerMinute && !engine.isUrgent(message.text)) {
      // The first limited text learns why the line went quiet; the rest of the minute stays silent.
      const first = !begun.state.optedOut && (await this.claimRateNotice(message));
      const notice = first ? engine.rateLimitNotice(begun.state.session) : undefined;
      const kind = first ? 'rate_limit_notice' : 'rate_limited';
      return { replies: notice ? [notice] : [], kind, before: '-', after: '-', outcome: 'skipped' };
    }

    let expected: SenderState = begun.state;
    for (let attempt = 1; attempt <= this.maxCommitAttempts; attempt++) {
      const output = engine.step({
        session: expected.session,
        optedOut: expected.optedOut,
        optOutBy: expected.optOutBy,
        text: message.text,
        now: message.receivedAt,
        ...(message.homeZone ? { homeZone: message.homeZone } : {}),
        ...(message.homeState ? { homeState: message.homeState } : {}),
      });
      // Past the budget the caller has already answered without the store; writing now would disagree with it.
      if (abandoned.value) throw new StoreBudgetExceededError(this.budgetMs);
      const result = await store.commit(message.senderKey, {
        sid: message.sid,
        expected,
        session: output.session,
        effect: output.effect,
        replies: output.replies,
      });
      if (result.kind === 'committed') return fromStep(output, 'stored', expected.session);
      expected = result.current;
    }
    throw new CommitContentionError(this.maxCommitAttempts);
  }

  /** Whether this text is the minute's first to be limited; a store error counts as no (silence, as before). */
  private async claimRateNotice(message: InboundMessage): Promise<boolean> {
    try {
      return await this.deps.store.claimRateNotice(message.senderKey, message.receivedAt);
    } catch {
      return false;
    }
  }

  private withoutStore(message: InboundMessage, err: unknown): HandledText {
    this.deps.log.warn(
      { sid: message.sid, sender: message.senderKey, err: { name: errorName(err), message: errorMessage(err) } },
      'session store unavailable; answering without a session',
    );
    try {
      const output = this.deps.engine().stepWithoutSession(message.text, message.receivedAt);
      if (isOptOutEffect(output.effect)) {
        this.backlog.remember(message.senderKey, true, output.effect === 'opt_out_line' ? 'line' : 'carrier');
      }
      if (output.effect === 'opt_in') this.backlog.remember(message.senderKey, false);
      return { ...fromStep(output, 'degraded', undefined), storeError: errorName(err) };
    } catch (engineErr) {
      this.deps.log.error({ sid: message.sid, err: { name: errorName(engineErr) } }, 'engine failed without a session');
      const replies = [troubleReply(this.deps.engine, undefined)];
      return { replies, kind: 'error', before: '-', after: '-', outcome: 'degraded', storeError: errorName(err) };
    }
  }
}

/** The flow's "having trouble" reply, or the built-in one when even that fails: never silence. */
export function troubleReply(engine: () => ConversationEngine, session: Session | undefined): string {
  try {
    return engine().troubleReply(session) || LAST_RESORT_TROUBLE;
  } catch {
    return LAST_RESORT_TROUBLE;
  }
}

function fromStep(output: StepOutput, outcome: HandledText['outcome'], before: Session | undefined): HandledText {
  return {
    replies: output.replies,
    kind: output.kind,
    before: output.stateBefore,
    after: output.stateAfter,
    outcome,
    trace: output.trace,
    understood: output.understood,
    effect: output.effect,
    sessionBefore: before,
    sessionAfter: output.session,
  };
}

function errorName(err: unknown): string {
  return err instanceof Error ? err.name : typeof err;
}

/** First line only: error messages here come from Redis or our own classes, never from a text. */
function errorMessage(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
}
