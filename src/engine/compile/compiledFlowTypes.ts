import type { AnyStateMachine } from 'xstate';
import type { MeetingDirectory, Place } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import type { FlowFile, FlowText } from '../../flow/flowSchema';
import type { ActionRegistry, SearchState } from '../actionRegistry';
import type { MeetingFormatter } from '../meetingFormatter';

/** The shapes a compiled flow is made of: what it needs, what it remembers, what it is sent, what it gives. */

/** What the compiled machine needs from outside: the meeting directory (swapped on refresh), actions, formatting. */
export interface FlowServices {
  directory: () => MeetingDirectory;
  /** Defaults to the built-in registry (find_meetings, more_meetings). */
  actions?: ActionRegistry;
  /** Defaults to the directory's formatter (src/directory/formatMeetings.ts). */
  format?: MeetingFormatter;
}

/** A conversation's memory between texts (JSON-safe: it is stored in the snapshot). */
export interface ConversationContext {
  lang: string;
  /** The node the conversation is at (for re-asking). */
  node: string;
  vars: FlowVars;
  /** Answers not understood at the current question. */
  misses: number;
  /** Replies gathered during one step; the engine empties it with FLUSH before saving. */
  outbox: string[];
  /**
   * Set while the outbox's first text is the start node's welcome (this step started the conversation):
   * actions do not count its room, and the engine may send it as an SMS of its own. Never stored.
   */
  welcomeSaid?: boolean;

  /** A town found in several states, waiting for the state. */
  pendingTown?: string;
  place?: Place;
  search?: SearchState;
  /**
   * Set until the conversation leaves its start node when the welcome is not to be said again
   * (FlowInput.quiet). Not said, it takes none of the reply's room: the meeting lines that follow
   * are sized to what is really sent.
   */
  quiet?: boolean;
  /** The time zone of the texter's number's state (StepInput.homeZone): online times are given in it until a place. */
  homeZone?: string;
  /** The texter's number's state (StepInput.homeState): a town in several states is the one in it. */
  homeState?: string;
}

/** What the understanding step read in a text, as routes test it (`understood:`, `intent:`). */
export interface TextHeard {
  /** Slots the text filled (audience, concern, place, when...). */
  filled: string[];
  /** Intents found (thanks, details, more...). */
  intents: string[];
  /** Yes or no as the understanding step read it ("yesss", "yea", "simon", "nah im good"); null when neither. */
  yes?: boolean | null;
}

/** What the engine sends the machine. */
export type FlowEvent =
  | { type: 'TEXT'; text: string; now: Date; heard?: TextHeard }
  | { type: 'LEARN'; vars: FlowVars; place?: Place; pendingTown?: string; now: Date; text: string }
  /** `forgetPlace`: the texter asked to look elsewhere ("change location"), so the place question is asked again. */
  | { type: 'GOTO'; node: string; now: Date; text: string; forgetPlace?: boolean }
  /** `vars`: placeholders the keyword's text is said with and that are not kept (`about`: a program's own line). */
  | { type: 'KEYWORD'; name: string; now: Date; vars?: FlowVars }
  | { type: 'REASK' }
  /** The question again, counted as a miss: a question passed over once may be passed by (src/engine/passedOver.ts). */
  | { type: 'REASK_MISSED' }
  | { type: 'SET_LANG'; lang: string }
  | { type: 'FLUSH' };

/** What a new conversation starts with. */
export interface FlowInput {
  lang: string;
  now: Date;
  /** What the first text already said (understood), so its questions are not asked. */
  vars?: FlowVars;
  place?: Place;
  /** A town the first text named that is in several states: the place question asks which. */
  pendingTown?: string;
  /** The start node's welcome is not said: this texter has had it (a new start after an ended conversation). */
  quiet?: boolean;
  /** The time zone of the texter's number's state, when known (StepInput.homeZone). */
  homeZone?: string;
  /** The texter's number's state, when known (StepInput.homeState). */
  homeState?: string;
}

/** A flow ready to run. */
export interface CompiledFlow {
  id: string;
  version: string;
  flow: FlowFile;
  machine: AnyStateMachine;
  /** The flow's first language, used when a text lacks the conversation's language. */
  defaultLang: string;
  hasNode(node: string): boolean;
  /**
   * True when one of the current node's own routes (not a catch-all) takes this text as its answer; given what the
   * understanding heard in it, its `intent:`, `understood:` and yes/no routes read that too.
   */
  understands(context: ConversationContext, text: string, heard?: TextHeard): boolean;
  /** A flow text in a language with placeholders filled, made plain GSM-7 where a plain letter reads the same. */
  render(text: FlowText, lang: string, vars?: FlowVars): string;
}

/** A flow the compiler cannot turn into a machine (the checker should have said so first). */
export class FlowCompileError extends Error {
  override readonly name = 'FlowCompileError';
  constructor(
    readonly flowId: string,
    /** Where in the flow, e.g. `nodes.who.routes[1].goto`. */
    readonly where: string,
    /** Why, without the flow id and path (for the checker's own message). */
    readonly reason: string,
  ) {
    super(`${flowId}: ${where}: ${reason}`);
  }
}
