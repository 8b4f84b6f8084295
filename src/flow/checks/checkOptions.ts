import type { CrisisCorpora } from '../crisisCorpus';
import type { FlowFile } from '../flowSchema';

/** What the flow checker is told besides the files: the runtime describes itself here (src/engine/runtimeCheck.ts). */

/** What the checker needs to know of a named action (src/engine/actions/, listed in src/engine/actionRegistry.ts). */
export interface ActionInfo {
  name: string;
  description?: string;
  /** Variables the action sets, with the longest value each can take (for message length). */
  sets: Record<string, { maxLength: number }>;
}

/** A failure to build a flow, as the runtime reports it: where in the file, and why. */
export interface BuildFailure {
  /** A path into the flow such as `nodes.who.routes[0]`; empty when the runtime can't say. */
  where?: string;
  message: string;
}

/**
 * What the checker knows besides the files. The definition never imports the runtime, so the
 * runtime describes itself here: src/engine/runtimeCheck.ts gives the engine's actions, its own
 * variables and its compiler; tests give small stand-ins.
 */
export interface CheckOptions {
  /** The actions a flow may call by `do:`. */
  actions: Iterable<ActionInfo>;
  /** Variables the engine fills by itself, with their longest values (default: none). */
  builtinVariables?: Record<string, { maxLength: number }>;
  /**
   * Builds the flow into the machine the engine would run, throwing a BuildFailure when it can't:
   * the checker's last guard. Unset: not tried.
   */
  build?: (flow: { id: string; version: string; flow: FlowFile }, actions: readonly ActionInfo[]) => void;
  /** How the runtime puts a step's texts together into the SMS it sends: the checker costs replies by it. */
  replies: ReplyRules;
  /** Crisis phrasings that must be caught and everyday ones that must not be (flows/safety); none: not run. */
  crisisCorpora?: CrisisCorpora;
}

/**
 * How the runtime composes replies, told by the runtime (src/engine/runtimeCheck.ts) so the
 * checker's length rules cost each SMS as it leaves instead of re-working the engine's rules.
 */
export interface ReplyRules {
  /** The texts said in one step (already rendered), joined into the one SMS the engine sends; not cut at the cap. */
  join(texts: readonly string[]): string;
  /** The keyword texts a crisis reply is made of, in the order they go out together. */
  crisisParts: readonly string[];
  /** Groups of crisis parts of which a reply carries at most one (an overdose's words or withdrawal's). */
  crisisExclusive?: readonly (readonly string[])[];
  /**
   * What goes out after a keyword's own text in the same SMS: `arrival`, what its target node (or the
   * start) says on arrival; `question`, the question at hand asked again; `results`, the same, where the question
   * can only be one of the results' (a node with an `any` or `understood` route and no `do`: an answer about the
   * meeting shown);
   * `alone`, nothing.
   */
  afterKeyword(name: string, keyword: { goto?: string }): 'arrival' | 'question' | 'results' | 'alone';
}

/** A flow file given by content instead of a path (tests, editors). */
export interface FlowSourceText {
  file: string;
  source: string | Buffer;
}
