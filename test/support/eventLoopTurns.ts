/** A count of the event loop's turns, kept while work runs: `stop()` ends the count and returns it. */
export interface TurnCount {
  readonly turns: number;
  stop(): number;
  reset(): void;
}

/**
 * Counts the event loop's turns from now on (one setImmediate after another), to show that work let other requests
 * in while it ran: counted, not timed, so a busy machine cannot make it fail.
 */
export function countEventLoopTurns(): TurnCount {
  let turns = 0;
  let counting = true;
  const tick = () => {
    if (!counting) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    get turns() {
      return turns;
    },
    stop() {
      counting = false;
      return turns;
    },
    reset() {
      turns = 0;
    },
  };
}
