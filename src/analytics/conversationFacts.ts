import type { Session } from '../engine/types';

/**
 * What counting needs from a stored conversation, read from the engine's persisted snapshot
 * (`snapshot.context`): the node, the misses at it, and the search outcome. Never the texter's words:
 * the place becomes its two-letter state, the programs their ids.
 */
export interface ConversationFacts {
  node: string;
  misses: number;
  /** Whether a meeting search has run in this conversation (the flow's `found` variable is set). */
  searched: boolean;
  /** The last search showed meetings (`found` = yes). */
  found: boolean;
  /** The search found meetings near the place (`near` = yes). */
  near: boolean;
  /** The searched place's state or province (`TX`), `online` when no place was searched. */
  state: string;
  /** The programs the search offered, by id. */
  programs: readonly string[];
}

const NONE: readonly string[] = [];

/** The facts of a conversation, or undefined when there is none (or its snapshot has another shape). */
export function conversationFacts(session: Session | undefined): ConversationFacts | undefined {
  const context = (session?.snapshot as { context?: SnapshotContext } | undefined)?.context;
  if (!context || typeof context !== 'object') return undefined;
  const vars = context.vars ?? {};
  const label = typeof context.place?.label === 'string' ? context.place.label : '';
  const state = /,\s*([A-Z]{2})$/.exec(label)?.[1] ?? (label ? 'other' : 'online');
  const programs = Array.isArray(context.search?.programs)
    ? context.search.programs.filter((p): p is string => typeof p === 'string' && /^[a-z0-9_-]{1,40}$/.test(p))
    : NONE;
  return {
    node: typeof context.node === 'string' ? context.node : '',
    misses: typeof context.misses === 'number' ? context.misses : 0,
    searched: vars.found !== undefined,
    found: vars.found === 'yes',
    near: vars.near === 'yes',
    state,
    programs,
  };
}

/** The parts of the engine's FlowContext read here, all optional: a snapshot from another version may lack them. */
interface SnapshotContext {
  node?: unknown;
  misses?: unknown;
  vars?: Record<string, unknown>;
  place?: { label?: unknown };
  search?: { programs?: unknown };
}
