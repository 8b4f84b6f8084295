import pino, { type Logger } from 'pino';
import { blankIdentifying } from './blankIdentifying';
import { LineGatherer } from './lineGatherer';

export type { Logger };

/** pino's `child`, without its generics (the wrapper below passes everything through). */
type ChildMaker = (this: unknown, bindings: pino.Bindings, options?: unknown) => unknown;

/** Bytes of log lines gathered before one write to standard output. */
export const LOG_BATCH_BYTES = 4096;
/** The longest a line waits for others before it is written anyway, in ms. */
export const LOG_FLUSH_EVERY_MS = 500;

/**
 * Standard output for the running service, written asynchronously and in batches: lines are
 * gathered until about 4 kB (a dozen texts' lines) and then handed to the system in one write,
 * and whatever is gathered is written at least every half second, so at a quiet moment a line
 * goes out within 500 ms. One write per line cost 10 to 14 µs of a text's CPU when texts came in
 * one per event-loop turn, as they do under load (the fs.write, its thread-pool hop and its
 * callback); batched, a line costs about 5 µs (docs/benchmarks.md). The lines are gathered in
 * front of sonic-boom (LineGatherer), which would copy its whole batch on every line. Lines still
 * gathered are written when the process exits; only a kill -9 loses up to half a second of them.
 * `dest` is a file descriptor or a file path (tests).
 */
export function serviceLogDestination(dest: number | string = 1): LineGatherer {
  const out = pino.destination({ dest, sync: false, minLength: LOG_BATCH_BYTES });
  return new LineGatherer(out, LOG_BATCH_BYTES, LOG_FLUSH_EVERY_MS);
}

/**
 * Builds the service's JSON logger; `destination` lets tests capture every line. Every log object
 * and every child's bindings pass through `blankIdentifying`, so a number, a body or a signature
 * logged by mistake comes out as `[redacted]`.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const logger = pino(
    {
      level,
      base: { service: 'recovery-textline' },
      formatters: { log: blankIdentifying },
    },
    destination,
  );
  // pino runs no formatter over a child's bindings, so they are blanked on the way in; children
  // are made with Object.create(parent), so theirs inherit this too.
  const makeChild = logger.child as unknown as ChildMaker;
  const blankingChild: ChildMaker = function child(bindings, options) {
    return makeChild.call(this, blankIdentifying(bindings), options);
  };
  logger.child = blankingChild as unknown as Logger['child'];
  return logger;
}
