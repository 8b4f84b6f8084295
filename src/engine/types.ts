import type { StepTrace } from './stepTrace';

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
  /**
   * Set after a crisis reply or a request for a person: the questions wait until a text clearly
   * goes on (MEETINGS, NEW, a ZIP, a menu number); anything else gets the flow's kind check-in.
   */
  paused?: 'crisis' | 'person';
  /**
   * Set once the check-in has been sent while the questions wait: a text that then answers the waiting
   * question in words ("face to face", "mi esposo toma mucho") goes on with the search, as the
   * check-in's MEETINGS would. The first such text after a crisis reply gets the check-in, 911 and 988 again.
   */
  checkedIn?: true;
}

/** Who recorded an opt-out: the carrier's words (STOP...), or the line's own plain-language ones. */
export type OptOutSource = 'carrier' | 'line';

/** One inbound text as the engine sees it: no phone number, no transport detail. */
export interface StepInput {
  /** The stored session, or undefined for a first text (or one after expiry). */
  session: Session | undefined;
  /** Whether this sender has opted out (STOP); only an opt-in word gets an answer then. */
  optedOut: boolean;
  /** Who recorded the opt-out, when known: after the line's own, opting in again is confirmed by the line. */
  optOutBy?: OptOutSource;
  /** The message body exactly as received (may be empty, any Unicode, up to 1600 characters). */
  text: string;
  /** The moment the text arrived; the engine never reads the clock itself. */
  now: Date;
  /** The texter's likely time zone from their number's state (InboundMessage.homeZone), kept by a new conversation. */
  homeZone?: string;
  /** The state of the texter's number (InboundMessage.homeState): a town in several states is taken to be its own. */
  homeState?: string;
}

/** Side effects the host must carry out besides sending the replies. */
export type StepEffect = 'none' | 'opt_out' | 'opt_out_line' | 'opt_in' | 'erase';

/** True for both opt-out effects: the carrier's words and the line's plain-language ones. */
export function isOptOutEffect(effect: StepEffect): boolean {
  return effect === 'opt_out' || effect === 'opt_out_line';
}

/** Whether a sender has opted out, and who recorded it. */
export interface OptOutState {
  optedOut: boolean;
  optOutBy?: OptOutSource;
}

/** The opt-out state after a step's effect, as the stores record it (for hosts that keep it themselves). */
export function optOutAfter(effect: StepEffect, current: OptOutState): OptOutState {
  if (effect === 'opt_out') return { optedOut: true, optOutBy: 'carrier' };
  if (effect === 'opt_out_line') return { optedOut: true, optOutBy: 'line' };
  if (effect === 'opt_in') return { optedOut: false };
  return current;
}

/** How the line answers the carrier's STOP and START: `twilio` leaves it to Twilio, `line` sends the flow's own. */
export type OptOutReplies = 'twilio' | 'line';

/** One spoken part of the answer to a phone call: a language code and its words. */
export interface SpokenPart {
  lang: string;
  text: string;
}

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
  /**
   * What the understanding step read in the text, for `chat --explain` and tests. It holds the
   * texter's own words and place: never log it.
   */
  understood?: StepUnderstanding;
  /**
   * What the step did: the keyword rule that took the text, nodes entered, routes taken, actions
   * run, replies (src/engine/stepTrace.ts). Always set by createEngine; names flow parts, never the text.
   */
  trace?: StepTrace;
}

/** The slots a text filled (with their values) and the listed phrases heard in it. */
export interface StepUnderstanding {
  values: Record<string, unknown>;
  heard: Array<{ slot: string; value: string; words: string; negated: boolean }>;
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
   * overloaded: crisis words, opt-out and opt-in words, HELP and requests for a person. Cheap;
   * needs no stored state.
   */
  isUrgent(text: string): boolean;
  /**
   * The one short notice for the first text over the rate limit in a minute, in the language of
   * the stored conversation; undefined when the flow has none.
   */
  rateLimitNotice(session: Session | undefined): string | undefined;
  /** The flow's "having trouble" reply for a text whose handling failed; never empty. */
  troubleReply(session: Session | undefined): string;
  /** What a phone call to the number hears, one part per language of the flow; never empty. */
  voiceScript(): SpokenPart[];
  /** True once a valid flow set is loaded (for /readyz). */
  isReady(): boolean;
}
