import type { MeetMode, MeetingDirectory, Place, ProgramId, ReplyLabels, TimeWindow } from '../../directory/types';
import type { FlowVars } from '../../flow/flowText';
import type { MeetingFormatter } from '../meetingFormatter';

/**
 * What a named action is, reads and returns. A flow calls an action with `do: name`; each action
 * declares the variables it sets and how long each value can grow, so the flow checker can reject
 * an unknown action, a placeholder no one sets, and a message that could exceed 3 SMS parts once filled.
 */

/** Where the last meeting search left off, kept in the conversation so MORE can go on. */
export interface SearchState {
  /** How many results of the current radius (or ring) were already shown. */
  offset: number;
  /** The day/time narrowing in force ("tonight", "Saturday"). */
  when?: TimeWindow;
  /** The ways of meeting searched, when not those the texter chose (in person found nothing). */
  modes?: MeetMode[];
  /** How far the in-person search looked for the page shown last, in miles. */
  radius?: number;
  /** The ring being paged starts beyond this many miles (0 or absent: from the place itself). */
  beyondMiles?: number;
  hasMore: boolean;
  /** The programs searched, in the order their meetings are listed (absent: the situation's). */
  programs?: ProgramId[];
  /** The preference tags in force (see MeetingQuery.tags). */
  tags?: string[][];
  /** The nearest first, after "anything closer?" within the first ring (MORE keeps the order). */
  nearest?: boolean;
  /** The meetings on the page shown last, in order, so "2" or a name finds its details. */
  shown?: string[];
  /** The place searched around (placeKey: label and point), so a new place named at the results searches again. */
  place?: string;
  /** The meeting of this page whose details were shown last, so "the next one" is the one after it. */
  detailed?: string;
  /** A page said the language note whole ("Son en ingles."): MORE's pages all in that language do not say it again. */
  noteSaid?: boolean;
}

/** What an action may read. All of it is in memory: actions do no I/O and read no clock. */
export interface ActionContext {
  vars: Readonly<FlowVars>;
  lang: string;
  /** The moment the text that led here arrived. */
  now: Date;
  /** The answer that led here ('' at the start of a conversation). */
  text: string;
  labels: ReplyLabels;
  /** Family words as texted, said in the reply's language ("hubby": husband); see relationWordsFor. */
  relationWords?: Readonly<Record<string, string>>;
  directory: MeetingDirectory;
  format: MeetingFormatter;
  /** The time zone of the texter's number's state, when known: online times are given in it until a place is. */
  homeZone?: string;
  /** The place the texter named, once a `location` route matched. */
  place: Place | undefined;
  /** A town the texter named that is in several states, waiting for its state (`which_state` asks). */
  pendingTown?: string;
  search: SearchState | undefined;
  /** The slots this text filled as the understanding step read it (`place`, `mode`...); none for other events. */
  heard: readonly string[];
  /**
   * Characters the flow already said earlier in this step's SMS (a "let's go on" before the results): the
   * results give up that much of their budget, so the whole message still fits its parts.
   */
  alreadySaid: number;
}

/** What an action hands back: variables to merge, and the search state when it searched. */
export interface ActionResult {
  vars: FlowVars;
  search?: SearchState;
}

/** A variable an action sets, with the longest value it can take (for the 3-part rule). */
export interface ActionVariable {
  maxLength: number;
  description: string;
}

/** One named action. */
export interface FlowAction {
  name: string;
  /** One sentence for staff (shown by the checker and in flows/README.md). */
  description: string;
  sets: Record<string, ActionVariable>;
  run(ctx: ActionContext): ActionResult;
}

/** The actions a flow may name, by name. */
export type ActionRegistry = ReadonlyMap<string, FlowAction>;

/** What staff and the checker know of an action: one sentence, and the variables it sets. */
export type ActionSpec = Pick<FlowAction, 'description' | 'sets'>;

/** One action's file, as goflow keeps one action per file: its name, its spec and what it does. */
export interface ActionModule {
  name: string;
  spec: ActionSpec;
  run(ctx: ActionContext): ActionResult;
}

/** The action a file describes, in the shape the compiler and the checker read. */
export function actionOf(m: ActionModule): FlowAction {
  return { name: m.name, description: m.spec.description, sets: m.spec.sets, run: m.run };
}
