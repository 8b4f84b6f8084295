/**
 * The contract between the conversation engine and its host (the Twilio transport, the chat
 * simulator, the bench). The engine is pure: it takes what was stored and the text, and returns
 * the replies and what to store; the host does all I/O.
 */

/** What is kept between texts for one sender (JSON-safe; stored by a SessionStore). */
export interface Session {
  /** The flow's id (its file name without `.yaml`). */
  flowId: string;
  /** A hash of the flow's compiled source: the version the person started on. */
  flowVersion: string;
  /** The XState persisted snapshot (`actor.getPersistedSnapshot()`). */
  snapshot: unknown;
}

/** One inbound text as the engine sees it: no phone number, no transport detail. */
export interface StepInput {
  /** The stored session, or undefined for a first text (or one after expiry). */
  session: Session | undefined;
  /** Whether this sender has opted out (STOP); only an opt-in word gets an answer then. */
  optedOut: boolean;
  /** The message body exactly as received (may be empty, any Unicode, up to 1600 characters). */
  text: string;
  /** The moment the text arrived; the engine never reads the clock itself. */
  now: Date;
}

/** Side effects the host must carry out besides sending the replies. */
export type StepEffect = 'none' | 'opt_out' | 'opt_in' | 'erase';

/** What the engine decided for one text. */
export interface StepOutput {
  /** Texts to send back, in order; empty means send nothing. Each at most 1600 characters. */
  replies: string[];
  /** What to store now; undefined means store nothing (and delete what there was). */
  session: Session | undefined;
  /** What else the host must do (record an opt-out, erase everything about the sender). */
  effect: StepEffect;
  /** The node the person was at before and after this text, for logs (never the text). */
  stateBefore: string;
  stateAfter: string;
  /** A short label of what kind of text this was, for logs: `answer`, `crisis`, `help`, `stop`... */
  kind: string;
}

/** Runs conversations; built once per loaded flow set and swapped on reload. */
export interface ConversationEngine {
  /** Moves one sender's conversation on by one inbound text. Never throws for any text. */
  step(input: StepInput): StepOutput;
  /**
   * Answers a text when no stored state can be read (Redis down): opt-out and opt-in words,
   * HELP, crisis words, and otherwise the flow's short "having trouble" reply with online
   * options and the helpline. Never throws.
   */
  stepWithoutSession(text: string, now: Date): StepOutput;
  /**
   * Whether a text must be answered even when its sender is rate-limited or the line is
   * overloaded: crisis words, opt-out and opt-in words. Cheap; needs no stored state.
   */
  isUrgent(text: string): boolean;
  /** True once a valid flow set is loaded (for /readyz). */
  isReady(): boolean;
}
