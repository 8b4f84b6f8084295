/**
 * What one step did, as the engine saw it happen: which rule of the keyword table took the text,
 * the events sent to the flow's machine, the nodes entered, the routes taken, the actions run and
 * the replies. The flow test runner, `chat --explain` and the console read it instead of guessing
 * (goflow's engine returns its events the same way). It names flow parts, never the text itself.
 */
export interface StepTrace {
  /**
   * The rule of the keyword table (src/engine/keywordTable.ts) that took the text: `crisis`,
   * `carrier_opt_out`, `person`, `help`, `keyword:meetings`...; undefined for an ordinary answer.
   */
  keyword?: string;
  /** The id of the flow whose machine ran (undefined when none did: STOP, or no flow loaded). */
  flow?: string;
  /** The events sent to the flow's machine, in order: `START`, `TEXT`, `KEYWORD help`, `LEARN`, `FLUSH`... */
  events: string[];
  /** Flow nodes entered, in order (a node entered twice is listed twice). */
  nodes: string[];
  /** Routes taken, as paths into the flow file: `nodes.who.routes[1]`, `nodes.who.other`, `keywords.help`. */
  routes: string[];
  /** The `do:` actions run, in order. */
  actions: string[];
  /** The `do:` actions that threw: the engine then answers with the flow's "having trouble" reply instead. */
  failed?: string[];
  /** The replies sent, as in the step's output. */
  replies: string[];
}

/** A trace with nothing in it yet. */
export function emptyTrace(): StepTrace {
  return { events: [], nodes: [], routes: [], actions: [], replies: [] };
}

/**
 * The trace being written by the step running now. A step is synchronous and the machine's actions
 * run inside it, so one slot is enough; it keeps the trace out of the machine's context (which is
 * stored, and copied by every assign).
 */
let active: StepTrace | undefined;

/** Runs `step` with `trace` receiving what the compiled machine does; restores the previous trace after. */
export function withTrace<T>(trace: StepTrace, step: () => T): T {
  const previous = active;
  active = trace;
  try {
    return step();
  } finally {
    active = previous;
  }
}

/**
 * Runs `work` with no trace receiving anything: for machine work that is not the step's own (the
 * shared scope's idle actor, built once per machine, runs the start node's entry actions).
 */
export function untraced<T>(work: () => T): T {
  const previous = active;
  active = undefined;
  try {
    return work();
  } finally {
    active = previous;
  }
}

/** What the compiled machine reports while it runs (nothing happens when no step is tracing). */
export const traceNote = {
  /** A node was entered. */
  node(name: string): void {
    active?.nodes.push(name);
  },
  /** A route was taken (a path into the flow file). */
  route(path: string): void {
    active?.routes.push(path);
  },
  /** A `do:` action ran. */
  action(name: string): void {
    active?.actions.push(name);
  },
  /**
   * A `do:` action threw. Noted rather than thrown: XState reports an error thrown inside an action
   * outside the step, so the machine goes on with the action's values empty and the engine discards the step.
   */
  actionFailed(name: string): void {
    if (active) (active.failed ??= []).push(name);
  },
  /** What the machine noted once before, when its work is reused instead of run again (a plain start). */
  replay(notes: Pick<StepTrace, 'nodes' | 'routes' | 'actions'>): void {
    if (!active) return;
    active.nodes.push(...notes.nodes);
    active.routes.push(...notes.routes);
    active.actions.push(...notes.actions);
  },
  /** An event was sent to a flow's machine (or a conversation started: `START`). */
  event(flow: string, label: string): void {
    if (!active) return;
    active.flow = flow;
    active.events.push(label);
  },
};
